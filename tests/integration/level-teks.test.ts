import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupApp, login, type TestContext } from '../helpers/app.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';
import { makeKompetensi } from '../helpers/penilaian-factories.js';
import { renderLevel } from '../../src/modules/penilaian/level-teks.js';

/** Level texts are rendered once per (competency, dictionary version) and reused (issue 15). */
describe('level texts cached per dictionary version', () => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  beforeAll(async () => {
    ctx = await setupApp();
    org = await makeOrg(ctx.prisma);
    await makePeriode(ctx.prisma);
  });
  afterAll(async () => ctx.close());

  const mulai = async (username: string) => {
    const { agent, csrf } = await login(ctx.app, username, PASSWORD);
    const res = await agent.post('/penilaian/mulai').type('form').send({ _csrf: csrf });
    const diri = () => agent.get(`${res.headers.location as string}/diri`);
    return { diri };
  };

  it('when the dictionary changes between two appraisals, then each page shows the texts of its own version, escaped, however often it is opened', async () => {
    const k = await makeKompetensi(ctx.prisma, { nama: 'Komunikasi', jabatanIds: [org.jabatan.jStaf.id] });
    const a = await mulai(org.users.staf.username);
    const v1 = (await a.diri()).text;
    expect(v1).toContain('Deskripsi level 3');
    expect(v1).toContain('<li>Indikator 3.1</li>');
    // BKD edits level 3 as the admin service does: the text changes and the version goes up.
    await ctx.prisma.$transaction([
      ctx.prisma.levelKompetensi.update({
        where: { kompetensiId_level: { kompetensiId: k.id, level: 3 } },
        data: { deskripsi: 'Baru: <b>tegas</b> & jelas', indikator: ['Indikator "baru"'] },
      }),
      ctx.prisma.kompetensi.update({ where: { id: k.id }, data: { versi: { increment: 1 } } }),
    ]);
    const b = await mulai(org.users.staf2.username);
    for (let i = 0; i < 2; i++) {
      const pa = (await a.diri()).text;
      const pb = (await b.diri()).text;
      expect(pa).toContain('Deskripsi level 3');
      expect(pa).not.toContain('Baru:');
      expect(pb).toContain('Baru: &lt;b&gt;tegas&lt;/b&gt; &amp; jelas');
      expect(pb).toContain('<li>Indikator &#34;baru&#34;</li>');
      expect(pb).not.toContain('Deskripsi level 3');
    }
  });

  it('renders what the template rendered before: label, description and indicators escaped', () => {
    const [l] = renderLevel([{ level: 2, label: 'Dasar <x>', deskripsi: "a & b 'c'", indikator: ['<i>'] }]);
    expect(l).toEqual({
      level: 2,
      judul: 'Level 2 — Dasar &lt;x&gt;',
      deskripsi: 'a &amp; b &#39;c&#39;',
      indikator:
        '<details class="level-indikator small"><summary>Indikator perilaku level 2</summary><ul class="mb-0"><li>&lt;i&gt;</li></ul></details>',
    });
    expect(renderLevel([{ level: 1, label: 'x', deskripsi: 'y', indikator: [] }])[0]!.indikator).toBe('');
  });
});

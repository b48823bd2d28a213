import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setupApp, type TestContext } from '../helpers/app.js';
import { makeOrg } from '../helpers/factories.js';
import { asAdmin, makeKamus, type AdminSession, type Org } from '../helpers/admin-factories.js';

let ctx: TestContext;
let org: Org;
let admin: AdminSession;
let kamus: Awaited<ReturnType<typeof makeKamus>>;

beforeAll(async () => {
  ctx = await setupApp();
  org = await makeOrg(ctx.prisma);
  kamus = await makeKamus(ctx.prisma);
  admin = await asAdmin(ctx, org);
});
afterAll(() => ctx.close());

describe('delegasi Plt/Plh', () => {
  it('when an acting rater is assigned for a unit, then it is stored with its date range and can be ended', async () => {
    const res = await admin.post('/admin/delegasi/baru', {
      jenis: 'PLT',
      penerima: org.pegawai.kadis.nip!,
      asal: org.pegawai.kasi.nip!,
      unitId: String(org.units.seksi.id),
      mulai: '2026-02-01',
      selesai: '2026-04-30',
      keterangan: 'SK 800/12',
    });
    expect(res.status).toBe(302);
    const d = await ctx.prisma.delegasi.findFirstOrThrow({ where: { penerimaId: org.pegawai.kadis.id } });
    expect([d.jenis, d.asalId, d.unitId, d.mulai.toISOString().slice(0, 10)]).toEqual([
      'PLT',
      org.pegawai.kasi.id,
      org.units.seksi.id,
      '2026-02-01',
    ]);
    expect((await admin.agent.get('/admin/delegasi')).text).toContain('menggantikan Atasan Uji');
    await admin.post(`/admin/delegasi/${d.id}/aktif`, { aktif: '0' });
    expect((await ctx.prisma.delegasi.findUniqueOrThrow({ where: { id: d.id } })).aktif).toBe(false);
  });

  it('when dates are reversed, no target is chosen, or the rater would rate themself, then 400', async () => {
    const res = await admin.post('/admin/delegasi/baru', {
      jenis: 'PLH',
      penerima: org.pegawai.kadis.nip!,
      mulai: '2026-05-01',
      selesai: '2026-04-01',
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Tanggal selesai harus sesudah tanggal mulai.');
    const self = await admin.post('/admin/delegasi/baru', {
      jenis: 'PLH',
      penerima: org.pegawai.kadis.nip!,
      pegawai: org.pegawai.kadis.nip!,
      mulai: '2026-05-01',
      selesai: '2026-05-02',
    });
    expect(self.status).toBe(400);
    expect(self.text).toContain('tidak dapat menilai dirinya sendiri');
    const none = await admin.post('/admin/delegasi/baru', {
      jenis: 'PLH',
      penerima: '000',
      mulai: '2026-05-01',
      selesai: '2026-05-02',
      unitId: String(org.units.seksi.id),
    });
    expect(none.text).toContain('Tidak ada pegawai aktif dengan NIP/NI PPPK 000');
  });
});

describe('katalog pelatihan', () => {
  const body = (o: Record<string, string | string[]> = {}) => ({
    kode: 'PL-UJI',
    judul: 'Pelatihan Komunikasi Publik',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: '24',
    biaya: '1.500.000',
    penyelenggara: 'BPSDM',
    kompetensiId: [String(kamus.kompetensi.komunikasi.id), ''],
    levelMin: ['1', '1'],
    levelMax: ['3', '5'],
    ...o,
  });

  it('when a program is created and edited, then cost, JP and the competency ranges are stored', async () => {
    expect((await admin.post('/admin/pelatihan/baru', body())).status).toBe(302);
    const p = await ctx.prisma.programPelatihan.findUniqueOrThrow({ where: { kode: 'PL-UJI' }, include: { kompetensi: true } });
    expect([p.biaya, p.jp, p.kompetensi.map((k) => [k.kompetensiId, k.levelMin, k.levelMax])]).toEqual([
      1_500_000n,
      24,
      [[kamus.kompetensi.komunikasi.id, 1, 3]],
    ]);
    const edit = await admin.post(
      `/admin/pelatihan/${p.id}`,
      body({
        metode: 'NONKLASIKAL',
        bentuk: 'COACHING',
        kompetensiId: [String(kamus.kompetensi.integritas.id)],
        levelMin: ['2'],
        levelMax: ['4'],
      }),
    );
    expect(edit.status).toBe(302);
    const after = await ctx.prisma.programPelatihan.findUniqueOrThrow({ where: { id: p.id }, include: { kompetensi: true } });
    expect(after.kompetensi.map((k) => [k.kompetensiId, k.levelMin, k.levelMax])).toEqual([[kamus.kompetensi.integritas.id, 2, 4]]);
    await admin.post(`/admin/pelatihan/${p.id}/aktif`, { aktif: '0' });
    expect((await ctx.prisma.programPelatihan.findUniqueOrThrow({ where: { id: p.id } })).aktif).toBe(false);
  });

  it('when method and form disagree, the level range is inverted or the code is taken, then 400 with the values kept', async () => {
    const res = await admin.post(
      '/admin/pelatihan/baru',
      body({ kode: 'PL-2', bentuk: 'COACHING', levelMin: ['4', '1'], levelMax: ['2', '5'], judul: 'Judul Diketik' }),
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain('tidak sesuai dengan metodenya');
    expect(res.text).toContain('level bawah ≤ level atas');
    expect(res.text).toContain('value="Judul Diketik"');
    const dup = await admin.post('/admin/pelatihan/baru', body());
    expect(dup.text).toContain('Kode PL-UJI sudah dipakai');
  });
});

describe('log audit', () => {
  it('when browsing the audit log, then entries can be filtered by entity and user and show before/after', async () => {
    const all = await admin.agent.get('/admin/audit');
    expect(all.status).toBe(200);
    expect(all.text).toContain('ProgramPelatihan');
    const f = await admin.agent.get(`/admin/audit?entitas=Delegasi&siapa=${org.users.admin.username}`);
    expect(f.text).toContain('NONAKTIFKAN');
    expect(f.text).not.toContain('>ProgramPelatihan ');
    expect(f.text).toContain('&#34;aktif&#34;: false');
    const none = await admin.agent.get('/admin/audit?siapa=tidak-ada-orang');
    expect(none.text).toContain('Tidak ada data.');
  });
});

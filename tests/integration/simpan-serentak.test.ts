import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupApp, login, type TestContext } from '../helpers/app.js';
import { makePenilaian } from '../helpers/laporan-factories.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';

/**
 * The direct save (decision 142) holds one pooled connection for its transaction. Anything in it
 * that took a second connection from the same pool (the column types on a process's first read,
 * the level texts) would, with every connection held the same way, wait forever. The test app's
 * pool has 5 connections; 12 saves arrive at once on a process that has read no form yet.
 */
describe('concurrent autosaves on a cold process', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await setupApp();
  });
  afterAll(async () => ctx.close());

  it('when 12 autosaves of one form arrive at once, then every one is answered and the last text is stored', async () => {
    const org = await makeOrg(ctx.prisma);
    const periode = await makePeriode(ctx.prisma);
    // Made straight in the database: no form has been read in this process before the saves.
    const pid = (await makePenilaian(ctx.prisma, { periodeId: periode.id, pegawai: org.pegawai.staf, status: 'DRAFT' })).id;
    await ctx.prisma.perilakuKerja.create({ data: { penilaianId: pid, nilai: 'AKUNTABEL' } });
    const s = await login(ctx.app, org.users.staf.username, PASSWORD);
    // Another session holds the appraisal's row lock while the saves arrive, so every save holds
    // its connection at once, as under load; then it lets go.
    const penahan = new pg.Client({ connectionString: ctx.url });
    await penahan.connect();
    await penahan.query('BEGIN');
    await penahan.query('SELECT id FROM "PenilaianKinerja" WHERE id = $1 FOR UPDATE', [pid]);
    setTimeout(() => void penahan.query('COMMIT').then(() => penahan.end()), 1_000);
    const t0 = Date.now();
    const jawaban = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        s.agent
          .post(`/penilaian/${pid}/autosave`)
          .set('x-csrf-token', s.csrf)
          .set('accept', 'application/json')
          .send({ versi: 0, fields: { 'perilaku-AKUNTABEL': `Teks ke-${i}` }, base: { 'perilaku-AKUNTABEL': '' } }),
      ),
    );
    // Without the fix the saves wait for each other until lock_timeout (10 s) and fail.
    expect(Date.now() - t0).toBeLessThan(9_000);
    const status = jawaban.map((r) => r.status);
    expect(status.every((x) => x === 200 || x === 409)).toBe(true);
    expect(status.filter((x) => x === 200).length).toBeGreaterThanOrEqual(1);
    const tersimpan = await ctx.prisma.perilakuKerja.findFirstOrThrow({ where: { penilaianId: pid, nilai: 'AKUNTABEL' } });
    expect(tersimpan.refleksiDiri).toMatch(/^Teks ke-\d+$/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupApp, login, type TestContext, type Agent } from '../helpers/app.js';
import { selamaTransaksiTerbuka } from '../helpers/transaksi-terbuka.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';
import { makePenilaian } from '../helpers/laporan-factories.js';

/**
 * BKD reports are kept per process with the snapshot they were computed in, and served again only
 * while nothing they read has changed since (decision 141). Every write below goes straight to
 * the database, as another worker, an import or psql would: the next request must show it.
 */
describe('report cache: a committed change is seen by the next request', () => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let periode: Awaited<ReturnType<typeof makePeriode>>;
  let pid: number;
  let admin: Agent;
  /** The totals strip of /laporan/progres: count per status. */
  const jumlah = async (status: string) => {
    const html = (await admin.get(`/laporan/progres?periode=${periode.id}`).expect(200)).text;
    const m = html.match(new RegExp(`status-${status.toLowerCase()}"><span[^>]*>[^<]*</span><strong class="fs-5">(\\d+)</strong>`));
    return Number(m?.[1]);
  };
  const logBaris = async () => Number((await ctx.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "LogPerubahan"`)[0]!.n);

  beforeAll(async () => {
    ctx = await setupApp();
    org = await makeOrg(ctx.prisma);
    periode = await makePeriode(ctx.prisma);
    pid = (await makePenilaian(ctx.prisma, { periodeId: periode.id, pegawai: org.pegawai.staf, status: 'DRAFT' })).id;
    ({ agent: admin } = await login(ctx.app, org.users.admin.username, PASSWORD));
    expect(await jumlah('DRAFT')).toBe(1); // kept from here on
  });
  afterAll(async () => ctx.close());

  it('when an appraisal is sent, then the next report counts it as sent', async () => {
    expect(await jumlah('DIKIRIM')).toBe(0);
    await ctx.prisma.penilaianKinerja.update({ where: { id: pid }, data: { status: 'DIKIRIM', dikirimPada: new Date() } });
    expect(await jumlah('DIKIRIM')).toBe(1);
    expect(await jumlah('DRAFT')).toBe(0);
  });

  it('when a new staff member is added, then the next report counts them as not started', async () => {
    const sebelum = await jumlah('BELUM_MULAI');
    await ctx.prisma.pegawai.update({ where: { id: org.pegawai.stafLain.id }, data: { aktif: false } });
    expect(await jumlah('BELUM_MULAI')).toBe(sebelum - 1);
  });

  it('while the change is not committed, the report shows the old count, and the new one right after the commit', async () => {
    await selamaTransaksiTerbuka(
      ctx.prisma,
      (t) => t.penilaianKinerja.update({ where: { id: pid }, data: { status: 'DINILAI', dinilaiPada: new Date() } }),
      async () => expect(await jumlah('DIKIRIM')).toBe(1),
    );
    expect(await jumlah('DIKIRIM')).toBe(0);
    expect(await jumlah('DINILAI')).toBe(1);
  });

  it('an autosave writes no log row (only the columns the reports read do), and a rolled-back change invalidates nothing', async () => {
    const n = await logBaris();
    await ctx.prisma.penilaianKinerja.update({ where: { id: pid }, data: { versi: { increment: 1 } } });
    expect(await logBaris()).toBe(n);
    await expect(
      ctx.prisma.$transaction(async (t) => {
        await t.penilaianKinerja.update({ where: { id: pid }, data: { status: 'FINAL' } });
        throw new Error('batal');
      }),
    ).rejects.toThrow('batal');
    expect(await logBaris()).toBe(n);
    expect(await jumlah('DINILAI')).toBe(1);
  });
});

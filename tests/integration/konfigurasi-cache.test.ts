import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupApp, login, type TestContext, type Agent } from '../helpers/app.js';
import { makePenilaian } from '../helpers/laporan-factories.js';
import { selamaTransaksiTerbuka } from '../helpers/transaksi-terbuka.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';
import { dalamPermintaanBaca, dariKonfigurasi, kosongkanKonfigurasi } from '../../src/core/konfigurasi-cache.js';

/**
 * Periods, per-unit deadlines and settings are cached per process, keyed by the `konfigurasi`
 * version read with the session (decision 140). Every write below goes straight to the database,
 * as another worker, an import or psql would: the very next page must show it.
 */
describe('configuration cache: a write by anyone is seen by the next request', () => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let periode: Awaited<ReturnType<typeof makePeriode>>;
  let staf: Agent;
  const beranda = async () => (await staf.get('/beranda')).text;
  beforeAll(async () => {
    ctx = await setupApp();
    org = await makeOrg(ctx.prisma);
    periode = await makePeriode(ctx.prisma);
    ({ agent: staf } = await login(ctx.app, org.users.staf.username, PASSWORD));
    expect(await beranda()).toContain('15 Des 2026'); // cached from here on
  });
  afterAll(async () => ctx.close());

  it('when the period deadline moves, then the next page shows the new date', async () => {
    await ctx.prisma.periodePenilaian.update({ where: { id: periode.id }, data: { batasPenilaianDiri: new Date('2026-12-20T00:00:00Z') } });
    const html = await beranda();
    expect(html).toContain('20 Des 2026');
    expect(html).not.toContain('15 Des 2026');
  });

  it('when a unit gets its own deadline and loses it again, then the page follows', async () => {
    await ctx.prisma.batasWaktuUnit.create({
      data: {
        periodeId: periode.id,
        unitId: org.pegawai.staf.unitId,
        batasPenilaianDiri: new Date('2026-12-22T00:00:00Z'),
        batasPenilaianAtasan: new Date('2026-12-30T00:00:00Z'),
      },
    });
    expect(await beranda()).toContain('22 Des 2026');
    await ctx.prisma.batasWaktuUnit.deleteMany({ where: { periodeId: periode.id } });
    expect(await beranda()).toContain('20 Des 2026');
  });

  it('when the JP rule changes, then the widget shows the new minimum', async () => {
    expect(await beranda()).toMatch(/minimal\s+20 JP/);
    await ctx.prisma.pengaturan.upsert({
      where: { kunci: 'jpMinimalPns' },
      create: { kunci: 'jpMinimalPns', nilai: '32' },
      update: { nilai: '32' },
    });
    expect(await beranda()).toMatch(/minimal\s+32 JP/);
  });

  it('while a write is not committed, the page shows the old value, and the new one right after the commit', async () => {
    await selamaTransaksiTerbuka(
      ctx.prisma,
      (t) => t.periodePenilaian.update({ where: { id: periode.id }, data: { batasPenilaianDiri: new Date('2026-12-24T00:00:00Z') } }),
      async () => expect(await beranda()).toContain('20 Des 2026'),
    );
    expect(await beranda()).toContain('24 Des 2026');
  });

  it('when the period is closed, then the page no longer offers it', async () => {
    await ctx.prisma.periodePenilaian.update({ where: { id: periode.id }, data: { status: 'DITUTUP' } });
    expect(await beranda()).not.toContain('24 Des 2026');
  });
});

describe('dariKonfigurasi', () => {
  it('outside a read request it always loads; inside, once per version; an older version loads again', async () => {
    kosongkanKonfigurasi();
    let muat = 0;
    const baca = () => dariKonfigurasi('x', async () => ({ n: ++muat }));
    await baca();
    await baca();
    expect(muat).toBe(2);
    const dalam = (versi: number) => new Promise<{ n: number }>((r) => dalamPermintaanBaca(versi, () => void baca().then(r)));
    expect((await dalam(5)).n).toBe(3);
    expect((await dalam(5)).n).toBe(3);
    expect(Object.isFrozen(await dalam(5))).toBe(true);
    expect((await dalam(4)).n).toBe(4); // a request that read an older version
    expect((await dalam(5)).n).toBe(3);
    expect((await dalam(6)).n).toBe(5);
  });

  it('a failed load is not kept', async () => {
    kosongkanKonfigurasi();
    let kali = 0;
    const baca = () =>
      new Promise<string>((r, j) =>
        dalamPermintaanBaca(1, () => {
          dariKonfigurasi('y', async () => {
            kali += 1;
            if (kali === 1) throw new Error('gagal');
            return 'ok';
          }).then(r, j);
        }),
      );
    await expect(baca()).rejects.toThrow('gagal');
    await expect(baca()).resolves.toBe('ok');
  });
});

describe('configuration cache: the predikat matrix and feedback settings', () => {
  let ctx: TestContext;
  afterAll(async () => ctx.close());

  it('when BKD edits the matrix, then the next rating page carries the new predikat', async () => {
    ctx = await setupApp();
    const org = await makeOrg(ctx.prisma);
    const periode = await makePeriode(ctx.prisma);
    const p = await makePenilaian(ctx.prisma, { periodeId: periode.id, pegawai: org.pegawai.staf, status: 'DIKIRIM' });
    const { agent } = await login(ctx.app, org.users.kasi.username, PASSWORD);
    const matriks = async () => {
      const html = (await agent.get(`/tim/penilaian/${p.id}`).expect(200)).text;
      return JSON.parse(
        html
          .match(/data-matriks="([^"]+)"/)![1]!
          .replace(/&#34;/g, '"')
          .replace(/&quot;/g, '"'),
      ) as Record<string, string>;
    };
    expect((await matriks())['SESUAI|SESUAI']).toBe('Baik');
    await ctx.prisma.matriksPredikat.updateMany({
      where: { periodeId: periode.id, hasilKerja: 'SESUAI', perilaku: 'SESUAI' },
      data: { predikat: 'SANGAT_BAIK' },
    });
    expect((await matriks())['SESUAI|SESUAI']).toBe('Sangat Baik');
  });
});

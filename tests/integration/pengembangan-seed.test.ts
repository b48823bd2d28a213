import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setupApp, login, type TestContext } from '../helpers/app.js';
import { seedDemo } from '../../src/db/seed/index.js';
import { seedPengembangan } from '../../src/db/seed/pengembangan.js';
import { gapTidakTercakup } from '../../src/modules/pengembangan/rencana.service.js';

let ctx: TestContext;
const PASSWORD = 'Demo#Uji2026';

beforeAll(async () => {
  ctx = await setupApp();
  await seedDemo(ctx.prisma, { password: PASSWORD });
}, 240_000);
afterAll(() => ctx.close());

async function counts() {
  const p = ctx.prisma;
  return {
    rekomendasi: await p.rekomendasiPelatihan.count(),
    disetujui: await p.rekomendasiPelatihan.count({ where: { status: 'DISETUJUI' } }),
    riwayat: await p.riwayatPelatihan.count(),
    anggaran: await p.anggaranPelatihanUnit.count(),
    rencana: await p.rencanaPelatihan.count(),
    peserta: await p.pesertaRencanaPelatihan.count(),
    konten: await p.kontenSosialisasi.count(),
    tandaBaca: await p.tandaBaca.count(),
  };
}

describe('development demo data', () => {
  it('when loaded, then recommendations, history, budgets, a draft plan and sosialisasi content exist; re-running adds nothing', async () => {
    const before = await counts();
    expect(before.rekomendasi).toBeGreaterThan(50);
    expect(before.disetujui).toBeGreaterThan(5);
    expect(before.riwayat).toBeGreaterThan(50);
    expect(before.anggaran).toBeGreaterThanOrEqual(5);
    expect(before.rencana).toBeGreaterThanOrEqual(2);
    expect(before.konten).toBeGreaterThanOrEqual(4);
    expect(before.tandaBaca).toBeGreaterThan(0);
    await seedPengembangan(ctx.prisma);
    expect(await counts()).toEqual(before);
  });

  it('every demo recommendation is labelled by its real basis: a gap the appraisal shows, or a missed target', async () => {
    const rek = await ctx.prisma.rekomendasiPelatihan.findMany({
      where: { penilaianId: { not: null }, kompetensiId: { not: null } },
      include: { penilaian: { include: { kompetensi: true } }, indikator: true },
    });
    const berbasisTarget = rek.filter((r) => r.indikatorId !== null);
    expect(berbasisTarget.length).toBeGreaterThan(0);
    for (const r of rek) {
      const k = r.penilaian!.kompetensi.find((x) => x.kompetensiId === r.kompetensiId);
      const gapNyata = k && k.levelAtasan !== null ? Math.max(0, k.levelDibutuhkan - k.levelAtasan) : 0;
      if (r.gap) expect(r.gap, `rekomendasi ${r.id}`).toBe(gapNyata);
      if (r.indikator) {
        expect(r.gap, `rekomendasi ${r.id}`).toBeNull();
        expect(r.indikator.kompetensiId).toBe(r.kompetensiId);
        expect(Number(r.indikator.realisasiNilai)).toBeLessThan(Number(r.indikator.targetNilai));
      }
    }
    // On a page: each "X (kesenjangan N)" matches the gap table's "X … Di bawah standar (−N)".
    const { pegawaiId } = await ctx.prisma.penilaianKinerja.findUniqueOrThrow({ where: { id: berbasisTarget[0]!.penilaianId! } });
    const admin = await login(ctx.app, 'admin.bkd', PASSWORD);
    const page = (await admin.agent.get(`/pengembangan/pegawai/${pegawaiId}?periode=${berbasisTarget[0]!.periodeId}`)).text;
    expect(page).toContain('(target tidak tercapai: ');
    for (const m of page.matchAll(/Untuk: ([^(<]+?) \(kesenjangan (\d)\)/g)) {
      expect(page, m[0]).toMatch(new RegExp(`${m[1]}\\s*<span[^>]*>Di bawah standar \\(−${m[2]}\\)`));
    }
    // BKD's list of needs no planned program covers says which of them are missed targets.
    const belum = await gapTidakTercakup(ctx.prisma, 2026);
    const target = belum.find((x) => x.target > 0);
    expect(target).toBeDefined();
    const rencana = (await admin.agent.get('/pengembangan/bkd/rencana?tahun=2026')).text;
    expect(rencana).toContain('Kebutuhan kompetensi yang belum tercakup rencana');
    expect(rencana).toContain(
      `${target!.nama}: <strong>${target!.pegawai}</strong> pegawai belum mendapat program (${target!.target} karena target tidak tercapai, bukan kesenjangan)`,
    );
  });

  it('the demo staff member sees a Komunikasi gap, a communication course and JP below 20; BKD sees the heatmap and a required announcement', async () => {
    const { agent } = await login(ctx.app, 'pegawai.rujukan', PASSWORD);
    const res = await agent.get('/pengembangan');
    expect(res.text).toMatch(/Komunikasi\s*<span[^>]*>Di bawah standar \(−1\)<\/span>/);
    expect(res.text).toContain('Coaching Komunikasi oleh Atasan');
    expect(res.text).toMatch(/data-jp-total>10 JP/);
    const home = await agent.get('/beranda');
    expect(home.text).toContain('Batas pengiriman penilaian diri 2026');
    const admin = await login(ctx.app, 'admin.bkd', PASSWORD);
    const peta = await admin.agent.get('/pengembangan/bkd');
    expect(peta.text).toContain('Dinas Kesehatan');
    expect(peta.text).toMatch(/heat-[1-4]/);
    expect((await admin.agent.get('/pengembangan/bkd/rencana?tahun=2026')).text).toContain('Pelatihan Komunikasi Efektif');
  });
});

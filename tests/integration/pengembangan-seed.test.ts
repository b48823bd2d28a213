import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setupApp, login, type TestContext } from '../helpers/app.js';
import { seedDemo } from '../../src/db/seed/index.js';
import { seedPengembangan } from '../../src/db/seed/pengembangan.js';

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

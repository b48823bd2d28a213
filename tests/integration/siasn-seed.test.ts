/** Issue 16 demo data: SIASN ids with a few missing, a past export, an applied training-history import; idempotent. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setupApp, login, type TestContext } from '../helpers/app.js';
import { seedDemo } from '../../src/db/seed/index.js';
import { seedSiasn } from '../../src/db/seed/siasn.js';

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
    denganId: await p.pegawai.count({ where: { siasnId: { not: null } } }),
    tanpaId: await p.pegawai.count({ where: { siasnId: null } }),
    ekspor: await p.eksporSiasn.count(),
    barisEkspor: await p.barisEksporSiasn.count(),
    impor: await p.riwayatPelatihan.count({ where: { kunciImpor: { not: null } } }),
  };
}

describe('SIASN demo data', () => {
  it('when loaded, then most staff have an id, a past export leaves changes to send, the import reached the demo accounts; re-running adds nothing', async () => {
    const c = await counts();
    expect(c.denganId).toBeGreaterThan(c.tanpaId * 5);
    expect(c.tanpaId).toBeGreaterThan(0);
    expect(c.ekspor).toBe(1);
    expect(c.impor).toBeGreaterThan(10);

    const { agent } = await login(ctx.app, 'admin.bkd', PASSWORD);
    // Without a choice the page opens on the newest closed year.
    expect((await agent.get('/admin/siasn')).text).toContain('Hasil tahunan (skp22) 2025');
    const page = await agent.get('/admin/siasn?tahun=2025&jenis=TAHUNAN');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/id="jumlah-baru">3</);
    expect(page.text).toContain('id="daftar-tanpa-id"');
    expect(page.text).toContain('/admin/siasn/ekspor/');
    const impor = await agent.get('/admin/impor/demo-siasn-riwayat-diklat');
    expect(impor.status).toBe(200);
    expect(impor.text).toContain('tidak ditemukan di SIKAP');

    const staf = await login(ctx.app, 'atasan.rujukan', PASSWORD);
    expect((await staf.agent.get('/pengembangan')).text).toContain('Pelatihan Kepemimpinan Pengawas (PKP)');

    await seedSiasn(ctx.prisma);
    expect(await counts()).toEqual(c);
  });
});

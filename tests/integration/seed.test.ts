import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setupApp, login, type TestContext } from '../helpers/app.js';
import { seedDemo } from '../../src/db/seed/index.js';

let ctx: TestContext;
const PASSWORD = 'Demo#Uji2026';

beforeAll(async () => {
  ctx = await setupApp();
  await seedDemo(ctx.prisma, { password: PASSWORD });
}, 180_000);
afterAll(() => ctx.close());

async function counts() {
  const p = ctx.prisma;
  return {
    unit: await p.unitKerja.count(),
    jabatan: await p.jabatan.count(),
    pegawai: await p.pegawai.count(),
    user: await p.user.count(),
    kompetensi: await p.kompetensi.count(),
    level: await p.levelKompetensi.count(),
    standar: await p.standarKompetensiJabatan.count(),
    program: await p.programPelatihan.count(),
    penilaian: await p.penilaianKinerja.count(),
    rhk: await p.rencanaHasilKerja.count(),
  };
}

describe('demo data', () => {
  it('when loaded, then a realistic government exists', async () => {
    const c = await counts();
    expect(c.pegawai).toBeGreaterThanOrEqual(120);
    expect(c.pegawai).toBeLessThanOrEqual(200);
    expect(c.user).toBe(c.pegawai + 1);
    expect(c.program).toBeGreaterThanOrEqual(28);
    const manajerial = await ctx.prisma.kompetensi.count({ where: { kelompok: { kode: 'MANAJERIAL' } } });
    expect(manajerial).toBe(8);
    expect(await ctx.prisma.kompetensi.count({ where: { kelompok: { kode: 'SOSIAL_KULTURAL' } } })).toBe(1);
    expect(c.level).toBe(c.kompetensi * 5);
    const running = await ctx.prisma.periodePenilaian.findMany({ where: { status: 'BERJALAN' } });
    expect(running).toHaveLength(1);
    expect(await ctx.prisma.matriksPredikat.count({ where: { periodeId: running[0]!.id } })).toBe(9);
  });

  it('every NIP is valid and every supervisor chain ends at the Sekretaris Daerah', async () => {
    const { parseNip } = await import('../../src/modules/domain/nip.js');
    const all = await ctx.prisma.pegawai.findMany({
      select: { id: true, nip: true, atasanId: true, jenisKelamin: true, jabatan: { select: { nama: true } } },
    });
    const byId = new Map(all.map((p) => [p.id, p]));
    for (const p of all) {
      if (p.nip) {
        const r = parseNip(p.nip);
        expect(r.ok, `${p.nip}`).toBe(true);
        if (r.ok) expect(r.parts.jenisKelamin).toBe(p.jenisKelamin);
      }
      let cur = p;
      let steps = 0;
      while (cur.atasanId) {
        cur = byId.get(cur.atasanId)!;
        steps += 1;
        expect(steps).toBeLessThan(8);
      }
      expect(cur.jabatan.nama).toBe('Sekretaris Daerah');
    }
  });

  it('when run again, then nothing is duplicated', async () => {
    const before = await counts();
    await seedDemo(ctx.prisma, { password: PASSWORD });
    const after = await counts();
    expect(after).toEqual(before);
  });

  it('the demo staff member has a draft for this year and a rated result with a Komunikasi gap last year', async () => {
    const u = await ctx.prisma.user.findUniqueOrThrow({ where: { username: 'pegawai.rujukan' }, include: { pegawai: true } });
    const list = await ctx.prisma.penilaianKinerja.findMany({
      where: { pegawaiId: u.pegawaiId!, periode: { jenis: 'TAHUNAN' } },
      include: { periode: true, kompetensi: { include: { kompetensi: true } } },
      orderBy: { periode: { tahun: 'asc' } },
    });
    expect(list.map((x) => [x.periode.tahun, x.status])).toEqual([
      [2025, 'FINAL'],
      [2026, 'DRAFT'],
    ]);
    const kom = list[0]!.kompetensi.find((k) => k.kompetensi.kode === 'M3')!;
    expect(kom.levelDibutuhkan - kom.levelAtasan!).toBe(1);
  });

  it('2026 is evaluated quarterly: triwulan I–III final for the demo staff member, with a progress log; 2025 stays annual', async () => {
    const u = await ctx.prisma.user.findUniqueOrThrow({ where: { username: 'pegawai.rujukan' } });
    const y2026 = await ctx.prisma.periodePenilaian.findFirstOrThrow({
      where: { tahun: 2026, jenis: 'TAHUNAN' },
      include: { anak: { orderBy: { ke: 'asc' } } },
    });
    expect(y2026.ritme).toBe('TRIWULANAN');
    expect(y2026.anak.map((a) => [a.ke, a.status])).toEqual([
      [1, 'DITUTUP'],
      [2, 'DITUTUP'],
      [3, 'DITUTUP'],
    ]);
    const q = await ctx.prisma.penilaianKinerja.findMany({ where: { pegawaiId: u.pegawaiId!, periode: { indukId: y2026.id } } });
    expect(q.map((x) => x.status)).toEqual(['FINAL', 'FINAL', 'FINAL']);
    expect(q.every((x) => x.skpId !== null)).toBe(true);
    expect(await ctx.prisma.catatanProgres.count({ where: { pegawaiId: u.pegawaiId! } })).toBeGreaterThan(5);
    expect((await ctx.prisma.periodePenilaian.findFirstOrThrow({ where: { tahun: 2025, jenis: 'TAHUNAN' } })).ritme).toBe('TAHUNAN');
  });

  it.each([
    ['admin.bkd', 'Ringkasan BKD'],
    ['kadis.kesehatan', 'Unit saya: Dinas Kesehatan'],
    ['atasan.rujukan', 'bawahan langsung)'],
    ['pegawai.rujukan', 'belum dikirim'],
  ])('demo account %s reaches a dashboard showing "%s"', async (username, text) => {
    const { agent } = await login(ctx.app, username, PASSWORD);
    const res = await agent.get('/beranda');
    expect(res.status).toBe(200);
    expect(res.text).toContain(text);
  });

  it('talent management: admin.bkd and kadis.kesehatan meet a published 2025 map, a draft 2026 review, and a succession warning', async () => {
    const [r2025, r2026] = await Promise.all([
      ctx.prisma.reviewTalenta.findUniqueOrThrow({ where: { tahun: 2025 } }),
      ctx.prisma.reviewTalenta.findUniqueOrThrow({ where: { tahun: 2026 } }),
    ]);
    expect([r2025.status, r2026.status]).toEqual(['DIPUBLIKASI', 'DRAF']);
    expect(await ctx.prisma.penempatanTalenta.count({ where: { reviewId: r2025.id, status: 'TIDAK_LENGKAP' } })).toBeGreaterThan(0);
    expect(await ctx.prisma.penempatanTalenta.count({ where: { reviewId: r2025.id, status: 'DIKECUALIKAN' } })).toBe(1);
    expect(await ctx.prisma.hukumanDisiplin.count()).toBe(2);
    expect(await ctx.prisma.jabatanKritikal.count()).toBe(3);
    const dipetakan: number[] = [];
    for (const username of ['admin.bkd', 'kadis.kesehatan']) {
      const { agent } = await login(ctx.app, username, PASSWORD);
      const map = await agent.get(`/talenta/${r2025.id}`);
      expect(map.status).toBe(200);
      dipetakan.push(Number(/\((\d+) pegawai dipetakan\)/.exec(map.text)![1]));
      const suksesi = await agent.get(`/talenta/${r2025.id}/suksesi`);
      expect(suksesi.text).toContain('Kurang dari dua calon siap sekarang.');
    }
    // The pimpinan's map counts their own subtree only.
    expect(dipetakan[1]).toBeGreaterThan(0);
    expect(dipetakan[1]).toBeLessThan(dipetakan[0]!);
    const { agent } = await login(ctx.app, 'pegawai.rujukan', PASSWORD);
    expect((await agent.get('/pengembangan')).text).toContain('Dari pemetaan talenta 2025');
  });
});

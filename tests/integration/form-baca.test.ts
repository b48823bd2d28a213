import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setupApp, type TestContext } from '../helpers/app.js';
import { seedDemo } from '../../src/db/seed/index.js';
import { formInclude, type PenilaianForm } from '../../src/modules/penilaian/fields.js';
import { bacaFormId, bacaFormPemilik } from '../../src/modules/penilaian/form-baca.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { deadlinesFor } from '../../src/modules/periode/periode.repo.js';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await setupApp();
  await seedDemo(ctx.prisma, { password: 'Demo#Uji2026' });
}, 180_000);
afterAll(() => ctx.close());

/** Values as their type and text, so a Date that came back as a string (or a Decimal as a number) differs. */
function bentuk(v: unknown): unknown {
  if (v instanceof Date) return `Date(${v.toISOString()})`;
  if (Prisma.Decimal.isDecimal(v)) return `Decimal(${(v as Prisma.Decimal).toString()})`;
  if (typeof v === 'bigint') return `BigInt(${v})`;
  if (Array.isArray(v)) return v.map(bentuk);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, bentuk(x)]));
  return v;
}

/** Prisma leaves the order of `perilaku` and the progress entries to the database (nothing reads them in order: fields.ts sorts, the log is summed). */
function urutPerilaku<T extends PenilaianForm>(p: T): T {
  const progres = (xs: PenilaianForm['catatanProgres']) =>
    [...xs].sort(
      (a, b) =>
        (a.indikatorId ?? 0) - (b.indikatorId ?? 0) ||
        a.tanggal.getTime() - b.tanggal.getTime() ||
        String(a.kuantitas).localeCompare(String(b.kuantitas)),
    );
  return {
    ...p,
    perilaku: [...p.perilaku].sort((a, b) => a.id - b.id),
    catatanProgres: progres(p.catatanProgres),
    skp: p.skp ? { catatanProgres: progres(p.skp.catatanProgres) } : null,
  };
}

describe('the appraisal form read without Prisma (issue 15)', () => {
  it('when every demo appraisal is read both ways, then the trees are equal, types included', async () => {
    const semua = await ctx.prisma.penilaianKinerja.findMany({ select: { id: true, pegawaiId: true }, orderBy: { id: 'asc' } });
    expect(semua.length).toBeGreaterThan(100);
    let denganBukti = 0;
    let denganProgres = 0;
    for (const { id, pegawaiId } of semua) {
      const acuan = await ctx.prisma.penilaianKinerja.findFirst({ where: { id }, include: formInclude });
      const cepat = await bacaFormId(ctx.prisma, id);
      expect(bentuk(urutPerilaku(cepat!))).toEqual(bentuk(urutPerilaku(acuan!)));
      expect(bentuk(urutPerilaku((await bacaFormPemilik(ctx.prisma, id, pegawaiId))!))).toEqual(bentuk(urutPerilaku(acuan!)));
      if (acuan!.rhk.some((r) => r.indikator.some((i) => i.bukti.length))) denganBukti += 1;
      if (acuan!.catatanProgres.length || acuan!.skp?.catatanProgres.length) denganProgres += 1;
    }
    // The comparison covered the deep branches, not only empty plans.
    expect(denganBukti).toBeGreaterThan(0);
    expect(denganProgres).toBeGreaterThan(0);
  }, 120_000);

  it('when the owner does not match, then nothing is read', async () => {
    const p = await ctx.prisma.penilaianKinerja.findFirstOrThrow({ select: { id: true, pegawaiId: true } });
    expect(await bacaFormPemilik(ctx.prisma, p.id, p.pegawaiId + 1)).toBeNull();
    expect(await bacaFormId(ctx.prisma, -1)).toBeNull();
  });

  it('when a value has a decimal fraction, a date and a timestamp, then they come back exactly', async () => {
    const iki = await ctx.prisma.indikatorKinerja.findFirstOrThrow({
      where: { jenisTarget: { not: 'KUALITATIF' } },
      include: { rhk: true },
    });
    await ctx.prisma.indikatorKinerja.update({ where: { id: iki.id }, data: { realisasiNilai: new Prisma.Decimal('123456789012.05') } });
    const p = await bacaFormId(ctx.prisma, iki.rhk.penilaianId);
    const baru = p!.rhk.flatMap((r) => r.indikator).find((i) => i.id === iki.id)!;
    expect(baru.realisasiNilai!.toString()).toBe('123456789012.05');
    expect(p!.periode.tanggalMulai).toBeInstanceOf(Date);
    expect(p!.periode.tanggalMulai.toISOString()).toMatch(/T00:00:00.000Z$/);
    expect(p!.updatedAt).toBeInstanceOf(Date);
  });

  it('when a unit has its own deadlines, then the direct read gives the same calendar dates as Prisma', async () => {
    const p = await ctx.prisma.penilaianKinerja.findFirstOrThrow({ include: { periode: true } });
    await ctx.prisma.batasWaktuUnit.upsert({
      where: { periodeId_unitId: { periodeId: p.periodeId, unitId: p.unitId } },
      update: { batasPenilaianDiri: new Date('2026-12-31T00:00:00Z'), batasPenilaianAtasan: new Date('2027-01-02T00:00:00Z') },
      create: {
        periodeId: p.periodeId,
        unitId: p.unitId,
        batasPenilaianDiri: new Date('2026-12-31T00:00:00Z'),
        batasPenilaianAtasan: new Date('2027-01-02T00:00:00Z'),
      },
    });
    const b = await deadlinesFor(ctx.prisma, p.periodeId, p.unitId);
    expect(b.penilaianDiri.toISOString()).toBe('2026-12-31T00:00:00.000Z');
    expect(b.penilaianAtasan.toISOString()).toBe('2027-01-02T00:00:00.000Z');
    const lain = await deadlinesFor(ctx.prisma, p.periodeId, 999_999);
    expect(lain.penilaianDiri.toISOString()).toBe(p.periode.batasPenilaianDiri.toISOString());
  });
});

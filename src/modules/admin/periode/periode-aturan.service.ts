/** Per-period rules kept as data: predikat matrix, distribution bounds, OPD predikat, unit deadlines. */
import type { Db } from '../../../db/client.js';
import type { Predikat, PredikatOrganisasi, RatingKinerja } from '../../../generated/prisma/enums.js';
import { audit } from '../../audit/audit.service.js';
import { ValidationError } from '../../../core/errors.js';
import type { Actor } from '../shared/http.js';
import { getPeriode, pastikanBelumDitutup } from './periode.service.js';

export const RATINGS: RatingKinerja[] = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'];
export const PREDIKATS: Predikat[] = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];
export const PREDIKAT_ORG: PredikatOrganisasi[] = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];

export async function aturanPeriode(prisma: Db, periodeId: number) {
  const [matriks, pola, predikatUnit, batasUnit, opd] = await Promise.all([
    prisma.matriksPredikat.findMany({ where: { periodeId } }),
    prisma.polaDistribusi.findMany({ where: { periodeId } }),
    prisma.predikatUnit.findMany({ where: { periodeId } }),
    prisma.batasWaktuUnit.findMany({
      where: { periodeId },
      include: { unit: { select: { nama: true } } },
      orderBy: { unit: { jalur: 'asc' } },
    }),
    prisma.unitKerja.findMany({ where: { jenis: 'OPD', aktif: true }, orderBy: { nama: 'asc' }, select: { id: true, nama: true } }),
  ]);
  return { matriks, pola, predikatUnit, batasUnit, opd };
}

export async function simpanMatriks(prisma: Db, periodeId: number, body: Record<string, unknown>, by: Actor) {
  const p = await getPeriode(prisma, periodeId);
  pastikanBelumDitutup(p);
  const rows: { hasilKerja: RatingKinerja; perilaku: RatingKinerja; predikat: Predikat }[] = [];
  const errors: Record<string, string> = {};
  for (const h of RATINGS)
    for (const pr of RATINGS) {
      const v = body[`m_${h}_${pr}`];
      if (typeof v !== 'string' || !PREDIKATS.includes(v as Predikat)) errors[`m_${h}_${pr}`] = 'Pilih predikat.';
      else rows.push({ hasilKerja: h, perilaku: pr, predikat: v as Predikat });
    }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  await prisma.$transaction(async (tx) => {
    const sebelum = await tx.matriksPredikat.findMany({
      where: { periodeId },
      select: { hasilKerja: true, perilaku: true, predikat: true },
    });
    for (const r of rows) {
      await tx.matriksPredikat.upsert({
        where: { periodeId_hasilKerja_perilaku: { periodeId, hasilKerja: r.hasilKerja, perilaku: r.perilaku } },
        update: { predikat: r.predikat },
        create: { periodeId, ...r },
      });
    }
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: 'UBAH',
      entitas: 'MatriksPredikat',
      entitasId: periodeId,
      sebelum,
      sesudah: rows,
    });
  });
}

/** p_<ORG>_<PREDIKAT>_min / _max percent bounds; empty pair = no bound row. */
export async function simpanPola(prisma: Db, periodeId: number, body: Record<string, unknown>, by: Actor) {
  const p = await getPeriode(prisma, periodeId);
  pastikanBelumDitutup(p);
  const rows: { predikatOrganisasi: PredikatOrganisasi; predikat: Predikat; minPersen: number; maksPersen: number }[] = [];
  const errors: Record<string, string> = {};
  for (const o of PREDIKAT_ORG)
    for (const pr of PREDIKATS) {
      const key = `p_${o}_${pr}`;
      const minS = String(body[`${key}_min`] ?? '').trim();
      const maxS = String(body[`${key}_max`] ?? '').trim();
      if (minS === '' && maxS === '') continue;
      const min = minS === '' ? 0 : Number(minS);
      const max = maxS === '' ? 100 : Number(maxS);
      if (!Number.isInteger(min) || min < 0 || min > 100) errors[`${key}_min`] = 'Persen 0–100.';
      else if (!Number.isInteger(max) || max < 0 || max > 100) errors[`${key}_max`] = 'Persen 0–100.';
      else if (min > max) errors[`${key}_max`] = 'Batas atas harus ≥ batas bawah.';
      else rows.push({ predikatOrganisasi: o, predikat: pr, minPersen: min, maksPersen: max });
    }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  await prisma.$transaction(async (tx) => {
    const sebelum = await tx.polaDistribusi.findMany({
      where: { periodeId },
      select: { predikatOrganisasi: true, predikat: true, minPersen: true, maksPersen: true },
    });
    await tx.polaDistribusi.deleteMany({ where: { periodeId } });
    await tx.polaDistribusi.createMany({ data: rows.map((r) => ({ periodeId, ...r })) });
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: 'UBAH',
      entitas: 'PolaDistribusi',
      entitasId: periodeId,
      sebelum,
      sesudah: rows,
    });
  });
}

/** u_<unitId> = organisational predikat of each OPD ('' = not set). */
export async function simpanPredikatUnit(prisma: Db, periodeId: number, body: Record<string, unknown>, by: Actor) {
  const p = await getPeriode(prisma, periodeId);
  pastikanBelumDitutup(p);
  const opd = await prisma.unitKerja.findMany({ where: { jenis: 'OPD', aktif: true }, select: { id: true } });
  const current = new Map((await prisma.predikatUnit.findMany({ where: { periodeId } })).map((r) => [r.unitId, r]));
  const changes: { unitId: number; dari: string | null; ke: PredikatOrganisasi }[] = [];
  for (const u of opd) {
    const v = body[`u_${u.id}`];
    if (typeof v !== 'string' || v === '') continue;
    if (!PREDIKAT_ORG.includes(v as PredikatOrganisasi)) throw new ValidationError({ [`u_${u.id}`]: 'Predikat tidak dikenal.' });
    const cur = current.get(u.id);
    if (cur?.predikatOrganisasi !== v) changes.push({ unitId: u.id, dari: cur?.predikatOrganisasi ?? null, ke: v as PredikatOrganisasi });
  }
  if (!changes.length) return 0;
  await prisma.$transaction(async (tx) => {
    for (const c of changes) {
      await tx.predikatUnit.upsert({
        where: { periodeId_unitId: { periodeId, unitId: c.unitId } },
        update: { predikatOrganisasi: c.ke },
        create: { periodeId, unitId: c.unitId, predikatOrganisasi: c.ke },
      });
    }
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: 'UBAH',
      entitas: 'PredikatUnit',
      entitasId: periodeId,
      sebelum: changes.map((c) => ({ unitId: c.unitId, predikat: c.dari })),
      sesudah: changes.map((c) => ({ unitId: c.unitId, predikat: c.ke })),
    });
  });
  return changes.length;
}

export async function simpanBatasUnit(
  prisma: Db,
  periodeId: number,
  d: { unitId: number; batasPenilaianDiri: Date; batasPenilaianAtasan: Date },
  by: Actor,
) {
  const p = await getPeriode(prisma, periodeId);
  pastikanBelumDitutup(p);
  if (!(await prisma.unitKerja.findFirst({ where: { id: d.unitId, aktif: true } })))
    throw new ValidationError({ unitId: 'Unit tidak ditemukan.' });
  await prisma.$transaction(async (tx) => {
    const before = await tx.batasWaktuUnit.findUnique({ where: { periodeId_unitId: { periodeId, unitId: d.unitId } } });
    const after = await tx.batasWaktuUnit.upsert({
      where: { periodeId_unitId: { periodeId, unitId: d.unitId } },
      update: d,
      create: { periodeId, ...d },
    });
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: before ? 'UBAH' : 'BUAT',
      entitas: 'BatasWaktuUnit',
      entitasId: after.id,
      sebelum: before ?? undefined,
      sesudah: after,
    });
  });
}

/** A unit deadline is configuration, not an appraisal: removing it falls back to the period's own. */
export async function hapusBatasUnit(prisma: Db, periodeId: number, id: number, by: Actor) {
  const p = await getPeriode(prisma, periodeId);
  pastikanBelumDitutup(p);
  const row = await prisma.batasWaktuUnit.findFirst({ where: { id, periodeId } });
  if (!row) return;
  await prisma.$transaction(async (tx) => {
    await tx.batasWaktuUnit.delete({ where: { id } });
    await audit(tx, { userId: by.userId, ip: by.ip, aksi: 'HAPUS', entitas: 'BatasWaktuUnit', entitasId: id, sebelum: row });
  });
}

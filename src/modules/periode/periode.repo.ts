import type { Db } from '../../db/client.js';
import type { StatusPeriode } from '../../generated/prisma/enums.js';

const URUTAN_PERIODE = [{ tahun: 'desc' as const }, { jenis: 'asc' as const }, { tanggalMulai: 'desc' as const }];

/** Every period, newest first: the list behind each period selector. */
export function daftarPeriode(prisma: Db) {
  return prisma.periodePenilaian.findMany({ orderBy: URUTAN_PERIODE });
}

/**
 * The period a selector shows: the one asked for (?periode=id), else the first in the list with
 * one of the preferred statuses (in that order), else the newest; null when there is none.
 */
export function periodeDipilih<T extends { id: number; status: StatusPeriode }>(
  daftar: T[],
  diminta: unknown,
  utamakan: StatusPeriode[],
): T | null {
  const id = Number(diminta);
  const asked = Number.isInteger(id) ? daftar.find((p) => p.id === id) : undefined;
  if (asked) return asked;
  for (const status of utamakan) {
    const p = daftar.find((x) => x.status === status);
    if (p) return p;
  }
  return daftar[0] ?? null;
}

/** The running period staff work in now (newest annual first, then quarterly). */
export function findActivePeriod(prisma: Db) {
  return prisma.periodePenilaian.findFirst({
    where: { status: 'BERJALAN' },
    orderBy: URUTAN_PERIODE,
  });
}

/** Deadlines for one unit: a staggered per-unit deadline wins over the period's own. */
export async function deadlinesFor(
  prisma: Db,
  periodeId: number,
  unitId: number | null,
  known?: { batasPenilaianDiri: Date; batasPenilaianAtasan: Date },
) {
  const periode = known ?? (await prisma.periodePenilaian.findUniqueOrThrow({ where: { id: periodeId } }));
  const own = unitId ? await prisma.batasWaktuUnit.findUnique({ where: { periodeId_unitId: { periodeId, unitId } } }) : null;
  return {
    penilaianDiri: own?.batasPenilaianDiri ?? periode.batasPenilaianDiri,
    penilaianAtasan: own?.batasPenilaianAtasan ?? periode.batasPenilaianAtasan,
  };
}

import type { Db } from '../../db/client.js';

/** The running period staff work in now (newest annual first, then quarterly). */
export function findActivePeriod(prisma: Db) {
  return prisma.periodePenilaian.findFirst({
    where: { status: 'BERJALAN' },
    orderBy: [{ tahun: 'desc' }, { jenis: 'asc' }, { tanggalMulai: 'desc' }],
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
  const own = unitId
    ? await prisma.batasWaktuUnit.findUnique({ where: { periodeId_unitId: { periodeId, unitId } } })
    : null;
  return {
    penilaianDiri: own?.batasPenilaianDiri ?? periode.batasPenilaianDiri,
    penilaianAtasan: own?.batasPenilaianAtasan ?? periode.batasPenilaianAtasan,
  };
}

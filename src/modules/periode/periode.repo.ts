import { kolamLangsung, type Db } from '../../db/client.js';
import { dariKonfigurasi } from '../../core/konfigurasi-cache.js';
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
  return dariKonfigurasi('periode-aktif', () =>
    prisma.periodePenilaian.findFirst({
      where: { status: 'BERJALAN' },
      orderBy: URUTAN_PERIODE,
    }),
  );
}

/** One period by id, from the configuration cache in a GET (decision 140). */
export function periodeById(prisma: Db, id: number) {
  return dariKonfigurasi(`periode:${id}`, () => prisma.periodePenilaian.findUniqueOrThrow({ where: { id } }));
}

/** Deadlines for one unit: a staggered per-unit deadline wins over the period's own. */
/** A unit's own deadlines in a period; on every appraisal page, so straight on the pool when there is one (decision 101). */
async function batasUnit(
  prisma: Db,
  periodeId: number,
  unitId: number,
): Promise<{ batasPenilaianDiri: Date; batasPenilaianAtasan: Date } | null> {
  const pool = kolamLangsung(prisma);
  if (!pool) return prisma.batasWaktuUnit.findUnique({ where: { periodeId_unitId: { periodeId, unitId } } });
  const r = await pool.query<{ batasPenilaianDiri: string; batasPenilaianAtasan: string }>({
    name: 'sikap_batas_unit',
    // Dates as text: pg would read a DATE as local midnight; the app's dates are UTC midnight.
    text: `SELECT "batasPenilaianDiri"::text AS "batasPenilaianDiri", "batasPenilaianAtasan"::text AS "batasPenilaianAtasan"
             FROM "BatasWaktuUnit" WHERE "periodeId" = $1 AND "unitId" = $2`,
    values: [periodeId, unitId],
  });
  const b = r.rows[0];
  return b
    ? {
        batasPenilaianDiri: new Date(`${b.batasPenilaianDiri}T00:00:00Z`),
        batasPenilaianAtasan: new Date(`${b.batasPenilaianAtasan}T00:00:00Z`),
      }
    : null;
}

export async function deadlinesFor(
  prisma: Db,
  periodeId: number,
  unitId: number | null,
  known?: { batasPenilaianDiri: Date; batasPenilaianAtasan: Date },
) {
  const periode = known ?? (await periodeById(prisma, periodeId));
  const own = unitId ? await dariKonfigurasi(`batas-unit:${periodeId}:${unitId}`, () => batasUnit(prisma, periodeId, unitId)) : null;
  return {
    penilaianDiri: own?.batasPenilaianDiri ?? periode.batasPenilaianDiri,
    penilaianAtasan: own?.batasPenilaianAtasan ?? periode.batasPenilaianAtasan,
  };
}

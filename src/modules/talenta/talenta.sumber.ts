/**
 * Where the talent map reads its inputs from the rest of SIKAP. Each input has exactly one
 * function here, so a change in the appraisal or development model is re-pointed in one place:
 * - predikatTahunan: the annual predikat by the year's annual rule over its evaluations (decision 110);
 * - levelKompetensiTerakhir: competency levels against the jabatan standard (the supervisor's
 *   levels of the newest rated appraisal, as the development gap table uses them: `hitungGap`);
 * - jpTahun: training JP (RiwayatPelatihan, as the JP summary counts them);
 * - jumlahPenghargaan: awards (Penghargaan).
 * All take a list of pegawai ids and answer in one statement each (joined to unnest($1::int[])), so a run over
 * 50,000 staff stays a handful of queries.
 */
import type { Db } from '../../db/client.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { PredikatTahunan } from './talenta.pemetaan.js';

export async function predikatTahunan(
  db: Db,
  pegawaiIds: number[],
  tahun: number[],
): Promise<Map<number, { tahun: number; predikat: PredikatTahunan }[]>> {
  // The year's annual predikat by the year's own rule (decision 110; the batch form of
  // evaluasi.service predikatTahunan): EVALUASI_TERAKHIR the last final evaluation of the year
  // (the year end first, then the highest periodic one), PENILAIAN_AKHIR_TAHUN the year end only.
  const rows = await db.$queryRaw<{ pegawaiId: number; tahun: number; predikat: PredikatTahunan }[]>`
    WITH y AS (
      SELECT DISTINCT ON (tahun) id, tahun, "aturanPredikatTahunan"::text AS aturan
      FROM "PeriodePenilaian" WHERE jenis = 'TAHUNAN' AND tahun = ANY(${tahun}::int[]) ORDER BY tahun, id
    )
    SELECT DISTINCT ON (pk."pegawaiId", y.tahun) pk."pegawaiId", y.tahun, pk.predikat::text AS predikat
    FROM y
      JOIN "PeriodePenilaian" pp ON pp.id = y.id OR pp."indukId" = y.id
      JOIN "PenilaianKinerja" pk ON pk."periodeId" = pp.id
      JOIN unnest(${pegawaiIds}::int[]) AS u(id) ON u.id = pk."pegawaiId"
    WHERE pk.status = 'FINAL' AND pk.predikat IS NOT NULL AND (y.aturan = 'EVALUASI_TERAKHIR' OR pp.id = y.id)
    ORDER BY pk."pegawaiId", y.tahun, (pp.id = y.id) DESC, pp.ke DESC NULLS LAST`;
  const map = new Map<number, { tahun: number; predikat: PredikatTahunan }[]>();
  for (const r of rows) map.set(r.pegawaiId, [...(map.get(r.pegawaiId) ?? []), { tahun: r.tahun, predikat: r.predikat }]);
  return map;
}

export interface LevelKompetensi {
  kompetensiId: number;
  dibutuhkan: number;
  level: number | null;
}

/**
 * CTE "terakhir": each person's newest rated appraisal that started on or before `acuan` and
 * assessed competencies — the one rule both competency readers below use.
 */
function terakhirCte(pegawaiIds: number[], acuan: Date): Prisma.Sql {
  return Prisma.sql`terakhir AS (
      SELECT DISTINCT ON (pk."pegawaiId") pk.id, pk."pegawaiId"
      FROM unnest(${pegawaiIds}::int[]) AS u(id)
        JOIN "PenilaianKinerja" pk ON pk."pegawaiId" = u.id
        JOIN "PeriodePenilaian" pp ON pp.id = pk."periodeId"
      WHERE pk.status IN ('FINAL', 'DINILAI') AND pp."tanggalMulai" <= ${acuan}
        -- Periodic evaluations assess competencies only when BKD chose so (issue 16): skip those without.
        AND EXISTS (SELECT 1 FROM "PenilaianKompetensi" k0 WHERE k0."penilaianId" = pk.id)
      ORDER BY pk."pegawaiId", pp."tanggalSelesai" DESC, pk.id DESC
    )`;
}

/** Competency rows of each person's newest rated appraisal that started on or before `acuan`. */
export async function levelKompetensiTerakhir(db: Db, pegawaiIds: number[], acuan: Date): Promise<Map<number, LevelKompetensi[]>> {
  const rows = await db.$queryRaw<{ pegawaiId: number; kompetensiId: number; dibutuhkan: number; level: number | null }[]>`
    WITH ${terakhirCte(pegawaiIds, acuan)}
    SELECT t."pegawaiId", k."kompetensiId", k."levelDibutuhkan" AS dibutuhkan, k."levelAtasan" AS level
    FROM terakhir t JOIN "PenilaianKompetensi" k ON k."penilaianId" = t.id`;
  const map = new Map<number, LevelKompetensi[]>();
  for (const r of rows)
    map.set(r.pegawaiId, [...(map.get(r.pegawaiId) ?? []), { kompetensiId: r.kompetensiId, dibutuhkan: r.dibutuhkan, level: r.level }]);
  return map;
}

/**
 * The same competency rows summed per person in SQL (what the map needs: the fit to the person's
 * own standard), so a run over 50,000 staff reads 50,000 rows instead of half a million.
 * capai = Σ min(level, required), butuh = Σ required, over the competencies the supervisor rated.
 */
export async function kesesuaianKompetensi(
  db: Db,
  pegawaiIds: number[],
  acuan: Date,
): Promise<Map<number, { capai: number; butuh: number; jumlah: number }>> {
  const rows = await db.$queryRaw<{ pegawaiId: number; capai: number; butuh: number; jumlah: number }[]>`
    WITH ${terakhirCte(pegawaiIds, acuan)}
    SELECT t."pegawaiId", SUM(LEAST(k."levelAtasan", k."levelDibutuhkan"))::int AS capai, SUM(k."levelDibutuhkan")::int AS butuh,
           COUNT(*)::int AS jumlah
    FROM terakhir t JOIN "PenilaianKompetensi" k ON k."penilaianId" = t.id
    WHERE k."levelAtasan" IS NOT NULL AND k."levelDibutuhkan" > 0
    GROUP BY t."pegawaiId"`;
  return new Map(rows.map((r) => [r.pegawaiId, { capai: r.capai, butuh: r.butuh, jumlah: r.jumlah }]));
}

/** Training JP finished in the calendar year. */
export async function jpTahun(db: Db, pegawaiIds: number[], tahun: number): Promise<Map<number, number>> {
  const rows = await db.$queryRaw<{ pegawaiId: number; jp: number }[]>`
    SELECT "pegawaiId", SUM(jp)::int AS jp FROM unnest(${pegawaiIds}::int[]) AS u(id) JOIN "RiwayatPelatihan" r ON r."pegawaiId" = u.id
    WHERE "tanggalSelesai" >= make_date(${tahun}::int, 1, 1) AND "tanggalSelesai" < make_date(${tahun}::int + 1, 1, 1)
    GROUP BY "pegawaiId"`;
  return new Map(rows.map((r) => [r.pegawaiId, r.jp]));
}

/** Awards dated in the given years. */
export async function jumlahPenghargaan(db: Db, pegawaiIds: number[], dari: number, sampai: number): Promise<Map<number, number>> {
  const rows = await db.$queryRaw<{ pegawaiId: number; n: number }[]>`
    SELECT "pegawaiId", COUNT(*)::int AS n FROM unnest(${pegawaiIds}::int[]) AS u(id) JOIN "Penghargaan" h ON h."pegawaiId" = u.id
    WHERE tanggal >= make_date(${dari}::int, 1, 1) AND tanggal < make_date(${sampai}::int + 1, 1, 1)
    GROUP BY "pegawaiId"`;
  return new Map(rows.map((r) => [r.pegawaiId, r.n]));
}

/**
 * The one place that reads "final results per employee per evaluation" for the SIASN export
 * (issue 16), on the model of decision 110: a year is its TAHUNAN period, whose appraisal is the
 * employee's SKP and year-end evaluation; a periodic evaluation is a period with `indukId` = the
 * year. The annual record (`skp22`) follows the year's annual rule; the periodic records
 * (`kinerjaperiodik`) are one per evaluation.
 */
import type { Db } from '../../db/client.js';
import type { Golongan, Predikat, RatingKinerja } from '../../generated/prisma/enums.js';

export type JenisHasil = 'TAHUNAN' | 'PERIODIK';

export interface HasilAkhir {
  /** The evaluation's id (today PenilaianKinerja.id): the key of exported rows. */
  sumberId: number;
  pegawaiId: number;
  pegawaiNama: string;
  nip: string | null;
  niPppk: string | null;
  siasnId: string | null;
  tahun: number;
  jenis: JenisHasil;
  periodeNama: string;
  bulanMulai: number;
  tahunMulai: number;
  bulanSelesai: number;
  tahunSelesai: number;
  /** Final ratings (after keberatan) and the final predikat (after calibration). */
  ratingHasilKerja: RatingKinerja;
  ratingPerilaku: RatingKinerja;
  predikat: Predikat;
  /** The rater fixed on the appraisal; null when the employee has none in SIKAP (a non-ASN rater). */
  penilai: { nip: string | null; nama: string; jabatan: string; golongan: Golongan | null; unitNama: string } | null;
  statusPenilai: 'ASN' | 'NON_ASN';
  /** When the result last changed. */
  diubahPada: Date;
}

interface Baris {
  sumberId: number;
  pegawaiId: number;
  pegawaiNama: string;
  nip: string | null;
  niPppk: string | null;
  siasnId: string | null;
  tahun: number;
  periodeNama: string;
  mulai: Date;
  selesai: Date;
  ratingHasilKerja: RatingKinerja;
  ratingPerilaku: RatingKinerja;
  predikat: Predikat;
  penilaiId: number | null;
  penilaiNip: string | null;
  penilaiNiPppk: string | null;
  penilaiNama: string | null;
  penilaiGelarDepan: string | null;
  penilaiGelarBelakang: string | null;
  penilaiJabatan: string | null;
  penilaiGolongan: Golongan | null;
  penilaiUnit: string | null;
  diubahPada: Date;
}

const namaLengkap = (depan: string | null, nama: string, belakang: string | null) =>
  `${depan ? `${depan} ` : ''}${nama}${belakang ? `, ${belakang}` : ''}`;

/** Who rated, and the employee: the same columns for both kinds. `h` is the chosen evaluation. */
const KOLOM = `
  h."sumberId", p.id AS "pegawaiId", p.nama AS "pegawaiNama", p.nip, p."niPppk", p."siasnId",
  h.tahun, h."periodeNama", h.mulai, h.selesai,
  h."ratingHasilKerja", h."ratingPerilaku", h.predikat,
  r.id AS "penilaiId", r.nip AS "penilaiNip", r."niPppk" AS "penilaiNiPppk", r.nama AS "penilaiNama",
  r."gelarDepan" AS "penilaiGelarDepan", r."gelarBelakang" AS "penilaiGelarBelakang",
  rj.nama AS "penilaiJabatan", r.golongan AS "penilaiGolongan", ru.nama AS "penilaiUnit", h."diubahPada"`;
const GABUNG = `
  JOIN "Pegawai" p ON p.id = h."pegawaiId"
  LEFT JOIN "Pegawai" r ON r.id = h."penilaiId"
  LEFT JOIN "Jabatan" rj ON rj.id = r."jabatanId"
  LEFT JOIN "UnitKerja" ru ON ru.id = r."unitId"`;
/** The year (its TAHUNAN period, as predikatTahunan reads it) and its evaluations with a final result. */
const EVALUASI_FINAL = `
  y AS (SELECT id, tahun, nama, "tanggalMulai", "tanggalSelesai", "aturanPredikatTahunan"::text AS aturan,
               (SELECT max(a."tanggalSelesai") FROM "PeriodePenilaian" a WHERE a."indukId" = pp.id) AS "akhirPeriodik"
          FROM "PeriodePenilaian" pp WHERE tahun = $1 AND jenis = 'TAHUNAN' ORDER BY id LIMIT 1),
  ev AS (SELECT pk.id, pk."pegawaiId", pk."penilaiId", pk."ratingHasilKerja", pk."ratingPerilaku", pk.predikat,
                per.id = y.id AS "akhirTahun", COALESCE(per.ke, 0) AS ke, per.nama AS "periodeNama",
                per."tanggalMulai", per."tanggalSelesai", y.tahun, y.aturan, y."akhirPeriodik", y."tanggalMulai" AS "mulaiTahun",
                y."tanggalSelesai" AS "selesaiTahun", y.nama AS "namaTahun",
                GREATEST(pk."updatedAt", COALESCE(pk."difinalkanPada", pk."updatedAt")) AS "diubahPada"
           FROM y JOIN "PeriodePenilaian" per ON per.id = y.id OR per."indukId" = y.id
           JOIN "PenilaianKinerja" pk ON pk."periodeId" = per.id
          WHERE pk.status = 'FINAL' AND pk."ratingHasilKerja" IS NOT NULL AND pk."ratingPerilaku" IS NOT NULL AND pk.predikat IS NOT NULL)`;

/**
 * `skp22`: one row per employee — the year's result chosen by the year's annual rule (decision 110,
 * `pilihHasilTahunan`): EVALUASI_TERAKHIR the last final evaluation (the year end before the
 * periodic ones, then the highest `ke`); PENILAIAN_AKHIR_TAHUN the year-end appraisal only. Keyed by
 * the employee's SKP (the year's appraisal) where there is one, so a later change of the chosen
 * evaluation is the same row changed; months January–December of the year.
 */
const SQL_TAHUNAN = `WITH ${EVALUASI_FINAL},
  h AS (SELECT DISTINCT ON (ev."pegawaiId")
               COALESCE((SELECT s.id FROM "PenilaianKinerja" s, y WHERE s."periodeId" = y.id AND s."pegawaiId" = ev."pegawaiId"), ev.id) AS "sumberId",
               ev."pegawaiId", ev."penilaiId", ev."ratingHasilKerja", ev."ratingPerilaku", ev.predikat, ev.tahun,
               ev."namaTahun" AS "periodeNama", ev."mulaiTahun" AS mulai, ev."selesaiTahun" AS selesai, ev."diubahPada"
          FROM ev WHERE ev.aturan = 'EVALUASI_TERAKHIR' OR ev."akhirTahun"
         ORDER BY ev."pegawaiId", ev."akhirTahun" DESC, ev.ke DESC)
  SELECT ${KOLOM} FROM h ${GABUNG}
   WHERE $2::boolean OR h."sumberId" = ANY($3::int[])
   ORDER BY p.nama, p.id`;

/**
 * `kinerjaperiodik`: one row per employee per periodic evaluation of the year (its own months), and
 * the year end as the last of them when the year runs periodically under EVALUASI_TERAKHIR (months
 * after the last periodic evaluation to December; `jendelaEvaluasi`). An annual-only year has none.
 */
const SQL_PERIODIK = `WITH ${EVALUASI_FINAL},
  h AS (SELECT ev.id AS "sumberId", ev."pegawaiId", ev."penilaiId", ev."ratingHasilKerja", ev."ratingPerilaku", ev.predikat, ev.tahun,
               ev."periodeNama",
               CASE WHEN ev."akhirTahun" THEN ev."akhirPeriodik" + 1 ELSE ev."tanggalMulai" END AS mulai,
               ev."tanggalSelesai" AS selesai, ev."diubahPada"
          FROM ev WHERE NOT ev."akhirTahun" OR (ev."akhirPeriodik" IS NOT NULL AND ev.aturan = 'EVALUASI_TERAKHIR'))
  SELECT ${KOLOM} FROM h ${GABUNG}
   WHERE $2::boolean OR h."sumberId" = ANY($3::int[])
   ORDER BY p.nama, p.id, h.mulai`;

/**
 * Final results of a year and kind, ordered by employee name, in one statement. `sumberIds`
 * narrows to given rows (the batch detail). Final = status FINAL with both ratings and a
 * predikat (calibration and keberatan change the appraisal's own values).
 */
export async function hasilAkhir(prisma: Db, o: { tahun: number; jenis: JenisHasil; sumberIds?: number[] }): Promise<HasilAkhir[]> {
  const semua = o.sumberIds === undefined;
  const rows = await prisma.$queryRawUnsafe<Baris[]>(o.jenis === 'TAHUNAN' ? SQL_TAHUNAN : SQL_PERIODIK, o.tahun, semua, o.sumberIds ?? []);
  return rows.map((b) => ({
    sumberId: b.sumberId,
    pegawaiId: b.pegawaiId,
    pegawaiNama: b.pegawaiNama,
    nip: b.nip,
    niPppk: b.niPppk,
    siasnId: b.siasnId,
    tahun: b.tahun,
    jenis: o.jenis,
    periodeNama: b.periodeNama,
    bulanMulai: b.mulai.getUTCMonth() + 1,
    tahunMulai: b.mulai.getUTCFullYear(),
    bulanSelesai: b.selesai.getUTCMonth() + 1,
    tahunSelesai: b.selesai.getUTCFullYear(),
    ratingHasilKerja: b.ratingHasilKerja,
    ratingPerilaku: b.ratingPerilaku,
    predikat: b.predikat,
    penilai: b.penilaiId
      ? {
          nip: b.penilaiNip ?? b.penilaiNiPppk,
          nama: namaLengkap(b.penilaiGelarDepan, b.penilaiNama!, b.penilaiGelarBelakang),
          jabatan: b.penilaiJabatan ?? '',
          golongan: b.penilaiGolongan,
          unitNama: b.penilaiUnit ?? '',
        }
      : null,
    statusPenilai: b.penilaiId ? 'ASN' : 'NON_ASN',
    diubahPada: b.diubahPada,
  }));
}

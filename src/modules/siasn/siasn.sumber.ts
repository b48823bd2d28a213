/**
 * The one place that reads "final results per employee per evaluation" for the SIASN export
 * (issue 16). Today an evaluation is a PenilaianKinerja of a period: a TAHUNAN period is the
 * annual result (SIASN `skp22`), a TRIWULAN period a periodic one (`kinerjaperiodik`). When the
 * appraisal model becomes one SKP per year with several evaluations, only this file changes: it
 * must keep returning the same rows (one per employee per evaluation, final results only).
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
  jenis: string;
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

/**
 * Final results of a year and kind, ordered by employee name, in one statement. `sumberIds`
 * narrows to given evaluations (the batch detail). Final = status FINAL with both ratings and a
 * predikat.
 */
export async function hasilAkhir(prisma: Db, o: { tahun: number; jenis: JenisHasil; sumberIds?: number[] }): Promise<HasilAkhir[]> {
  const jenisPeriode = o.jenis === 'TAHUNAN' ? 'TAHUNAN' : 'TRIWULAN';
  const semua = o.sumberIds === undefined;
  const rows = await prisma.$queryRaw<Baris[]>`
    SELECT pk.id AS "sumberId", p.id AS "pegawaiId", p.nama AS "pegawaiNama", p.nip, p."niPppk", p."siasnId",
      per.tahun, per.jenis::text AS jenis, per.nama AS "periodeNama", per."tanggalMulai" AS mulai, per."tanggalSelesai" AS selesai,
      pk."ratingHasilKerja", pk."ratingPerilaku", pk.predikat,
      r.id AS "penilaiId", r.nip AS "penilaiNip", r."niPppk" AS "penilaiNiPppk", r.nama AS "penilaiNama",
      r."gelarDepan" AS "penilaiGelarDepan", r."gelarBelakang" AS "penilaiGelarBelakang",
      rj.nama AS "penilaiJabatan", r.golongan AS "penilaiGolongan", ru.nama AS "penilaiUnit",
      GREATEST(pk."updatedAt", COALESCE(pk."difinalkanPada", pk."updatedAt")) AS "diubahPada"
    FROM "PenilaianKinerja" pk
    JOIN "PeriodePenilaian" per ON per.id = pk."periodeId"
    JOIN "Pegawai" p ON p.id = pk."pegawaiId"
    LEFT JOIN "Pegawai" r ON r.id = pk."penilaiId"
    LEFT JOIN "Jabatan" rj ON rj.id = r."jabatanId"
    LEFT JOIN "UnitKerja" ru ON ru.id = r."unitId"
    WHERE per.tahun = ${o.tahun} AND per.jenis = ${jenisPeriode}::"JenisPeriode"
      AND pk.status = 'FINAL' AND pk."ratingHasilKerja" IS NOT NULL AND pk."ratingPerilaku" IS NOT NULL AND pk.predikat IS NOT NULL
      AND (${semua} OR pk.id = ANY(${o.sumberIds ?? []}::int[]))
    ORDER BY p.nama, p.id, per."tanggalMulai"`;
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

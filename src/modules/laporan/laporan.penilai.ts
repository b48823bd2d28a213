import { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';
import type { Scope } from './laporan.scope.js';
import type { Filter } from './laporan.schema.js';
import { filterSql } from './laporan.sql.js';

/**
 * Rater tendencies (kecenderungan penilai). Ratings map to numbers DI_ATAS=3, SESUAI=2,
 * DI_BAWAH=1; both ratings of an appraisal count. A supervisor is compared with the
 * government-wide figures of the same period, and only from MIN_N rated staff upward, so a
 * team of two is never called lenient.
 */
export const AMBANG = {
  /** Minimum rated staff before any flag. */
  minN: 5,
  /** Mean rating this far above / below the government-wide mean → longgar / ketat. */
  selisihRata: 0.3,
  /** Share of "Sesuai" from which a rater counts as central tendency (when the government's is lower). */
  porsiTengah: 0.9,
} as const;

export type Tanda = 'LONGGAR' | 'KETAT' | 'TENGAH';

function nilaiSql(kolom: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE ${kolom} WHEN 'DI_ATAS' THEN 3 WHEN 'SESUAI' THEN 2 WHEN 'DI_BAWAH' THEN 1 END`;
}

/** CTE "r": one row per rating value in the given subtree. */
function ratingCte(periodeId: number, jalur: string, f: Filter): Prisma.Sql {
  return Prisma.sql`r AS (
    SELECT pk."penilaiId" AS penilai_id, pk.id AS pk_id, v.x
    FROM "PenilaianKinerja" pk
    JOIN "UnitKerja" u ON u.id = pk."unitId"
    JOIN "Jabatan" j ON j.id = pk."jabatanId"
    JOIN "Pegawai" p ON p.id = pk."pegawaiId"
    CROSS JOIN LATERAL (VALUES (${nilaiSql(Prisma.sql`pk."ratingHasilKerja"`)}), (${nilaiSql(Prisma.sql`pk."ratingPerilaku"`)})) AS v(x)
    WHERE pk."periodeId" = ${periodeId} AND pk.status IN ('DINILAI', 'FINAL') AND pk."penilaiId" IS NOT NULL
      AND pk."ratingHasilKerja" IS NOT NULL AND pk."ratingPerilaku" IS NOT NULL
      AND u.jalur LIKE ${jalur} || '%'${filterSql(f)}
  )`;
}

export interface Pembanding {
  n: number;
  rata: number;
  sd: number;
  porsiAtas: number;
  porsiSesuai: number;
  selisihKompetensi: number | null;
}

/** Government-wide figures of the period (every unit, no filter). */
export async function pembanding(prisma: Db, periodeId: number): Promise<Pembanding> {
  const none: Filter = {
    hanyaDitandai: false,
    periode: undefined,
    unit: undefined,
    jenis: undefined,
    golongan: undefined,
    kelompok: undefined,
  };
  const [g] = await prisma.$queryRaw<{ n: number; rata: number | null; sd: number | null; atas: number | null; sesuai: number | null }[]>`
    WITH ${ratingCte(periodeId, '/', none)}
    SELECT count(DISTINCT pk_id)::int AS n, avg(x)::float8 AS rata, stddev_pop(x)::float8 AS sd,
      avg((x = 3)::int)::float8 AS atas, avg((x = 2)::int)::float8 AS sesuai FROM r`;
  const [k] = await prisma.$queryRaw<{ selisih: number | null }[]>`
    SELECT avg(k."levelDiri" - k."levelAtasan")::float8 AS selisih
    FROM "PenilaianKompetensi" k JOIN "PenilaianKinerja" pk ON pk.id = k."penilaianId"
    WHERE pk."periodeId" = ${periodeId} AND pk.status IN ('DINILAI', 'FINAL') AND k."levelDiri" IS NOT NULL AND k."levelAtasan" IS NOT NULL`;
  return {
    n: g?.n ?? 0,
    rata: g?.rata ?? 0,
    sd: g?.sd ?? 0,
    porsiAtas: g?.atas ?? 0,
    porsiSesuai: g?.sesuai ?? 0,
    selisihKompetensi: k?.selisih ?? null,
  };
}

export interface BarisPenilai {
  penilai_id: number;
  n: number;
  rata: number;
  sd: number;
  atas: number;
  sesuai: number;
  selisih: number | null;
  nk: number;
  tanda: Tanda | null;
  total: number;
}

export async function kecenderunganPenilai(prisma: Db, scope: Scope, f: Filter, periodeId: number, skip: number, take: number) {
  const gov = await pembanding(prisma, periodeId);
  const tengahBerarti = gov.porsiSesuai < AMBANG.porsiTengah;
  const rows = await prisma.$queryRaw<BarisPenilai[]>`
    WITH ${ratingCte(periodeId, scope.jalur, f)},
    agg AS (
      SELECT penilai_id, count(DISTINCT pk_id)::int AS n, avg(x)::float8 AS rata, stddev_pop(x)::float8 AS sd,
        avg((x = 3)::int)::float8 AS atas, avg((x = 2)::int)::float8 AS sesuai
      FROM r GROUP BY 1
    ),
    kom AS (
      SELECT pk."penilaiId" AS penilai_id, avg(k."levelDiri" - k."levelAtasan")::float8 AS selisih, count(*)::int AS nk
      FROM "PenilaianKompetensi" k JOIN "PenilaianKinerja" pk ON pk.id = k."penilaianId"
      WHERE pk.id IN (SELECT pk_id FROM r) AND k."levelDiri" IS NOT NULL AND k."levelAtasan" IS NOT NULL
      GROUP BY 1
    ),
    ditandai AS (
      SELECT agg.*, kom.selisih, COALESCE(kom.nk, 0) AS nk,
        CASE
          WHEN agg.n >= ${AMBANG.minN} AND agg.rata - ${gov.rata}::float8 >= ${AMBANG.selisihRata}::float8 THEN 'LONGGAR'
          WHEN agg.n >= ${AMBANG.minN} AND ${gov.rata}::float8 - agg.rata >= ${AMBANG.selisihRata}::float8 THEN 'KETAT'
          WHEN agg.n >= ${AMBANG.minN} AND ${tengahBerarti} AND agg.sesuai >= ${AMBANG.porsiTengah}::float8 THEN 'TENGAH'
        END AS tanda
      FROM agg LEFT JOIN kom ON kom.penilai_id = agg.penilai_id
    )
    SELECT *, count(*) OVER ()::int AS total FROM ditandai
    ${f.hanyaDitandai ? Prisma.sql`WHERE tanda IS NOT NULL` : Prisma.empty}
    ORDER BY (tanda IS NULL), abs(rata - ${gov.rata}::float8) DESC, n DESC, penilai_id
    OFFSET ${skip} LIMIT ${take}`;
  const ids = rows.map((r) => r.penilai_id);
  const peg = ids.length
    ? await prisma.pegawai.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          nama: true,
          gelarDepan: true,
          gelarBelakang: true,
          jabatan: { select: { nama: true } },
          unit: { select: { nama: true } },
        },
      })
    : [];
  const byId = new Map(peg.map((p) => [p.id, p]));
  return { gov, total: rows[0]?.total ?? 0, items: rows.map((r) => ({ ...r, pegawai: byId.get(r.penilai_id) ?? null })) };
}

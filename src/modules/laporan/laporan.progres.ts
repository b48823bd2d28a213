import { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';
import type { StatusPenilaian } from '../../generated/prisma/enums.js';
import { currentTimeZone } from '../../lib/format.js';
import type { Scope } from './laporan.scope.js';
import type { Filter } from './laporan.schema.js';
import { grpCte, stafCte, namaUnit } from './laporan.sql.js';

export const STATUS_URUT = ['BELUM_MULAI', 'DRAFT', 'DIKIRIM', 'DIKEMBALIKAN', 'DINILAI', 'FINAL'] as const;
export type StatusKey = StatusPenilaian | 'BELUM_MULAI';
export type Counts = Record<StatusKey, number>;

const kosong = (): Counts => ({ BELUM_MULAI: 0, DRAFT: 0, DIKIRIM: 0, DIKEMBALIKAN: 0, DINILAI: 0, FINAL: 0 });

/** A unit is "tertinggal" when its rated share trails the overall share by this many points, or it has overdue items. */
export const SELISIH_TERTINGGAL = 10;

/**
 * Deadlines per unit (CTE "bw"): the nearest ancestor-or-self with a BatasWaktuUnit row wins over
 * the period's own dates (staggered deadlines are usually set per OPD; staff sit in its seksi).
 */
export async function progres(prisma: Db, scope: Scope, f: Filter, periodeId: number, hariIni: Date) {
  const ctes = Prisma.sql`WITH ${grpCte(scope)}, ${stafCte(periodeId, f)},
    bw AS (
      SELECT DISTINCT ON (u.id) u.id AS unit_id, b."batasPenilaianDiri" AS diri, b."batasPenilaianAtasan" AS atasan
      FROM "BatasWaktuUnit" b
      JOIN "UnitKerja" bu ON bu.id = b."unitId"
      JOIN "UnitKerja" u ON u.jalur LIKE bu.jalur || '%'
      WHERE b."periodeId" = ${periodeId}
      ORDER BY u.id, length(bu.jalur) DESC
    ),
    per AS (SELECT "batasPenilaianDiri" AS diri, "batasPenilaianAtasan" AS atasan FROM "PeriodePenilaian" WHERE id = ${periodeId}),
    telat AS (
      SELECT s.*,
        ((s.status IS NULL OR s.status IN ('DRAFT', 'DIKEMBALIKAN')) AND ${hariIni}::date > COALESCE(bw.diri, per.diri)) AS telat_diri,
        (s.status = 'DIKIRIM' AND ${hariIni}::date > COALESCE(bw.atasan, per.atasan)) AS telat_nilai
      FROM staf s CROSS JOIN per LEFT JOIN bw ON bw.unit_id = s.unit_id
    )`;

  const perStatus = await prisma.$queryRaw<{ grup_id: number; status: string; n: number; telat: number }[]>`
    ${ctes}
    SELECT grup_id, COALESCE(status, 'BELUM_MULAI') AS status, count(*)::int AS n,
      count(*) FILTER (WHERE telat_diri OR telat_nilai)::int AS telat
    FROM telat GROUP BY 1, 2`;

  const grupMap = new Map<number, { counts: Counts; telat: number }>();
  const total = kosong();
  let totalTelat = 0;
  for (const r of perStatus) {
    const g = grupMap.get(r.grup_id) ?? { counts: kosong(), telat: 0 };
    g.counts[r.status as StatusKey] += r.n;
    g.telat += r.telat;
    grupMap.set(r.grup_id, g);
    total[r.status as StatusKey] += r.n;
    totalTelat += r.telat;
  }
  const jumlah = (c: Counts) => STATUS_URUT.reduce((a, s) => a + c[s], 0);
  const selesai = (c: Counts) => c.DINILAI + c.FINAL;
  const totalN = jumlah(total);
  const persenTotal = totalN ? (selesai(total) / totalN) * 100 : 0;
  const nama = await namaUnit(prisma, [...grupMap.keys()]);
  const unit = [...grupMap.entries()]
    .map(([id, g]) => {
      const n = jumlah(g.counts);
      const persenSelesai = n ? (selesai(g.counts) / n) * 100 : 0;
      return {
        id,
        nama: nama.get(id) ?? `Unit ${id}`,
        counts: g.counts,
        jumlah: n,
        persenSelesai,
        telat: g.telat,
        tertinggal: g.telat > 0 || persenSelesai < persenTotal - SELISIH_TERTINGGAL,
      };
    })
    .sort((a, b) => a.persenSelesai - b.persenSelesai || a.nama.localeCompare(b.nama, 'id'));

  const tz = currentTimeZone();
  const tren = await prisma.$queryRaw<{ hari: Date; dikirim: number; dinilai: number; final: number }[]>`
    ${ctes}
    SELECT (v.ts AT TIME ZONE 'UTC' AT TIME ZONE ${tz})::date AS hari,
      count(*) FILTER (WHERE v.k = 'k')::int AS dikirim,
      count(*) FILTER (WHERE v.k = 'n')::int AS dinilai,
      count(*) FILTER (WHERE v.k = 'f')::int AS final
    FROM staf s CROSS JOIN LATERAL (VALUES ('k', s.dikirim), ('n', s.dinilai), ('f', s.final)) AS v(k, ts)
    WHERE v.ts IS NOT NULL
    GROUP BY 1 ORDER BY 1`;
  let ck = 0, cn = 0, cf = 0;
  const trenKumulatif = tren.map((t) => {
    ck += t.dikirim;
    cn += t.dinilai;
    cf += t.final;
    return { ...t, kumDikirim: ck, kumDinilai: cn, kumFinal: cf };
  });

  return { total, totalN, persenTotal, totalTelat, unit, tren: trenKumulatif, ctes };
}

/** Overdue items per supervisor (penilai on the appraisal, else the staff member's atasan), worst first. */
export async function terlambatPerPenilai(prisma: Db, ctes: Prisma.Sql, skip: number, take: number) {
  const rows = await prisma.$queryRaw<{ penilai_id: number | null; diri: number; nilai: number; total: number }[]>`
    ${ctes}
    SELECT COALESCE(penilai_id, atasan_id) AS penilai_id,
      count(*) FILTER (WHERE telat_diri)::int AS diri,
      count(*) FILTER (WHERE telat_nilai)::int AS nilai,
      count(*) OVER ()::int AS total
    FROM telat WHERE telat_diri OR telat_nilai
    GROUP BY 1
    ORDER BY count(*) FILTER (WHERE telat_nilai) DESC, count(*) DESC, 1
    OFFSET ${skip} LIMIT ${take}`;
  const ids = rows.map((r) => r.penilai_id).filter((x): x is number => x !== null);
  const peg = ids.length
    ? await prisma.pegawai.findMany({ where: { id: { in: ids } }, select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, jabatan: { select: { nama: true } }, unit: { select: { nama: true } } } })
    : [];
  const byId = new Map(peg.map((p) => [p.id, p]));
  return {
    total: rows[0]?.total ?? (skip > 0 ? await hitungPenilaiTerlambat(prisma, ctes) : 0),
    items: rows.map((r) => ({ ...r, pegawai: r.penilai_id ? byId.get(r.penilai_id) ?? null : null })),
  };
}

async function hitungPenilaiTerlambat(prisma: Db, ctes: Prisma.Sql): Promise<number> {
  const [r] = await prisma.$queryRaw<{ n: number }[]>`
    ${ctes} SELECT count(DISTINCT COALESCE(penilai_id, atasan_id))::int AS n FROM telat WHERE telat_diri OR telat_nilai`;
  return r?.n ?? 0;
}

import { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';
import { NotFoundError } from '../../core/errors.js';
import type { Scope } from './laporan.scope.js';
import type { Filter } from './laporan.schema.js';

/**
 * Shared SQL fragments. Every report aggregates in PostgreSQL (GROUP BY over indexed joins) so a
 * page stays fast at 50,000 staff; JavaScript only shapes the few grouped rows that come back.
 */

/** CTE "grp": every unit of the scope mapped to its group = the child of the root it sits under. */
export function grpCte(scope: Scope): Prisma.Sql {
  const rootId = scope.rootId ?? 0;
  return Prisma.sql`grp AS (
    SELECT u.id AS unit_id,
      CASE WHEN u.jalur = ${scope.jalur} THEN ${rootId}::int
           ELSE split_part(substr(u.jalur, length(${scope.jalur}) + 1), '/', 1)::int END AS grup_id
    FROM "UnitKerja" u
    WHERE u.jalur LIKE ${scope.jalur} || '%'
  )`;
}

/** Extra conditions on the aliases j (Jabatan) and p (Pegawai); a query joins Jabatan (and Pegawai) only when the filter needs it. */
export function filterSql(f: Filter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.jenis) parts.push(Prisma.sql`j.jenis = ${f.jenis}::"JenisJabatan"`);
  if (f.golongan) parts.push(Prisma.sql`p.golongan = ${f.golongan}::"Golongan"`);
  return parts.length ? Prisma.sql` AND ${Prisma.join(parts, ' AND ')}` : Prisma.empty;
}

/**
 * CTE "staf": one row per person of the scope for the period — everyone with an appraisal row
 * (in the unit/jabatan snapshotted on it) plus active staff without one ("belum mulai").
 */
export function stafCte(periodeId: number, f: Filter): Prisma.Sql {
  return Prisma.sql`staf AS (
    SELECT p.id AS pegawai_id, p."atasanId" AS atasan_id, pk.id AS pk_id, pk.status::text AS status,
      pk."penilaiId" AS penilai_id, g.grup_id, COALESCE(pk."unitId", p."unitId") AS unit_id,
      pk."dikirimPada" AS dikirim, pk."dinilaiPada" AS dinilai, pk."difinalkanPada" AS final
    FROM "Pegawai" p
    LEFT JOIN "PenilaianKinerja" pk ON pk."pegawaiId" = p.id AND pk."periodeId" = ${periodeId}
    JOIN grp g ON g.unit_id = COALESCE(pk."unitId", p."unitId")
    ${f.jenis ? Prisma.sql`JOIN "Jabatan" j ON j.id = COALESCE(pk."jabatanId", p."jabatanId")` : Prisma.empty}
    WHERE (p.aktif OR pk.id IS NOT NULL)${filterSql(f)}
  )`;
}

export async function pilihPeriode(prisma: Db, periodeId?: number) {
  const semua = await prisma.periodePenilaian.findMany({
    orderBy: [{ tahun: 'desc' }, { jenis: 'asc' }, { tanggalMulai: 'desc' }],
    select: {
      id: true,
      nama: true,
      tahun: true,
      status: true,
      tanggalMulai: true,
      tanggalSelesai: true,
      batasPenilaianDiri: true,
      batasPenilaianAtasan: true,
    },
  });
  if (periodeId) {
    const p = semua.find((x) => x.id === periodeId);
    if (!p) throw new NotFoundError();
    return { periode: p, semua };
  }
  const periode = semua.find((x) => x.status === 'BERJALAN') ?? semua.find((x) => x.status === 'DITUTUP') ?? semua[0] ?? null;
  return { periode, semua };
}

/** Names of the group units (a handful of rows). */
export async function namaUnit(prisma: Db, ids: number[]): Promise<Map<number, string>> {
  const rows = ids.length ? await prisma.unitKerja.findMany({ where: { id: { in: ids } }, select: { id: true, nama: true } }) : [];
  return new Map(rows.map((r) => [r.id, r.nama]));
}

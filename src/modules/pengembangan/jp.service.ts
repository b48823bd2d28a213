import type { Db } from '../../db/client.js';
import { dariKonfigurasi } from '../../core/konfigurasi-cache.js';
import type { StatusKepegawaian } from '../../generated/prisma/enums.js';
import { hariIni } from '../../lib/format.js';
import { jendelaJp, statusJp, targetJp, totalJp } from './jp.js';

export async function aturanJp(prisma: Db): Promise<{ jpMinimalPns: number; jpMaksimalPppk: number }> {
  const rows = await dariKonfigurasi('aturan-jp', () =>
    prisma.pengaturan.findMany({ where: { kunci: { in: ['jpMinimalPns', 'jpMaksimalPppk'] } } }),
  );
  const get = (k: string, d: number) => {
    const v = Number(rows.find((r) => r.kunci === k)?.nilai);
    return Number.isFinite(v) && v > 0 ? v : d;
  };
  return { jpMinimalPns: get('jpMinimalPns', 20), jpMaksimalPppk: get('jpMaksimalPppk', 24) };
}

/** JP progress of one person in the year (or PPPK contract year) containing ref. */
export async function ringkasanJp(prisma: Db, p: { id: number; status: StatusKepegawaian; tmtJabatan: Date | null }, ref = hariIni()) {
  const w = jendelaJp(p.status, p.tmtJabatan, ref);
  const [aturan, agg] = await Promise.all([
    aturanJp(prisma),
    prisma.riwayatPelatihan.aggregate({ where: { pegawaiId: p.id, tanggalSelesai: { gte: w.mulai, lt: w.selesai } }, _sum: { jp: true } }),
  ]);
  const total = agg._sum.jp ?? 0;
  const target = targetJp(p.status, aturan);
  return { ...w, total, target, ...statusJp(total, target) };
}

export { totalJp };

export interface BarisJp {
  id: number;
  nama: string;
  nip: string | null;
  status: StatusKepegawaian;
  unitNama: string;
  jp: number;
}

/**
 * PNS/CPNS below the yearly minimum, aggregated in SQL (one pass over the year's training rows),
 * optionally within one unit subtree and matching a name/NIP.
 */
export async function daftarKurangJp(
  prisma: Db,
  opts: { tahun: number; unitId?: number | null; q?: string | null; skip: number; take: number },
) {
  // The unit filter covers its subtree; an id that names no unit filters nothing.
  const [{ jpMinimalPns }, unit] = await Promise.all([
    aturanJp(prisma),
    opts.unitId ? prisma.unitKerja.findUnique({ where: { id: opts.unitId }, select: { jalur: true } }) : null,
  ]);
  const mulai = new Date(Date.UTC(opts.tahun, 0, 1));
  const selesai = new Date(Date.UTC(opts.tahun + 1, 0, 1));
  const jalur = unit ? `${unit.jalur}%` : '%';
  const q = opts.q ? `%${opts.q.replace(/[\\%_]/g, (c) => '\\' + c)}%` : '%';
  const rows = await prisma.$queryRaw<(BarisJp & { total: bigint })[]>`
    WITH jp AS (
      SELECT "pegawaiId", SUM(jp)::int AS jp FROM "RiwayatPelatihan"
      WHERE "tanggalSelesai" >= ${mulai} AND "tanggalSelesai" < ${selesai} GROUP BY "pegawaiId"
    )
    SELECT p.id, p.nama, p.nip, p.status::text AS status, u.nama AS "unitNama", COALESCE(jp.jp, 0)::int AS jp, COUNT(*) OVER () AS total
    FROM "Pegawai" p
    JOIN "UnitKerja" u ON u.id = p."unitId"
    LEFT JOIN jp ON jp."pegawaiId" = p.id
    WHERE p.aktif AND p.status IN ('PNS', 'CPNS') AND COALESCE(jp.jp, 0) < ${jpMinimalPns}
      AND u.jalur LIKE ${jalur} AND (p.nama ILIKE ${q} OR COALESCE(p.nip, '') LIKE ${q})
    ORDER BY COALESCE(jp.jp, 0) ASC, p.nama ASC
    LIMIT ${opts.take} OFFSET ${opts.skip}`;
  return { rows, total: rows.length ? Number(rows[0]!.total) : 0, minimal: jpMinimalPns };
}

/** Per OPD: how many PNS have met the minimum this year (for the BKD overview). */
export async function capaianJpPerUnit(prisma: Db, tahun: number) {
  const { jpMinimalPns } = await aturanJp(prisma);
  const mulai = new Date(Date.UTC(tahun, 0, 1));
  const selesai = new Date(Date.UTC(tahun + 1, 0, 1));
  return prisma.$queryRaw<{ unitId: number; unitNama: string; pegawai: number; memenuhi: number }[]>`
    WITH jp AS (
      SELECT "pegawaiId", SUM(jp)::int AS jp FROM "RiwayatPelatihan"
      WHERE "tanggalSelesai" >= ${mulai} AND "tanggalSelesai" < ${selesai} GROUP BY "pegawaiId"
    )
    SELECT opd.id AS "unitId", opd.nama AS "unitNama", COUNT(*)::int AS pegawai,
      COUNT(*) FILTER (WHERE COALESCE(jp.jp, 0) >= ${jpMinimalPns})::int AS memenuhi
    FROM "Pegawai" p
    JOIN "UnitKerja" u ON u.id = p."unitId"
    JOIN "UnitKerja" opd ON opd.jenis = 'OPD' AND u.jalur LIKE opd.jalur || '%'
    LEFT JOIN jp ON jp."pegawaiId" = p.id
    WHERE p.aktif AND p.status IN ('PNS', 'CPNS')
    GROUP BY opd.id, opd.nama ORDER BY opd.nama`;
}

import type { Db } from '../../db/client.js';
import { NotFoundError } from '../../core/errors.js';

/** Required announcements the user has not acknowledged yet (dashboard). */
export function pengumumanBelumDibaca(prisma: Db, userId: number) {
  return prisma.kontenSosialisasi.findMany({
    where: { jenis: 'PENGUMUMAN', status: 'TERBIT', wajibDibaca: true, tandaBaca: { none: { userId } } },
    select: { id: true, judul: true, slug: true, diterbitkanPada: true },
    orderBy: { diterbitkanPada: 'desc' },
    take: 5,
  });
}

export async function tandaiBaca(prisma: Db, userId: number, slug: string) {
  const k = await prisma.kontenSosialisasi.findFirst({ where: { slug, status: 'TERBIT' }, select: { id: true, judul: true } });
  if (!k) throw new NotFoundError();
  await prisma.tandaBaca.createMany({ data: [{ kontenId: k.id, userId }], skipDuplicates: true });
  return k;
}

/**
 * Acknowledgement rate per OPD over active staff accounts, counted in SQL.
 * Staff outside any OPD are grouped under "Lainnya" (unitId 0).
 */
export async function rekapTandaBaca(prisma: Db, kontenId: number) {
  const rows = await prisma.$queryRaw<{ unitId: number; unitNama: string; pegawai: number; sudah: number }[]>`
    SELECT COALESCE(opd.id, 0) AS "unitId", COALESCE(opd.nama, 'Lainnya') AS "unitNama",
      COUNT(*)::int AS pegawai, COUNT(tb.id)::int AS sudah
    FROM "User" us
    JOIN "Pegawai" p ON p.id = us."pegawaiId"
    JOIN "UnitKerja" u ON u.id = p."unitId"
    LEFT JOIN "UnitKerja" opd ON opd.jenis = 'OPD' AND u.jalur LIKE opd.jalur || '%'
    LEFT JOIN "TandaBaca" tb ON tb."userId" = us.id AND tb."kontenId" = ${kontenId}
    WHERE us.aktif AND p.aktif
    GROUP BY opd.id, opd.nama
    ORDER BY COALESCE(opd.nama, 'zzz')`;
  const total = rows.reduce((t, r) => ({ pegawai: t.pegawai + r.pegawai, sudah: t.sudah + r.sudah }), { pegawai: 0, sudah: 0 });
  return { rows, total };
}

/** Who has not read it yet, optionally within one OPD, one page at a time. */
export async function belumMembaca(prisma: Db, kontenId: number, opts: { unitId?: number; skip: number; take: number }) {
  const unit = opts.unitId ? await prisma.unitKerja.findUnique({ where: { id: opts.unitId }, select: { jalur: true } }) : null;
  const where = {
    aktif: true,
    pegawai: { aktif: true, ...(unit ? { unit: { jalur: { startsWith: unit.jalur } } } : {}) },
    tandaBaca: { none: { kontenId } },
  };
  const [items, total] = await Promise.all([
    prisma.user.findMany({
      where,
      select: {
        id: true,
        pegawai: { select: { nama: true, nip: true, niPppk: true, jabatan: { select: { nama: true } }, unit: { select: { nama: true } } } },
      },
      orderBy: { pegawai: { nama: 'asc' } },
      skip: opts.skip,
      take: opts.take,
    }),
    prisma.user.count({ where }),
  ]);
  return { items, total };
}

/** Which of these announcements the person has confirmed reading. */
export async function sudahDibacaDari(prisma: Db, userId: number, kontenIds: number[]): Promise<Set<number>> {
  if (!kontenIds.length) return new Set();
  const rows = await prisma.tandaBaca.findMany({ where: { userId, kontenId: { in: kontenIds } }, select: { kontenId: true } });
  return new Set(rows.map((t) => t.kontenId));
}

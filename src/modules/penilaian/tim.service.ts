import type { Db } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { StatusPenilaian } from '../../generated/prisma/enums.js';
import type { Principal } from '../../core/principal.js';
import { delegasiAktif } from './penilaian.policy.js';
import { foldStatusCounts } from '../dashboard/dashboard.service.js';

export type FilterStatus = StatusPenilaian | 'BELUM_MULAI' | '';

/**
 * Staff this person rates: direct reports plus people delegated to them (Plt/Plh). The active
 * delegations are read first (usually none), so the staff query is a plain indexed lookup on
 * atasanId / id / unitId: the same rule written as EXISTS sub-queries over joins made PostgreSQL
 * scan every employee (~1 s per /tim with 50,000 staff, see docs/performance.md).
 */
export async function staffScope(prisma: Db, user: Principal): Promise<Prisma.PegawaiWhereInput> {
  const me = user.pegawaiId ?? -1;
  const delegasi = await prisma.delegasi.findMany({ where: delegasiAktif(me), select: { pegawaiId: true, asalId: true, unitId: true } });
  const ids = (k: 'pegawaiId' | 'asalId' | 'unitId') => [...new Set(delegasi.map((d) => d[k]).filter((v): v is number => v !== null))];
  const or: Prisma.PegawaiWhereInput[] = [{ atasanId: me }];
  if (ids('pegawaiId').length) or.push({ id: { in: ids('pegawaiId') } });
  if (ids('asalId').length) or.push({ atasanId: { in: ids('asalId') } });
  if (ids('unitId').length) or.push({ unitId: { in: ids('unitId') } });
  return { aktif: true, id: { not: me }, OR: or };
}

export async function daftarTim(
  prisma: Db,
  user: Principal,
  periodeId: number,
  opts: { q: string; status: FilterStatus; skip: number; take: number },
) {
  const base = await staffScope(prisma, user);
  const where: Prisma.PegawaiWhereInput = { AND: [base] };
  const and = where.AND as Prisma.PegawaiWhereInput[];
  if (opts.q) {
    and.push({ OR: [{ nama: { contains: opts.q, mode: 'insensitive' } }, { nip: { startsWith: opts.q.replace(/\s/g, '') } }] });
  }
  if (opts.status === 'BELUM_MULAI') and.push({ penilaian: { none: { periodeId } } });
  else if (opts.status) and.push({ penilaian: { some: { periodeId, status: opts.status } } });

  // Without a search or status filter the page's total is the whole team: one count, not two.
  const tersaring = and.length > 1;
  const [items, totalTersaring, jumlah, grouped] = await Promise.all([
    prisma.pegawai.findMany({
      where,
      orderBy: { nama: 'asc' },
      skip: opts.skip,
      take: opts.take,
      select: {
        id: true,
        nama: true,
        gelarDepan: true,
        gelarBelakang: true,
        nip: true,
        niPppk: true,
        atasanId: true,
        jabatan: { select: { nama: true } },
        penilaian: {
          where: { periodeId },
          select: { id: true, status: true, statusRencana: true, predikat: true, dikirimPada: true, unitId: true },
        },
      },
    }),
    tersaring ? prisma.pegawai.count({ where }) : null,
    prisma.pegawai.count({ where: base }),
    prisma.penilaianKinerja.groupBy({ by: ['status'], where: { periodeId, pegawai: base }, _count: { _all: true } }),
  ]);
  const total = totalTersaring ?? jumlah;
  return { items, total, counts: foldStatusCounts(grouped, jumlah), jumlah };
}

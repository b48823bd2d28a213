import type { Db } from '../../db/client.js';
import { subtreePimpinan, type Principal } from '../../core/principal.js';
import { findActivePeriod, deadlinesFor } from '../periode/periode.repo.js';
import type { StatusPenilaian } from '../../generated/prisma/enums.js';

export type StatusCounts = Record<StatusPenilaian | 'BELUM_MULAI', number>;

function emptyCounts(): StatusCounts {
  return { BELUM_MULAI: 0, DRAFT: 0, DIKIRIM: 0, DIKEMBALIKAN: 0, DINILAI: 0, FINAL: 0 };
}

/** Status counts over a set of staff (by where-clause on Pegawai) for one period, aggregated in SQL. */
async function countStatuses(prisma: Db, periodeId: number, pegawaiWhere: object, totalStaff: number): Promise<StatusCounts> {
  const grouped = await prisma.penilaianKinerja.groupBy({
    by: ['status'],
    where: { periodeId, pegawai: pegawaiWhere },
    _count: { _all: true },
  });
  return foldStatusCounts(grouped, totalStaff);
}

/** Per-status counts from a groupBy on status; staff without an appraisal are "belum mulai". */
export function foldStatusCounts(grouped: { status: StatusPenilaian; _count: { _all: number } }[], totalStaff: number): StatusCounts {
  const counts = emptyCounts();
  let started = 0;
  for (const g of grouped) {
    counts[g.status] = g._count._all;
    started += g._count._all;
  }
  counts.BELUM_MULAI = Math.max(0, totalStaff - started);
  return counts;
}

export async function dashboardFor(prisma: Db, user: Principal) {
  const periode = await findActivePeriod(prisma);
  const result: {
    periode: typeof periode;
    diri?: { status: StatusPenilaian | 'BELUM_MULAI'; batas: Date; predikat: string | null; penilaianId: number | null };
    tim?: { jumlah: number; counts: StatusCounts; batas: Date | null };
    admin?: { unit: number; jabatan: number; pegawai: number; akunTerkunci: number; counts: StatusCounts | null };
    pimpinan?: { unitNama: string; pegawai: number; counts: StatusCounts | null };
  } = { periode };

  if (user.pegawaiId) {
    const own = periode
      ? await prisma.penilaianKinerja.findUnique({
          where: { periodeId_pegawaiId: { periodeId: periode.id, pegawaiId: user.pegawaiId } },
          select: { id: true, status: true, predikat: true },
        })
      : null;
    if (periode) {
      const d = await deadlinesFor(prisma, periode.id, user.unitId, periode);
      result.diri = {
        status: own?.status ?? 'BELUM_MULAI',
        batas: d.penilaianDiri,
        predikat: own?.predikat ?? null,
        penilaianId: own?.id ?? null,
      };
    }
  }
  if (user.isAtasan && user.pegawaiId) {
    const where = { atasanId: user.pegawaiId, aktif: true };
    const jumlah = await prisma.pegawai.count({ where });
    const counts = periode ? await countStatuses(prisma, periode.id, where, jumlah) : emptyCounts();
    const batas = periode ? (await deadlinesFor(prisma, periode.id, user.unitId, periode)).penilaianAtasan : null;
    result.tim = { jumlah, counts, batas };
  }
  if (user.roles.includes('ADMIN_BKD')) {
    const [unit, jabatan, pegawai, akunTerkunci] = await Promise.all([
      prisma.unitKerja.count({ where: { aktif: true } }),
      prisma.jabatan.count({ where: { aktif: true } }),
      prisma.pegawai.count({ where: { aktif: true } }),
      prisma.user.count({ where: { terkunciHingga: { gt: new Date() } } }),
    ]);
    const counts = periode ? await countStatuses(prisma, periode.id, { aktif: true }, pegawai) : null;
    result.admin = { unit, jabatan, pegawai, akunTerkunci, counts };
  }
  const jalur = subtreePimpinan(user);
  if (jalur) {
    const unit = { nama: user.unitNama ?? '' };
    const where = { aktif: true, unit: { jalur: { startsWith: jalur } } };
    const jumlah = await prisma.pegawai.count({ where });
    const counts = periode ? await countStatuses(prisma, periode.id, where, jumlah) : null;
    result.pimpinan = { unitNama: unit.nama, pegawai: jumlah, counts };
  }
  return result;
}

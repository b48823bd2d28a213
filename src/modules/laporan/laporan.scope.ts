import type { Db } from '../../db/client.js';
import type { RequestHandler } from 'express';
import { isAdminBkd, subtreePimpinan, type Principal } from '../../core/principal.js';
import { ForbiddenError, NotFoundError } from '../../core/errors.js';

/**
 * Which part of the organisation a report may show. ADMIN_BKD sees everything; a PIMPINAN sees
 * the subtree of the unit of their own pegawai record (UnitKerja.jalur prefix). Everyone else 403;
 * a unit outside the allowed subtree is "not found" (404), never leaked.
 */
export interface Scope {
  /** Root unit of the report; null = every unit (BKD with several top-level units). */
  rootId: number | null;
  rootNama: string;
  /** Materialised-path prefix: subtree = jalur LIKE prefix || '%'. */
  jalur: string;
  /** The widest subtree this person may see (BKD: '/'). */
  batasJalur: string;
  isAdmin: boolean;
}

/** Reports (and the calibration board) are for Admin BKD and for a pimpinan with a unit. */
export function bolehLaporan(p: Principal): boolean {
  return isAdminBkd(p) || subtreePimpinan(p) !== null;
}

/** Guard for every report route: 403 to anyone bolehLaporan() refuses. */
export const requireLaporan: RequestHandler = (req, _res, next) => {
  next(req.user && bolehLaporan(req.user) ? undefined : new ForbiddenError());
};

export async function resolveScope(prisma: Db, user: Principal, unitId?: number): Promise<Scope> {
  const isAdmin = isAdminBkd(user);
  let batas: { id: number; nama: string; jalur: string } | null = null;
  if (!isAdmin) {
    const jalur = subtreePimpinan(user);
    if (!jalur || !user.unitId) throw new ForbiddenError();
    batas = { id: user.unitId, nama: user.unitNama ?? '', jalur };
  }
  const batasJalur = batas?.jalur ?? '/';
  if (unitId) {
    const u = await prisma.unitKerja.findFirst({
      where: { id: unitId, jalur: { startsWith: batasJalur } },
      select: { id: true, nama: true, jalur: true },
    });
    if (!u) throw new NotFoundError();
    return { rootId: u.id, rootNama: u.nama, jalur: u.jalur, batasJalur, isAdmin };
  }
  if (batas) return { rootId: batas.id, rootNama: batas.nama, jalur: batas.jalur, batasJalur, isAdmin };
  // BKD: one top-level unit (the pemda) is the natural root; with several, show all of them.
  const tops = await prisma.unitKerja.findMany({
    where: { indukId: null, aktif: true },
    select: { id: true, nama: true, jalur: true },
    take: 2,
    orderBy: { id: 'asc' },
  });
  if (tops.length === 1 && tops[0]!.jalur)
    return { rootId: tops[0]!.id, rootNama: tops[0]!.nama, jalur: tops[0]!.jalur, batasJalur, isAdmin };
  return { rootId: null, rootNama: 'Seluruh unit kerja', jalur: '/', batasJalur, isAdmin };
}

/** Units a person may pick as the report root (for the filter), shallow levels first. */
export function unitPilihan(prisma: Db, scope: Scope) {
  return prisma.unitKerja.findMany({
    where: { jalur: { startsWith: scope.batasJalur }, aktif: true, jenis: { in: ['PEMDA', 'OPD', 'BIDANG'] } },
    select: { id: true, nama: true, jenis: true, jalur: true },
    orderBy: [{ jalur: 'asc' }],
    take: 500,
  });
}

import type { Db } from '../../db/client.js';
import { isAdminBkd, subtreePimpinan, type Principal } from '../../core/principal.js';
import { NotFoundError } from '../../core/errors.js';

/**
 * Who may see what. Every check goes into the query, so someone outside the relationship gets
 * "not found" (404) and learns nothing about the record.
 */

/** The employee of a dialog log, when the viewer is that employee or their direct supervisor. */
export async function pegawaiDialog(prisma: Db, user: Principal, pegawaiId: number) {
  if (!user.pegawaiId) throw new NotFoundError();
  const p = await prisma.pegawai.findFirst({
    where: { id: pegawaiId, aktif: true, OR: [{ id: user.pegawaiId }, { atasanId: user.pegawaiId }] },
    include: { jabatan: true, unit: true, atasan: true, user: { select: { id: true } } },
  });
  if (!p) throw new NotFoundError();
  return { pegawai: p, sebagaiAtasan: p.id !== user.pegawaiId };
}

/** An employee whose 360 round the viewer manages: their direct supervisor, or BKD. */
export async function pegawaiKelola360(prisma: Db, user: Principal, pegawaiId: number) {
  const admin = user.roles.includes('ADMIN_BKD');
  if (!admin && !user.pegawaiId) throw new NotFoundError();
  const p = await prisma.pegawai.findFirst({
    where: { id: pegawaiId, aktif: true, ...(admin ? {} : { atasanId: user.pegawaiId! }) },
    include: { jabatan: true, unit: true },
  });
  if (!p) throw new NotFoundError();
  return p;
}

/**
 * Units whose public feedback the viewer administers: BKD all, a pimpinan their own subtree.
 * Returns a UnitKerja where-clause, or null when the viewer has no such role.
 */
export function lingkupUnit(user: Principal): { jalur?: { startsWith: string } } | null {
  if (isAdminBkd(user)) return {};
  const jalur = subtreePimpinan(user);
  return jalur ? { jalur: { startsWith: jalur } } : null;
}

export function wajibLingkupUnit(user: Principal) {
  const s = lingkupUnit(user);
  if (!s) throw new NotFoundError();
  return s;
}

export function bolehKelolaPublik(user: Principal): boolean {
  return lingkupUnit(user) !== null;
}

import type { Db } from '../../db/client.js';
import type { Principal } from '../../core/principal.js';
import { NotFoundError } from '../../core/errors.js';

/**
 * Whose development data the viewer may see: their own, their direct reports', or anyone's for
 * BKD admins. Scope goes into the query, so anyone else's id is simply "not found".
 */
export function lingkupPegawai(user: Principal, pegawaiId: number) {
  if (user.roles.includes('ADMIN_BKD')) return { id: pegawaiId };
  const or: object[] = [];
  if (user.pegawaiId) or.push({ id: user.pegawaiId }, { atasanId: user.pegawaiId });
  return { id: pegawaiId, OR: or.length ? or : [{ id: -1 }] };
}

export async function pegawaiTerjangkau(prisma: Db, user: Principal, pegawaiId: number) {
  if (!Number.isInteger(pegawaiId)) throw new NotFoundError();
  const p = await prisma.pegawai.findFirst({
    where: lingkupPegawai(user, pegawaiId),
    include: { jabatan: true, unit: true, user: { select: { id: true } } },
  });
  if (!p) throw new NotFoundError();
  return p;
}

/** Only the direct supervisor shapes the development plan (it is agreed with the employee). */
export function atasanLangsung(user: Principal, p: { atasanId: number | null }): boolean {
  return !!user.pegawaiId && p.atasanId === user.pegawaiId;
}

export function bolehUnduhSertifikat(user: Principal, p: { id: number; atasanId: number | null }): boolean {
  return user.roles.includes('ADMIN_BKD') || user.pegawaiId === p.id || atasanLangsung(user, p);
}

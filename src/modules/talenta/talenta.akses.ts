/**
 * Who sees which placements, as a Prisma `where` (ownership in the query): BKD every one; a
 * pimpinan those in their unit subtree; an atasan their direct reports' boxes only when the
 * review allows it and it is published; everyone else nothing (the routes answer 403 before).
 */
import type { Prisma } from '../../generated/prisma/client.js';
import { isAdminBkd, subtreePimpinan, type Principal } from '../../core/principal.js';
import type { PengaturanTalenta } from './talenta.pengaturan.js';

export type Peran = 'BKD' | 'PIMPINAN' | 'ATASAN';

/** The widest role a person holds for the talent map, or null (no access to the map at all). */
export function peranTalenta(p: Principal): Peran | null {
  if (isAdminBkd(p)) return 'BKD';
  if (subtreePimpinan(p)) return 'PIMPINAN';
  if (p.isAtasan && p.pegawaiId) return 'ATASAN';
  return null;
}

export function bolehPetaTalenta(p: Principal): boolean {
  return peranTalenta(p) !== null;
}

/** May this person open this review at all (atasan: published and allowed by its settings; pimpinan: once mapped). */
export function bolehBukaReview(p: Principal, review: { status: string }, pengaturan: PengaturanTalenta): boolean {
  const peran = peranTalenta(p);
  if (peran === 'BKD') return true;
  if (peran === 'PIMPINAN') return review.status !== 'DRAF';
  if (peran === 'ATASAN') return review.status === 'DIPUBLIKASI' && pengaturan.atasanLihatKotak;
  return false;
}

/** The placements this person may see in a review. */
export function lingkupPenempatan(p: Principal): Prisma.PenempatanTalentaWhereInput {
  const peran = peranTalenta(p);
  if (peran === 'BKD') return {};
  if (peran === 'PIMPINAN') return { unitJalur: { startsWith: subtreePimpinan(p)! } };
  if (peran === 'ATASAN') return { atasanId: p.pegawaiId! };
  return { id: -1 };
}

import type { Role } from '../generated/prisma/enums.js';

/** The signed-in person as every request sees them (loaded once per request). */
export interface Principal {
  id: number;
  username: string;
  roles: Role[];
  pegawaiId: number | null;
  nama: string;
  jabatan: string | null;
  unitId: number | null;
  unitNama: string | null;
  /** Materialised path of the person's unit ("/1/4/"): a pimpinan's subtree is every unit under it. */
  unitJalur: string | null;
  isAtasan: boolean;
  notifikasiBelumDibaca: number;
  /** A temporary password set by BKD must be replaced before anything else. */
  harusGantiSandi: boolean;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's own typings declare User in this namespace
  namespace Express {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the merge point passport expects
    interface User extends Principal {}
  }
}

export function hasRole(p: Principal | undefined, role: Role): boolean {
  return !!p && p.roles.includes(role);
}

export const isAdminBkd = (p: Principal): boolean => p.roles.includes('ADMIN_BKD');

/**
 * The subtree of units a person oversees as pimpinan (a UnitKerja.jalur prefix), or null when
 * they are not a pimpinan with a unit. Admin BKD is not a pimpinan here: callers treat it apart.
 */
export function subtreePimpinan(p: Principal): string | null {
  return p.roles.includes('PIMPINAN') && p.unitJalur ? p.unitJalur : null;
}

/** Display labels for the header: every role the person holds, atasan included when they lead staff. */
export function roleKeys(p: Principal): string[] {
  const keys: string[] = [];
  if (p.roles.includes('ADMIN_BKD')) keys.push('ADMIN_BKD');
  if (p.roles.includes('PIMPINAN')) keys.push('PIMPINAN');
  if (p.isAtasan) keys.push('ATASAN');
  if (p.pegawaiId) keys.push('PEGAWAI');
  return keys;
}

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
  isAtasan: boolean;
  notifikasiBelumDibaca: number;
  /** A temporary password set by BKD must be replaced before anything else. */
  harusGantiSandi: boolean;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends Principal {}
  }
}

export function hasRole(p: Principal | undefined, role: Role): boolean {
  return !!p && p.roles.includes(role);
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

import type { Db } from '../../db/client.js';
import { daftarPeriode, periodeDipilih } from '../periode/periode.repo.js';

/** Periods for a selector, and the chosen one (?periode=id; default: the running one, else the newest). */
export async function pilihPeriode(prisma: Db, raw: unknown) {
  const daftar = await daftarPeriode(prisma);
  return { daftar, dipilih: periodeDipilih(daftar, raw, ['BERJALAN']) };
}

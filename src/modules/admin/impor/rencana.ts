import type { Prisma } from '../../../generated/prisma/client.js';
import type { Actor } from '../shared/http.js';

export type Hasil = 'BARU' | 'UBAH' | 'SAMA' | 'GALAT';
export const LABEL_HASIL: Record<Hasil, string> = { BARU: 'Baru', UBAH: 'Berubah', SAMA: 'Tidak berubah', GALAT: 'Galat' };

export interface BarisHasil {
  /** Row number as the spreadsheet shows it (header = 1). */
  baris: number;
  kunci: string;
  nama: string;
  hasil: Hasil;
  pesan?: string;
  /** [column label, old, new] */
  beda?: [string, string, string][];
}

export type Progres = (selesai: number) => Promise<void>;

/** A dry-run result: what each row would do, and how to do it (in one transaction). */
export interface Rencana {
  baris: BarisHasil[];
  terapkan(tx: Prisma.TransactionClient, by: Actor, progres: Progres): Promise<void>;
}

export function hitung(baris: BarisHasil[]): Record<Hasil, number> {
  const c: Record<Hasil, number> = { BARU: 0, UBAH: 0, SAMA: 0, GALAT: 0 };
  for (const b of baris) c[b.hasil]++;
  return c;
}

/** Same outcome for every row (to detect that the data changed between preview and confirm). */
export function tandaRencana(baris: BarisHasil[]): string {
  return baris.map((b) => `${b.baris}:${b.hasil}:${b.kunci}:${(b.beda ?? []).map((d) => d.join('|')).join(';')}`).join('\n');
}

export function potong<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/**
 * How SIASN and spreadsheets write values, read into SIKAP's (each returns a value or throws a
 * message). The rules a value must then meet are the forms' own schemas (src/core/fields.ts).
 */
import type { Golongan } from '../../../generated/prisma/enums.js';
import { golonganDariLabel, GOLONGAN, JENIS_JABATAN, JENJANG } from '../../domain/labels.js';
import { ANGKA_TIDAK_PRESISI } from './spreadsheet.js';

export class SelGalat extends Error {}

/**
 * A row's messages. `sel(fn, fallback)` runs a cell parser: its value, or, when it throws
 * SelGalat, the fallback with the message kept.
 */
export class GalatBaris {
  readonly pesan: string[] = [];
  tambah(...pesan: string[]): void {
    this.pesan.push(...pesan);
  }
  sel<T>(fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof SelGalat)) throw e;
      this.pesan.push(e.message);
      return fallback;
    }
  }
  get ada(): boolean {
    return this.pesan.length > 0;
  }
}

export function kosong(v: string | undefined): boolean {
  return v === undefined || v.trim() === '';
}

export function identitas(v: string | undefined, label: string): string | null {
  if (kosong(v)) return null;
  if (v!.startsWith(ANGKA_TIDAK_PRESISI))
    throw new SelGalat(
      `${label} tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang; format kolom itu sebagai Teks lalu isi ulang.`,
    );
  return v!.replace(/[\s'.-]/g, '');
}

export function jenisKelamin(v: string | undefined): 'L' | 'P' | null {
  if (kosong(v)) return null;
  const s = v!.trim().toLowerCase();
  if (['l', 'laki-laki', 'laki laki', 'pria', 'm', '1'].includes(s)) return 'L';
  if (['p', 'perempuan', 'wanita', 'f', '2'].includes(s)) return 'P';
  throw new SelGalat(`Jenis kelamin "${v}" tidak dikenal (L atau P).`);
}

export function statusKepegawaian(v: string | undefined): 'CPNS' | 'PNS' | 'PPPK' | null {
  if (kosong(v)) return null;
  const s = v!.trim().toUpperCase();
  if (s === 'C' || s === 'CPNS') return 'CPNS';
  if (s === 'P' || s === 'PNS') return 'PNS';
  if (s === 'PPPK' || s === 'K' || s === 'P3K') return 'PPPK';
  throw new SelGalat(`Status "${v}" tidak dikenal (C, P, atau PPPK).`);
}

export function golongan(v: string | undefined): Golongan | null {
  if (kosong(v)) return null;
  const g = golonganDariLabel(v!.trim().replace(/\s+/g, '/').replace(/\/+/g, '/'));
  if (!g) throw new SelGalat(`Golongan "${v}" tidak dikenal (contoh: III/b).`);
  return g;
}
export const labelGolongan = (g: Golongan | null) => (g ? GOLONGAN[g].label : '');

const JENIS_BY_LABEL = new Map<string, keyof typeof JENIS_JABATAN>();
for (const [k, l] of Object.entries(JENIS_JABATAN)) {
  JENIS_BY_LABEL.set(l.toLowerCase(), k as keyof typeof JENIS_JABATAN);
  JENIS_BY_LABEL.set(k.toLowerCase(), k as keyof typeof JENIS_JABATAN);
}
JENIS_BY_LABEL.set('struktural administrator', 'ADMINISTRATOR');
JENIS_BY_LABEL.set('fungsional tertentu', 'FUNGSIONAL_KEAHLIAN');
JENIS_BY_LABEL.set('fungsional umum', 'PELAKSANA');

export function jenisJabatan(v: string | undefined) {
  if (kosong(v)) throw new SelGalat('Jenis jabatan wajib diisi.');
  const j = JENIS_BY_LABEL.get(v!.trim().toLowerCase());
  if (!j) throw new SelGalat(`Jenis jabatan "${v}" tidak dikenal (contoh: Pelaksana, Pengawas, JPT Pratama).`);
  return j;
}

export function jenjang(v: string | undefined) {
  if (kosong(v)) return null;
  const s = v!.trim().toLowerCase();
  for (const [k, l] of Object.entries(JENJANG)) if (l.toLowerCase() === s || k.toLowerCase() === s) return k as keyof typeof JENJANG;
  throw new SelGalat(`Jenjang "${v}" tidak dikenal (contoh: Ahli Pertama, Terampil).`);
}

export function bulat(v: string | undefined, label: string, min: number, max: number): number | null {
  if (kosong(v)) return null;
  const n = Number(v!.trim());
  if (!Number.isInteger(n) || n < min || n > max) throw new SelGalat(`${label} "${v}" harus bilangan bulat ${min}–${max}.`);
  return n;
}

export const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '');

/** Zod building blocks for the admin forms: every message in Indonesian, form strings trimmed. */
import { z } from 'zod';
import { diawaliRumus, PESAN_RUMUS } from '../../domain/rumus.js';

const WAJIB = 'Wajib diisi.';

/** Required text (empty or missing → "Wajib diisi."). */
export const teks = (max = 200) =>
  z.preprocess((v) => (v === undefined || v === null ? '' : v), z.string({ error: WAJIB }).trim().min(1, WAJIB).max(max, `Paling banyak ${max} karakter.`));

/** Names, titles and codes: what the imports refuse as a spreadsheet formula, the forms refuse too (decision 095). */
export const tanpaRumus = (v: string | null) => v === null || !diawaliRumus(v);
export { PESAN_RUMUS };

/** Optional text: empty becomes null. */
export const teksOpsional = (max = 500) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v === undefined ? null : v),
    z.string({ error: 'Isian tidak sah.' }).trim().max(max, `Paling banyak ${max} karakter.`).nullable(),
  );

/** Whole number in a range; empty → "Wajib diisi.". */
export const bulat = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim())) : v),
    z
      .number({ error: (iss) => (iss.input === undefined ? WAJIB : 'Harus berupa angka.') })
      .int('Harus bilangan bulat.')
      .min(min, `Paling kecil ${min}.`)
      .max(max, `Paling besar ${max}.`),
  );

export const bulatOpsional = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? null : Number(v.trim())) : v ?? null),
    z.number({ error: 'Harus berupa angka.' }).int('Harus bilangan bulat.').min(min, `Paling kecil ${min}.`).max(max, `Paling besar ${max}.`).nullable(),
  );

/** Foreign key chosen in a select. */
export const idWajib = (msg = 'Pilih salah satu.') =>
  z.preprocess((v) => (typeof v === 'string' && v !== '' ? Number(v) : undefined), z.number({ error: msg }).int(msg).positive(msg));
export const idOpsional = () =>
  z.preprocess((v) => (typeof v === 'string' && v !== '' ? Number(v) : null), z.number({ error: 'Pilihan tidak sah.' }).int().positive().nullable());

/** yyyy-mm-dd from <input type="date"> → UTC midnight Date (calendar date). */
export const tanggal = (msg = 'Isi tanggal yang benar.') =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? new Date(`${v.trim()}T00:00:00Z`) : undefined),
    z.date({ error: msg }).refine((d) => !Number.isNaN(d.getTime()), msg),
  );
export const tanggalOpsional = () =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? new Date(`${v.trim()}T00:00:00Z`) : v ?? null),
    z.date({ error: 'Isi tanggal yang benar.' }).nullable(),
  );

/** Checkbox: present → true. */
export const centang = () => z.preprocess((v) => v === 'on' || v === '1' || v === 'true' || v === true, z.boolean());

/** One of an enum's values, with an Indonesian message. */
export const pilihan = <T extends readonly [string, ...string[]]>(values: T, msg = 'Pilih salah satu.') =>
  z.preprocess((v) => (v === '' ? undefined : v), z.enum(values, { error: msg }));

/** A form field that may arrive once (string) or repeated (array): always an array of strings. */
export function daftar(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => String(x));
  if (typeof v === 'string') return [v];
  return [];
}

/** yyyy-mm-dd for date inputs. */
export function isoTanggal(d: Date | null | undefined): string {
  return d ? new Date(d).toISOString().slice(0, 10) : '';
}

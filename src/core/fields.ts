/**
 * The one set of zod field helpers for every form schema (and the staff import, which checks a
 * row with the staff form's schema), with one set of Indonesian messages.
 *
 * - Text is trimmed; an empty optional text is null. Control characters are already gone
 *   (src/web/input.ts, decision 094); tab and line breaks stay as typed, except in a field
 *   marked `satuBaris`, where every run of white space becomes one space.
 * - `label` puts the field's name into the message ("Nama wajib diisi."), for messages that are
 *   read away from their field (the error summary, an import row); without it the message is
 *   the short form shown next to the field ("Wajib diisi.").
 * - `pesan` replaces the message for a missing value or an invalid choice ("Pilih jabatan.").
 * - Numbers, ids and dates arrive as form strings or as values (the import passes values).
 */
import { z } from 'zod';

export interface Opsi {
  /** The field's name, put into the message. */
  label?: string;
  /** The message when the value is missing or not one of the choices. */
  pesan?: string;
}

const ribuan = (n: number) => n.toLocaleString('id-ID');

/** Every message the helpers give. */
export const PESAN = {
  wajib: (label?: string) => (label ? `${label} wajib diisi.` : 'Wajib diisi.'),
  maks: (n: number, label?: string) => (label ? `${label} paling banyak ${ribuan(n)} karakter.` : `Paling banyak ${ribuan(n)} karakter.`),
  min: (n: number, label?: string) => (label ? `${label} minimal ${ribuan(n)} karakter.` : `Minimal ${ribuan(n)} karakter.`),
  tidakSah: (label?: string) => (label ? `${label} tidak sah.` : 'Isian tidak sah.'),
  angka: (label?: string) => (label ? `${label} harus berupa angka.` : 'Harus berupa angka.'),
  bulat: (label?: string) => (label ? `${label} harus bilangan bulat.` : 'Harus bilangan bulat.'),
  palingKecil: (n: number, label?: string) => (label ? `${label} paling kecil ${n}.` : `Paling kecil ${n}.`),
  palingBesar: (n: number, label?: string) => (label ? `${label} paling besar ${n}.` : `Paling besar ${n}.`),
  tanggal: (label?: string) => (label ? `${label} bukan tanggal yang benar (contoh: 2026-03-31).` : 'Isi tanggal yang benar.'),
  pilih: 'Pilih salah satu.',
  pilihanTidakSah: 'Pilihan tidak sah.',
  desimal: 'Isi dengan angka, misalnya 95 atau 12,5.',
  surel: (label?: string) => `${label ?? 'Alamat surel'} tidak sah.`,
  telepon: (label?: string) =>
    `${label ?? 'Nomor telepon'} hanya angka (8–15 digit); boleh diawali + dan memakai spasi, tanda hubung, titik, atau kurung.`,
  nip: 'NIP terdiri dari 18 digit.',
  banyakPilihan: (n: number) => `Pilih paling banyak ${n}.`,
};

const MAKS_ID = 2_147_483_647;
const kosong = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const satuBaris = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ') : v);

/** Required text: missing or blank → "Wajib diisi.", shorter than `min` or longer than `max` refused. */
export function teks(max: number, o: Opsi & { min?: number; pesanMin?: string; satuBaris?: boolean } = {}) {
  const wajib = o.pesan ?? PESAN.wajib(o.label);
  let s = z
    .string({ error: (iss) => (iss.input === undefined ? wajib : PESAN.tidakSah(o.label)) })
    .trim()
    .min(1, wajib);
  if (o.min && o.min > 1) s = s.min(o.min, o.pesanMin ?? PESAN.min(o.min, o.label));
  return z.preprocess((v) => (v === null ? undefined : o.satuBaris ? satuBaris(v) : v), s.max(max, PESAN.maks(max, o.label)));
}

/** Optional text: missing or blank → null. */
export function teksOpsional(max: number, o: Omit<Opsi, 'pesan'> & { satuBaris?: boolean } = {}) {
  return z.preprocess(
    (v) => (kosong(v) ? null : o.satuBaris ? satuBaris(v) : v),
    z
      .string({ error: PESAN.tidakSah(o.label) })
      .trim()
      .max(max, PESAN.maks(max, o.label))
      .nullable(),
  );
}

const keAngka = (v: unknown, kosongJadi: undefined | null) => (kosong(v) ? kosongJadi : typeof v === 'string' ? Number(v.trim()) : v);
const angkaBulat = (min: number, max: number, o: Opsi, wajib: string) =>
  z
    .number({ error: (iss) => (iss.input === undefined ? wajib : (o.pesan ?? PESAN.angka(o.label))) })
    .int(o.pesan ?? PESAN.bulat(o.label))
    .min(min, o.pesan ?? PESAN.palingKecil(min, o.label))
    .max(max, o.pesan ?? PESAN.palingBesar(max, o.label));

/** A whole number in [min, max]; missing → "Wajib diisi." (or `pesan`, which then stands for every refusal). */
export function bulat(min: number, max: number, o: Opsi = {}) {
  return z.preprocess((v) => keAngka(v, undefined), angkaBulat(min, max, o, o.pesan ?? PESAN.wajib(o.label)));
}

/** An optional whole number in [min, max]; missing → null. */
export function bulatOpsional(min: number, max: number, o: Opsi = {}) {
  return z.preprocess((v) => keAngka(v, null), angkaBulat(min, max, o, PESAN.wajib(o.label)).nullable());
}

/** A record chosen in a select or sent as a hidden field: a positive whole number. */
export function id(pesan: string = PESAN.pilih) {
  return z.preprocess((v) => keAngka(v, undefined), z.number({ error: pesan }).int(pesan).positive(pesan).max(MAKS_ID, pesan));
}

/** An optional record: missing → null, anything else must be an id. */
export function idOpsional(pesan: string = PESAN.pilihanTidakSah) {
  return z.preprocess((v) => keAngka(v, null), z.number({ error: pesan }).int(pesan).positive(pesan).max(MAKS_ID, pesan).nullable());
}

/** Several records picked by checkboxes (the field may arrive once or repeated): ids, at most `maks`. */
export function daftarId(maks: number, o: { pesanMaks?: string } = {}) {
  return z.preprocess(
    (v) =>
      daftar(v)
        .filter((s) => s.trim() !== '')
        .map((s) => Number(s.trim())),
    z
      .array(z.number().int(PESAN.pilihanTidakSah).positive(PESAN.pilihanTidakSah).max(MAKS_ID, PESAN.pilihanTidakSah))
      .max(maks, o.pesanMaks ?? PESAN.banyakPilihan(maks)),
  );
}

/** An id in a report's query string: anything malformed means "no filter". */
export const idFilter = () => z.coerce.number().int().positive().max(MAKS_ID).optional().catch(undefined);

/**
 * A calendar date as UTC midnight: 2026-03-31 (what <input type="date"> sends), or the day
 * first, 31-03-2026 / 31/3/2026 (spreadsheets). Undefined when it is not a date that exists.
 */
export function bacaTanggal(s: string): Date | undefined {
  const t = s.trim();
  let y: number, m: number, d: number;
  let mm = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (mm) [y, m, d] = [Number(mm[1]), Number(mm[2]), Number(mm[3])];
  else if ((mm = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(t))) [d, m, y] = [Number(mm[1]), Number(mm[2]), Number(mm[3])];
  else return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? dt : undefined;
}

const keTanggal = (v: unknown, kosongJadi: undefined | null) =>
  kosong(v) ? kosongJadi : typeof v === 'string' ? (bacaTanggal(v) ?? 'salah') : v;

/** A required date: missing → "Wajib diisi." (or `pesan`, which then stands for every refusal). */
export function tanggal(o: Opsi = {}) {
  const salah = o.pesan ?? PESAN.tanggal(o.label);
  const wajib = o.pesan ?? PESAN.wajib(o.label);
  return z.preprocess((v) => keTanggal(v, undefined), z.date({ error: (iss) => (iss.input === undefined ? wajib : salah) }));
}

/** An optional date: missing → null. */
export function tanggalOpsional(o: Opsi = {}) {
  const pesan = o.pesan ?? PESAN.tanggal(o.label);
  return z.preprocess((v) => keTanggal(v, null), z.date({ error: pesan }).nullable());
}

/** One of the given values ("" counts as missing). */
export function pilihan<T extends readonly [string, ...string[]]>(values: T, pesan: string = PESAN.pilih) {
  return z.preprocess((v) => (v === '' ? undefined : v), z.enum(values, { error: pesan }));
}

/** One of the given values, or nothing ("" → null). */
export function pilihanOpsional<T extends readonly [string, ...string[]]>(values: T, pesan: string = PESAN.pilih) {
  return z.preprocess((v) => (v === '' || v === undefined ? null : v), z.enum(values, { error: pesan }).nullable());
}

/** A checkbox: present → true. */
export const centang = () => z.preprocess((v) => v === 'on' || v === '1' || v === 'true' || v === true, z.boolean());

/** A password as typed: never trimmed, required, at most 200 characters. */
export function sandi(pesan: string) {
  return z.string({ error: pesan }).min(1, pesan).max(200, PESAN.maks(200));
}

/** An optional e-mail address. */
export function emailOpsional(o: Omit<Opsi, 'pesan'> = {}) {
  return z.preprocess(
    (v) => (kosong(v) ? null : typeof v === 'string' ? v.trim() : v),
    z.email(PESAN.surel(o.label)).max(150, PESAN.maks(150, o.label)).nullable(),
  );
}

/** Digits with phone punctuation, an optional leading +, 8–15 digits in all ("+62 812-3456-7890", "(022) 731 0001"). */
const TELEPON = /^\+?[\d ().-]+$/;
export function teleponSah(v: string): boolean {
  const digits = v.replace(/\D/g, '').length;
  return TELEPON.test(v) && digits >= 8 && digits <= 15 && v.length <= 30;
}
/** An optional phone number. */
export function teleponOpsional(o: Omit<Opsi, 'pesan'> = {}) {
  return z.preprocess(
    (v) => (kosong(v) ? null : v),
    z
      .string({ error: PESAN.telepon(o.label) })
      .trim()
      .refine(teleponSah, PESAN.telepon(o.label))
      .nullable(),
  );
}

/** An optional 18-digit NIP typed into a small form (the staff record's NIP rule is domain/nip.ts). */
export function nipOpsional() {
  return z.preprocess(
    (v) => (kosong(v) ? null : v),
    z
      .string({ error: PESAN.nip })
      .trim()
      .regex(/^\d{18}$/, PESAN.nip)
      .nullable(),
  );
}

/** An optional non-negative number, Indonesian decimals accepted ("12,5", "1.234,5"). */
export function desimalOpsional(pesan: string = PESAN.desimal) {
  return z.preprocess(
    (v) => {
      if (kosong(v)) return null;
      if (typeof v !== 'string') return v;
      const s = v.trim();
      return Number(s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : s);
    },
    z.number({ error: pesan }).finite(pesan).min(0, pesan).nullable(),
  );
}

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

import { z } from 'zod';
import { teks } from '../../core/fields.js';
import { PREDIKAT } from '../domain/labels.js';
import type { Predikat } from '../../generated/prisma/enums.js';
import type { Perubahan } from './kalibrasi.service.js';

export const ALASAN_MIN = 10;
export const ALASAN_MAKS = 1000;

const PESAN_ALASAN = `Tulis alasan perubahan predikat (minimal ${ALASAN_MIN} karakter).`;
/** The written reason each change of predikat needs. */
const alasanSchema = teks(ALASAN_MAKS, { label: 'Alasan', pesan: PESAN_ALASAN, min: ALASAN_MIN, pesanMin: PESAN_ALASAN });

const isPredikat = (v: unknown): v is Predikat => typeof v === 'string' && v in PREDIKAT;

export const papanQuery = z.object({
  urut: z.enum(['nama', 'jabatan', 'predikat', 'penilai', 'hasil']).catch('nama'),
});

/**
 * The board posts every row of the page: p_<id> (proposed predikat), o_<id> (predikat shown),
 * v_<id> (version read), a_<id> (reason). A row is a change when p differs from o; each change
 * needs a written reason. Returns the changes, or field errors keyed like the inputs.
 */
export function parsePerubahan(body: Record<string, unknown>): { perubahan: Perubahan[]; errors: Record<string, string> } {
  const perubahan: Perubahan[] = [];
  const errors: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    const m = /^p_(\d{1,9})$/.exec(k);
    if (!m) continue;
    const id = m[1]!;
    const asal = body[`o_${id}`];
    if (!isPredikat(v)) {
      errors[`p_${id}`] = 'Pilih predikat yang tersedia.';
      continue;
    }
    if (v === asal) continue;
    const alasan = alasanSchema.safeParse(body[`a_${id}`]);
    const versi = Number(body[`v_${id}`]);
    if (!alasan.success) errors[`a_${id}`] = alasan.error.issues[0]!.message;
    if (!Number.isInteger(versi) || versi < 1) errors[`p_${id}`] = 'Data formulir tidak lengkap; muat ulang papan.';
    if (alasan.success && !errors[`p_${id}`]) perubahan.push({ id: Number(id), predikat: v, alasan: alasan.data, versi });
  }
  return { perubahan, errors };
}

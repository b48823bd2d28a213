import { z } from 'zod';
import { teks, teksOpsional, bulat, pilihan, daftar } from '../../../core/fields.js';

export const METODE = ['KLASIKAL', 'NONKLASIKAL'] as const;
export const BENTUK = [
  'PELATIHAN',
  'SEMINAR',
  'WORKSHOP',
  'KURSUS',
  'COACHING',
  'MENTORING',
  'E_LEARNING',
  'OJT',
  'MAGANG',
  'BENCHMARKING',
  'DETASERING',
] as const;
export const LABEL_BENTUK: Record<(typeof BENTUK)[number], string> = {
  PELATIHAN: 'Pelatihan',
  SEMINAR: 'Seminar',
  WORKSHOP: 'Lokakarya',
  KURSUS: 'Kursus',
  COACHING: 'Coaching',
  MENTORING: 'Mentoring',
  E_LEARNING: 'E-learning',
  OJT: 'Pelatihan di tempat kerja (OJT)',
  MAGANG: 'Magang',
  BENCHMARKING: 'Benchmarking',
  DETASERING: 'Detasering',
};
const NONKLASIKAL = ['COACHING', 'MENTORING', 'E_LEARNING', 'OJT', 'MAGANG', 'BENCHMARKING', 'DETASERING'];

export const programSchema = z
  .object({
    kode: teks(30).refine((v) => /^[A-Za-z0-9._-]+$/.test(v), 'Kode hanya huruf, angka, titik, garis bawah, dan tanda hubung.'),
    judul: teks(200),
    deskripsi: teksOpsional(3000),
    metode: pilihan(METODE, 'Pilih metode.'),
    bentuk: pilihan(BENTUK, 'Pilih bentuk.'),
    jp: bulat(1, 2000),
    biaya: z.preprocess((v) => (typeof v === 'string' ? v.replace(/[.\s]/g, '').replace(/^Rp/i, '') : v), bulat(0, 10_000_000_000)),
    penyelenggara: teksOpsional(200),
  })
  .refine((d) => (d.metode === 'NONKLASIKAL') === NONKLASIKAL.includes(d.bentuk), {
    path: ['bentuk'],
    message: 'Bentuk ini tidak sesuai dengan metodenya (klasikal: pelatihan, seminar, lokakarya, kursus).',
  });
export type ProgramInput = z.infer<typeof programSchema>;

/** Rows kompetensiId[] / levelMin[] / levelMax[]: empty competency = unused row. */
export function bacaKompetensi(body: Record<string, unknown>) {
  const ids = daftar(body.kompetensiId);
  const mins = daftar(body.levelMin);
  const maxs = daftar(body.levelMax);
  const rows: { kompetensiId: number; levelMin: number; levelMax: number }[] = [];
  const errors: Record<string, string> = {};
  const seen = new Set<number>();
  ids.forEach((id, i) => {
    if (!id) return;
    const k = Number(id);
    const mn = Number(mins[i] || 1);
    const mx = Number(maxs[i] || 5);
    if (!Number.isInteger(k) || k <= 0) errors.kompetensi = 'Kompetensi tidak dikenal.';
    else if (![mn, mx].every((n) => Number.isInteger(n) && n >= 1 && n <= 5) || mn > mx)
      errors.kompetensi = 'Rentang level sasaran harus 1–5, dengan level bawah ≤ level atas.';
    else if (seen.has(k)) errors.kompetensi = 'Satu kompetensi hanya boleh dicantumkan sekali.';
    else {
      seen.add(k);
      rows.push({ kompetensiId: k, levelMin: mn, levelMax: mx });
    }
  });
  return { rows, errors };
}

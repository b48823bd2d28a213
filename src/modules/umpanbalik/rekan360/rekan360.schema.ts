import { z } from 'zod';
import { t } from '../../../locales/id.js';
import { NILAI_BERAKHLAK } from './agregat.js';

const skor = z.coerce
  .number({ error: t('umpanbalik.r360.wajibSkor') })
  .int(t('umpanbalik.r360.wajibSkor'))
  .min(1, t('umpanbalik.r360.wajibSkor'))
  .max(5, t('umpanbalik.r360.wajibSkor'));

/** The rater's form: every BerAKHLAK value and every competency asked about, 1–5, plus a comment. */
export function jawabanSchema(kompetensiIds: number[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const n of NILAI_BERAKHLAK) shape[`b_${n}`] = skor;
  for (const id of kompetensiIds) shape[`k_${id}`] = skor;
  shape.komentar = z
    .string()
    .trim()
    .max(1000, 'Komentar paling banyak 1.000 karakter.')
    .optional()
    .transform((v) => (v ? v : null));
  return z.object(shape);
}

export const raterSchema = z
  .object({
    raterId: z.string().trim().regex(/^\d{0,9}$/).optional().transform((v) => (v ? Number(v) : null)),
    nip: z
      .string()
      .trim()
      .regex(/^(\d{18})?$/, 'NIP terdiri dari 18 digit.')
      .optional()
      .transform((v) => v || null),
  })
  .refine((v) => v.raterId || v.nip, { path: ['raterId'], message: t('umpanbalik.r360.wajibRater') });

export const kompetensiSchema = z.object({
  kompetensi: z.preprocess(
    (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.coerce.number().int().positive()).max(5, 'Pilih paling banyak 5 kompetensi.'),
  ),
});

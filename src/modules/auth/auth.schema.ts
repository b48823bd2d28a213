import { z } from 'zod';
import { t } from '../../locales/id.js';

export const loginSchema = z.object({
  identitas: z.string({ error: t('auth.wajibIdentitas') }).trim().min(1, t('auth.wajibIdentitas')).max(100),
  sandi: z.string({ error: t('auth.wajibSandi') }).min(1, t('auth.wajibSandi')).max(200),
  kembali: z.string().max(500).optional(),
});

/** A new password typed twice must match (change, reset link). */
export function ulanganSama(v: { sandiBaru: string; ulangi: string }, ctx: z.RefinementCtx): void {
  if (v.sandiBaru !== v.ulangi) ctx.addIssue({ code: 'custom', path: ['ulangi'], message: 'Ulangan kata sandi tidak sama.' });
}

/** The password rule for every new password (change, reset link). */
export const sandiBaruSchema = z
  .string()
  .min(10, 'Kata sandi baru minimal 10 karakter.')
  .max(200, 'Kata sandi baru terlalu panjang.')
  .refine((s) => /[A-Za-z]/.test(s) && /\d/.test(s), 'Gunakan huruf dan angka.');

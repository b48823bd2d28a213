import { z } from 'zod';
import { t } from '../../locales/id.js';
import { sandi, teks } from '../../core/fields.js';
import './auth.strings.js';

export const loginSchema = z.object({
  identitas: teks(100, { pesan: t('auth.wajibIdentitas') }),
  sandi: sandi(t('auth.wajibSandi')),
  kembali: z.string().max(500).optional(),
});

/** The second step of a password sign-in, enrolment, turning off: a TOTP code or a recovery code. */
export const kodeSchema = z.object({ kode: teks(30, { pesan: t('duaFaktor.wajibKode') }) });

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

/** Changing one's own password (profile): the current one, the new one twice. */
export const gantiSandiSchema = z
  .object({ sandiLama: sandi('Isi kata sandi saat ini.'), sandiBaru: sandiBaruSchema, ulangi: sandi('Ulangi kata sandi baru.') })
  .superRefine((v, ctx) => {
    ulanganSama(v, ctx);
    if (v.sandiBaru === v.sandiLama)
      ctx.addIssue({ code: 'custom', path: ['sandiBaru'], message: 'Kata sandi baru harus berbeda dari yang lama.' });
  });

/** Setting a password from a reset link: the new one twice. */
export const aturSandiSchema = z.object({ sandiBaru: sandiBaruSchema, ulangi: sandi('Ulangi kata sandi baru.') }).superRefine(ulanganSama);

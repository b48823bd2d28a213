import { z } from 'zod';
import { t } from '../../../locales/id.js';

export const KOMENTAR_MAKS = 500;
export const JENIS_LAYANAN_MAKS = 100;

/** Strips control characters (keeps line breaks) so stored text is plain. */
const bersih = (s: string) => s.replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '').trim();

export const publikSchema = z.object({
  skor: z.coerce
    .number({ error: t('umpanbalik.publik.wajibSkor') })
    .int(t('umpanbalik.publik.wajibSkor'))
    .min(1, t('umpanbalik.publik.wajibSkor'))
    .max(5, t('umpanbalik.publik.wajibSkor')),
  komentar: z
    .string()
    .optional()
    .transform((v) => bersih(v ?? ''))
    .pipe(z.string().max(KOMENTAR_MAKS, t('umpanbalik.publik.komentarPanjang', { n: KOMENTAR_MAKS })))
    .transform((v) => v || null),
  jenisLayanan: z
    .string()
    .optional()
    .transform((v) => bersih(v ?? '').replace(/\s+/g, ' '))
    .pipe(z.string().max(JENIS_LAYANAN_MAKS, t('umpanbalik.publik.jenisPanjang', { n: JENIS_LAYANAN_MAKS })))
    .transform((v) => v || null),
});

export const tautanSchema = z.object({
  unitId: z.coerce.number({ error: 'Pilih unit layanan.' }).int().positive('Pilih unit layanan.'),
  /** NIP of a front-line employee, for an individual link (only when BKD allows them). */
  nip: z
    .string()
    .trim()
    .regex(/^(\d{18})?$/, 'NIP terdiri dari 18 digit.')
    .optional()
    .transform((v) => v || null),
});

export const moderasiSchema = z.object({
  keputusan: z.enum(['DISETUJUI', 'DITOLAK'], { error: 'Pilih setujui atau tolak.' }),
});

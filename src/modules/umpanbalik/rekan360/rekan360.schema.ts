import { z } from 'zod';
import { t } from '../../../locales/id.js';
import { bulat, daftarId, idOpsional, nipOpsional, teksOpsional } from '../../../core/fields.js';
import { NILAI_BERAKHLAK } from './agregat.js';

/** The rater's form: every BerAKHLAK value and every competency asked about, 1–5, plus a comment. */
export function jawabanSchema(kompetensiIds: number[]) {
  const skor = bulat(1, 5, { pesan: t('umpanbalik.r360.wajibSkor') });
  const shape: Record<string, z.ZodType> = {};
  for (const n of NILAI_BERAKHLAK) shape[`b_${n}`] = skor;
  for (const k of kompetensiIds) shape[`k_${k}`] = skor;
  shape.komentar = teksOpsional(1000, { label: 'Komentar' });
  return z.object(shape);
}

/** A rater: picked from the list, or typed as a NIP. */
export const raterSchema = z
  .object({ raterId: idOpsional(), nip: nipOpsional() })
  .refine((v) => v.raterId || v.nip, { path: ['raterId'], message: t('umpanbalik.r360.wajibRater') });

export const kompetensiSchema = z.object({ kompetensi: daftarId(5, { pesanMaks: 'Pilih paling banyak 5 kompetensi.' }) });

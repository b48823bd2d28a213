import { z } from 'zod';
import { t } from '../../../locales/id.js';
import { bulat, id, nipOpsional, pilihan, teksOpsional } from '../../../core/fields.js';

export const KOMENTAR_MAKS = 500;
export const JENIS_LAYANAN_MAKS = 100;

/**
 * A citizen's response. Control characters are already gone (src/web/input.ts, decision 094);
 * the comment keeps its line breaks and tabs like every other text field, the one-line service
 * name has every run of white space made one space.
 */
export const publikSchema = z.object({
  skor: bulat(1, 5, { pesan: t('umpanbalik.publik.wajibSkor') }),
  komentar: teksOpsional(KOMENTAR_MAKS, { label: 'Komentar' }),
  jenisLayanan: teksOpsional(JENIS_LAYANAN_MAKS, { label: 'Jenis layanan', satuBaris: true }),
});

export const tautanSchema = z.object({
  unitId: id('Pilih unit layanan.'),
  /** NIP of a front-line employee, for an individual link (only when BKD allows them). */
  nip: nipOpsional(),
});

export const moderasiSchema = z.object({
  keputusan: pilihan(['DISETUJUI', 'DITOLAK'] as const, 'Pilih setujui atau tolak.'),
});

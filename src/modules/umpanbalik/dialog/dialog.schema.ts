import { z } from 'zod';
import { t } from '../../../locales/id.js';
import { pilihan, tanggal, tanggalOpsional, teks, teksOpsional } from '../../../core/fields.js';

export const dialogSchema = z
  .object({
    jenis: pilihan(['CHECKIN', 'PUJIAN', 'PERHATIAN'] as const, 'Pilih jenis catatan.'),
    tanggal: tanggal({ pesan: 'Isi tanggal dialog (hh/bb/tttt).' }),
    catatan: teks(2000, { label: 'Catatan', pesan: t('umpanbalik.dialog.wajibCatatan') }),
    tindakLanjut: teksOpsional(1000, { label: 'Tindak lanjut' }),
    tanggalTindakLanjut: tanggalOpsional({ pesan: 'Tanggal tindak lanjut tidak valid.' }),
    /** "" | "i:<indikatorId>" | "k:<kompetensiId>" */
    sasaran: z.preprocess(
      (v) => (v === undefined || v === null ? '' : typeof v === 'string' ? v.trim() : v),
      z.string({ error: t('umpanbalik.dialog.sasaranTidakValid') }).regex(/^(|[ik]:\d{1,9})$/, t('umpanbalik.dialog.sasaranTidakValid')),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.jenis !== 'CHECKIN' && !v.sasaran)
      ctx.addIssue({ code: 'custom', path: ['sasaran'], message: t('umpanbalik.dialog.wajibSasaran') });
    if (v.tanggalTindakLanjut && v.tanggalTindakLanjut < v.tanggal)
      ctx.addIssue({ code: 'custom', path: ['tanggalTindakLanjut'], message: t('umpanbalik.dialog.tindakLanjutSebelum') });
  });

export type DialogInput = z.infer<typeof dialogSchema>;

import { z } from 'zod';
import { t } from '../../../locales/id.js';

const tanggal = (msg: string) =>
  z
    .string({ error: msg })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, msg)
    .transform((s) => new Date(`${s}T00:00:00Z`))
    .refine((d) => !Number.isNaN(d.getTime()), msg);

const opsional = (max: number, msg: string) =>
  z
    .string()
    .trim()
    .max(max, msg)
    .optional()
    .transform((v) => (v ? v : null));

export const dialogSchema = z
  .object({
    jenis: z.enum(['CHECKIN', 'PUJIAN', 'PERHATIAN'], { error: 'Pilih jenis catatan.' }),
    tanggal: tanggal('Isi tanggal dialog (hh/bb/tttt).'),
    catatan: z.string({ error: t('umpanbalik.dialog.wajibCatatan') }).trim().min(1, t('umpanbalik.dialog.wajibCatatan')).max(2000, 'Catatan paling banyak 2.000 karakter.'),
    tindakLanjut: opsional(1000, 'Tindak lanjut paling banyak 1.000 karakter.'),
    tanggalTindakLanjut: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined)
      .pipe(tanggal('Tanggal tindak lanjut tidak valid.').optional()),
    /** "" | "i:<indikatorId>" | "k:<kompetensiId>" */
    sasaran: z
      .string()
      .trim()
      .regex(/^(|[ik]:\d{1,9})$/, t('umpanbalik.dialog.sasaranTidakValid'))
      .optional()
      .transform((v) => v || ''),
  })
  .superRefine((v, ctx) => {
    if (v.jenis !== 'CHECKIN' && !v.sasaran) ctx.addIssue({ code: 'custom', path: ['sasaran'], message: t('umpanbalik.dialog.wajibSasaran') });
    if (v.tanggalTindakLanjut && v.tanggalTindakLanjut < v.tanggal)
      ctx.addIssue({ code: 'custom', path: ['tanggalTindakLanjut'], message: t('umpanbalik.dialog.tindakLanjutSebelum') });
  });

export type DialogInput = z.infer<typeof dialogSchema>;

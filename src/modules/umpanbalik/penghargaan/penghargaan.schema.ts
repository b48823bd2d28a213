import { z } from 'zod';
import { t } from '../../../locales/id.js';

export const KATEGORI_PENGHARGAAN = [
  'Pegawai Berkinerja Terbaik',
  'Pelayanan Publik Terbaik',
  'Inovasi',
  'Kerja Sama Tim',
  'Pegawai Teladan',
] as const;

export const penghargaanSchema = z.object({
  pegawaiId: z.coerce.number({ error: 'Pilih pegawai.' }).int().positive('Pilih pegawai.'),
  periodeId: z.coerce.number({ error: 'Pilih periode.' }).int().positive('Pilih periode.'),
  kategori: z.enum(KATEGORI_PENGHARGAAN, { error: t('umpanbalik.penghargaan.wajibKategori') }),
  alasan: z.string({ error: t('umpanbalik.penghargaan.wajibAlasan') }).trim().min(5, t('umpanbalik.penghargaan.wajibAlasan')).max(1000, 'Alasan paling banyak 1.000 karakter.'),
  tanggal: z
    .string({ error: 'Isi tanggal penghargaan.' })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Isi tanggal penghargaan.')
    .transform((s) => new Date(`${s}T00:00:00Z`))
    .refine((d) => !Number.isNaN(d.getTime()), 'Isi tanggal penghargaan.'),
});

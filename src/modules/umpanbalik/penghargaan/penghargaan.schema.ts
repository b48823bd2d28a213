import { z } from 'zod';
import { t } from '../../../locales/id.js';
import { id, pilihan, tanggal, teks } from '../../../core/fields.js';

export const KATEGORI_PENGHARGAAN = [
  'Pegawai Berkinerja Terbaik',
  'Pelayanan Publik Terbaik',
  'Inovasi',
  'Kerja Sama Tim',
  'Pegawai Teladan',
] as const;

export const penghargaanSchema = z.object({
  pegawaiId: id('Pilih pegawai.'),
  periodeId: id('Pilih periode.'),
  kategori: pilihan(KATEGORI_PENGHARGAAN, t('umpanbalik.penghargaan.wajibKategori')),
  alasan: teks(1000, {
    label: 'Alasan',
    pesan: t('umpanbalik.penghargaan.wajibAlasan'),
    min: 5,
    pesanMin: t('umpanbalik.penghargaan.wajibAlasan'),
  }),
  tanggal: tanggal({ pesan: 'Isi tanggal penghargaan.' }),
});

import { addStrings } from '../../locales/id.js';

/** E-mail kinds, ways of receiving and outbox states, as staff and Admin BKD read them. */
export const JENIS_SUREL = {
  PENGINGAT_BATAS: 'Pengingat batas waktu penilaian',
  PENILAIAN_DIKEMBALIKAN: 'Penilaian dikembalikan untuk diperbaiki',
  PENILAIAN_FINAL: 'Penilaian ditetapkan (final)',
  KEBERATAN: 'Keberatan diputus',
  KALIBRASI: 'Perubahan hasil kalibrasi',
  UMPAN_BALIK_360: 'Permintaan umpan balik 360°',
  LAINNYA: 'Notifikasi lainnya',
  RINGKASAN: 'Ringkasan harian',
} as const;

export const CARA_KIRIM = {
  APLIKASI: 'Di aplikasi saja',
  SUREL: 'Surel setiap ada',
  RINGKASAN: 'Ringkasan harian',
} as const;

export const STATUS_SUREL = {
  ANTRE: 'Dalam antrean',
  MENUNGGU_RINGKASAN: 'Menunggu ringkasan',
  DIRINGKAS: 'Masuk ringkasan',
  TERKIRIM: 'Terkirim',
  GAGAL: 'Gagal',
  DILEWATI: 'Dilewati',
} as const;

addStrings('surel', {
  judulPreferensi: 'Pemberitahuan lewat surel',
  judulAdmin: 'Surel keluar',
  nonaktif:
    'Pengiriman surel belum diaktifkan di server ini (SMTP_URL belum diisi). Pilihan Anda tetap disimpan dan berlaku begitu BKD mengaktifkannya.',
  tanpaAlamat: 'Data kepegawaian Anda belum memuat alamat surel, jadi surel tidak dapat dikirim. Minta BKD melengkapinya.',
  disimpan: 'Pilihan pemberitahuan disimpan.',
  diulang: 'Surel dimasukkan lagi ke antrean.',
  alasanTanpaAlamat: 'Pengguna tidak memiliki alamat surel.',
  alasanAkunNonaktif: 'Akun pengguna nonaktif.',
});

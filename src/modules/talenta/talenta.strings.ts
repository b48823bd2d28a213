import { addStrings } from '../../locales/id.js';

addStrings('talenta', {
  nav: 'Talenta',
  judul: 'Manajemen talenta',
  status: { DRAF: 'Draf', DIPETAKAN: 'Sudah dipetakan', DIPUBLIKASI: 'Dipublikasikan' },
  statusOrang: { DIPETAKAN: 'Dipetakan', TIDAK_LENGKAP: 'Data belum lengkap', DIKECUALIKAN: 'Dikecualikan' },
  kinerja: { RENDAH: 'Di bawah ekspektasi', MENENGAH: 'Sesuai ekspektasi', TINGGI: 'Di atas ekspektasi' },
  potensi: { RENDAH: 'Rendah', MENENGAH: 'Menengah', TINGGI: 'Tinggi' },
  tingkatHukuman: { RINGAN: 'Ringan', SEDANG: 'Sedang', BERAT: 'Berat' },
  kesiapan: { SIAP_SEKARANG: 'Siap sekarang', SIAP_1_2_TAHUN: 'Siap 1–2 tahun', BELUM_SIAP: 'Belum siap' },
  komponen: {
    predikat: 'Predikat kinerja',
    asesmen: 'Hasil asesmen potensi',
    kompetensi: 'Kesesuaian kompetensi dengan standar jabatan',
    rekamJejak: 'Rekam jejak',
    rj: {
      jp: 'Rekam jejak: JP pelatihan',
      penghargaan: 'Rekam jejak: penghargaan',
      pendidikan: 'Rekam jejak: pendidikan',
      masaJabatan: 'Rekam jejak: masa dalam jabatan',
    },
  },
  dipetakan: 'Pemetaan selesai: {n} pegawai ({dipetakan} dipetakan, {kurang} data belum lengkap, {kecuali} dikecualikan).',
  dipublikasi: 'Pemetaan dipublikasikan dan dikunci: {tl} tindak lanjut, {rek} rekomendasi pelatihan dibuat.',
  dikalibrasi: 'Penempatan dipindahkan ke kotak {kotak}. Alasan dicatat.',
  peringatanSuksesi: 'Kurang dari dua calon siap sekarang.',
});

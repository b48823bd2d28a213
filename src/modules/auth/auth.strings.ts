import { addStrings } from '../../locales/id.js';

/** Single sign-on and two-factor sign-in (issue 18). */
addStrings('sso', {
  atau: 'atau',
  gagalJudul: 'Masuk dengan SSO tidak berhasil',
  kembaliMasuk: 'Kembali ke halaman masuk',
  masukSandi: 'Anda tetap dapat masuk dengan NIP dan kata sandi bila akun Anda mengizinkannya.',
  tidakDikenalJudul: 'Akun SIKAP tidak ditemukan',
  tidakDikenal:
    'Penyedia identitas mengenali Anda dengan NIP {nip}, tetapi tidak ada akun SIKAP untuk NIP tersebut. Hubungi BKD (Admin BKD) agar akun Anda dibuatkan atau NIP Anda diperbaiki.',
  nipTidakSah:
    'Penyedia identitas mengirimkan NIP "{nip}", yang bukan NIP 18 digit. Akun SIKAP tidak dapat dicocokkan. Hubungi BKD agar data di penyedia identitas diperbaiki.',
  nonaktif: 'Akun SIKAP untuk NIP {nip} tidak aktif. Hubungi BKD.',
  dikunci: 'Akun SIKAP untuk NIP {nip} dikunci oleh Admin BKD. Hubungi BKD.',
  wajibSso: 'Akun Anda wajib masuk melalui {label}. Gunakan tombol {label} di halaman masuk.',
  kedaluwarsa: 'Permintaan masuk dengan SSO tidak ditemukan atau sudah kedaluwarsa. Silakan ulangi masuk dengan SSO.',
  keluarJuga: 'Anda telah keluar dari SIKAP. Akun penyedia identitas (SSO) Anda mungkin masih masuk di peramban ini.',
  tombolKeluarJuga: 'Keluar juga dari penyedia identitas',
});

addStrings('duaFaktor', {
  judul: 'Verifikasi dua langkah',
  kodeJudul: 'Masukkan kode verifikasi',
  kodeBantuan: 'Kode 6 digit dari aplikasi autentikator di ponsel Anda, atau salah satu kode pemulihan.',
  kode: 'Kode verifikasi',
  tombolLanjut: 'Lanjutkan',
  wajibKode: 'Isi kode dari aplikasi autentikator.',
  kodeSalah: 'Kode verifikasi salah.',
  kedaluwarsa: 'Langkah verifikasi sudah kedaluwarsa. Silakan masuk lagi dengan kata sandi.',
  batal: 'Batal dan kembali ke halaman masuk',
  pemulihanDipakai:
    'Anda masuk dengan kode pemulihan. Sisa {n} kode pemulihan; buat kode baru di Profil › Verifikasi dua langkah bila hampir habis.',
  wajibDaftar: 'Peran Anda mewajibkan verifikasi dua langkah. Daftarkan aplikasi autentikator sebelum melanjutkan.',
  aktif: 'Verifikasi dua langkah aktif.',
  nonaktif: 'Verifikasi dua langkah dimatikan.',
  direset: 'Verifikasi dua langkah akun {username} diatur ulang. Pemiliknya mendaftarkan aplikasi autentikator lagi saat masuk berikutnya.',
});

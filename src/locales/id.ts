/** User-facing strings (Bahasa Indonesia). Views use t('key', { param }). */
export const id = {
  app: {
    nama: 'SIKAP',
    namaPanjang: 'Sistem Informasi Kinerja dan Kompetensi Aparatur Pegawai',
    instansi: 'Pemerintah Kota Parahyangan',
    lewatiKeKonten: 'Langsung ke konten utama',
    menu: 'Menu',
    navigasiUtama: 'Navigasi utama',
    remahRoti: 'Remah roti',
    beranda: 'Beranda',
    profil: 'Profil saya',
    keluar: 'Keluar',
    masuk: 'Masuk',
    notifikasi: 'Notifikasi',
    menuAkun: 'Menu akun',
    gantiSandi: 'Ganti kata sandi',
  },
  peran: {
    PEGAWAI: 'Pegawai ASN',
    ATASAN: 'Atasan langsung',
    ADMIN_BKD: 'Admin BKD',
    PIMPINAN: 'Pimpinan',
  },
  auth: {
    judul: 'Masuk ke SIKAP',
    identitas: 'NIP atau nama pengguna',
    identitasBantuan: 'NIP 18 digit tanpa spasi, atau nama pengguna dari BKD.',
    sandi: 'Kata sandi',
    tombolMasuk: 'Masuk',
    gagal: 'NIP/nama pengguna atau kata sandi salah.',
    sisaPercobaan: 'Sisa {n} percobaan sebelum akun dikunci sementara.',
    terkunci: 'Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi setelah pukul {jam}, atau hubungi Admin BKD.',
    nonaktif: 'Akun ini tidak aktif. Hubungi Admin BKD.',
    terlaluBanyak: 'Terlalu banyak percobaan masuk dari perangkat ini. Tunggu beberapa menit lalu coba lagi.',
    wajibIdentitas: 'Isi NIP atau nama pengguna.',
    wajibSandi: 'Isi kata sandi.',
    berhasilMasuk: 'Selamat datang, {nama}.',
    berhasilKeluar: 'Anda telah keluar.',
    sesiBerakhir: 'Sesi Anda berakhir. Silakan masuk kembali; isian Anda tersimpan.',
    perluMasuk: 'Silakan masuk terlebih dahulu.',
    lupaSandi: 'Lupa kata sandi?',
    tautanTidakBerlaku:
      'Tautan atur ulang kata sandi ini tidak berlaku: sudah dipakai, sudah kedaluwarsa, atau diganti tautan yang lebih baru. Minta tautan baru kepada Admin BKD.',
    sandiDiatur: 'Kata sandi baru tersimpan. Silakan masuk dengan kata sandi baru.',
  },
  galat: {
    judul404: 'Halaman tidak ditemukan',
    isi404: 'Halaman atau data yang Anda cari tidak ada, atau Anda tidak berhak melihatnya.',
    judul403: 'Akses ditolak',
    isi403: 'Anda tidak memiliki hak untuk membuka halaman ini.',
    judul500: 'Terjadi kesalahan',
    isi500: 'Maaf, terjadi kesalahan di server. Isian Anda tidak hilang; coba lagi sebentar lagi. Kode rujukan: {id}.',
    judul503: 'Layanan sedang tidak tersedia',
    isi503: 'Basis data sedang tidak dapat dihubungi. Isian Anda tidak hilang; coba lagi sebentar lagi.',
    csrf: 'Formulir kedaluwarsa atau tidak sah. Muat ulang halaman lalu kirim kembali.',
    ringkasan: 'Periksa kembali isian berikut:',
    kembaliKeBeranda: 'Kembali ke beranda',
    konflik: 'Data ini telah diubah oleh orang lain atau di tab lain sejak Anda membukanya.',
  },
  form: {
    wajib: 'Wajib diisi.',
    simpan: 'Simpan',
    batal: 'Batal',
    cari: 'Cari',
    kirim: 'Kirim',
  },
  daftar: {
    sebelumnya: 'Sebelumnya',
    berikutnya: 'Berikutnya',
    halaman: 'Halaman {n} dari {total}',
    kosong: 'Tidak ada data.',
    hasil: '{n} data',
  },
} as const;

type Dict = { [k: string]: string | Dict };

function lookup(dict: Dict, key: string): string | undefined {
  let cur: string | Dict | undefined = dict;
  for (const part of key.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = cur[part];
  }
  return typeof cur === 'string' ? cur : undefined;
}

/** Looks up a string; `{name}` placeholders are filled from params. Missing keys show the key. */
const extra: Dict = {};
/** Each module adds its own namespace (e.g. addStrings('penilaian', {...})) from its *.strings.ts file. */
export function addStrings(ns: string, dict: Dict): void {
  extra[ns] = dict;
}

export function t(key: string, params: Record<string, string | number> = {}): string {
  const s = lookup(id as unknown as Dict, key) ?? lookup(extra, key) ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

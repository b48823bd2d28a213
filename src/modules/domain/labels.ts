import type {
  Golongan,
  JenisJabatan,
  JenjangFungsional,
  NilaiBerakhlak,
  Predikat,
  RatingKinerja,
  StatusPenilaian,
} from '../../generated/prisma/enums.js';

export const GOLONGAN: Record<Golongan, { label: string; pangkat: string; urut: number }> = {
  I_A: { label: 'I/a', pangkat: 'Juru Muda', urut: 1 },
  I_B: { label: 'I/b', pangkat: 'Juru Muda Tingkat I', urut: 2 },
  I_C: { label: 'I/c', pangkat: 'Juru', urut: 3 },
  I_D: { label: 'I/d', pangkat: 'Juru Tingkat I', urut: 4 },
  II_A: { label: 'II/a', pangkat: 'Pengatur Muda', urut: 5 },
  II_B: { label: 'II/b', pangkat: 'Pengatur Muda Tingkat I', urut: 6 },
  II_C: { label: 'II/c', pangkat: 'Pengatur', urut: 7 },
  II_D: { label: 'II/d', pangkat: 'Pengatur Tingkat I', urut: 8 },
  III_A: { label: 'III/a', pangkat: 'Penata Muda', urut: 9 },
  III_B: { label: 'III/b', pangkat: 'Penata Muda Tingkat I', urut: 10 },
  III_C: { label: 'III/c', pangkat: 'Penata', urut: 11 },
  III_D: { label: 'III/d', pangkat: 'Penata Tingkat I', urut: 12 },
  IV_A: { label: 'IV/a', pangkat: 'Pembina', urut: 13 },
  IV_B: { label: 'IV/b', pangkat: 'Pembina Tingkat I', urut: 14 },
  IV_C: { label: 'IV/c', pangkat: 'Pembina Utama Muda', urut: 15 },
  IV_D: { label: 'IV/d', pangkat: 'Pembina Utama Madya', urut: 16 },
  IV_E: { label: 'IV/e', pangkat: 'Pembina Utama', urut: 17 },
};

/**
 * Pangkat and golongan/ruang as every document writes them: "Penata Muda, III/a" ("—" when
 * unknown). The one format for the employee, the rater and the rater's supervisor alike.
 */
export function pangkatGolongan(g: Golongan | null | undefined): string {
  if (!g) return '—';
  const x = GOLONGAN[g];
  return x ? `${x.pangkat}, ${x.label}` : '—';
}

/** "III/b" → "III_B"; undefined when not a grade. */
export function golonganDariLabel(label: string): Golongan | undefined {
  const key = label.trim().toUpperCase().replace('/', '_') as Golongan;
  return key in GOLONGAN ? key : undefined;
}

export const JENIS_JABATAN: Record<JenisJabatan, string> = {
  JPT_UTAMA: 'JPT Utama',
  JPT_MADYA: 'JPT Madya',
  JPT_PRATAMA: 'JPT Pratama',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  PELAKSANA: 'Pelaksana',
  FUNGSIONAL_KEAHLIAN: 'Fungsional Keahlian',
  FUNGSIONAL_KETERAMPILAN: 'Fungsional Keterampilan',
};

export const JENJANG: Record<JenjangFungsional, string> = {
  AHLI_PERTAMA: 'Ahli Pertama',
  AHLI_MUDA: 'Ahli Muda',
  AHLI_MADYA: 'Ahli Madya',
  AHLI_UTAMA: 'Ahli Utama',
  PEMULA: 'Pemula',
  TERAMPIL: 'Terampil',
  MAHIR: 'Mahir',
  PENYELIA: 'Penyelia',
};

export const STATUS_PENILAIAN: Record<StatusPenilaian | 'BELUM_MULAI', string> = {
  BELUM_MULAI: 'Belum mulai',
  DRAFT: 'Draf',
  DIKIRIM: 'Dikirim',
  DIKEMBALIKAN: 'Dikembalikan',
  DINILAI: 'Dinilai',
  FINAL: 'Final',
};

export const RATING: Record<RatingKinerja, string> = {
  DI_ATAS: 'Di Atas Ekspektasi',
  SESUAI: 'Sesuai Ekspektasi',
  DI_BAWAH: 'Di Bawah Ekspektasi',
};

export const PREDIKAT: Record<Predikat, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};

export const BERAKHLAK: Record<NilaiBerakhlak, { nama: string; indikator: string[] }> = {
  BERORIENTASI_PELAYANAN: {
    nama: 'Berorientasi Pelayanan',
    indikator: [
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Melakukan perbaikan tiada henti',
    ],
  },
  AKUNTABEL: {
    nama: 'Akuntabel',
    indikator: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  KOMPETEN: {
    nama: 'Kompeten',
    indikator: [
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'Membantu orang lain belajar',
      'Melaksanakan tugas dengan kualitas terbaik',
    ],
  },
  HARMONIS: {
    nama: 'Harmonis',
    indikator: [
      'Menghargai setiap orang apa pun latar belakangnya',
      'Suka menolong orang lain',
      'Membangun lingkungan kerja yang kondusif',
    ],
  },
  LOYAL: {
    nama: 'Loyal',
    indikator: [
      'Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  ADAPTIF: {
    nama: 'Adaptif',
    indikator: ['Cepat menyesuaikan diri menghadapi perubahan', 'Terus berinovasi dan mengembangkan kreativitas', 'Bertindak proaktif'],
  },
  KOLABORATIF: {
    nama: 'Kolaboratif',
    indikator: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
};

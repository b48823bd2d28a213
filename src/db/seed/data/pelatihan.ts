/**
 * Katalog program pengembangan kompetensi SIKAP.
 *
 * Berisi program klasikal (pelatihan, workshop, seminar, kursus) dan
 * nonklasikal (coaching, mentoring, e-learning, OJT, magang, benchmarking,
 * detasering) yang lazim bagi ASN pemerintah daerah. Kode kompetensi
 * merujuk ke KAMUS pada ./kamus.ts; biaya dalam rupiah per peserta.
 *
 * Modul data murni: tidak mengimpor apa pun.
 */

export interface ProgramDef {
  kode: string;
  judul: string;
  deskripsi: string;
  metode: 'KLASIKAL' | 'NONKLASIKAL';
  bentuk:
    | 'PELATIHAN'
    | 'SEMINAR'
    | 'WORKSHOP'
    | 'KURSUS'
    | 'COACHING'
    | 'MENTORING'
    | 'E_LEARNING'
    | 'OJT'
    | 'MAGANG'
    | 'BENCHMARKING'
    | 'DETASERING';
  jp: number;
  biaya: number /* rupiah per peserta */;
  penyelenggara: string;
  kompetensi: { kode: string; levelMin: number; levelMax: number }[];
}

export const PROGRAM: ProgramDef[] = [
  // ---------------------------------------------------------------------------
  // Komunikasi (M3)
  // ---------------------------------------------------------------------------
  {
    kode: 'PLT-001',
    judul: 'Pelatihan Komunikasi Efektif',
    deskripsi:
      'Membekali peserta dengan keterampilan menyampaikan informasi secara jelas dan logis, mendengarkan secara aktif, serta memastikan pemahaman yang sama dalam komunikasi lisan dan tertulis di lingkungan kerja.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 24,
    biaya: 2_500_000,
    penyelenggara: 'BPSDM Provinsi',
    kompetensi: [{ kode: 'M3', levelMin: 1, levelMax: 3 }],
  },
  {
    kode: 'PLT-002',
    judul: 'Pelatihan Komunikasi Publik Lanjutan',
    deskripsi:
      'Mengembangkan kemampuan menyampaikan isu sensitif dan kompleks kepada publik, komunikasi persuasif dengan pemangku kepentingan, penanganan media, serta perumusan strategi komunikasi krisis instansi.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 32,
    biaya: 4_500_000,
    penyelenggara: 'BPSDM Provinsi',
    kompetensi: [{ kode: 'M3', levelMin: 3, levelMax: 5 }],
  },
  {
    kode: 'PLT-003',
    judul: 'Coaching Komunikasi oleh Atasan',
    deskripsi:
      'Sesi coaching terstruktur oleh atasan langsung untuk meningkatkan keterampilan komunikasi pegawai melalui penetapan tujuan, praktik pada tugas nyata, dan umpan balik berkala.',
    metode: 'NONKLASIKAL',
    bentuk: 'COACHING',
    jp: 8,
    biaya: 0,
    penyelenggara: 'Atasan Langsung',
    kompetensi: [{ kode: 'M3', levelMin: 1, levelMax: 4 }],
  },
  {
    kode: 'PLT-004',
    judul: 'Kursus Penulisan Naskah Dinas dan Tata Naskah',
    deskripsi:
      'Kursus praktis penyusunan surat dinas, nota dinas, telaahan staf, dan laporan sesuai pedoman tata naskah dinas pemerintah daerah.',
    metode: 'KLASIKAL',
    bentuk: 'KURSUS',
    jp: 20,
    biaya: 1_250_000,
    penyelenggara: 'Bagian Organisasi Sekretariat Daerah',
    kompetensi: [{ kode: 'M3', levelMin: 1, levelMax: 2 }],
  },

  // ---------------------------------------------------------------------------
  // Integritas (M1)
  // ---------------------------------------------------------------------------
  {
    kode: 'PLT-005',
    judul: 'E-Learning Integritas dan Antikorupsi',
    deskripsi:
      'Pembelajaran daring mandiri mengenai nilai integritas, jenis tindak pidana korupsi, gratifikasi, benturan kepentingan, dan peran ASN dalam pencegahan korupsi.',
    metode: 'NONKLASIKAL',
    bentuk: 'E_LEARNING',
    jp: 10,
    biaya: 0,
    penyelenggara: 'Anti-Corruption Learning Center (ACLC) KPK',
    kompetensi: [{ kode: 'M1', levelMin: 1, levelMax: 3 }],
  },
  {
    kode: 'PLT-006',
    judul: 'Pelatihan Penguatan Integritas dan Pembangunan Zona Integritas',
    deskripsi:
      'Pelatihan bagi pimpinan unit kerja tentang internalisasi nilai integritas, pengendalian gratifikasi, manajemen risiko korupsi, serta pembangunan Zona Integritas menuju WBK/WBBM.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 24,
    biaya: 2_000_000,
    penyelenggara: 'Inspektorat Daerah bekerja sama dengan BPSDM Provinsi',
    kompetensi: [{ kode: 'M1', levelMin: 2, levelMax: 4 }],
  },

  // ---------------------------------------------------------------------------
  // Pelatihan kepemimpinan
  // ---------------------------------------------------------------------------
  {
    kode: 'PLT-007',
    judul: 'Pelatihan Kepemimpinan Pengawas (PKP)',
    deskripsi:
      'Pelatihan kepemimpinan wajib bagi pejabat pengawas untuk membangun kemampuan memimpin pelaksanaan kegiatan, mengelola perubahan, dan mengambil keputusan operasional melalui pembelajaran klasikal, habituasi, dan aksi perubahan.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 180,
    biaya: 17_500_000,
    penyelenggara: 'BPSDM Provinsi (terakreditasi LAN)',
    kompetensi: [
      { kode: 'M7', levelMin: 2, levelMax: 3 },
      { kode: 'M8', levelMin: 2, levelMax: 3 },
      { kode: 'M2', levelMin: 2, levelMax: 3 },
      { kode: 'M4', levelMin: 2, levelMax: 3 },
    ],
  },
  {
    kode: 'PLT-008',
    judul: 'Pelatihan Kepemimpinan Administrator (PKA)',
    deskripsi:
      'Pelatihan kepemimpinan wajib bagi pejabat administrator untuk membangun kepemimpinan kinerja, yaitu kemampuan memastikan seluruh kegiatan unit kerja terlaksana sesuai rencana melalui aksi perubahan berskala instansi.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 200,
    biaya: 32_500_000,
    penyelenggara: 'BPSDM Provinsi (terakreditasi LAN)',
    kompetensi: [
      { kode: 'M7', levelMin: 3, levelMax: 4 },
      { kode: 'M8', levelMin: 3, levelMax: 4 },
      { kode: 'M4', levelMin: 3, levelMax: 4 },
      { kode: 'M6', levelMin: 3, levelMax: 4 },
      { kode: 'M2', levelMin: 3, levelMax: 4 },
    ],
  },

  // ---------------------------------------------------------------------------
  // Pelayanan publik & layanan digital
  // ---------------------------------------------------------------------------
  {
    kode: 'PLT-009',
    judul: 'Workshop Digitalisasi Layanan Publik',
    deskripsi:
      'Workshop perancangan ulang proses layanan publik menjadi layanan digital yang berpusat pada pengguna, mencakup pemetaan proses bisnis, integrasi data, dan pengukuran kepuasan pengguna sesuai kerangka SPBE.',
    metode: 'KLASIKAL',
    bentuk: 'WORKSHOP',
    jp: 24,
    biaya: 3_000_000,
    penyelenggara: 'Dinas Komunikasi dan Informatika bersama BPSDM Provinsi',
    kompetensi: [
      { kode: 'M5', levelMin: 2, levelMax: 4 },
      { kode: 'T-KOM-01', levelMin: 1, levelMax: 3 },
    ],
  },
  {
    kode: 'PLT-010',
    judul: 'Pelatihan Pelayanan Prima',
    deskripsi:
      'Pelatihan sikap dan keterampilan melayani masyarakat sesuai standar pelayanan, meliputi etika pelayanan, penanganan keluhan, dan komunikasi dengan pengguna layanan.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 16,
    biaya: 1_500_000,
    penyelenggara: 'BPSDM Provinsi',
    kompetensi: [{ kode: 'M5', levelMin: 1, levelMax: 3 }],
  },
  {
    kode: 'PLT-011',
    judul: 'Magang di Mal Pelayanan Publik Percontohan',
    deskripsi:
      'Penugasan magang pada unit layanan unggulan untuk mempelajari langsung penerapan standar pelayanan, manajemen antrean, pengelolaan pengaduan, dan koordinasi layanan lintas instansi.',
    metode: 'NONKLASIKAL',
    bentuk: 'MAGANG',
    jp: 40,
    biaya: 1_500_000,
    penyelenggara: 'Mal Pelayanan Publik percontohan nasional',
    kompetensi: [
      { kode: 'M5', levelMin: 1, levelMax: 3 },
      { kode: 'M2', levelMin: 1, levelMax: 2 },
    ],
  },
  {
    kode: 'PLT-012',
    judul: 'Benchmarking Inovasi Pelayanan Publik',
    deskripsi:
      'Kunjungan studi tiru ke pemerintah daerah peraih penghargaan inovasi pelayanan publik untuk mengidentifikasi praktik baik yang dapat direplikasi serta menyusun rencana aksi perubahan di instansi sendiri.',
    metode: 'NONKLASIKAL',
    bentuk: 'BENCHMARKING',
    jp: 16,
    biaya: 4_000_000,
    penyelenggara: 'Pemerintah daerah peraih penghargaan Top Inovasi Pelayanan Publik KemenPANRB',
    kompetensi: [
      { kode: 'M7', levelMin: 2, levelMax: 4 },
      { kode: 'M5', levelMin: 3, levelMax: 4 },
    ],
  },

  // ---------------------------------------------------------------------------
  // Orientasi pada hasil & pengambilan keputusan
  // ---------------------------------------------------------------------------
  {
    kode: 'PLT-013',
    judul: 'Pelatihan Manajemen Proyek Pemerintah',
    deskripsi:
      'Pelatihan perencanaan, penjadwalan, pengendalian anggaran, manajemen risiko, dan pelaporan kegiatan/proyek pemerintah agar target kinerja tercapai tepat waktu dan tepat mutu.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 40,
    biaya: 5_500_000,
    penyelenggara: 'Lembaga pelatihan terakreditasi LAN',
    kompetensi: [
      { kode: 'M4', levelMin: 2, levelMax: 4 },
      { kode: 'M8', levelMin: 2, levelMax: 3 },
    ],
  },
  {
    kode: 'PLT-014',
    judul: 'Mentoring Orientasi pada Hasil',
    deskripsi:
      'Program mentoring oleh pejabat senior untuk membantu pegawai menetapkan standar kerja yang menantang, mencari metode kerja alternatif, dan mempertanggungjawabkan capaian hasil kerja.',
    metode: 'NONKLASIKAL',
    bentuk: 'MENTORING',
    jp: 12,
    biaya: 0,
    penyelenggara: 'Pejabat Administrator selaku Mentor',
    kompetensi: [{ kode: 'M4', levelMin: 1, levelMax: 3 }],
  },
  {
    kode: 'PLT-015',
    judul: 'Pelatihan Pengambilan Keputusan Berbasis Data',
    deskripsi:
      'Pelatihan analisis data, perbandingan alternatif, analisis risiko, dan penyusunan rekomendasi keputusan yang sistematis dengan memanfaatkan data kinerja dan data sektoral.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 24,
    biaya: 3_000_000,
    penyelenggara: 'Lembaga pelatihan terakreditasi LAN',
    kompetensi: [{ kode: 'M8', levelMin: 2, levelMax: 4 }],
  },
  {
    kode: 'PLT-016',
    judul: 'On-the-Job Training Pengambilan Keputusan Operasional',
    deskripsi:
      'Pelatihan di tempat kerja dengan pendampingan atasan dalam menganalisis permasalahan operasional, menimbang alternatif solusi, dan mengambil keputusan sesuai kewenangan.',
    metode: 'NONKLASIKAL',
    bentuk: 'OJT',
    jp: 20,
    biaya: 0,
    penyelenggara: 'Unit kerja masing-masing',
    kompetensi: [{ kode: 'M8', levelMin: 1, levelMax: 3 }],
  },

  // ---------------------------------------------------------------------------
  // Kerja sama, perubahan, pengembangan diri dan orang lain
  // ---------------------------------------------------------------------------
  {
    kode: 'PLT-017',
    judul: 'Pelatihan Kerja Sama Tim dan Pembangunan Tim Efektif',
    deskripsi:
      'Pelatihan dinamika kelompok, peran dalam tim, penyelesaian konflik, dan pembangunan komitmen tim untuk meningkatkan sinergi dalam penyelesaian tugas.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 16,
    biaya: 2_000_000,
    penyelenggara: 'BPSDM Provinsi',
    kompetensi: [{ kode: 'M2', levelMin: 1, levelMax: 3 }],
  },
  {
    kode: 'PLT-018',
    judul: 'Detasering pada Perangkat Daerah Mitra',
    deskripsi:
      'Penugasan sementara pada perangkat daerah lain untuk memperluas wawasan lintas fungsi, membangun jejaring kerja sama antarunit, dan mendukung pelaksanaan program prioritas daerah.',
    metode: 'NONKLASIKAL',
    bentuk: 'DETASERING',
    jp: 160,
    biaya: 0,
    penyelenggara: 'Perangkat daerah penerima penugasan',
    kompetensi: [
      { kode: 'M2', levelMin: 2, levelMax: 4 },
      { kode: 'M7', levelMin: 2, levelMax: 3 },
    ],
  },
  {
    kode: 'PLT-019',
    judul: 'Workshop Mengelola Perubahan dan Budaya Kerja BerAKHLAK',
    deskripsi:
      'Workshop adaptasi terhadap perubahan organisasi, penyusunan rencana aksi perubahan unit kerja, dan internalisasi nilai dasar ASN BerAKHLAK dalam pelaksanaan tugas.',
    metode: 'KLASIKAL',
    bentuk: 'WORKSHOP',
    jp: 16,
    biaya: 2_000_000,
    penyelenggara: 'BPSDM Provinsi',
    kompetensi: [{ kode: 'M7', levelMin: 1, levelMax: 3 }],
  },
  {
    kode: 'PLT-020',
    judul: 'Seminar Reformasi Birokrasi dan Transformasi Manajemen ASN',
    deskripsi:
      'Seminar mengenai arah kebijakan reformasi birokrasi, transformasi manajemen ASN, dan strategi memimpin perubahan organisasi di pemerintah daerah.',
    metode: 'KLASIKAL',
    bentuk: 'SEMINAR',
    jp: 8,
    biaya: 750_000,
    penyelenggara: 'Kementerian PANRB',
    kompetensi: [{ kode: 'M7', levelMin: 3, levelMax: 5 }],
  },
  {
    kode: 'PLT-021',
    judul: 'Pelatihan Coaching dan Mentoring bagi Pimpinan Unit Kerja',
    deskripsi:
      'Pelatihan keterampilan coaching, mentoring, dan pemberian umpan balik bagi atasan untuk mengembangkan potensi bawahan serta menyusun rencana pengembangan individu.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 24,
    biaya: 3_000_000,
    penyelenggara: 'BPSDM Provinsi',
    kompetensi: [{ kode: 'M6', levelMin: 2, levelMax: 4 }],
  },
  {
    kode: 'PLT-022',
    judul: 'Mentoring Pengembangan Diri dan Orang Lain',
    deskripsi:
      'Program mentoring berkelanjutan oleh mentor internal untuk membantu pegawai mengidentifikasi kebutuhan pengembangan diri, belajar dari pengalaman mentor, dan mulai membimbing rekan kerja.',
    metode: 'NONKLASIKAL',
    bentuk: 'MENTORING',
    jp: 12,
    biaya: 0,
    penyelenggara: 'Mentor internal (pejabat administrator)',
    kompetensi: [{ kode: 'M6', levelMin: 1, levelMax: 3 }],
  },

  // ---------------------------------------------------------------------------
  // Perekat Bangsa (SK1)
  // ---------------------------------------------------------------------------
  {
    kode: 'PLT-023',
    judul: 'Pelatihan Wawasan Kebangsaan dan Nilai Bela Negara',
    deskripsi:
      'Pelatihan penguatan wawasan kebangsaan, empat konsensus dasar bangsa, nilai bela negara, serta sikap toleran dan inklusif dalam pelayanan kepada masyarakat yang majemuk.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 24,
    biaya: 2_000_000,
    penyelenggara: 'Badan Kesatuan Bangsa dan Politik bersama BPSDM Provinsi',
    kompetensi: [{ kode: 'SK1', levelMin: 1, levelMax: 3 }],
  },
  {
    kode: 'PLT-024',
    judul: 'E-Learning Moderasi dan Pengelolaan Keberagaman',
    deskripsi:
      'Pembelajaran daring mandiri mengenai kemajemukan masyarakat Indonesia, pencegahan intoleransi, dan peran ASN sebagai perekat dan pemersatu bangsa.',
    metode: 'NONKLASIKAL',
    bentuk: 'E_LEARNING',
    jp: 12,
    biaya: 0,
    penyelenggara: 'Lembaga Administrasi Negara (platform pembelajaran daring ASN)',
    kompetensi: [{ kode: 'SK1', levelMin: 1, levelMax: 3 }],
  },

  // ---------------------------------------------------------------------------
  // Teknis — Dinas Kesehatan
  // ---------------------------------------------------------------------------
  {
    kode: 'PLT-025',
    judul: 'Pelatihan Basic Life Support (BLS)',
    deskripsi:
      'Pelatihan bantuan hidup dasar bagi tenaga kesehatan meliputi pengenalan kegawatan, resusitasi jantung paru berkualitas tinggi, penggunaan AED, dan penanganan sumbatan jalan napas.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 24,
    biaya: 3_500_000,
    penyelenggara: 'RSUD bekerja sama dengan organisasi profesi terakreditasi Kemenkes',
    kompetensi: [{ kode: 'T-KES-01', levelMin: 1, levelMax: 2 }],
  },
  {
    kode: 'PLT-026',
    judul: 'Pelatihan Advanced Cardiac Life Support (ACLS)',
    deskripsi:
      'Pelatihan bantuan hidup lanjut bagi dokter dan perawat meliputi tata laksana henti jantung, aritmia, sindrom koroner akut, kepemimpinan tim resusitasi, dan perawatan pascaresusitasi.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 40,
    biaya: 7_500_000,
    penyelenggara: 'Perhimpunan profesi kegawatdaruratan terakreditasi Kemenkes',
    kompetensi: [{ kode: 'T-KES-01', levelMin: 3, levelMax: 4 }],
  },
  {
    kode: 'PLT-027',
    judul: 'Pelatihan Surveilans Epidemiologi dan Respons Kejadian Luar Biasa',
    deskripsi:
      'Pelatihan pengelolaan data surveilans, analisis epidemiologi, deteksi dini melalui SKDR, penyelidikan epidemiologi, dan respons cepat penanggulangan KLB.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 48,
    biaya: 4_000_000,
    penyelenggara: 'Balai Pelatihan Kesehatan (Bapelkes) Provinsi',
    kompetensi: [{ kode: 'T-KES-02', levelMin: 1, levelMax: 3 }],
  },

  // ---------------------------------------------------------------------------
  // Teknis — Dinas Pendidikan
  // ---------------------------------------------------------------------------
  {
    kode: 'PLT-028',
    judul: 'Workshop Manajemen Kelas dan Pembelajaran Aktif',
    deskripsi:
      'Workshop praktik pengelolaan kelas dengan disiplin positif, pembelajaran aktif dan kolaboratif, serta pembelajaran berdiferensiasi yang berpusat pada peserta didik.',
    metode: 'KLASIKAL',
    bentuk: 'WORKSHOP',
    jp: 32,
    biaya: 1_500_000,
    penyelenggara: 'Balai Guru Penggerak Provinsi',
    kompetensi: [{ kode: 'T-DIK-01', levelMin: 1, levelMax: 3 }],
  },
  {
    kode: 'PLT-029',
    judul: 'Pelatihan Implementasi Kurikulum Merdeka',
    deskripsi:
      'Pelatihan penyusunan tujuan dan alur tujuan pembelajaran, modul ajar, asesmen, projek penguatan profil pelajar Pancasila, serta kurikulum operasional satuan pendidikan.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 32,
    biaya: 1_750_000,
    penyelenggara: 'Balai Besar Penjaminan Mutu Pendidikan (BBPMP)',
    kompetensi: [{ kode: 'T-DIK-02', levelMin: 1, levelMax: 3 }],
  },

  // ---------------------------------------------------------------------------
  // Teknis — Dinas Perhubungan, Disdukcapil, Diskominfo
  // ---------------------------------------------------------------------------
  {
    kode: 'PLT-030',
    judul: 'Pelatihan Manajemen dan Rekayasa Lalu Lintas',
    deskripsi:
      'Pelatihan survei lalu lintas, analisis kinerja ruas dan simpang, rekayasa lalu lintas, pengoperasian ATCS, serta penilaian analisis dampak lalu lintas.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 56,
    biaya: 6_000_000,
    penyelenggara: 'Politeknik Transportasi Darat Indonesia – STTD',
    kompetensi: [{ kode: 'T-HUB-01', levelMin: 1, levelMax: 3 }],
  },
  {
    kode: 'PLT-031',
    judul: 'Bimbingan Teknis SIAK dan Pemutakhiran Data Kependudukan',
    deskripsi:
      'Bimbingan teknis pengoperasian Sistem Informasi Administrasi Kependudukan, penerbitan dokumen kependudukan, pemutakhiran data, dan pelindungan data pribadi penduduk.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 24,
    biaya: 3_000_000,
    penyelenggara: 'Direktorat Jenderal Kependudukan dan Pencatatan Sipil Kemendagri',
    kompetensi: [{ kode: 'T-DUK-01', levelMin: 1, levelMax: 3 }],
  },
  {
    kode: 'PLT-032',
    judul: 'Pelatihan Keamanan Informasi dan Penanganan Insiden Siber',
    deskripsi:
      'Pelatihan penerapan kontrol keamanan, penilaian risiko dan kerentanan, penanganan insiden siber, serta penerapan sistem manajemen keamanan informasi dan Indeks KAMI.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 40,
    biaya: 6_500_000,
    penyelenggara: 'Badan Siber dan Sandi Negara (BSSN)',
    kompetensi: [{ kode: 'T-KOM-02', levelMin: 2, levelMax: 4 }],
  },

  // ---------------------------------------------------------------------------
  // Teknis — BKPSDM, Sekretariat Daerah, Kecamatan
  // ---------------------------------------------------------------------------
  {
    kode: 'PLT-033',
    judul: 'Pelatihan Manajemen Kinerja ASN dan Penyusunan SKP',
    deskripsi:
      'Pelatihan siklus manajemen kinerja ASN meliputi penyusunan SKP, indikator kinerja yang terukur, dialog kinerja, penilaian perilaku kerja, dan penetapan predikat kinerja.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 16,
    biaya: 1_500_000,
    penyelenggara: 'BKPSDM bersama Kantor Regional BKN',
    kompetensi: [{ kode: 'T-SDM-01', levelMin: 1, levelMax: 3 }],
  },
  {
    kode: 'PLT-034',
    judul: 'Workshop Analisis Kebutuhan Pelatihan',
    deskripsi:
      'Workshop identifikasi kesenjangan kompetensi berdasarkan standar kompetensi jabatan, penyusunan rencana pengembangan kompetensi, dan pemilihan jalur pengembangan yang tepat.',
    metode: 'KLASIKAL',
    bentuk: 'WORKSHOP',
    jp: 24,
    biaya: 2_500_000,
    penyelenggara: 'BPSDM Provinsi',
    kompetensi: [
      { kode: 'T-SDM-02', levelMin: 2, levelMax: 3 },
      { kode: 'M6', levelMin: 2, levelMax: 3 },
    ],
  },
  {
    kode: 'PLT-035',
    judul: 'Pelatihan Penyusunan Naskah Kebijakan dan Policy Brief',
    deskripsi:
      'Pelatihan analisis kebijakan berbasis bukti, penulisan ringkasan kebijakan (policy brief), naskah akademik, dan rancangan produk hukum daerah.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 32,
    biaya: 4_000_000,
    penyelenggara: 'Lembaga Administrasi Negara (LAN)',
    kompetensi: [
      { kode: 'T-SET-01', levelMin: 2, levelMax: 4 },
      { kode: 'M3', levelMin: 3, levelMax: 4 },
    ],
  },
  {
    kode: 'PLT-036',
    judul: 'Pelatihan Pelayanan Administrasi Terpadu Kecamatan (PATEN)',
    deskripsi:
      'Pelatihan penyelenggaraan PATEN meliputi standar pelayanan, pelimpahan kewenangan, pengelolaan berkas, penanganan pengaduan, dan survei kepuasan masyarakat.',
    metode: 'KLASIKAL',
    bentuk: 'PELATIHAN',
    jp: 24,
    biaya: 2_000_000,
    penyelenggara: 'Bagian Tata Pemerintahan Sekretariat Daerah',
    kompetensi: [
      { kode: 'T-KEC-01', levelMin: 1, levelMax: 3 },
      { kode: 'M5', levelMin: 1, levelMax: 2 },
    ],
  },
  {
    kode: 'PLT-037',
    judul: 'On-the-Job Training Layanan PATEN di Kecamatan Percontohan',
    deskripsi:
      'Pelatihan di tempat kerja pada kecamatan percontohan untuk mempraktikkan alur layanan terpadu, mulai dari penerimaan berkas hingga penerbitan dokumen dan penanganan pengaduan.',
    metode: 'NONKLASIKAL',
    bentuk: 'OJT',
    jp: 24,
    biaya: 0,
    penyelenggara: 'Kecamatan percontohan PATEN',
    kompetensi: [{ kode: 'T-KEC-01', levelMin: 1, levelMax: 2 }],
  },
];

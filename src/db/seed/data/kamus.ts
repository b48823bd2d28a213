/**
 * Kamus kompetensi SIKAP.
 *
 * - Kompetensi manajerial (M1–M8) dan sosial kultural (SK1) mengikuti Kamus
 *   Kompetensi pada Lampiran Peraturan Menteri PANRB Nomor 38 Tahun 2017
 *   tentang Standar Kompetensi Jabatan Aparatur Sipil Negara (ejaan dirapikan).
 * - Kompetensi teknis (T-*) disusun untuk perangkat daerah pemilik kompetensi
 *   (unitKode) dengan gaya penulisan yang sama.
 *
 * Modul data murni: tidak mengimpor apa pun.
 */

export interface LevelDef {
  level: 1 | 2 | 3 | 4 | 5;
  label: string;
  deskripsi: string;
  indikator: string[];
}

export interface KompetensiDef {
  kode: string;
  nama: string;
  kelompok: 'MANAJERIAL' | 'SOSIAL_KULTURAL' | 'TEKNIS';
  definisi: string;
  unitKode?: string;
  level: LevelDef[];
}

export const LABEL_LEVEL: Record<number, string> = {
  1: 'Paham',
  2: 'Dasar',
  3: 'Menengah',
  4: 'Mumpuni',
  5: 'Ahli',
};

const lv = (level: 1 | 2 | 3 | 4 | 5, deskripsi: string, indikator: string[]): LevelDef => ({
  level,
  label: LABEL_LEVEL[level],
  deskripsi,
  indikator,
});

export const KAMUS: KompetensiDef[] = [
  // ---------------------------------------------------------------------------
  // KOMPETENSI MANAJERIAL (PermenPANRB No. 38 Tahun 2017)
  // ---------------------------------------------------------------------------
  {
    kode: 'M1',
    nama: 'Integritas',
    kelompok: 'MANAJERIAL',
    definisi:
      'Konsisten berperilaku selaras dengan nilai, norma dan/atau etika organisasi, dan jujur dalam hubungan dengan manajemen, rekan kerja, bawahan langsung, dan pemangku kepentingan, menciptakan budaya etika tinggi, bertanggung jawab atas tindakan atau keputusan beserta risiko yang menyertainya.',
    level: [
      lv(1, 'Mampu bertindak sesuai nilai, norma, dan etika organisasi dalam kapasitas pribadi', [
        'Bertingkah laku sesuai dengan perkataan; berkata sesuai dengan fakta.',
        'Melaksanakan peraturan, kode etik organisasi dalam lingkungan kerja sehari-hari, pada tataran individu/pribadi.',
        'Tidak menjanjikan/memberikan sesuatu yang bertentangan dengan aturan organisasi.',
      ]),
      lv(2, 'Mampu mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi', [
        'Mengingatkan rekan kerja untuk bertindak sesuai dengan nilai, norma, dan etika organisasi dalam segala situasi dan kondisi.',
        'Mengajak orang lain untuk bertindak sesuai etika dan kode etik.',
        'Menerapkan norma-norma secara konsisten dalam setiap situasi, pada unit kerja terkecil/kelompok kerjanya.',
        'Memberikan informasi yang dapat dipercaya sesuai dengan etika organisasi.',
      ]),
      lv(
        3,
        'Mampu memastikan, menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi, dalam lingkup formal',
        [
          'Memastikan anggota yang dipimpin bertindak sesuai dengan nilai, norma, dan etika organisasi dalam segala situasi dan kondisi.',
          'Mampu memberi apresiasi dan teguran bagi anggota yang dipimpin agar bertindak selaras dengan nilai, norma, dan etika organisasi dalam segala situasi dan kondisi.',
          'Melakukan monitoring dan evaluasi terhadap penerapan sikap integritas di dalam unit kerja yang dipimpin.',
        ],
      ),
      lv(4, 'Mampu menciptakan situasi kerja yang mendorong kepatuhan pada nilai, norma, dan etika organisasi', [
        'Menciptakan situasi kerja yang mendorong seluruh pemangku kepentingan mematuhi nilai, norma, dan etika organisasi dalam segala situasi dan kondisi.',
        'Mendukung dan menerapkan prinsip moral dan standar etika yang tinggi, serta berani menanggung konsekuensinya.',
        'Berani melakukan koreksi atau mengambil tindakan atas penyimpangan kode etik/nilai-nilai yang dilakukan oleh orang lain, pada tataran lingkup kerja setingkat instansi meskipun ada risiko.',
      ]),
      lv(5, 'Mampu menjadi role model dalam penerapan standar keadilan dan etika di tingkat nasional', [
        'Mempertahankan tingkat standar keadilan dan etika yang tinggi dalam perkataan dan tindakan sehari-hari yang dipatuhi oleh seluruh pemangku kepentingan pada lingkup instansi yang dipimpinnya.',
        'Menjadi "role model"/keteladanan dalam penerapan standar keadilan dan etika yang tinggi di tingkat nasional.',
        'Membuat konsep kebijakan dan strategi penerapan sikap integritas dalam pelaksanaan tugas dan norma-norma yang sejalan dengan nilai strategis organisasi.',
      ]),
    ],
  },
  {
    kode: 'M2',
    nama: 'Kerja Sama',
    kelompok: 'MANAJERIAL',
    definisi:
      'Kemampuan menjalin, membina, mempertahankan hubungan kerja yang efektif, memiliki komitmen saling membantu dalam penyelesaian tugas, dan mengoptimalkan segala sumber daya untuk mencapai tujuan strategis organisasi.',
    level: [
      lv(1, 'Berpartisipasi dalam kelompok kerja', [
        'Berpartisipasi sebagai anggota tim yang baik, melakukan tugas/bagiannya, dan mendukung keputusan tim.',
        'Mendengarkan dan menghargai masukan dari orang lain dan memberikan usulan-usulan bagi kepentingan tim.',
        'Mampu menjalin interaksi sosial untuk penyelesaian tugas.',
      ]),
      lv(2, 'Menumbuhkan tim kerja yang partisipatif dan efektif', [
        'Membantu orang lain dalam menyelesaikan tugas-tugas mereka untuk mendukung sasaran tim.',
        'Berbagi informasi yang relevan atau bermanfaat pada anggota tim; mempertimbangkan masukan dan keahlian anggota dalam tim/kelompok kerja serta bersedia untuk belajar dari orang lain.',
        'Membangun komitmen yang tinggi untuk menyelesaikan tugas tim.',
      ]),
      lv(3, 'Efektif membangun tim kerja untuk peningkatan kinerja organisasi', [
        'Melihat kekuatan/kelemahan anggota tim, membentuk tim yang tepat, mengantisipasi kemungkinan hambatan, dan mencari solusi yang optimal.',
        'Mengupayakan dan mengutamakan pengambilan keputusan berdasarkan usulan-usulan anggota tim/kelompok, bernegosiasi secara efektif untuk upaya penyelesaian pekerjaan yang menjadi target kinerja kelompok dan/atau unit kerja.',
        'Membangun aliansi dengan para pemangku kepentingan dalam rangka mendukung penyelesaian target kerja kelompok.',
      ]),
      lv(4, 'Membangun komitmen tim, sinergi', [
        'Membangun sinergi antarunit kerja di lingkup instansi yang dipimpin.',
        'Memfasilitasi kepentingan yang berbeda dari unit kerja lain sehingga tercipta sinergi dalam rangka pencapaian target kerja organisasi.',
        'Mengembangkan sistem yang menghargai kerja sama antarunit, memberikan dukungan/semangat untuk memastikan tercapainya sinergi dalam rangka pencapaian target kerja organisasi.',
      ]),
      lv(5, 'Menciptakan situasi kerja sama secara konsisten, baik di dalam maupun di luar instansi', [
        'Menciptakan hubungan kerja yang konstruktif dengan menerapkan norma/etos/nilai-nilai kerja yang baik di dalam dan di luar organisasi; meningkatkan produktivitas dan menjadi panutan dalam organisasi.',
        'Secara konsisten menjaga sinergi agar pemangku kepentingan dapat bekerja sama dengan orang di dalam maupun di luar organisasi.',
        'Membangun konsensus untuk menggabungkan sumber daya dari berbagai pemangku kepentingan untuk tujuan bangsa dan negara.',
      ]),
    ],
  },
  {
    kode: 'M3',
    nama: 'Komunikasi',
    kelompok: 'MANAJERIAL',
    definisi:
      'Kemampuan untuk menerangkan pandangan dan gagasan secara jelas, sistematis disertai argumentasi yang logis dengan cara-cara yang sesuai baik secara lisan maupun tertulis; memastikan pemahaman; mendengarkan secara aktif dan efektif; mempersuasi, meyakinkan dan membujuk orang lain dalam rangka mencapai tujuan organisasi.',
    level: [
      lv(1, 'Menyampaikan informasi dengan jelas, lengkap, pemahaman yang sama', [
        'Menyampaikan informasi (data), pikiran atau pendapat dengan jelas, singkat dan tepat dengan menggunakan cara/media yang sesuai dan mengikuti alur yang logis.',
        'Memastikan pemahaman yang sama atas instruksi yang diterima/diberikan.',
        'Mampu melaksanakan kegiatan surat-menyurat sesuai tata naskah organisasi.',
      ]),
      lv(
        2,
        'Aktif menjalankan komunikasi secara formal dan informal; bersedia mendengarkan orang lain, menginterpretasikan pesan dengan respons yang sesuai, mampu menyusun materi presentasi, pidato, naskah, laporan, dan lain-lain',
        [
          'Menggunakan gaya komunikasi informal untuk meningkatkan hubungan profesional.',
          'Mendengarkan pihak lain secara aktif; menangkap dan menginterpretasikan pesan-pesan dari orang lain, serta memberikan respons yang sesuai.',
          'Membuat materi presentasi, pidato, draf naskah, laporan, dan lain-lain sesuai arahan pimpinan.',
        ],
      ),
      lv(
        3,
        'Berkomunikasi secara asertif, terampil berkomunikasi lisan/tertulis untuk menyampaikan informasi yang sensitif/rumit/kompleks',
        [
          'Menyampaikan suatu informasi yang sensitif/rumit dengan cara penyampaian dan kondisi yang tepat, sehingga dapat dipahami dan diterima oleh pihak lain.',
          'Menyederhanakan topik yang rumit dan sensitif sehingga lebih mudah dipahami dan diterima orang lain.',
          'Membuat laporan tahunan/periodik/naskah/dokumen/proposal yang kompleks; membuat surat resmi yang sistematis dan tidak menimbulkan pemahaman yang berbeda; membuat proposal yang rinci dan lengkap.',
        ],
      ),
      lv(
        4,
        'Mampu mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan dengan tujuan meningkatkan kinerja secara keseluruhan',
        [
          'Mengintegrasikan informasi-informasi penting dari berbagai sumber dengan pihak lain untuk mendapatkan pemahaman yang sama.',
          'Menuangkan pemikiran/konsep dari berbagai sudut pandang/multidimensi dalam bentuk tulisan formal.',
          'Menyampaikan informasi secara persuasif untuk mendorong pemangku kepentingan sepakat pada langkah-langkah bersama dengan tujuan meningkatkan kinerja secara keseluruhan.',
        ],
      ),
      lv(5, 'Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi dengan tujuan meningkatkan kinerja', [
        'Menghilangkan hambatan komunikasi, mampu berkomunikasi dalam isu-isu nasional yang memiliki risiko tinggi, menggalang hubungan dalam skala strategis di tingkat nasional.',
        'Menggunakan saluran komunikasi formal dan nonformal guna mencapai kesepakatan dengan tujuan meningkatkan kinerja di tingkat instansi/nasional.',
        'Menggagas sistem komunikasi dengan melibatkan pemangku kepentingan sejak dini untuk mencari solusi dengan tujuan meningkatkan kinerja di tingkat instansi/nasional.',
      ]),
    ],
  },
  {
    kode: 'M4',
    nama: 'Orientasi pada Hasil',
    kelompok: 'MANAJERIAL',
    definisi:
      'Kemampuan mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan, bertanggung jawab, mampu secara sistematis mengidentifikasi risiko dan peluang dengan memperhatikan keterhubungan antara perencanaan dan hasil, untuk keberhasilan organisasi.',
    level: [
      lv(1, 'Bertanggung jawab untuk memenuhi standar kerja', [
        'Menyelesaikan tugas dengan tuntas; dapat diandalkan.',
        'Bekerja dengan teliti dan hati-hati guna meminimalkan kesalahan dengan mengacu pada standar kualitas (SOP).',
        'Bersedia menerima masukan, mengikuti contoh cara bekerja yang lebih efektif, efisien di lingkungan kerjanya.',
      ]),
      lv(
        2,
        'Berupaya meningkatkan hasil kerja pribadi yang lebih tinggi dari standar yang ditetapkan, mencari, mencoba metode alternatif untuk peningkatan kinerja',
        [
          'Menetapkan dan berupaya mencapai standar kerja pribadi yang lebih tinggi dari standar kerja yang ditetapkan organisasi.',
          'Mencari, mencoba metode kerja alternatif untuk meningkatkan hasil kerjanya.',
          'Memberi contoh kepada orang-orang di unit kerjanya untuk mencoba menerapkan metode kerja yang lebih efektif yang sudah dilakukannya.',
        ],
      ),
      lv(3, 'Menetapkan target kerja yang menantang bagi unit kerja, memberi apresiasi dan teguran untuk mendorong kinerja', [
        'Menetapkan target kinerja unit yang lebih tinggi dari target yang ditetapkan organisasi.',
        'Memberikan apresiasi dan teguran untuk mendorong pencapaian hasil unit kerjanya.',
        'Mengembangkan metode kerja yang lebih efektif dan efisien untuk mencapai target kerja unitnya.',
      ]),
      lv(4, 'Mendorong unit kerja mencapai target yang ditetapkan atau melebihi hasil kerja sebelumnya', [
        'Mendorong unit kerja di tingkat instansi untuk mencapai kinerja yang melebihi target yang ditetapkan.',
        'Memantau dan mengevaluasi hasil kerja unitnya agar selaras dengan sasaran strategis instansi.',
        'Mendorong pemanfaatan sumber daya bersama antarunit kerja dalam rangka meningkatkan efektivitas dan efisiensi pencapaian target organisasi.',
      ]),
      lv(5, 'Meningkatkan mutu pencapaian kerja organisasi', [
        'Memastikan kualitas sesuai standar dan keberlanjutan hasil kerja organisasi yang memberi kontribusi pada pencapaian target prioritas nasional.',
        'Memastikan tersedianya sumber daya organisasi untuk menjamin tercapainya target prioritas instansi/nasional.',
        'Membuat kebijakan untuk menerapkan metode kerja yang lebih efektif dan efisien dalam mencapai tujuan prioritas nasional.',
      ]),
    ],
  },
  {
    kode: 'M5',
    nama: 'Pelayanan Publik',
    kelompok: 'MANAJERIAL',
    definisi:
      'Kemampuan dalam melaksanakan tugas-tugas pemerintahan, pembangunan dan kegiatan pemenuhan kebutuhan pelayanan publik secara profesional, transparan, mengikuti standar pelayanan yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/golongan/partai politik.',
    level: [
      lv(1, 'Menjalankan tugas mengikuti standar pelayanan', [
        'Mampu mengerjakan tugas-tugas dengan mengikuti standar pelayanan yang objektif, netral, tidak memihak, tidak diskriminatif, transparan, dan tidak terpengaruh kepentingan pribadi/kelompok/partai politik.',
        'Melayani kebutuhan, permintaan, dan keluhan pemangku kepentingan.',
        'Menyelesaikan masalah dengan tepat tanpa bersikap membela diri dalam kapasitas sebagai pelaksana pelayanan publik.',
      ]),
      lv(
        2,
        'Mampu menyupervisi/mengawasi/menyelia dan menjelaskan proses pelaksanaan tugas-tugas pemerintahan/pelayanan publik secara transparan',
        [
          'Menunjukkan sikap yakin dalam mengerjakan tugas-tugas pemerintahan/pelayanan publik, mampu menyelia dan menjelaskan secara objektif bila ada yang mempertanyakan kebijakan yang diambil.',
          'Secara aktif mencari informasi untuk mengenali kebutuhan pemangku kepentingan agar dapat menjalankan pelaksanaan tugas pemerintahan, pembangunan, dan pelayanan publik secara cepat dan tanggap.',
          'Mampu mengenali dan memanfaatkan kebiasaan, tata cara, situasi tertentu sehingga apa yang disampaikan menjadi perhatian pemangku kepentingan dalam hal penyelesaian tugas-tugas pemerintahan, pembangunan, dan pelayanan publik.',
        ],
      ),
      lv(3, 'Mampu memanfaatkan kekuatan kelompok serta memperbaiki standar pelayanan publik di lingkup unit kerja', [
        'Memahami, mendeskripsikan pengaruh dan hubungan/kekuatan kelompok yang sedang berjalan di organisasi (aliansi atau persaingan), dan dampaknya terhadap unit kerja untuk menjalankan tugas pemerintahan secara profesional dan netral, tidak memihak.',
        'Menggunakan keterampilan dan pemahaman lintas organisasi untuk secara efektif memfasilitasi kebutuhan kelompok yang lebih besar dengan cara-cara yang mengikuti standar objektif, transparan, profesional, sehingga tidak merugikan para pihak di lingkup pelayanan publik unit kerjanya.',
        'Mengimplementasikan cara-cara yang efektif untuk memantau dan mengevaluasi masalah yang dihadapi pemangku kepentingan/masyarakat serta mengantisipasi kebutuhan mereka saat menjalankan tugas pelayanan publik di unit kerjanya.',
      ]),
      lv(
        4,
        'Mampu memonitor, mengevaluasi, memperhitungkan dan mengantisipasi dampak dari isu-isu jangka panjang, kesempatan, atau kekuatan politik dalam hal pelayanan kebutuhan pemangku kepentingan yang transparan, objektif, dan profesional',
        [
          'Memahami dan memberi perhatian kepada isu-isu jangka panjang, kesempatan atau kekuatan politik yang memengaruhi organisasi dalam hubungannya dengan dunia luar, memperhitungkan dan mengantisipasi dampak terhadap pelaksanaan tugas-tugas pelayanan publik secara objektif, transparan, dan profesional dalam lingkup organisasi.',
          'Menjaga agar kebijakan pelayanan publik yang diselenggarakan oleh instansinya telah selaras dengan standar pelayanan yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/partai politik.',
          'Menerapkan strategi jangka panjang yang berfokus pada pemenuhan kebutuhan pemangku kepentingan dalam menyusun kebijakan dengan mengikuti standar objektif, netral, tidak memihak, tidak diskriminatif, transparan, tidak terpengaruh kepentingan pribadi/kelompok.',
        ],
      ),
      lv(
        5,
        'Mampu memastikan kebijakan-kebijakan pelayanan publik yang menjamin terselenggaranya pelayanan publik yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/partai politik',
        [
          'Menciptakan kebijakan-kebijakan pelayanan publik yang menjamin terselenggaranya pelayanan publik yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/partai politik.',
          'Menginternalisasikan nilai dan semangat pelayanan publik yang mengikuti standar objektif, netral, tidak memihak, tidak diskriminatif, transparan, tidak terpengaruh kepentingan pribadi/kelompok kepada setiap individu di lingkungan instansi/nasional.',
          'Menjamin terselenggaranya pelayanan publik yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/partai politik.',
        ],
      ),
    ],
  },
  {
    kode: 'M6',
    nama: 'Pengembangan Diri dan Orang Lain',
    kelompok: 'MANAJERIAL',
    definisi:
      'Kemampuan untuk meningkatkan pengetahuan dan menyempurnakan keterampilan diri; menginspirasi orang lain untuk mengembangkan dan menyempurnakan pengetahuan dan keterampilan yang relevan dengan pekerjaan dan pengembangan karier jangka panjang, mendorong kemauan belajar sepanjang hidup, memberikan saran/bantuan, umpan balik, bimbingan untuk membantu orang lain untuk mengembangkan potensi dirinya.',
    level: [
      lv(1, 'Pengembangan diri', [
        'Mengidentifikasi kebutuhan pengembangan diri dan menyeleksi sumber serta metodologi pembelajaran yang diperlukan.',
        'Menunjukkan usaha mandiri untuk mempelajari keterampilan atau kemampuan baru dari berbagai media pembelajaran.',
        'Berupaya meningkatkan diri dengan belajar dari orang-orang lain yang berwawasan luas di dalam organisasi.',
      ]),
      lv(2, 'Meningkatkan kemampuan bawahan dengan memberikan contoh dan penjelasan cara melaksanakan suatu pekerjaan', [
        'Meningkatkan kemampuan bawahan dengan memberikan contoh, instruksi, penjelasan, dan petunjuk praktis yang jelas kepada bawahan dalam menyelesaikan suatu pekerjaan.',
        'Membantu bawahan untuk mempelajari proses, program, atau sistem baru.',
        'Menggunakan metode lain untuk meyakinkan bahwa orang lain telah memahami penjelasan atau pengarahan.',
      ]),
      lv(3, 'Memberikan umpan balik, membimbing', [
        'Memberikan tugas-tugas yang menantang pada bawahan sebagai media belajar untuk mengembangkan kemampuannya.',
        'Mengamati bawahan dalam mengerjakan tugasnya dan memberikan umpan balik yang objektif dan jujur; melakukan diskusi dengan bawahan untuk memberikan bimbingan dan umpan balik yang berguna bagi bawahan.',
        'Mendorong kepercayaan diri bawahan; memberikan kepercayaan penuh pada bawahan untuk mengerjakan tugas dengan caranya sendiri; memberi kesempatan dan membantu bawahan menemukan peluang untuk berkembang.',
      ]),
      lv(4, 'Menyusun program pengembangan jangka panjang dalam rangka mendorong manajemen pembelajaran', [
        'Menyusun program pengembangan jangka panjang bersama-sama dengan bawahan, termasuk di dalamnya penetapan tujuan, bimbingan, penugasan dan pengalaman lainnya, serta mengalokasikan waktu untuk mengikuti pelatihan/pendidikan/pengembangan kompetensi dan karier.',
        'Melaksanakan manajemen pembelajaran termasuk evaluasi dan umpan balik pada tataran organisasi.',
        'Mengembangkan orang-orang di sekitarnya secara konsisten, melakukan kaderisasi untuk posisi-posisi di unit kerjanya.',
      ]),
      lv(
        5,
        'Menciptakan situasi yang mendorong organisasi untuk mengembangkan kemampuan belajar secara berkelanjutan dalam rangka mendukung pencapaian hasil',
        [
          'Menciptakan situasi yang mendorong individu, kelompok, unit kerja untuk mengembangkan kemampuan belajar secara berkelanjutan di tingkat instansi.',
          'Merekomendasikan/memberikan penghargaan bagi upaya pengembangan yang berhasil, memastikan dukungan bagi orang lain dalam mengembangkan kemampuan dalam unit kerja di tingkat instansi.',
          'Memberikan inspirasi kepada individu atau kelompok untuk belajar secara berkelanjutan dalam penerapan di tingkat instansi.',
        ],
      ),
    ],
  },
  {
    kode: 'M7',
    nama: 'Mengelola Perubahan',
    kelompok: 'MANAJERIAL',
    definisi:
      'Kemampuan dalam menyesuaikan diri dengan situasi yang baru atau berubah dan tidak bergantung secara berlebihan pada metode dan proses lama, mengambil tindakan untuk mendukung dan melaksanakan inisiatif perubahan, memimpin usaha perubahan, mengambil tanggung jawab pribadi untuk memastikan perubahan berhasil diimplementasikan secara efektif.',
    level: [
      lv(1, 'Mengikuti perubahan dengan arahan', [
        'Sadar mengenai perubahan yang terjadi di organisasi dan berusaha menyesuaikan diri dengan perubahan tersebut.',
        'Mengikuti perubahan secara terbuka sesuai petunjuk/pedoman.',
        'Menyesuaikan cara kerja lama dengan menerapkan metode/proses baru dengan bimbingan orang lain.',
      ]),
      lv(2, 'Proaktif beradaptasi mengikuti perubahan', [
        'Menyesuaikan cara kerja lama dengan menerapkan metode/proses baru selaras dengan ketentuan yang berlaku tanpa arahan orang lain.',
        'Mengembangkan kemampuan diri untuk menghadapi perubahan.',
        'Cepat dan tanggap dalam menerima perubahan.',
      ]),
      lv(3, 'Membantu orang lain mengikuti perubahan, mengantisipasi perubahan secara tepat', [
        'Membantu orang lain dalam melakukan perubahan.',
        'Menyesuaikan prioritas kerja secara berulang-ulang jika diperlukan.',
        'Mengantisipasi perubahan yang dibutuhkan oleh unit kerjanya secara tepat; memberikan solusi efektif terhadap masalah yang ditimbulkan oleh adanya perubahan.',
      ]),
      lv(4, 'Memimpin perubahan pada unit kerja', [
        'Mengarahkan unit kerja untuk lebih siap dalam menghadapi perubahan termasuk memitigasi risiko yang mungkin terjadi.',
        'Memastikan perubahan sudah diterapkan secara aktif di lingkup unit kerjanya secara berkala.',
        'Memimpin dan memastikan penerapan program-program perubahan selaras antarunit kerja.',
      ]),
      lv(
        5,
        'Memimpin, menggalang dan menggerakkan dukungan pemangku kepentingan untuk menjalankan perubahan secara berkelanjutan pada tingkat instansi/nasional',
        [
          'Membuat kebijakan-kebijakan yang mendorong perubahan yang berdampak pada pencapaian sasaran prioritas nasional.',
          'Menggalang dan menggerakkan dukungan para pemangku kepentingan untuk mengimplementasikan perubahan yang telah ditetapkan.',
          'Secara berkelanjutan mencari cara-cara baru untuk memberi nilai tambah bagi perubahan yang tengah dijalankan agar memberi manfaat yang lebih besar bagi para pemangku kepentingan.',
        ],
      ),
    ],
  },
  {
    kode: 'M8',
    nama: 'Pengambilan Keputusan',
    kelompok: 'MANAJERIAL',
    definisi:
      'Kemampuan membuat keputusan yang baik secara tepat waktu dan dengan keyakinan diri setelah mempertimbangkan prinsip kehati-hatian, dirumuskan secara sistematis dan saksama berdasarkan berbagai informasi, alternatif pemecahan masalah dan konsekuensinya, serta bertanggung jawab atas keputusan yang diambil.',
    level: [
      lv(1, 'Mengumpulkan informasi untuk bertindak sesuai kewenangan', [
        'Mengumpulkan dan mempertimbangkan informasi yang dibutuhkan dalam mencari solusi.',
        'Mengenali situasi/pilihan yang tepat untuk bertindak sesuai kewenangan.',
        'Mempertimbangkan kemungkinan solusi yang dapat diterapkan dalam pekerjaan rutin berdasarkan kebijakan dan prosedur yang telah ditentukan.',
      ]),
      lv(2, 'Menganalisis masalah secara mendalam', [
        'Melakukan analisis secara mendalam terhadap informasi yang tersedia dalam upaya mencari solusi.',
        'Mempertimbangkan berbagai alternatif yang ada sebelum membuat kesimpulan.',
        'Membuat keputusan operasional berdasarkan kesimpulan dari berbagai sumber informasi sesuai dengan pedoman yang ada.',
      ]),
      lv(3, 'Membandingkan berbagai alternatif, menyeimbangkan risiko keberhasilan dalam implementasi', [
        'Membandingkan berbagai alternatif tindakan dan implikasinya.',
        'Memilih alternatif solusi yang terbaik, membuat keputusan operasional mengacu pada alternatif solusi terbaik yang didasarkan pada analisis data yang sistematis, saksama, mengikuti prinsip kehati-hatian.',
        'Menyeimbangkan antara kemungkinan risiko dan keberhasilan dalam implementasinya.',
      ]),
      lv(
        4,
        'Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan, membuat tindakan pengamanan; mitigasi risiko',
        [
          'Menyusun dan/atau memutuskan konsep penyelesaian masalah yang melibatkan beberapa/seluruh fungsi dalam organisasi.',
          'Menghasilkan solusi dari berbagai masalah yang kompleks, terkait dengan bidang kerjanya yang berdampak pada pihak lain.',
          'Membuat keputusan dan mengantisipasi dampak keputusannya serta menyiapkan tindakan penanganannya (mitigasi risiko).',
        ],
      ),
      lv(5, 'Menghasilkan solusi dan mengambil keputusan untuk mengatasi permasalahan jangka panjang/strategis, berdampak nasional', [
        'Menghasilkan solusi yang dapat mengatasi permasalahan jangka panjang.',
        'Menghasilkan solusi strategis yang berdampak pada tataran instansi/nasional.',
        'Membuat keputusan atau kebijakan yang berdampak nasional dengan memitigasi risiko yang mungkin timbul.',
      ]),
    ],
  },

  // ---------------------------------------------------------------------------
  // KOMPETENSI SOSIAL KULTURAL
  // ---------------------------------------------------------------------------
  {
    kode: 'SK1',
    nama: 'Perekat Bangsa',
    kelompok: 'SOSIAL_KULTURAL',
    definisi:
      'Kemampuan dalam mempromosikan sikap toleransi, keterbukaan, peka terhadap perbedaan individu/kelompok masyarakat; mampu menjadi perpanjangan tangan pemerintah dalam mempersatukan masyarakat dan membangun hubungan sosial psikologis dengan masyarakat di tengah kemajemukan Indonesia sehingga menciptakan kelekatan yang kuat antara ASN dan para pemangku kepentingan serta di antara para pemangku kepentingan itu sendiri; menjaga, mengembangkan, dan mewujudkan rasa persatuan dan kesatuan dalam kehidupan bermasyarakat, berbangsa, dan bernegara Indonesia.',
    level: [
      lv(1, 'Peka memahami dan menerima kemajemukan', [
        'Mampu memahami, menerima, peka terhadap perbedaan individu/kelompok masyarakat.',
        'Terbuka, ingin belajar tentang perbedaan/kemajemukan masyarakat.',
        'Mampu bekerja bersama dengan individu yang berbeda latar belakang dengannya.',
      ]),
      lv(2, 'Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan', [
        'Menampilkan sikap dan perilaku yang peduli akan nilai-nilai keberagaman dan menghargai perbedaan.',
        'Membangun hubungan baik antarindividu dalam organisasi, mitra kerja, pemangku kepentingan.',
        'Bersikap tenang, mampu mengendalikan emosi, kemarahan, dan frustrasi dalam menghadapi pertentangan yang ditimbulkan oleh perbedaan latar belakang, agama/kepercayaan, suku, gender, sosial ekonomi, preferensi politik di lingkungan unit kerjanya.',
      ]),
      lv(3, 'Mempromosikan, mengembangkan sikap toleransi dan persatuan', [
        'Mempromosikan sikap menghargai perbedaan di antara orang-orang yang mendorong toleransi dan keterbukaan.',
        'Melakukan pemetaan sosial di masyarakat sehingga dapat memberikan respons yang sesuai dengan budaya yang berlaku; mengidentifikasi potensi kesalahpahaman yang diakibatkan adanya keragaman budaya yang ada.',
        'Menjadi mediator untuk menyelesaikan konflik atau mengurangi dampak negatif dari konflik atau potensi konflik.',
      ]),
      lv(4, 'Mendayagunakan perbedaan secara konstruktif dan kreatif untuk meningkatkan efektivitas organisasi', [
        'Menginisiasi dan merepresentasikan pemerintah di lingkungan kerja dan masyarakat untuk senantiasa menjaga persatuan dan kesatuan dalam keberagaman dan menerima segala bentuk perbedaan dalam kehidupan bermasyarakat.',
        'Mampu mendayagunakan perbedaan latar belakang, agama/kepercayaan, suku, gender, sosial ekonomi, preferensi politik untuk mencapai kelancaran pencapaian tujuan organisasi.',
        'Mampu membuat program yang mengakomodasi perbedaan latar belakang, agama/kepercayaan, suku, gender, sosial ekonomi, preferensi politik.',
      ]),
      lv(5, 'Wakil pemerintah untuk membangun hubungan sosial psikologis', [
        'Menjadi wakil pemerintah yang mampu membangun hubungan sosial psikologis dengan masyarakat sehingga menciptakan kelekatan yang kuat antara ASN dan para pemangku kepentingan serta di antara para pemangku kepentingan itu sendiri.',
        'Mampu mengomunikasikan dampak risiko yang teridentifikasi dan merekomendasikan tindakan korektif berdasarkan pertimbangan perbedaan latar belakang, agama/kepercayaan, suku, gender, sosial ekonomi, preferensi politik untuk membangun hubungan jangka panjang.',
        'Mampu membuat kebijakan yang mengakomodasi perbedaan latar belakang, agama/kepercayaan, suku, gender, sosial ekonomi, preferensi politik yang berdampak positif secara nasional.',
      ]),
    ],
  },

  // ---------------------------------------------------------------------------
  // KOMPETENSI TEKNIS (per perangkat daerah pemilik)
  // ---------------------------------------------------------------------------
  {
    kode: 'T-KES-01',
    nama: 'Penanganan Kegawatdaruratan',
    kelompok: 'TEKNIS',
    unitKode: 'DINKES',
    definisi:
      'Kemampuan melakukan penilaian awal, stabilisasi, dan penanganan pasien dalam kondisi gawat darurat, termasuk bantuan hidup dasar dan lanjut, triase, serta rujukan yang aman sesuai standar pelayanan kegawatdaruratan dan keselamatan pasien.',
    level: [
      lv(1, 'Memahami prinsip dasar kegawatdaruratan dan bantuan hidup dasar', [
        'Menjelaskan prinsip dasar penilaian kondisi gawat darurat (jalan napas, pernapasan, sirkulasi) dan keselamatan penolong.',
        'Mengenali tanda-tanda kegawatan yang mengancam jiwa dan segera meminta bantuan sesuai prosedur.',
        'Melakukan resusitasi jantung paru dasar dengan bimbingan sesuai pedoman yang berlaku.',
      ]),
      lv(2, 'Mampu melakukan triase dan bantuan hidup dasar secara mandiri', [
        'Melakukan triase pasien sesuai kategori kegawatan dan prioritas penanganan.',
        'Melakukan bantuan hidup dasar, termasuk penggunaan defibrilator eksternal otomatis (AED), secara mandiri sesuai standar.',
        'Mendokumentasikan tindakan kegawatdaruratan secara lengkap dan akurat dalam rekam medis.',
      ]),
      lv(3, 'Mampu melakukan tata laksana kegawatdaruratan lanjut dan memimpin tim resusitasi', [
        'Melakukan tindakan bantuan hidup lanjut (tata laksana jalan napas lanjut, terapi cairan, dan obat-obatan emergensi) sesuai kewenangan klinis.',
        'Memimpin tim resusitasi dan membagi peran anggota tim secara efektif.',
        'Melakukan stabilisasi dan rujukan pasien gawat darurat secara aman melalui sistem rujukan terintegrasi.',
      ]),
      lv(4, 'Mampu mengelola sistem pelayanan kegawatdaruratan pada tingkat fasilitas dan kabupaten/kota', [
        'Menyusun standar prosedur operasional dan alur pelayanan gawat darurat di fasilitas pelayanan kesehatan.',
        'Mengoordinasikan Sistem Penanggulangan Gawat Darurat Terpadu (SPGDT) dan layanan pusat panggilan 119 lintas fasilitas.',
        'Mengevaluasi mutu pelayanan kegawatdaruratan berdasarkan indikator waktu tanggap dan luaran klinis.',
      ]),
      lv(5, 'Mampu merumuskan kebijakan dan menjadi rujukan keahlian dalam penanganan kegawatdaruratan dan krisis kesehatan', [
        'Merumuskan kebijakan daerah dalam penanganan kegawatdaruratan dan krisis kesehatan, termasuk kejadian korban massal.',
        'Menjadi narasumber dan pelatih bagi tenaga kesehatan dalam bantuan hidup dasar dan lanjut.',
        'Membangun jejaring kerja sama lintas sektor untuk kesiapsiagaan dan respons kedaruratan kesehatan.',
      ]),
    ],
  },
  {
    kode: 'T-KES-02',
    nama: 'Surveilans dan Pengendalian Penyakit',
    kelompok: 'TEKNIS',
    unitKode: 'DINKES',
    definisi:
      'Kemampuan mengumpulkan, mengolah, menganalisis, dan menginterpretasikan data penyakit secara sistematis dan berkesinambungan, serta menggunakan hasilnya untuk kewaspadaan dini, penyelidikan epidemiologi, dan tindakan pengendalian penyakit menular maupun tidak menular.',
    level: [
      lv(1, 'Memahami konsep dasar surveilans dan pencatatan kasus penyakit', [
        'Menjelaskan konsep dasar surveilans, definisi kasus, dan penyakit yang wajib dilaporkan.',
        'Mencatat dan melaporkan data kasus penyakit secara tepat waktu sesuai format yang ditetapkan.',
        'Menggunakan aplikasi Sistem Kewaspadaan Dini dan Respons (SKDR) dengan bimbingan.',
      ]),
      lv(2, 'Mampu mengolah data surveilans dan mengenali sinyal kewaspadaan dini', [
        'Mengolah dan menyajikan data surveilans dalam bentuk tabel, grafik, dan peta sederhana.',
        'Mengenali peningkatan kasus yang melampaui ambang batas sebagai sinyal kewaspadaan dini.',
        'Melakukan verifikasi sinyal dan melaporkannya kepada atasan dalam waktu kurang dari 24 jam.',
      ]),
      lv(3, 'Mampu melakukan penyelidikan epidemiologi dan menanggulangi kejadian luar biasa', [
        'Melakukan penyelidikan epidemiologi terhadap dugaan kejadian luar biasa (KLB) sesuai pedoman.',
        'Menganalisis data epidemiologi untuk mengidentifikasi sumber, cara penularan, dan populasi berisiko.',
        'Melaksanakan tindakan pengendalian penyakit, seperti pelacakan kontak, imunisasi, dan pengendalian vektor.',
      ]),
      lv(4, 'Mampu mengelola sistem surveilans dan program pengendalian penyakit tingkat daerah', [
        'Merancang dan mengevaluasi sistem surveilans berdasarkan atribut kelengkapan, ketepatan waktu, dan sensitivitas.',
        'Menyusun rencana kontingensi dan respons KLB lintas program dan lintas sektor.',
        'Menyusun kajian epidemiologi sebagai dasar penetapan prioritas program pengendalian penyakit.',
      ]),
      lv(5, 'Mampu merumuskan kebijakan pengendalian penyakit berbasis bukti dan menjadi rujukan keahlian epidemiologi', [
        'Merumuskan kebijakan dan strategi pengendalian penyakit daerah berbasis bukti epidemiologi.',
        'Memimpin koordinasi respons kedaruratan kesehatan masyarakat lintas wilayah dan lintas sektor.',
        'Mengembangkan inovasi metode surveilans, termasuk pemanfaatan data digital dan pemodelan penyakit.',
      ]),
    ],
  },
  {
    kode: 'T-DIK-01',
    nama: 'Manajemen Kelas',
    kelompok: 'TEKNIS',
    unitKode: 'DISDIK',
    definisi:
      'Kemampuan merencanakan, mengelola, dan mengevaluasi lingkungan belajar di kelas sehingga tercipta suasana yang tertib, aman, inklusif, dan kondusif bagi pembelajaran aktif yang berpusat pada peserta didik.',
    level: [
      lv(1, 'Memahami prinsip dasar pengelolaan kelas', [
        'Menjelaskan prinsip pengelolaan kelas, aturan kelas, dan tata tertib peserta didik.',
        'Mengatur tata letak ruang kelas dan sarana belajar sesuai kebutuhan pembelajaran.',
        'Menerapkan rutinitas kelas sederhana dengan bimbingan guru senior atau kepala sekolah.',
      ]),
      lv(2, 'Mampu mengelola kelas secara mandiri untuk menciptakan suasana belajar yang tertib', [
        'Menyepakati aturan kelas bersama peserta didik dan menerapkannya secara konsisten.',
        'Mengelola waktu pembelajaran secara efektif sesuai rencana pelaksanaan pembelajaran.',
        'Menangani perilaku peserta didik yang mengganggu pembelajaran dengan pendekatan disiplin positif.',
      ]),
      lv(3, 'Mampu menerapkan pembelajaran aktif dan berdiferensiasi', [
        'Merancang kegiatan pembelajaran aktif, kolaboratif, dan berbasis proyek sesuai karakteristik peserta didik.',
        'Menerapkan pembelajaran berdiferensiasi berdasarkan hasil asesmen diagnostik.',
        'Menciptakan lingkungan kelas yang inklusif, aman, dan bebas dari perundungan.',
      ]),
      lv(4, 'Mampu membimbing rekan sejawat dan mengembangkan praktik baik pengelolaan kelas', [
        'Melakukan supervisi akademik dan memberikan umpan balik pengelolaan kelas kepada rekan sejawat.',
        'Memfasilitasi komunitas belajar guru untuk berbagi praktik baik pengelolaan kelas.',
        'Mengembangkan instrumen refleksi dan evaluasi iklim kelas di tingkat satuan pendidikan.',
      ]),
      lv(5, 'Mampu merumuskan kebijakan dan model pengelolaan pembelajaran di tingkat daerah', [
        'Merumuskan model dan pedoman pengelolaan kelas yang berpusat pada peserta didik untuk tingkat daerah.',
        'Menjadi narasumber dan fasilitator pengembangan keprofesian berkelanjutan guru.',
        'Mengevaluasi dampak kebijakan pengelolaan pembelajaran terhadap mutu hasil belajar di daerah.',
      ]),
    ],
  },
  {
    kode: 'T-DIK-02',
    nama: 'Pengembangan Kurikulum',
    kelompok: 'TEKNIS',
    unitKode: 'DISDIK',
    definisi:
      'Kemampuan menganalisis, merancang, mengimplementasikan, dan mengevaluasi kurikulum operasional satuan pendidikan sesuai kebijakan kurikulum nasional, karakteristik daerah, dan kebutuhan peserta didik.',
    level: [
      lv(1, 'Memahami struktur dan komponen kurikulum yang berlaku', [
        'Menjelaskan kerangka dasar, struktur kurikulum, dan capaian pembelajaran yang berlaku.',
        'Memahami dokumen kurikulum operasional satuan pendidikan tempatnya bertugas.',
        'Menyusun modul ajar sederhana dengan mengacu pada contoh dan bimbingan.',
      ]),
      lv(2, 'Mampu menyusun perangkat ajar berdasarkan capaian pembelajaran', [
        'Menganalisis capaian pembelajaran menjadi tujuan pembelajaran dan alur tujuan pembelajaran.',
        'Menyusun modul ajar dan asesmen yang selaras dengan tujuan pembelajaran.',
        'Menyesuaikan perangkat ajar dengan konteks lokal dan kebutuhan peserta didik.',
      ]),
      lv(3, 'Mampu mengembangkan kurikulum operasional satuan pendidikan', [
        'Memimpin penyusunan kurikulum operasional satuan pendidikan bersama tim pengembang.',
        'Merancang projek penguatan profil pelajar Pancasila dan muatan lokal yang relevan.',
        'Mengevaluasi keterlaksanaan kurikulum dan menindaklanjuti hasilnya untuk perbaikan.',
      ]),
      lv(4, 'Mampu mendampingi satuan pendidikan dan mengevaluasi implementasi kurikulum di tingkat daerah', [
        'Mendampingi sejumlah satuan pendidikan dalam implementasi kurikulum secara terstruktur.',
        'Menganalisis data Rapor Pendidikan untuk mengidentifikasi kebutuhan perbaikan kurikulum.',
        'Menyusun pedoman pengembangan muatan lokal daerah.',
      ]),
      lv(5, 'Mampu merumuskan kebijakan kurikulum daerah dan menjadi rujukan keahlian', [
        'Merumuskan kebijakan daerah terkait implementasi dan pengembangan kurikulum.',
        'Menjadi narasumber dan rujukan keahlian pengembangan kurikulum di tingkat daerah maupun nasional.',
        'Mengembangkan inovasi kurikulum yang berdampak pada peningkatan mutu pendidikan secara berkelanjutan.',
      ]),
    ],
  },
  {
    kode: 'T-HUB-01',
    nama: 'Manajemen Lalu Lintas',
    kelompok: 'TEKNIS',
    unitKode: 'DISHUB',
    definisi:
      'Kemampuan merencanakan, mengatur, mengendalikan, dan mengevaluasi lalu lintas dan angkutan jalan, termasuk perlengkapan jalan, rekayasa lalu lintas, dan keselamatan, untuk mewujudkan lalu lintas yang aman, tertib, lancar, dan efisien.',
    level: [
      lv(1, 'Memahami ketentuan dasar lalu lintas dan perlengkapan jalan', [
        'Menjelaskan ketentuan dasar lalu lintas dan angkutan jalan serta fungsi rambu, marka, dan alat pemberi isyarat lalu lintas.',
        'Melaksanakan pengaturan lalu lintas di lapangan sesuai arahan dan prosedur.',
        'Mencatat dan melaporkan kondisi perlengkapan jalan yang rusak atau hilang.',
      ]),
      lv(2, 'Mampu melakukan survei dan pengaturan lalu lintas secara mandiri', [
        'Melaksanakan survei volume lalu lintas, kecepatan, dan parkir sesuai metode yang ditetapkan.',
        'Mengatur lalu lintas pada kegiatan khusus, keadaan darurat, dan pengalihan arus.',
        'Mengolah data survei lalu lintas menjadi informasi kinerja ruas dan simpang.',
      ]),
      lv(3, 'Mampu melakukan analisis dan rekayasa lalu lintas', [
        'Melakukan analisis kinerja ruas jalan dan simpang serta mengusulkan rekayasa lalu lintas.',
        'Menyusun dan menilai analisis dampak lalu lintas (andalalin) sesuai kewenangan.',
        'Mengatur pengoperasian alat pemberi isyarat lalu lintas, termasuk sistem terkoordinasi (ATCS).',
      ]),
      lv(4, 'Mampu merencanakan dan mengendalikan manajemen lalu lintas tingkat kawasan dan kota', [
        'Menyusun rencana manajemen dan rekayasa lalu lintas pada tingkat kawasan dan jaringan jalan kota.',
        'Mengoordinasikan forum lalu lintas dan angkutan jalan bersama kepolisian dan instansi terkait.',
        'Mengevaluasi program keselamatan jalan berdasarkan data kecelakaan dan kinerja lalu lintas.',
      ]),
      lv(5, 'Mampu merumuskan kebijakan dan strategi transportasi perkotaan yang berkelanjutan', [
        'Merumuskan kebijakan manajemen kebutuhan lalu lintas dan pengembangan angkutan umum massal.',
        'Menyusun rencana induk transportasi daerah yang terintegrasi dengan rencana tata ruang.',
        'Menjadi rujukan keahlian dalam penerapan sistem transportasi cerdas dan keselamatan jalan.',
      ]),
    ],
  },
  {
    kode: 'T-DUK-01',
    nama: 'Administrasi Kependudukan',
    kelompok: 'TEKNIS',
    unitKode: 'DISDUKCAPIL',
    definisi:
      'Kemampuan menyelenggarakan pendaftaran penduduk, pencatatan sipil, dan pengelolaan informasi administrasi kependudukan secara akurat, cepat, dan aman sesuai peraturan perundang-undangan, termasuk pemanfaatan Sistem Informasi Administrasi Kependudukan (SIAK).',
    level: [
      lv(1, 'Memahami ketentuan dasar pendaftaran penduduk dan pencatatan sipil', [
        'Menjelaskan jenis dokumen kependudukan dan persyaratan penerbitannya.',
        'Memverifikasi kelengkapan berkas permohonan layanan administrasi kependudukan.',
        'Melakukan perekaman data penduduk pada SIAK dengan bimbingan.',
      ]),
      lv(2, 'Mampu memberikan layanan administrasi kependudukan secara mandiri', [
        'Memproses penerbitan kartu keluarga, KTP elektronik, dan akta pencatatan sipil sesuai standar pelayanan.',
        'Melakukan pemutakhiran data kependudukan dan menangani data ganda atau tidak valid.',
        'Menjaga kerahasiaan dan keamanan data pribadi penduduk sesuai ketentuan.',
      ]),
      lv(3, 'Mampu mengelola layanan dan kualitas data kependudukan di unit kerja', [
        'Menyelia pelayanan administrasi kependudukan, termasuk layanan daring dan jemput bola.',
        'Menganalisis kualitas data kependudukan dan menindaklanjuti hasil konsolidasi data.',
        'Mengelola pemberian hak akses dan pemanfaatan data kependudukan oleh lembaga pengguna.',
      ]),
      lv(4, 'Mampu mengembangkan inovasi dan integrasi layanan administrasi kependudukan', [
        'Merancang inovasi layanan administrasi kependudukan yang terintegrasi dengan layanan publik lain.',
        'Menyusun profil dan analisis data kependudukan untuk perencanaan pembangunan daerah.',
        'Mengevaluasi kinerja pelayanan administrasi kependudukan berdasarkan indikator standar pelayanan minimal.',
      ]),
      lv(5, 'Mampu merumuskan kebijakan administrasi kependudukan dan tata kelola data kependudukan daerah', [
        'Merumuskan kebijakan daerah tentang penyelenggaraan administrasi kependudukan.',
        'Membangun kerja sama pemanfaatan data kependudukan dengan instansi pusat, daerah, dan lembaga lain.',
        'Menjadi rujukan keahlian dalam tata kelola, pelindungan, dan pemanfaatan data kependudukan.',
      ]),
    ],
  },
  {
    kode: 'T-KOM-01',
    nama: 'Pengelolaan Layanan Digital',
    kelompok: 'TEKNIS',
    unitKode: 'DISKOMINFO',
    definisi:
      'Kemampuan merencanakan, membangun, mengoperasikan, dan mengevaluasi layanan pemerintahan berbasis elektronik yang terintegrasi, andal, dan berpusat pada pengguna sesuai arsitektur Sistem Pemerintahan Berbasis Elektronik (SPBE).',
    level: [
      lv(1, 'Memahami konsep dasar layanan digital pemerintah dan SPBE', [
        'Menjelaskan konsep dasar SPBE, layanan administrasi pemerintahan, dan layanan publik berbasis elektronik.',
        'Mengoperasikan aplikasi layanan digital sesuai panduan pengguna.',
        'Mencatat dan meneruskan keluhan pengguna layanan digital kepada pihak yang berwenang.',
      ]),
      lv(2, 'Mampu mengoperasikan dan memelihara layanan digital secara mandiri', [
        'Mengelola konten, akun pengguna, dan konfigurasi dasar aplikasi layanan.',
        'Menangani gangguan layanan tingkat pertama sesuai prosedur manajemen insiden.',
        'Menyusun laporan pemanfaatan layanan digital berdasarkan data penggunaan.',
      ]),
      lv(3, 'Mampu merancang dan mengembangkan layanan digital yang berpusat pada pengguna', [
        'Menganalisis kebutuhan pengguna dan proses bisnis sebagai dasar perancangan layanan.',
        'Mengelola pengembangan aplikasi bersama tim atau penyedia sesuai standar interoperabilitas.',
        'Mengukur kualitas layanan digital melalui indikator ketersediaan, kinerja, dan kepuasan pengguna.',
      ]),
      lv(4, 'Mampu mengelola portofolio dan integrasi layanan digital instansi', [
        'Menyusun peta rencana dan arsitektur SPBE instansi yang selaras dengan arsitektur SPBE nasional.',
        'Mengoordinasikan integrasi layanan dan pertukaran data antarperangkat daerah.',
        'Mengevaluasi tingkat kematangan SPBE dan menindaklanjuti rekomendasinya.',
      ]),
      lv(5, 'Mampu merumuskan kebijakan transformasi digital pemerintahan daerah', [
        'Merumuskan kebijakan dan strategi transformasi digital pemerintah daerah.',
        'Membangun tata kelola dan manajemen layanan digital yang berkelanjutan lintas perangkat daerah.',
        'Menjadi rujukan keahlian dalam pengembangan ekosistem layanan digital pemerintahan.',
      ]),
    ],
  },
  {
    kode: 'T-KOM-02',
    nama: 'Keamanan Informasi',
    kelompok: 'TEKNIS',
    unitKode: 'DISKOMINFO',
    definisi:
      'Kemampuan melindungi kerahasiaan, keutuhan, dan ketersediaan informasi serta sistem elektronik instansi melalui penerapan kebijakan, kontrol teknis, manajemen risiko, dan penanganan insiden keamanan siber sesuai standar yang berlaku.',
    level: [
      lv(1, 'Memahami prinsip dasar keamanan informasi', [
        'Menjelaskan prinsip kerahasiaan, keutuhan, dan ketersediaan informasi.',
        'Menerapkan praktik keamanan pribadi, seperti penggunaan kata sandi yang kuat dan kewaspadaan terhadap phishing.',
        'Melaporkan dugaan insiden keamanan informasi sesuai prosedur.',
      ]),
      lv(2, 'Mampu menerapkan kontrol keamanan pada sistem yang dikelola', [
        'Mengonfigurasi kontrol akses, pencadangan data, dan pembaruan keamanan sistem.',
        'Memantau log dan peringatan keamanan untuk mendeteksi aktivitas mencurigakan.',
        'Menangani insiden keamanan tingkat dasar sesuai panduan penanganan insiden.',
      ]),
      lv(3, 'Mampu menilai risiko dan menangani insiden keamanan informasi', [
        'Melakukan penilaian risiko dan kerentanan terhadap aset informasi instansi.',
        'Mengoordinasikan penanganan insiden siber, termasuk analisis penyebab dan pemulihan layanan.',
        'Menyusun prosedur operasional keamanan informasi sesuai standar SNI ISO/IEC 27001.',
      ]),
      lv(4, 'Mampu mengelola sistem manajemen keamanan informasi instansi', [
        'Mengelola penerapan sistem manajemen keamanan informasi di tingkat instansi.',
        'Mengoordinasikan tim tanggap insiden siber (CSIRT) instansi dengan BSSN dan pihak terkait.',
        'Mengevaluasi kepatuhan keamanan informasi melalui audit dan penilaian Indeks KAMI.',
      ]),
      lv(5, 'Mampu merumuskan kebijakan dan strategi keamanan siber daerah', [
        'Merumuskan kebijakan dan strategi keamanan informasi serta pelindungan data pribadi di tingkat daerah.',
        'Membangun kapasitas dan budaya sadar keamanan informasi di seluruh perangkat daerah.',
        'Menjadi rujukan keahlian dalam manajemen krisis siber dan ketahanan sistem elektronik.',
      ]),
    ],
  },
  {
    kode: 'T-SDM-01',
    nama: 'Manajemen Kinerja ASN',
    kelompok: 'TEKNIS',
    unitKode: 'BKPSDM',
    definisi:
      'Kemampuan merencanakan, melaksanakan, memantau, menilai, dan menindaklanjuti kinerja pegawai ASN secara objektif, terukur, akuntabel, partisipatif, dan transparan sesuai ketentuan manajemen kinerja ASN.',
    level: [
      lv(1, 'Memahami siklus dan ketentuan dasar manajemen kinerja ASN', [
        'Menjelaskan siklus manajemen kinerja, mulai dari perencanaan hingga tindak lanjut.',
        'Menyusun Sasaran Kinerja Pegawai (SKP) pribadi yang selaras dengan kinerja atasan.',
        'Mengisi realisasi dan bukti dukung kinerja pada aplikasi kinerja secara tepat waktu.',
      ]),
      lv(2, 'Mampu memfasilitasi penyusunan dan penilaian kinerja di unit kerja', [
        'Membantu pegawai menyusun rencana hasil kerja dan indikator kinerja yang terukur.',
        'Memverifikasi kelengkapan dokumen SKP dan penilaian kinerja pegawai.',
        'Mengolah data hasil penilaian kinerja menjadi rekapitulasi predikat kinerja unit kerja.',
      ]),
      lv(3, 'Mampu melaksanakan dialog kinerja dan menganalisis hasil penilaian kinerja', [
        'Melaksanakan dialog kinerja, umpan balik berkelanjutan, dan coaching kinerja bersama pegawai.',
        'Menganalisis distribusi predikat kinerja pegawai dan kesesuaiannya dengan kinerja organisasi.',
        'Menyusun rekomendasi tindak lanjut hasil penilaian kinerja, seperti pengembangan kompetensi atau pembinaan.',
      ]),
      lv(4, 'Mampu mengelola sistem manajemen kinerja ASN di tingkat instansi', [
        'Menyusun pedoman dan kalender manajemen kinerja ASN instansi.',
        'Mengintegrasikan hasil penilaian kinerja dengan pengembangan kompetensi, karier, dan penghargaan.',
        'Mengevaluasi kualitas penerapan manajemen kinerja di seluruh perangkat daerah.',
      ]),
      lv(5, 'Mampu merumuskan kebijakan manajemen kinerja ASN berbasis sistem merit', [
        'Merumuskan kebijakan manajemen kinerja yang selaras dengan sistem merit dan akuntabilitas kinerja instansi.',
        'Membangun budaya kinerja tinggi melalui sistem penghargaan dan konsekuensi yang adil.',
        'Menjadi rujukan keahlian manajemen kinerja ASN di tingkat daerah maupun nasional.',
      ]),
    ],
  },
  {
    kode: 'T-SDM-02',
    nama: 'Pengembangan Kompetensi ASN',
    kelompok: 'TEKNIS',
    unitKode: 'BKPSDM',
    definisi:
      'Kemampuan menganalisis kebutuhan, merencanakan, melaksanakan, dan mengevaluasi pengembangan kompetensi ASN melalui jalur klasikal dan nonklasikal secara terintegrasi untuk menutup kesenjangan kompetensi dan mendukung pengembangan karier.',
    level: [
      lv(1, 'Memahami jenis dan jalur pengembangan kompetensi ASN', [
        'Menjelaskan jenis kompetensi ASN serta jalur pengembangan kompetensi klasikal dan nonklasikal.',
        'Mencatat riwayat pengembangan kompetensi pegawai pada sistem informasi kepegawaian.',
        'Menyiapkan administrasi pelaksanaan kegiatan pengembangan kompetensi.',
      ]),
      lv(2, 'Mampu melaksanakan analisis kebutuhan pengembangan kompetensi individu', [
        'Mengidentifikasi kesenjangan kompetensi pegawai berdasarkan standar kompetensi jabatan dan hasil penilaian kompetensi.',
        'Menyusun rencana pengembangan kompetensi individu bersama pegawai dan atasannya.',
        'Memfasilitasi pelaksanaan pengembangan kompetensi dan memantau pemenuhan paling sedikit 20 JP per tahun.',
      ]),
      lv(3, 'Mampu merancang dan mengevaluasi program pengembangan kompetensi', [
        'Menyusun rencana pengembangan kompetensi tahunan instansi berdasarkan analisis kebutuhan.',
        'Merancang program pengembangan kompetensi dengan metode yang sesuai, termasuk pembelajaran terintegrasi.',
        'Mengevaluasi efektivitas program pengembangan kompetensi hingga tingkat perubahan perilaku dan dampak bagi organisasi.',
      ]),
      lv(4, 'Mampu mengelola sistem pengembangan kompetensi dan pembelajaran organisasi', [
        'Mengelola sistem pembelajaran terintegrasi (corporate university) di tingkat instansi.',
        'Mengintegrasikan pengembangan kompetensi dengan manajemen talenta dan pola karier.',
        'Membangun kemitraan dengan lembaga pelatihan terakreditasi dan perguruan tinggi.',
      ]),
      lv(5, 'Mampu merumuskan kebijakan pengembangan kompetensi ASN di tingkat daerah', [
        'Merumuskan kebijakan dan strategi pengembangan kompetensi ASN jangka menengah dan jangka panjang.',
        'Memastikan alokasi sumber daya pengembangan kompetensi selaras dengan prioritas pembangunan daerah.',
        'Menjadi rujukan keahlian pengembangan kompetensi dan pembelajaran organisasi sektor publik.',
      ]),
    ],
  },
  {
    kode: 'T-SET-01',
    nama: 'Penyusunan Kebijakan Publik',
    kelompok: 'TEKNIS',
    unitKode: 'SETDA',
    definisi:
      'Kemampuan mengidentifikasi masalah publik, menganalisis alternatif kebijakan, serta menyusun naskah kebijakan, naskah akademik, dan rancangan produk hukum daerah yang berbasis bukti, partisipatif, dan selaras dengan peraturan perundang-undangan.',
    level: [
      lv(1, 'Memahami siklus kebijakan publik dan jenis produk hukum daerah', [
        'Menjelaskan siklus kebijakan publik serta jenis dan hierarki produk hukum daerah.',
        'Mengumpulkan data dan dokumen pendukung penyusunan kebijakan sesuai arahan.',
        'Menyusun notula dan rangkuman hasil rapat pembahasan kebijakan.',
      ]),
      lv(2, 'Mampu menyusun telaahan dan kajian kebijakan sederhana', [
        'Menyusun telaahan staf dan kajian singkat atas permasalahan kebijakan.',
        'Menganalisis keselarasan rancangan kebijakan dengan peraturan perundang-undangan terkait.',
        'Menyusun rancangan peraturan kepala daerah sesuai teknik penyusunan peraturan perundang-undangan.',
      ]),
      lv(3, 'Mampu melakukan analisis kebijakan berbasis bukti', [
        'Merumuskan masalah kebijakan dan alternatif solusi berdasarkan analisis data dan bukti.',
        'Menyusun ringkasan kebijakan (policy brief) dan naskah akademik rancangan peraturan daerah.',
        'Memfasilitasi konsultasi publik dan menampung masukan pemangku kepentingan.',
      ]),
      lv(4, 'Mampu mengoordinasikan perumusan kebijakan lintas perangkat daerah', [
        'Mengoordinasikan perumusan kebijakan yang melibatkan beberapa perangkat daerah dan pemangku kepentingan.',
        'Melakukan analisis dampak regulasi dan evaluasi pelaksanaan kebijakan.',
        'Melakukan harmonisasi dan sinkronisasi rancangan produk hukum daerah.',
      ]),
      lv(5, 'Mampu merumuskan kebijakan strategis daerah dan menjadi rujukan keahlian analisis kebijakan', [
        'Merumuskan kebijakan strategis daerah yang selaras dengan agenda pembangunan nasional.',
        'Mengadvokasikan rekomendasi kebijakan kepada pimpinan daerah dan DPRD.',
        'Menjadi rujukan keahlian dan pembina analis kebijakan di lingkungan pemerintah daerah.',
      ]),
    ],
  },
  {
    kode: 'T-KEC-01',
    nama: 'Pelayanan Administrasi Terpadu Kecamatan',
    kelompok: 'TEKNIS',
    unitKode: 'KEC',
    definisi:
      'Kemampuan menyelenggarakan Pelayanan Administrasi Terpadu Kecamatan (PATEN), mulai dari permohonan hingga penerbitan dokumen dalam satu tempat, secara cepat, mudah, transparan, dan akuntabel sesuai pelimpahan kewenangan dari kepala daerah.',
    level: [
      lv(1, 'Memahami jenis layanan dan standar pelayanan PATEN', [
        'Menjelaskan jenis layanan, persyaratan, waktu, dan biaya sesuai standar pelayanan PATEN.',
        'Menerima dan memeriksa kelengkapan berkas permohonan layanan.',
        'Memberikan informasi layanan kepada masyarakat secara ramah dan jelas.',
      ]),
      lv(2, 'Mampu memproses layanan administrasi terpadu secara mandiri', [
        'Memproses permohonan perizinan dan nonperizinan sesuai kewenangan yang dilimpahkan.',
        'Mengelola pencatatan, pengarsipan, dan pelacakan berkas layanan secara tertib.',
        'Menangani pengaduan masyarakat atas layanan kecamatan sesuai prosedur.',
      ]),
      lv(3, 'Mampu mengelola dan meningkatkan kualitas layanan PATEN di kecamatan', [
        'Menyelia pelaksanaan layanan PATEN dan memastikan kepatuhan terhadap standar pelayanan.',
        'Melaksanakan survei kepuasan masyarakat dan menindaklanjuti hasilnya.',
        'Mengoordinasikan layanan dengan desa/kelurahan dan perangkat daerah teknis.',
      ]),
      lv(4, 'Mampu mengembangkan inovasi dan integrasi layanan terpadu kecamatan', [
        'Merancang inovasi layanan kecamatan, termasuk layanan daring dan jemput bola.',
        'Mengintegrasikan layanan kecamatan dengan mal pelayanan publik dan sistem perizinan daerah.',
        'Mengevaluasi kinerja layanan PATEN antarkecamatan dan merekomendasikan perbaikan.',
      ]),
      lv(5, 'Mampu merumuskan kebijakan pelimpahan kewenangan dan penguatan pelayanan kecamatan', [
        'Merumuskan kebijakan pelimpahan sebagian kewenangan kepala daerah kepada camat.',
        'Merancang standar pelayanan terpadu kecamatan yang berlaku di seluruh wilayah daerah.',
        'Menjadi rujukan keahlian dalam penyelenggaraan pelayanan terpadu berbasis kewilayahan.',
      ]),
    ],
  },
];

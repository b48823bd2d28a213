import { addStrings } from '../../locales/id.js';

addStrings('laporan', {
  judul: 'Laporan',
  progres: 'Progres penilaian',
  distribusi: 'Distribusi predikat',
  penilai: 'Kecenderungan penilai',
  kompetensi: 'Kesenjangan kompetensi',
  terapkan: 'Terapkan filter',
  unduhXlsx: 'Unduh hasil (XLSX)',
  unduhCsv: 'Unduh hasil (CSV)',
  tabelGrafik: 'Data grafik',
  tanda: {
    LONGGAR: 'Cenderung longgar',
    KETAT: 'Cenderung ketat',
    TENGAH: 'Kecenderungan tengah',
  },
  distribusiStatus: {
    sesuai: 'Dalam batas',
    di_atas_maks: 'Melebihi batas maksimal',
    di_bawah_min: 'Di bawah batas minimal',
    bebas: 'Tanpa batas',
  },
});

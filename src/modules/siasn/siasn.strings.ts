import { addStrings } from '../../locales/id.js';

addStrings('siasn', {
  judul: 'Pertukaran data SIASN',
  jenis: { TAHUNAN: 'Hasil tahunan (skp22)', PERIODIK: 'Hasil periodik (kinerjaperiodik)' },
  jenisSingkat: { TAHUNAN: 'Tahunan', PERIODIK: 'Periodik' },
  mode: {
    BERUBAH: 'Hanya yang berubah atau belum pernah diekspor',
    SEMUA: 'Semua hasil final',
  },
  modeSingkat: { BERUBAH: 'Hanya yang berubah', SEMUA: 'Semua' },
  pengantar:
    'Ekspor hasil kinerja final (sesudah kalibrasi dan keputusan keberatan) dalam bentuk yang diterima SIASN BKN, untuk diunggah operator SIASN. SIKAP tidak menghubungi server BKN.',
  tanpaIdJudul: 'Pegawai tanpa ID SIASN',
  tanpaIdPenjelasan:
    'Hasil final pegawai berikut tidak ikut diekspor karena ID SIASN-nya belum diisi. Isi lewat formulir pegawai atau kolom pns_id pada impor pegawai; hasilnya ikut pada ekspor "hanya yang berubah" berikutnya.',
  tanpaIdKosong: 'Semua pegawai dengan hasil final sudah memiliki ID SIASN.',
  riwayatJudul: 'Riwayat ekspor',
  riwayatKosong: 'Belum pernah ada ekspor.',
  kodeJudul: 'Kode referensi SIASN',
  kodePengantar:
    'Nilai SIKAP diterjemahkan ke kode referensi SIASN menurut tabel ini. Kode yang belum dicocokkan dengan tabel referensi SIASN ditandai "belum diperiksa"; perbaiki bila SIASN memakai kode lain, lalu centang "sudah diperiksa".',
  kodeDisimpan: '{n} kode SIASN diubah.',
  kodeTidakBerubah: 'Tidak ada kode yang berubah.',
  eksporDibuat: 'Ekspor {jenis} tahun {tahun}: {n} baris. Unduh berkasnya di riwayat ekspor.',
});

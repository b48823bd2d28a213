import { addStrings } from '../../locales/id.js';

addStrings('penilaian', {
  tersimpan: 'Perubahan tersimpan.',
  dikirim: 'Penilaian diri terkirim ke atasan. Anda akan diberi tahu saat hasilnya tersedia.',
  belumLengkap: 'Penilaian diri belum lengkap. Lengkapi isian berikut, lalu kirim lagi:',
  konflik:
    'Sebagian isian telah diubah di tab atau perangkat lain sejak Anda membukanya. Isian Anda tetap ada di formulir; periksa bagian yang ditandai lalu simpan lagi.',
  dipulihkan: 'Isian yang belum tersimpan saat sesi Anda berakhir telah dipulihkan. Periksa lalu simpan.',
  dinilai: 'Penilaian tersimpan dengan predikat {predikat}. Finalkan agar pegawai dapat membacanya.',
  belumLengkapAtasan: 'Penilaian belum lengkap. Lengkapi isian berikut:',
  difinalkan: 'Penilaian difinalkan. Pegawai telah diberi tahu.',
  dikembalikan: 'Penilaian dikembalikan ke pegawai untuk diperbaiki.',
  rencanaDiajukan: 'Rencana kinerja diajukan ke atasan.',
  rencanaDisetujui: 'Rencana kinerja disetujui.',
  rencanaDikembalikan: 'Rencana kinerja dikembalikan ke pegawai.',
  tanggapan: 'Tanggapan Anda tercatat. Terima kasih.',
  keberatan: 'Keberatan Anda diajukan kepada atasan pejabat penilai.',
  keputusan: 'Keputusan keberatan tersimpan dan para pihak telah diberi tahu.',
  buktiDiunggah: 'Bukti dukung diunggah.',
  buktiDihapus: 'Bukti dukung dihapus.',
});

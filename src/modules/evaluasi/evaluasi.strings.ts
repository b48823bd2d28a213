import { addStrings } from '../../locales/id.js';

addStrings('evaluasi', {
  dimulai: 'Evaluasi dimulai dengan salinan rencana kinerja (SKP) Anda. Isi realisasi untuk evaluasi ini.',
  progresTercatat: 'Catatan progres tersimpan.',
  ditanggapi: 'Komentar tersimpan dan masuk ke dialog kinerja.',
  ditandai: 'Catatan ditandai sudah dibaca.',
  ritmeDisimpan: 'Ritme evaluasi dan aturan predikat tahunan disimpan.',
  evaluasiDisimpan: 'Pengaturan evaluasi disimpan.',
});

import { z } from 'zod';
import { centang, desimalOpsional, id, idOpsional, pilihan, tanggal, teks, teksOpsional } from '../../core/fields.js';

export const progresSchema = z.object({
  rhkId: id('Pilih rencana hasil kerja.'),
  indikatorId: idOpsional(),
  tanggal: tanggal(),
  uraian: teks(1000, { label: 'Uraian kegiatan' }),
  kuantitas: desimalOpsional(),
});

export const tanggapanProgresSchema = z.object({ komentar: teksOpsional(500, { label: 'Komentar' }) });

export const ritmeSchema = z.object({
  ritme: pilihan(['TAHUNAN', 'TRIWULANAN', 'BULANAN'] as const, 'Pilih ritme evaluasi.'),
  aturanPredikatTahunan: pilihan(['EVALUASI_TERAKHIR', 'PENILAIAN_AKHIR_TAHUN'] as const, 'Pilih aturan predikat tahunan.'),
  nilaiKompetensi: centang(),
});

export const evaluasiSchema = z.object({
  batasPenilaianDiri: tanggal(),
  batasPenilaianAtasan: tanggal(),
  nilaiKompetensi: centang(),
});

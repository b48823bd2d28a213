import { z } from 'zod';
import { teks, bulat, bulatOpsional, tanggal, tanggalOpsional, pilihan, id } from '../../../core/fields.js';

export const periodeSchema = z
  .object({
    nama: teks(150),
    tahun: bulat(2000, 2100),
    jenis: pilihan(['TAHUNAN', 'TRIWULAN'] as const, 'Pilih jenis periode.'),
    triwulan: bulatOpsional(1, 4),
    tanggalMulai: tanggal(),
    tanggalSelesai: tanggal(),
    batasRencana: tanggalOpsional(),
    batasPenilaianDiri: tanggal(),
    batasPenilaianAtasan: tanggal(),
  })
  .superRefine((d, ctx) => {
    const err = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (d.jenis === 'TRIWULAN' && !d.triwulan) err('triwulan', 'Periode triwulan wajib memilih triwulan ke-1 sampai ke-4.');
    if (d.jenis === 'TAHUNAN' && d.triwulan) err('triwulan', 'Periode tahunan tidak memiliki triwulan.');
    if (d.tanggalSelesai < d.tanggalMulai) err('tanggalSelesai', 'Tanggal selesai harus sesudah tanggal mulai.');
    if (d.batasPenilaianDiri < d.tanggalMulai) err('batasPenilaianDiri', 'Batas penilaian diri harus di dalam atau sesudah periode.');
    if (d.batasPenilaianAtasan < d.batasPenilaianDiri)
      err('batasPenilaianAtasan', 'Batas penilaian atasan harus sesudah batas penilaian diri.');
    if (d.batasRencana && (d.batasRencana < d.tanggalMulai || d.batasRencana > d.tanggalSelesai))
      err('batasRencana', 'Batas rencana harus di dalam periode.');
  });
export type PeriodeInput = z.infer<typeof periodeSchema>;

export const batasUnitSchema = z
  .object({ unitId: id('Pilih unit.'), batasPenilaianDiri: tanggal(), batasPenilaianAtasan: tanggal() })
  .refine((d) => d.batasPenilaianAtasan >= d.batasPenilaianDiri, {
    path: ['batasPenilaianAtasan'],
    message: 'Batas penilaian atasan harus sesudah batas penilaian diri.',
  });

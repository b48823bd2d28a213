import { z } from 'zod';
import { teks, idWajib, bulatOpsional, pilihan, tanpaRumus, PESAN_RUMUS } from '../shared/fields.js';

export const JENIS_JABATAN = ['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL_KEAHLIAN', 'FUNGSIONAL_KETERAMPILAN'] as const;
export const JENJANG = ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA', 'PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'] as const;
const KEAHLIAN = ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'];

export const jabatanSchema = z
  .object({
    kode: teks(60).refine((v) => /^[A-Za-z0-9._-]+$/.test(v), 'Kode hanya huruf, angka, titik, garis bawah, dan tanda hubung.').refine(tanpaRumus, PESAN_RUMUS),
    nama: teks(200).refine(tanpaRumus, PESAN_RUMUS),
    jenis: pilihan(JENIS_JABATAN, 'Pilih jenis jabatan.'),
    jenjang: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.enum(JENJANG, { error: 'Pilih jenjang.' }).nullable()),
    unitId: idWajib('Pilih unit kerja.'),
    kelasJabatan: bulatOpsional(1, 17),
  })
  .superRefine((d, ctx) => {
    const fungsional = d.jenis.startsWith('FUNGSIONAL');
    if (fungsional && !d.jenjang) ctx.addIssue({ code: 'custom', path: ['jenjang'], message: 'Jabatan fungsional wajib memiliki jenjang.' });
    if (!fungsional && d.jenjang) ctx.addIssue({ code: 'custom', path: ['jenjang'], message: 'Jenjang hanya untuk jabatan fungsional.' });
    if (d.jenis === 'FUNGSIONAL_KEAHLIAN' && d.jenjang && !KEAHLIAN.includes(d.jenjang)) ctx.addIssue({ code: 'custom', path: ['jenjang'], message: 'Jenjang keahlian: Ahli Pertama sampai Ahli Utama.' });
    if (d.jenis === 'FUNGSIONAL_KETERAMPILAN' && d.jenjang && KEAHLIAN.includes(d.jenjang)) ctx.addIssue({ code: 'custom', path: ['jenjang'], message: 'Jenjang keterampilan: Pemula sampai Penyelia.' });
  });
export type JabatanInput = z.infer<typeof jabatanSchema>;

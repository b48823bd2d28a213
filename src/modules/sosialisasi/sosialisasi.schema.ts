import { z } from 'zod';
import { teks, bulatOpsional, pilihan, centang } from '../../core/fields.js';

export const kontenSchema = z.object({
  jenis: pilihan(['HALAMAN', 'PENGUMUMAN', 'FAQ'] as const, 'Pilih jenis konten.'),
  judul: teks(200, { label: 'Judul', pesan: 'Isi judul.', min: 3 }),
  isi: teks(50_000, { label: 'Isi', pesan: 'Isi konten.' }),
  urutan: bulatOpsional(0, 9999, { label: 'Urutan' }).transform((v) => v ?? 0),
  wajibDibaca: centang(),
  aksi: z.enum(['draf', 'terbit', 'arsip']).default('draf'),
});
export type KontenInput = z.infer<typeof kontenSchema>;

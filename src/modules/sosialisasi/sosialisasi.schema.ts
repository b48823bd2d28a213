import { z } from 'zod';

export const kontenSchema = z.object({
  jenis: z.enum(['HALAMAN', 'PENGUMUMAN', 'FAQ'], { error: 'Pilih jenis konten.' }),
  judul: z.string({ error: 'Isi judul.' }).trim().min(3, 'Judul minimal 3 karakter.').max(200, 'Judul paling banyak 200 karakter.'),
  isi: z.string({ error: 'Isi konten.' }).trim().min(1, 'Isi konten.').max(50_000, 'Isi terlalu panjang (maks. 50.000 karakter).'),
  urutan: z.preprocess((v) => (v === '' || v === undefined ? 0 : Number(v)), z.number({ error: 'Urutan harus angka.' }).int('Urutan harus bilangan bulat.').min(0).max(9999)),
  wajibDibaca: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
  aksi: z.enum(['draf', 'terbit', 'arsip']).default('draf'),
});
export type KontenInput = z.infer<typeof kontenSchema>;

import { z } from 'zod';
import { teks, teksOpsional, idWajib, tanggalOpsional, pilihan, tanpaRumus, PESAN_RUMUS } from '../shared/fields.js';

export const GOLONGAN = ['I_A', 'I_B', 'I_C', 'I_D', 'II_A', 'II_B', 'II_C', 'II_D', 'III_A', 'III_B', 'III_C', 'III_D', 'IV_A', 'IV_B', 'IV_C', 'IV_D', 'IV_E'] as const;

export const pegawaiSchema = z
  .object({
    status: pilihan(['CPNS', 'PNS', 'PPPK'] as const, 'Pilih status kepegawaian.'),
    nip: teksOpsional(30),
    niPppk: teksOpsional(40),
    nama: teks(150).refine(tanpaRumus, PESAN_RUMUS),
    gelarDepan: teksOpsional(50).refine(tanpaRumus, PESAN_RUMUS),
    gelarBelakang: teksOpsional(80).refine(tanpaRumus, PESAN_RUMUS),
    jenisKelamin: pilihan(['L', 'P'] as const, 'Pilih jenis kelamin.'),
    tanggalLahir: tanggalOpsional(),
    golongan: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.enum(GOLONGAN, { error: 'Pilih golongan.' }).nullable()),
    tmtGolongan: tanggalOpsional(),
    jabatanId: idWajib('Pilih jabatan.'),
    tmtJabatan: tanggalOpsional(),
    atasan: teksOpsional(40),
    pendidikan: teksOpsional(80).refine(tanpaRumus, PESAN_RUMUS),
    email: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v ?? null), z.email('Alamat surel tidak sah.').max(150).nullable()),
    noHp: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? null : v ?? null),
      z.string().trim().regex(/^\+?[0-9 -]{8,20}$/, 'Nomor HP hanya angka, boleh diawali +.').nullable(),
    ),
  })
  .superRefine((d, ctx) => {
    if (d.status === 'PPPK' && d.golongan) ctx.addIssue({ code: 'custom', path: ['golongan'], message: 'Golongan PNS tidak berlaku untuk PPPK.' });
    if (d.status !== 'PPPK' && !d.golongan) ctx.addIssue({ code: 'custom', path: ['golongan'], message: 'Pilih golongan.' });
  });
export type PegawaiInput = z.infer<typeof pegawaiSchema>;

import { z } from 'zod';
import { bulatOpsional, id, idOpsional, pilihan, tanggal, teks, teksOpsional } from '../../core/fields.js';

export const riwayatSchema = z
  .object({
    programId: idOpsional(),
    judul: teksOpsional(200),
    penyelenggara: teksOpsional(200),
    tanggalMulai: tanggal({ label: 'Tanggal mulai' }),
    tanggalSelesai: tanggal({ label: 'Tanggal selesai' }),
    jp: bulatOpsional(1, 200, { label: 'JP' }),
  })
  .superRefine((v, ctx) => {
    if (!v.programId && !v.judul)
      ctx.addIssue({ code: 'custom', path: ['judul'], message: 'Pilih program dari katalog atau isi judul pelatihan.' });
    if (!v.programId && v.jp === null) ctx.addIssue({ code: 'custom', path: ['jp'], message: 'Isi jumlah JP.' });
    if (v.tanggalSelesai < v.tanggalMulai)
      ctx.addIssue({ code: 'custom', path: ['tanggalSelesai'], message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.' });
  });
export type RiwayatInput = z.infer<typeof riwayatSchema>;

export const statusRekomendasiSchema = z.object({
  status: pilihan(['DISETUJUI', 'DITOLAK'] as const, 'Pilih setujui atau tolak.'),
  // No note leaves the stored one (the system's reasons) as it is.
  catatan: teksOpsional(500).transform((v) => v ?? undefined),
});
export const gantiProgramSchema = z.object({ programId: id('Pilih program.') });
export const tambahRekomendasiSchema = z.object({
  programId: id('Pilih program.'),
  kompetensiId: idOpsional(),
  periodeId: id(),
  catatan: teksOpsional(500),
});

/** The hidden period of "ask the system again": an id, or the request names nothing (404). */
export const hitungRekomendasiSchema = z.object({ periodeId: id() });

const PESAN_PAGU = 'Isi pagu dalam rupiah (angka saja).';
export const paguSchema = z.object({
  unitId: id(),
  pagu: z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/[.\s]/g, '') : v),
    z
      .string({ error: PESAN_PAGU })
      .regex(/^\d{1,13}$/, PESAN_PAGU)
      .transform((s) => BigInt(s)),
  ),
});
export const tambahRencanaSchema = z.object({
  programId: id('Pilih program.'),
  peserta: z.enum(['DISETUJUI', 'SEMUA', 'KOSONG']).default('DISETUJUI'),
});
export const tambahPesertaSchema = z.object({ nip: teks(30, { pesan: 'Isi NIP atau NI PPPK.' }) });

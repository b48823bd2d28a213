import { z } from 'zod';

const tanggal = (label: string) =>
  z.string({ error: `Isi ${label}.` }).regex(/^\d{4}-\d{2}-\d{2}$/, `Isi ${label} dengan format tanggal.`).transform((s) => new Date(`${s}T00:00:00Z`)).refine((d) => !Number.isNaN(d.getTime()), `${label} tidak valid.`);
const idOpsional = z.preprocess((v) => (v === '' || v === undefined || v === null ? undefined : Number(v)), z.number().int().positive().optional());
const teksOpsional = (max: number) => z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined), z.string().max(max, `Paling banyak ${max} karakter.`).optional());

export const riwayatSchema = z
  .object({
    programId: idOpsional,
    judul: teksOpsional(200),
    penyelenggara: teksOpsional(200),
    tanggalMulai: tanggal('tanggal mulai'),
    tanggalSelesai: tanggal('tanggal selesai'),
    jp: z.preprocess((v) => (v === '' || v === undefined ? undefined : Number(v)), z.number({ error: 'JP harus berupa angka.' }).int('JP harus bilangan bulat.').min(1, 'JP minimal 1.').max(200, 'JP paling banyak 200.').optional()),
  })
  .superRefine((v, ctx) => {
    if (!v.programId && !v.judul) ctx.addIssue({ code: 'custom', path: ['judul'], message: 'Pilih program dari katalog atau isi judul pelatihan.' });
    if (!v.programId && v.jp === undefined) ctx.addIssue({ code: 'custom', path: ['jp'], message: 'Isi jumlah JP.' });
    if (v.tanggalSelesai < v.tanggalMulai) ctx.addIssue({ code: 'custom', path: ['tanggalSelesai'], message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.' });
  });
export type RiwayatInput = z.infer<typeof riwayatSchema>;

export const statusRekomendasiSchema = z.object({
  status: z.enum(['DISETUJUI', 'DITOLAK'], { error: 'Pilih setujui atau tolak.' }),
  catatan: teksOpsional(500),
});
export const gantiProgramSchema = z.object({ programId: z.coerce.number({ error: 'Pilih program.' }).int().positive('Pilih program.') });
export const tambahRekomendasiSchema = z.object({
  programId: z.coerce.number({ error: 'Pilih program.' }).int().positive('Pilih program.'),
  kompetensiId: idOpsional,
  periodeId: z.coerce.number().int().positive(),
  catatan: teksOpsional(500),
});

/** The hidden period of "ask the system again": an id, or the request names nothing (404). */
export const hitungRekomendasiSchema = z.object({ periodeId: z.coerce.number().int().positive().max(2_147_483_647) });

export const paguSchema = z.object({
  unitId: z.coerce.number().int().positive(),
  pagu: z.preprocess((v) => (typeof v === 'string' ? v.replace(/[.\s]/g, '') : v), z.string().regex(/^\d{1,13}$/, 'Isi pagu dalam rupiah (angka saja).').transform((s) => BigInt(s))),
});
export const tambahRencanaSchema = z.object({
  programId: z.coerce.number({ error: 'Pilih program.' }).int().positive('Pilih program.'),
  peserta: z.enum(['DISETUJUI', 'SEMUA', 'KOSONG']).default('DISETUJUI'),
});
export const tambahPesertaSchema = z.object({ nip: z.string().trim().min(1, 'Isi NIP atau NI PPPK.').max(30) });

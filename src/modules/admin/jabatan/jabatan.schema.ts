/**
 * The one rule for a jabatan: the admin form parses the posted fields with `jabatanSchema`; the
 * jabatan import checks each row's record with `dataJabatanSchema` (the same fields without the
 * unit, which the import finds by code or name).
 */
import { z } from 'zod';
import { teks, id, bulatOpsional, pilihan, pilihanOpsional } from '../../../core/fields.js';
import { tanpaRumus, PESAN_RUMUS } from '../../domain/rumus.js';
import { JENIS_JABATAN, JENJANG } from '../../domain/daftar.js';

export { JENIS_JABATAN, JENJANG };

const KEAHLIAN: readonly string[] = ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'];

const isian = {
  kode: teks(60, { label: 'Kode jabatan' })
    .refine((v) => /^[A-Za-z0-9._-]+$/.test(v), 'Kode jabatan hanya huruf, angka, titik, garis bawah, dan tanda hubung.')
    .refine(tanpaRumus, PESAN_RUMUS),
  nama: teks(200, { label: 'Nama jabatan' }).refine(tanpaRumus, PESAN_RUMUS),
  jenis: pilihan(JENIS_JABATAN, 'Pilih jenis jabatan.'),
  jenjang: pilihanOpsional(JENJANG, 'Pilih jenjang.'),
  kelasJabatan: bulatOpsional(1, 17, { label: 'Kelas jabatan' }),
};

/** The jenjang goes with the jenis: functional posts only, and from their own ladder. */
function aturanJabatan(d: { jenis: string; jenjang: string | null }, ctx: z.RefinementCtx): void {
  const fungsional = d.jenis.startsWith('FUNGSIONAL');
  const pesan = (message: string) => ctx.addIssue({ code: 'custom', path: ['jenjang'], message });
  if (fungsional && !d.jenjang) pesan('Jabatan fungsional wajib memiliki jenjang.');
  if (!fungsional && d.jenjang) pesan('Jenjang hanya untuk jabatan fungsional.');
  if (d.jenis === 'FUNGSIONAL_KEAHLIAN' && d.jenjang && !KEAHLIAN.includes(d.jenjang))
    pesan('Jenjang keahlian: Ahli Pertama sampai Ahli Utama.');
  if (d.jenis === 'FUNGSIONAL_KETERAMPILAN' && d.jenjang && KEAHLIAN.includes(d.jenjang))
    pesan('Jenjang keterampilan: Pemula sampai Penyelia.');
}

/** A jabatan's own fields (what the import checks). */
export const dataJabatanSchema = z.object(isian).superRefine(aturanJabatan);
export type DataJabatan = z.infer<typeof dataJabatanSchema>;

/** The admin form: the jabatan and its unit. */
export const jabatanSchema = z.object({ ...isian, unitId: id('Pilih unit kerja.') }).superRefine(aturanJabatan);
export type JabatanInput = z.infer<typeof jabatanSchema>;

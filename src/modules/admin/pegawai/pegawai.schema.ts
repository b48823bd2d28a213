/**
 * The one rule for a staff record. The admin form parses the posted fields with `pegawaiSchema`;
 * the import turns each row into the same fields and checks them with `dataPegawaiSchema` (the
 * same fields without the jabatan and supervisor, which the import finds by code and NIP), so a
 * row the import accepts is a record the form accepts on its next edit, and the other way round.
 */
import { z } from 'zod';
import { teks, teksOpsional, id, tanggalOpsional, pilihan, pilihanOpsional, emailOpsional, teleponOpsional } from '../../../core/fields.js';
import { tanpaRumus, PESAN_RUMUS } from '../../domain/rumus.js';
import { GOLONGAN } from '../../domain/daftar.js';

export { GOLONGAN };
import { cekIdentitas } from './pegawai.rules.js';

export const STATUS_KEPEGAWAIAN = ['CPNS', 'PNS', 'PPPK'] as const;

/** NIP / NI PPPK as typed ("19900517 201503 1 001"): white space is dropped. */
const ID_SIASN = /^[A-Za-z0-9-]+$/;
const identitas = (max: number, label: string) => teksOpsional(max, { label }).transform((v) => (v ? v.replace(/\s+/g, '') : null));

const isian = {
  status: pilihan(STATUS_KEPEGAWAIAN, 'Pilih status kepegawaian.'),
  nip: identitas(30, 'NIP'),
  niPppk: identitas(40, 'NI PPPK'),
  nama: teks(150, { label: 'Nama' }).refine(tanpaRumus, PESAN_RUMUS),
  gelarDepan: teksOpsional(50, { label: 'Gelar depan' }).refine(tanpaRumus, PESAN_RUMUS),
  gelarBelakang: teksOpsional(80, { label: 'Gelar belakang' }).refine(tanpaRumus, PESAN_RUMUS),
  jenisKelamin: pilihan(['L', 'P'] as const, 'Pilih jenis kelamin.'),
  tanggalLahir: tanggalOpsional({ label: 'Tanggal lahir' }),
  golongan: pilihanOpsional(GOLONGAN, 'Pilih golongan.'),
  tmtGolongan: tanggalOpsional({ label: 'TMT golongan' }),
  tmtJabatan: tanggalOpsional({ label: 'TMT jabatan' }),
  pendidikan: teksOpsional(80, { label: 'Pendidikan' }).refine(tanpaRumus, PESAN_RUMUS),
  email: emailOpsional({ label: 'Surel' }),
  noHp: teleponOpsional({ label: 'Nomor HP' }),
  /** The employee's id in SIASN (PNS ID): letters, digits and hyphens, as SIASN writes it. */
  siasnId: teksOpsional(64, { label: 'ID SIASN' })
    .transform((v) => (v ? v.replace(/\s+/g, '') : null))
    .refine((v) => v === null || ID_SIASN.test(v), 'ID SIASN hanya berisi huruf, angka dan tanda hubung (-).'),
};

/**
 * Across fields: the golongan goes with the status; the NIP or NI PPPK with the status and
 * gender. It runs even when a field was refused (so a form or an import row gets every message
 * at once); a refused field then holds what was sent, so each value is checked before use.
 */
function aturanPegawai(d: Record<string, unknown> | undefined, ctx: z.RefinementCtx): void {
  if (typeof d !== 'object' || d === null) return;
  const status = STATUS_KEPEGAWAIAN.find((s) => s === d.status);
  if (!status) return;
  if (status === 'PPPK' && d.golongan)
    ctx.addIssue({ code: 'custom', path: ['golongan'], message: 'Golongan PNS tidak berlaku untuk PPPK.' });
  if (status !== 'PPPK' && !d.golongan) ctx.addIssue({ code: 'custom', path: ['golongan'], message: 'Pilih golongan.' });
  const teks = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const jk = d.jenisKelamin === 'L' || d.jenisKelamin === 'P' ? d.jenisKelamin : undefined;
  const { errors } = cekIdentitas(status, teks(d.nip), teks(d.niPppk), jk);
  for (const [path, message] of Object.entries(errors)) ctx.addIssue({ code: 'custom', path: [path], message });
}
const semuaPesan = { when: () => true };

/** A staff record's own fields (what the import checks). */
export const dataPegawaiSchema = z.object(isian).superRefine(aturanPegawai, semuaPesan);
export type DataPegawai = z.infer<typeof dataPegawaiSchema>;

/** The admin form: the record plus the chosen jabatan and the supervisor's NIP / NI PPPK. */
export const pegawaiSchema = z
  .object({ ...isian, jabatanId: id('Pilih jabatan.'), atasan: teksOpsional(40, { label: 'NIP atasan' }) })
  .superRefine(aturanPegawai, semuaPesan);
export type PegawaiInput = z.infer<typeof pegawaiSchema>;

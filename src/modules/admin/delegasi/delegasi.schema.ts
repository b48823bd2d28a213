import { z } from 'zod';
import { teks, teksOpsional, idOpsional, tanggal, pilihan } from '../../../core/fields.js';

export const delegasiSchema = z
  .object({
    jenis: pilihan(['PLT', 'PLH'] as const, 'Pilih Plt atau Plh.'),
    penerima: teks(40),
    asal: teksOpsional(40),
    unitId: idOpsional(),
    pegawai: teksOpsional(40),
    mulai: tanggal(),
    selesai: tanggal(),
    keterangan: teksOpsional(500),
  })
  .superRefine((d, ctx) => {
    if (d.selesai < d.mulai) ctx.addIssue({ code: 'custom', path: ['selesai'], message: 'Tanggal selesai harus sesudah tanggal mulai.' });
    if (!d.unitId && !d.pegawai)
      ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'Pilih unit atau isi NIP pegawai yang penilaiannya didelegasikan.' });
  });
export type DelegasiInput = z.infer<typeof delegasiSchema>;

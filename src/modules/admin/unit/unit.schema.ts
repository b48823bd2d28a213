import { z } from 'zod';
import { teks, teksOpsional, idOpsional, centang, pilihan } from '../../../core/fields.js';

export const JENIS_UNIT = ['PEMDA', 'OPD', 'BIDANG', 'SEKSI', 'UPT'] as const;
export const JENIS_UNIT_LABEL: Record<(typeof JENIS_UNIT)[number], string> = {
  PEMDA: 'Pemerintah daerah',
  OPD: 'Perangkat daerah (dinas/badan)',
  BIDANG: 'Bidang/bagian',
  SEKSI: 'Seksi/subbagian',
  UPT: 'UPT',
};

export const unitSchema = z.object({
  kode: teks(40).refine((v) => /^[A-Za-z0-9._-]+$/.test(v), 'Kode hanya huruf, angka, titik, garis bawah, dan tanda hubung.'),
  nama: teks(200),
  singkatan: teksOpsional(50),
  jenis: pilihan(JENIS_UNIT, 'Pilih jenis unit.'),
  indukId: idOpsional(),
  layananPublik: centang(),
});
export type UnitInput = z.infer<typeof unitSchema>;

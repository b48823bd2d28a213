import { z } from 'zod';
import { teks, teksOpsional, daftar } from '../../../core/fields.js';

export const ROLES = ['PEGAWAI', 'PIMPINAN', 'ADMIN_BKD'] as const;

const roles = z.preprocess(
  (v) => daftar(v),
  z.array(z.enum(ROLES, { error: 'Peran tidak dikenal.' })).min(1, 'Pilih sekurang-kurangnya satu peran.'),
);

export const akunBaruSchema = z.object({
  username: teks(60).refine(
    (v) => /^[a-z0-9._-]{3,60}$/.test(v),
    'Nama pengguna 3–60 karakter: huruf kecil, angka, titik, garis bawah, atau tanda hubung.',
  ),
  pegawai: teksOpsional(40),
  roles,
});
export const peranSchema = z.object({ roles });
export type AkunBaru = z.infer<typeof akunBaruSchema>;

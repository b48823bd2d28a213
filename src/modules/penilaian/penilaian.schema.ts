import { z } from 'zod';

const teks = (max: number, wajib = 'Wajib diisi.') => z.string({ error: wajib }).trim().min(1, wajib).max(max, `Maksimal ${max} karakter.`);
const opsional = (max: number) =>
  z.string().trim().max(max, `Maksimal ${max} karakter.`).optional().transform((v) => (v ? v : null));
const idOpsional = z
  .string()
  .optional()
  .transform((v) => (v && /^\d+$/.test(v) ? Number(v) : null));

export const rhkSchema = z.object({
  uraian: teks(500, 'Tuliskan rencana hasil kerja.'),
  rhkAtasanId: idOpsional,
});

/** Accepts Indonesian decimals ("12,5"). */
const angka = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const t = v.includes(',') ? v.replace(/\./g, '').replace(',', '.') : v;
    const n = Number(t);
    if (!Number.isFinite(n) || n < 0) {
      ctx.addIssue({ code: 'custom', message: 'Isi dengan angka, misalnya 95 atau 12,5.' });
      return z.NEVER;
    }
    return n;
  });

export const ikiSchema = z
  .object({
    uraian: teks(500, 'Tuliskan indikator kinerja.'),
    jenisTarget: z.enum(['KUANTITATIF', 'KUALITATIF'], { error: 'Pilih jenis target.' }),
    targetNilai: angka,
    satuan: opsional(50),
    targetKualitatif: opsional(500),
    kompetensiId: idOpsional,
  })
  .superRefine((v, ctx) => {
    if (v.jenisTarget === 'KUANTITATIF') {
      if (v.targetNilai === null) ctx.addIssue({ code: 'custom', path: ['targetNilai'], message: 'Isi target berupa angka.' });
      if (!v.satuan) ctx.addIssue({ code: 'custom', path: ['satuan'], message: 'Isi satuan target (mis. %, laporan, berkas).' });
    } else if (!v.targetKualitatif) {
      ctx.addIssue({ code: 'custom', path: ['targetKualitatif'], message: 'Uraikan target kualitatifnya.' });
    }
  });

export const alasanSchema = z.object({ alasan: teks(2000, 'Tuliskan alasannya.').refine((s) => s.length >= 10, 'Tuliskan alasan minimal 10 karakter.') });
export const tanggapanSchema = z.object({ tanggapan: opsional(2000) });
export const keputusanSchema = z
  .object({
    keputusan: teks(4000, 'Tuliskan keputusan tertulis.'),
    hasil: z.enum(['DIKUKUHKAN', 'DIUBAH'], { error: 'Pilih keputusan.' }),
    ratingHasilKerja: z.enum(['DI_ATAS', 'SESUAI', 'DI_BAWAH']).optional(),
    ratingPerilaku: z.enum(['DI_ATAS', 'SESUAI', 'DI_BAWAH']).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.hasil === 'DIUBAH') {
      if (!v.ratingHasilKerja) ctx.addIssue({ code: 'custom', path: ['ratingHasilKerja'], message: 'Pilih rating hasil kerja yang baru.' });
      if (!v.ratingPerilaku) ctx.addIssue({ code: 'custom', path: ['ratingPerilaku'], message: 'Pilih rating perilaku yang baru.' });
    }
  });
export const tautanSchema = z.object({
  judul: opsional(200),
  url: z
    .string({ error: 'Isi alamat tautan.' })
    .trim()
    .min(1, 'Isi alamat tautan.')
    .max(1000)
    .refine((u) => {
      try {
        const x = new URL(u);
        return x.protocol === 'https:' || x.protocol === 'http:';
      } catch {
        return false;
      }
    }, 'Tautan harus diawali http:// atau https://'),
});

/** Body of a save (form or autosave): versi, field values and their base values. */
export function saveInputFrom(body: Record<string, unknown>): { versi: number; values: Record<string, string>; base: Record<string, string> } {
  const versi = Number(body._versi ?? body.versi);
  const values: Record<string, string> = {};
  const src = (body.fields && typeof body.fields === 'object' ? body.fields : body) as Record<string, unknown>;
  for (const [k, v] of Object.entries(src)) {
    if (k.startsWith('_') || k === 'versi' || k === 'aksi') continue;
    if (typeof v === 'string') values[k] = v;
  }
  let base: Record<string, string> = {};
  const rawBase = body._base ?? body.base;
  if (typeof rawBase === 'string') {
    try {
      base = JSON.parse(rawBase) as Record<string, string>;
    } catch {
      base = {};
    }
  } else if (rawBase && typeof rawBase === 'object') base = rawBase as Record<string, string>;
  return { versi: Number.isInteger(versi) ? versi : -1, values, base };
}

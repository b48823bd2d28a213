import { z } from 'zod';
import { desimalOpsional, idOpsional, pilihan, pilihanOpsional, teks, teksOpsional } from '../../core/fields.js';

export const rhkSchema = z.object({
  uraian: teks(500, { pesan: 'Tuliskan rencana hasil kerja.' }),
  rhkAtasanId: idOpsional(),
});

/** "3; 6,5; ; 9" → [{ ke: 1, nilai: 3 }, { ke: 2, nilai: 6.5 }, { ke: 4, nilai: 9 }] (an empty place skips that evaluation); null when a part is not a number. */
export function bacaTargetEvaluasi(teks: string): { ke: number; nilai: number }[] | null {
  const out: { ke: number; nilai: number }[] = [];
  const bagian = teks.split(';').map((x) => x.trim());
  if (bagian.length > 12) return null;
  for (const [i, b] of bagian.entries()) {
    if (!b) continue;
    const n = Number(b.includes(',') ? b.replace(/\./g, '').replace(',', '.') : b);
    if (!Number.isFinite(n) || n < 0) return null;
    out.push({ ke: i + 1, nilai: n });
  }
  return out;
}

export const ikiSchema = z
  .object({
    uraian: teks(500, { pesan: 'Tuliskan indikator kinerja.' }),
    jenisTarget: pilihan(['KUANTITATIF', 'KUALITATIF'] as const, 'Pilih jenis target.'),
    targetNilai: desimalOpsional(),
    satuan: teksOpsional(50),
    targetKualitatif: teksOpsional(500),
    kompetensiId: idOpsional(),
    /** Issue 16: optional target per periodic evaluation, "3; 6; 9" (evaluation 1, 2, 3 …). */
    targetEvaluasi: teksOpsional(300, { satuBaris: true }),
  })
  .superRefine((v, ctx) => {
    if (v.targetEvaluasi && bacaTargetEvaluasi(v.targetEvaluasi) === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetEvaluasi'],
        message: 'Tulis angka target per evaluasi dipisah titik koma, mis. 3; 6; 9.',
      });
    }
    if (v.jenisTarget === 'KUANTITATIF') {
      if (v.targetNilai === null) ctx.addIssue({ code: 'custom', path: ['targetNilai'], message: 'Isi target berupa angka.' });
      if (!v.satuan) ctx.addIssue({ code: 'custom', path: ['satuan'], message: 'Isi satuan target (mis. %, laporan, berkas).' });
    } else if (!v.targetKualitatif) {
      ctx.addIssue({ code: 'custom', path: ['targetKualitatif'], message: 'Uraikan target kualitatifnya.' });
    }
  });

export const alasanSchema = z.object({ alasan: teks(2000, { label: 'Alasan', pesan: 'Tuliskan alasannya.', min: 10 }) });
export const tanggapanSchema = z.object({ tanggapan: teksOpsional(2000) });
/** The supervisor on a submitted plan: approve, or return it with a reason (the route asks for the reason). */
export const keputusanRencanaSchema = z.object({ keputusan: pilihan(['setujui', 'kembalikan'] as const), catatan: teksOpsional(2000) });

const RATING = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const;
const ratingBaru = (pesan: string) => pilihanOpsional(RATING, pesan).transform((v) => v ?? undefined);
export const keputusanSchema = z
  .object({
    keputusan: teks(4000, { pesan: 'Tuliskan keputusan tertulis.' }),
    hasil: pilihan(['DIKUKUHKAN', 'DIUBAH'] as const, 'Pilih keputusan.'),
    ratingHasilKerja: ratingBaru('Pilih rating hasil kerja yang baru.'),
    ratingPerilaku: ratingBaru('Pilih rating perilaku yang baru.'),
  })
  .superRefine((v, ctx) => {
    if (v.hasil === 'DIUBAH') {
      if (!v.ratingHasilKerja) ctx.addIssue({ code: 'custom', path: ['ratingHasilKerja'], message: 'Pilih rating hasil kerja yang baru.' });
      if (!v.ratingPerilaku) ctx.addIssue({ code: 'custom', path: ['ratingPerilaku'], message: 'Pilih rating perilaku yang baru.' });
    }
  });

/** A link as evidence: http or https only. */
const httpUrl = (u: string) => {
  try {
    const x = new URL(u);
    return x.protocol === 'https:' || x.protocol === 'http:';
  } catch {
    return false;
  }
};
export const tautanSchema = z.object({
  judul: teksOpsional(200),
  url: teks(1000, { pesan: 'Isi alamat tautan.' }).refine(httpUrl, 'Tautan harus diawali http:// atau https://'),
});

/** Body of a save (form or autosave): versi, field values and their base values. */
export function saveInputFrom(body: Record<string, unknown>): {
  versi: number;
  values: Record<string, string>;
  base: Record<string, string>;
} {
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

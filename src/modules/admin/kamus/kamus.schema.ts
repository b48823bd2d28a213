import { z } from 'zod';
import { teks, teksOpsional, id, idOpsional, bulat, daftar } from '../../../core/fields.js';

export const LEVELS = [1, 2, 3, 4, 5] as const;

/** The form posts l1_label, l1_deskripsi and repeated l1_indikator fields (one input per indicator). */
export function kamusInput(body: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...body };
  for (const n of LEVELS)
    out[`l${n}_indikator`] = daftar(body[`l${n}_indikator`])
      .map((s) => s.trim())
      .filter(Boolean);
  return out;
}

const levelShape: Record<string, z.ZodType> = {};
for (const n of LEVELS) {
  levelShape[`l${n}_label`] = teks(40);
  levelShape[`l${n}_deskripsi`] = teks(2000);
  levelShape[`l${n}_indikator`] = z
    .array(z.string().max(500, 'Paling banyak 500 karakter per indikator.'))
    .min(1, `Isi sekurang-kurangnya satu indikator perilaku untuk level ${n}.`)
    .max(15, 'Paling banyak 15 indikator.');
}

export const kompetensiSchema = z.object({
  kode: teks(20).refine((v) => /^[A-Za-z0-9._-]+$/.test(v), 'Kode hanya huruf, angka, titik, garis bawah, dan tanda hubung.'),
  nama: teks(150),
  kelompokId: id('Pilih kelompok kompetensi.'),
  unitId: idOpsional(),
  definisi: teks(3000),
  urutan: bulat(0, 999),
  ...levelShape,
});

export type KompetensiInput = {
  kode: string;
  nama: string;
  kelompokId: number;
  unitId: number | null;
  definisi: string;
  urutan: number;
  level: { level: number; label: string; deskripsi: string; indikator: string[] }[];
};

export function toKompetensi(d: Record<string, unknown>): KompetensiInput {
  return {
    kode: d.kode as string,
    nama: d.nama as string,
    kelompokId: d.kelompokId as number,
    unitId: (d.unitId as number | null) ?? null,
    definisi: d.definisi as string,
    urutan: d.urutan as number,
    level: LEVELS.map((n) => ({
      level: n,
      label: d[`l${n}_label`] as string,
      deskripsi: d[`l${n}_deskripsi`] as string,
      indikator: d[`l${n}_indikator`] as string[],
    })),
  };
}

export const kelompokSchema = z.object({ nama: teks(80), urutan: bulat(0, 99), keterangan: teksOpsional(10) });

/**
 * The settings of a talent review: everything a regulation or BKD may set, as data with defaults
 * (PermenPANRB 3/2020; BKN's guidance). Stored as JSON on the review, checked by `pengaturanSchema`
 * on every save and on every read (an old or hand-edited value falls back to the defaults field by field).
 */
import { z } from 'zod';

export const TINGKAT = ['RENDAH', 'MENENGAH', 'TINGGI'] as const;
export type Tingkat = (typeof TINGKAT)[number];

export const PREDIKAT_TALENTA = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export const TINGKAT_HUKUMAN = ['RINGAN', 'SEDANG', 'BERAT'] as const;

export interface Kotak {
  nomor: number;
  kinerja: Tingkat;
  potensi: Tingkat;
  label: string;
  tindakan: string;
  /** Publishing proposes training for the person's competency gaps. */
  rekomendasiPelatihan: boolean;
}

export interface PengaturanTalenta {
  /** Predikat of the last N years (ending with the review year) make the kinerja axis. */
  tahunKinerja: number;
  /** Predikat → value 0..100. */
  nilaiPredikat: Record<(typeof PREDIKAT_TALENTA)[number], number>;
  /** Weights (percent) of the potensi components; a missing optional component's weight is shared out. */
  bobotPotensi: { asesmen: number; kompetensi: number; rekamJejak: number };
  /** Without an assessment result the person is not placed (listed as incomplete). */
  asesmenWajib: boolean;
  /** Highest score on the assessment files' scale (scores are turned into 0..100). */
  skalaAsesmen: number;
  /** Assessment results older than this many years are not used. */
  masaBerlakuAsesmen: number;
  /** Track record parts (percent) and their references. */
  bobotRekamJejak: { jp: number; penghargaan: number; pendidikan: number; masaJabatan: number };
  jpAcuan: number;
  penghargaanAcuan: number;
  masaJabatanAcuan: number;
  /** Overall ranking score (within a box and in pools). */
  bobotTotal: { kinerja: number; potensi: number };
  /** Lower bound (inclusive, 0..100) of MENENGAH and TINGGI on each axis. */
  batas: { kinerja: { menengah: number; tinggi: number }; potensi: { menengah: number; tinggi: number } };
  kotak: Kotak[];
  /** Years a penalty of each level excludes a person (0 = never). */
  eksklusiTahun: Record<(typeof TINGKAT_HUKUMAN)[number], number>;
  /** Boxes whose people form the talent pool for key positions. */
  kotakPool: number[];
  /** Competency fit (percent) to the target jabatan for "siap sekarang" and "siap 1–2 tahun". */
  fitSiapSekarang: number;
  fitSiap12: number;
  /** Who besides BKD and pimpinan sees boxes. */
  atasanLihatKotak: boolean;
  pegawaiLihatKotak: boolean;
}

export const KOTAK_DEFAULT: Kotak[] = [
  {
    nomor: 1,
    kinerja: 'RENDAH',
    potensi: 'RENDAH',
    label: 'Kinerja di bawah ekspektasi, potensi rendah',
    tindakan: 'Konseling kinerja; rencana perbaikan kinerja dengan atasan.',
    rekomendasiPelatihan: true,
  },
  {
    nomor: 2,
    kinerja: 'MENENGAH',
    potensi: 'RENDAH',
    label: 'Kinerja sesuai ekspektasi, potensi rendah',
    tindakan: 'Pengembangan kompetensi sesuai kesenjangan; tetap pada jabatan.',
    rekomendasiPelatihan: true,
  },
  {
    nomor: 3,
    kinerja: 'RENDAH',
    potensi: 'MENENGAH',
    label: 'Kinerja di bawah ekspektasi, potensi menengah',
    tindakan: 'Bimbingan kinerja dan pengembangan kompetensi.',
    rekomendasiPelatihan: true,
  },
  {
    nomor: 4,
    kinerja: 'TINGGI',
    potensi: 'RENDAH',
    label: 'Kinerja di atas ekspektasi, potensi rendah',
    tindakan: 'Penghargaan; pengembangan kompetensi untuk menaikkan potensi.',
    rekomendasiPelatihan: true,
  },
  {
    nomor: 5,
    kinerja: 'MENENGAH',
    potensi: 'MENENGAH',
    label: 'Kinerja sesuai ekspektasi, potensi menengah',
    tindakan: 'Pengembangan kompetensi dan penugasan bertahap.',
    rekomendasiPelatihan: true,
  },
  {
    nomor: 6,
    kinerja: 'RENDAH',
    potensi: 'TINGGI',
    label: 'Kinerja di bawah ekspektasi, potensi tinggi',
    tindakan: 'Konseling dan penempatan yang lebih sesuai; pantau kinerja.',
    rekomendasiPelatihan: true,
  },
  {
    nomor: 7,
    kinerja: 'TINGGI',
    potensi: 'MENENGAH',
    label: 'Kinerja di atas ekspektasi, potensi menengah',
    tindakan: 'Masuk kelompok rencana suksesi; pengembangan untuk jabatan target.',
    rekomendasiPelatihan: true,
  },
  {
    nomor: 8,
    kinerja: 'MENENGAH',
    potensi: 'TINGGI',
    label: 'Kinerja sesuai ekspektasi, potensi tinggi',
    tindakan: 'Masuk kelompok rencana suksesi; penugasan khusus dan pengembangan.',
    rekomendasiPelatihan: true,
  },
  {
    nomor: 9,
    kinerja: 'TINGGI',
    potensi: 'TINGGI',
    label: 'Kinerja di atas ekspektasi, potensi tinggi',
    tindakan: 'Dipromosikan atau ditugaskan pada jabatan kritikal; masuk kelompok rencana suksesi.',
    rekomendasiPelatihan: false,
  },
];

export const PENGATURAN_DEFAULT: PengaturanTalenta = {
  tahunKinerja: 2,
  nilaiPredikat: { SANGAT_BAIK: 100, BAIK: 80, BUTUH_PERBAIKAN: 60, KURANG: 40, SANGAT_KURANG: 20 },
  bobotPotensi: { asesmen: 50, kompetensi: 30, rekamJejak: 20 },
  asesmenWajib: true,
  skalaAsesmen: 5,
  masaBerlakuAsesmen: 3,
  bobotRekamJejak: { jp: 40, penghargaan: 20, pendidikan: 20, masaJabatan: 20 },
  jpAcuan: 20,
  penghargaanAcuan: 1,
  masaJabatanAcuan: 4,
  bobotTotal: { kinerja: 50, potensi: 50 },
  batas: { kinerja: { menengah: 70, tinggi: 90 }, potensi: { menengah: 60, tinggi: 80 } },
  kotak: KOTAK_DEFAULT,
  eksklusiTahun: { RINGAN: 0, SEDANG: 2, BERAT: 3 },
  kotakPool: [7, 8, 9],
  fitSiapSekarang: 90,
  fitSiap12: 75,
  atasanLihatKotak: false,
  pegawaiLihatKotak: false,
};

/** A number in [min, max] with one Indonesian message for every refusal. */
function angka(min: number, max: number, bulat = false) {
  const pesan = `Isi dengan ${bulat ? 'bilangan bulat' : 'angka'} ${min}–${max}.`;
  const n = z.number({ error: pesan }).min(min, pesan).max(max, pesan);
  return bulat ? n.int(pesan) : n;
}
const persen = angka(0, 100);
const bobot = angka(0, 100, true);
const tingkat = z.enum(TINGKAT, { error: 'Pilih rendah, menengah, atau tinggi.' });

export const pengaturanSchema = z
  .object({
    tahunKinerja: angka(1, 5, true),
    nilaiPredikat: z.object(
      Object.fromEntries(PREDIKAT_TALENTA.map((p) => [p, persen])) as Record<(typeof PREDIKAT_TALENTA)[number], typeof persen>,
    ),
    bobotPotensi: z.object({ asesmen: bobot, kompetensi: bobot, rekamJejak: bobot }),
    asesmenWajib: z.boolean(),
    skalaAsesmen: angka(1, 1000),
    masaBerlakuAsesmen: angka(1, 10, true),
    bobotRekamJejak: z.object({ jp: bobot, penghargaan: bobot, pendidikan: bobot, masaJabatan: bobot }),
    jpAcuan: angka(1, 1000, true),
    penghargaanAcuan: angka(1, 100, true),
    masaJabatanAcuan: angka(1, 40, true),
    bobotTotal: z.object({ kinerja: bobot, potensi: bobot }),
    batas: z.object({
      kinerja: z.object({ menengah: persen, tinggi: persen }),
      potensi: z.object({ menengah: persen, tinggi: persen }),
    }),
    kotak: z
      .array(
        z.object({
          nomor: angka(1, 9, true),
          kinerja: tingkat,
          potensi: tingkat,
          label: z.string().trim().min(1, 'Label kotak wajib diisi.').max(200, 'Label paling banyak 200 karakter.'),
          tindakan: z.string().trim().min(1, 'Tindakan wajib diisi.').max(1000, 'Tindakan paling banyak 1.000 karakter.'),
          rekomendasiPelatihan: z.boolean(),
        }),
      )
      .length(9),
    eksklusiTahun: z.object({
      RINGAN: angka(0, 10, true),
      SEDANG: angka(0, 10, true),
      BERAT: angka(0, 10, true),
    }),
    kotakPool: z.array(angka(1, 9, true)).min(1, 'Pilih paling sedikit satu kotak kelompok rencana suksesi.'),
    fitSiapSekarang: persen,
    fitSiap12: persen,
    atasanLihatKotak: z.boolean(),
    pegawaiLihatKotak: z.boolean(),
  })
  .superRefine((v, ctx) => {
    for (const sumbu of ['kinerja', 'potensi'] as const)
      if (v.batas[sumbu].menengah >= v.batas[sumbu].tinggi)
        ctx.addIssue({ code: 'custom', path: ['batas', sumbu, 'tinggi'], message: 'Batas tinggi harus lebih besar dari batas menengah.' });
    const sel = new Set(v.kotak.map((k) => `${k.kinerja}:${k.potensi}`));
    const nomor = new Set(v.kotak.map((k) => k.nomor));
    if (sel.size !== 9 || nomor.size !== 9)
      ctx.addIssue({ code: 'custom', path: ['kotak'], message: 'Sembilan kotak harus menempati sembilan sel berbeda dengan nomor 1–9.' });
    const jumlah = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    if (jumlah(v.bobotPotensi) !== 100)
      ctx.addIssue({ code: 'custom', path: ['bobotPotensi', 'asesmen'], message: 'Jumlah bobot potensi harus 100.' });
    if (jumlah(v.bobotRekamJejak) !== 100)
      ctx.addIssue({ code: 'custom', path: ['bobotRekamJejak', 'jp'], message: 'Jumlah bobot rekam jejak harus 100.' });
    if (jumlah(v.bobotTotal) !== 100)
      ctx.addIssue({ code: 'custom', path: ['bobotTotal', 'kinerja'], message: 'Jumlah bobot total harus 100.' });
    if (v.fitSiap12 > v.fitSiapSekarang)
      ctx.addIssue({ code: 'custom', path: ['fitSiap12'], message: 'Batas "siap 1–2 tahun" tidak boleh melebihi batas "siap sekarang".' });
  });

/** The stored settings, or the defaults when they no longer pass the schema. */
export function bacaPengaturan(json: unknown): PengaturanTalenta {
  const r = pengaturanSchema.safeParse(json);
  if (r.success) return r.data;
  const gabung = { ...PENGATURAN_DEFAULT, ...(typeof json === 'object' && json ? json : {}) };
  const r2 = pengaturanSchema.safeParse(gabung);
  return r2.success ? r2.data : structuredClone(PENGATURAN_DEFAULT);
}

export function kotakDari(p: PengaturanTalenta, kinerja: Tingkat, potensi: Tingkat): Kotak {
  return p.kotak.find((k) => k.kinerja === kinerja && k.potensi === potensi)!;
}

import type { JenisJabatan, JenjangFungsional, Predikat, PredikatOrganisasi, RatingKinerja } from '../../generated/prisma/enums.js';

/**
 * Default rules that a new period starts with (PermenPANRB 6/2022 as summarised in
 * docs/domain.md). They are copied into each period's own rows, which BKD may then edit:
 * the application always reads the period's rows, never these constants.
 */
export const DEFAULT_MATRIKS: { hasilKerja: RatingKinerja; perilaku: RatingKinerja; predikat: Predikat }[] = [
  { hasilKerja: 'DI_ATAS', perilaku: 'DI_ATAS', predikat: 'SANGAT_BAIK' },
  { hasilKerja: 'DI_ATAS', perilaku: 'SESUAI', predikat: 'BAIK' },
  { hasilKerja: 'DI_ATAS', perilaku: 'DI_BAWAH', predikat: 'KURANG' },
  { hasilKerja: 'SESUAI', perilaku: 'DI_ATAS', predikat: 'BAIK' },
  { hasilKerja: 'SESUAI', perilaku: 'SESUAI', predikat: 'BAIK' },
  { hasilKerja: 'SESUAI', perilaku: 'DI_BAWAH', predikat: 'KURANG' },
  { hasilKerja: 'DI_BAWAH', perilaku: 'DI_ATAS', predikat: 'BUTUH_PERBAIKAN' },
  { hasilKerja: 'DI_BAWAH', perilaku: 'SESUAI', predikat: 'BUTUH_PERBAIKAN' },
  { hasilKerja: 'DI_BAWAH', perilaku: 'DI_BAWAH', predikat: 'SANGAT_KURANG' },
];

type Bound = { min: number; max: number };
/** Pola distribusi: share bounds (percent) of each staff predikat per organisational predikat. */
export const DEFAULT_POLA: Record<PredikatOrganisasi, Partial<Record<Predikat, Bound>>> = {
  ISTIMEWA: { SANGAT_BAIK: { min: 0, max: 70 } },
  BAIK: { BAIK: { min: 0, max: 70 }, BUTUH_PERBAIKAN: { min: 0, max: 100 }, KURANG: { min: 0, max: 100 } },
  BUTUH_PERBAIKAN: { BUTUH_PERBAIKAN: { min: 60, max: 100 }, SANGAT_BAIK: { min: 0, max: 10 } },
  KURANG: { KURANG: { min: 60, max: 100 }, BUTUH_PERBAIKAN: { min: 10, max: 100 }, SANGAT_BAIK: { min: 0, max: 10 } },
  SANGAT_KURANG: { SANGAT_KURANG: { min: 60, max: 100 }, SANGAT_BAIK: { min: 0, max: 0 } },
};

export function defaultPolaRows(): { predikatOrganisasi: PredikatOrganisasi; predikat: Predikat; minPersen: number; maksPersen: number }[] {
  const rows: { predikatOrganisasi: PredikatOrganisasi; predikat: Predikat; minPersen: number; maksPersen: number }[] = [];
  for (const [org, bounds] of Object.entries(DEFAULT_POLA) as [PredikatOrganisasi, Partial<Record<Predikat, Bound>>][]) {
    for (const [pred, b] of Object.entries(bounds) as [Predikat, Bound][]) {
      rows.push({ predikatOrganisasi: org, predikat: pred, minPersen: b.min, maksPersen: b.max });
    }
  }
  return rows;
}

/** Default required manajerial / sosial-kultural level by post (DOMAIN.md, "verify"); BKD sets the real one. */
export function defaultLevelManajerial(jenis: JenisJabatan, jenjang?: JenjangFungsional | null): number {
  switch (jenis) {
    case 'JPT_UTAMA':
    case 'JPT_MADYA':
      return 5;
    case 'JPT_PRATAMA':
      return 4;
    case 'ADMINISTRATOR':
      return 3;
    case 'PENGAWAS':
      return 2;
    case 'PELAKSANA':
      return 1;
    case 'FUNGSIONAL_KEAHLIAN':
      return jenjang === 'AHLI_UTAMA' ? 4 : jenjang === 'AHLI_MADYA' ? 3 : jenjang === 'AHLI_MUDA' ? 2 : 1;
    case 'FUNGSIONAL_KETERAMPILAN':
      return jenjang === 'PENYELIA' ? 2 : 1;
  }
}

export const DEFAULT_PENGATURAN: Record<string, unknown> = {
  jpMinimalPns: 20,
  jpMaksimalPppk: 24,
  ambangResponden360: 3,
  mingguTanpaDialog: 4,
  ukuranBerkasMaksMb: 5,
};

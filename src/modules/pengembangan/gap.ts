/**
 * Gap rules (PermenPANRB 38/2017): required level of the jabatan minus the level the supervisor
 * assessed (levelAtasan). Pure functions, so the edge cases are tested without a database.
 */
export type StatusGap = 'TANPA_STANDAR' | 'BELUM_DINILAI' | 'DI_BAWAH' | 'MEMENUHI' | 'MELAMPAUI';

export interface HasilGap {
  /** required − assessed; negative when above standard; null when it cannot be computed. */
  selisih: number | null;
  /** The shortfall only (never negative): what development has to close. */
  gap: number;
  status: StatusGap;
}

export function hitungGap(levelDibutuhkan: number | null | undefined, levelAtasan: number | null | undefined): HasilGap {
  if (levelDibutuhkan === null || levelDibutuhkan === undefined || levelDibutuhkan < 1)
    return { selisih: null, gap: 0, status: 'TANPA_STANDAR' };
  if (levelAtasan === null || levelAtasan === undefined) return { selisih: null, gap: 0, status: 'BELUM_DINILAI' };
  const selisih = levelDibutuhkan - levelAtasan;
  if (selisih > 0) return { selisih, gap: selisih, status: 'DI_BAWAH' };
  return { selisih, gap: 0, status: selisih === 0 ? 'MEMENUHI' : 'MELAMPAUI' };
}

export const LABEL_STATUS_GAP: Record<StatusGap, string> = {
  TANPA_STANDAR: 'Standar belum ditetapkan',
  BELUM_DINILAI: 'Belum dinilai atasan',
  DI_BAWAH: 'Di bawah standar',
  MEMENUHI: 'Memenuhi standar',
  MELAMPAUI: 'Melampaui standar',
};

/** A quantitative target is missed when the reported realisation is below the target. */
export function targetTerlewat(i: { jenisTarget: string; targetNilai: unknown; realisasiNilai: unknown }): boolean {
  if (
    i.jenisTarget !== 'KUANTITATIF' ||
    i.targetNilai === null ||
    i.realisasiNilai === null ||
    i.targetNilai === undefined ||
    i.realisasiNilai === undefined
  )
    return false;
  return Number(String(i.realisasiNilai)) < Number(String(i.targetNilai));
}

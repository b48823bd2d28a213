import type { MetodePelatihan } from '../../generated/prisma/enums.js';

/**
 * Recommendation ranking. The method preferred for a gap size comes from AturanRekomendasi rows
 * (data BKD can edit); the weights below are the fit rules, documented in
 * docs/decisions/060-rekomendasi-pelatihan.md.
 */
export interface ProgramKandidat {
  id: number;
  judul: string;
  metode: MetodePelatihan;
  jp: number;
  biaya: bigint | number;
  levelMin: number;
  levelMax: number;
}
export interface AturanMetode {
  gapMin: number;
  gapMax: number;
  metodeDiutamakan: MetodePelatihan;
}
export interface Peringkat<P extends ProgramKandidat> {
  program: P;
  skor: number;
  alasan: string[];
}

export function metodeUntukGap(gap: number, aturan: AturanMetode[]): MetodePelatihan | null {
  return aturan.find((a) => gap >= a.gapMin && gap <= a.gapMax)?.metodeDiutamakan ?? null;
}

/**
 * Programs whose target range contains the assessed level, best first.
 * @param level the level the supervisor assessed
 * @param levelDibutuhkan the level the jabatan requires
 * @param target true when the need is a missed work target, not a competency gap: it is ranked
 *   as the smallest gap, but no reason speaks of a gap
 */
export function peringkatProgram<P extends ProgramKandidat>(
  sasaran: { gap: number; level: number; levelDibutuhkan: number; target?: boolean },
  program: P[],
  aturan: AturanMetode[],
): Peringkat<P>[] {
  const metode = metodeUntukGap(sasaran.gap, aturan);
  const hasil: Peringkat<P>[] = [];
  for (const p of program) {
    if (sasaran.level < p.levelMin || sasaran.level > p.levelMax) continue;
    const alasan: string[] = [];
    let skor = 10 * sasaran.gap;
    if (metode && p.metode === metode) {
      skor += 50;
      if (!sasaran.target)
        alasan.push(metode === 'KLASIKAL' ? 'klasikal cocok untuk kesenjangan besar' : 'nonklasikal cocok untuk kesenjangan kecil');
    }
    if (p.levelMax >= sasaran.levelDibutuhkan) {
      skor += 20;
      alasan.push(`menjangkau level ${sasaran.levelDibutuhkan}`);
    }
    // Small gaps: short programs are enough. Larger gaps: more hours of structured learning.
    skor += sasaran.gap >= 2 ? Math.min(p.jp, 40) / 2 : Math.max(0, 20 - p.jp / 2);
    const biaya = Number(p.biaya);
    skor -= Math.min(20, biaya / 250_000);
    if (biaya === 0) alasan.push('tanpa biaya');
    hasil.push({ program: p, skor: Math.round(skor), alasan });
  }
  return hasil.sort(
    (a, b) => b.skor - a.skor || Number(a.program.biaya) - Number(b.program.biaya) || a.program.judul.localeCompare(b.program.judul),
  );
}

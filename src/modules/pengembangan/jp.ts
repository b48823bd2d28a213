import type { StatusKepegawaian } from '../../generated/prisma/enums.js';

/**
 * JP (jam pelajaran) rights: PNS/CPNS at least jpMinimalPns per calendar year; PPPK at most
 * jpMaksimalPppk per contract year. The contract year starts on the anniversary of the PPPK's
 * appointment TMT (tmtJabatan); without it, the calendar year (docs/decisions/061-jp-pppk.md).
 */
export interface JendelaJp {
  mulai: Date; // inclusive, UTC midnight
  selesai: Date; // exclusive
  jenis: 'TAHUN' | 'KONTRAK';
}

export function jendelaJp(status: StatusKepegawaian, tmt: Date | null, ref: Date): JendelaJp {
  const y = ref.getUTCFullYear();
  if (status !== 'PPPK' || !tmt) {
    return { mulai: new Date(Date.UTC(y, 0, 1)), selesai: new Date(Date.UTC(y + 1, 0, 1)), jenis: 'TAHUN' };
  }
  const m = tmt.getUTCMonth();
  const d = tmt.getUTCDate();
  let mulai = ulangTahun(y, m, d);
  if (mulai > ref) mulai = ulangTahun(y - 1, m, d);
  return { mulai, selesai: ulangTahun(mulai.getUTCFullYear() + 1, m, d), jenis: 'KONTRAK' };
}

/** 29 Feb in a non-leap year falls back to 28 Feb. */
function ulangTahun(y: number, m: number, d: number): Date {
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, last)));
}

export interface TargetJp {
  jenis: 'MINIMAL' | 'MAKSIMAL';
  nilai: number;
}

export function targetJp(status: StatusKepegawaian, aturan: { jpMinimalPns: number; jpMaksimalPppk: number }): TargetJp {
  return status === 'PPPK' ? { jenis: 'MAKSIMAL', nilai: aturan.jpMaksimalPppk } : { jenis: 'MINIMAL', nilai: aturan.jpMinimalPns };
}

/** Totals of completed training inside the window (by end date). */
export function totalJp(riwayat: { jp: number; tanggalSelesai: Date }[], w: JendelaJp): number {
  return riwayat.filter((r) => r.tanggalSelesai >= w.mulai && r.tanggalSelesai < w.selesai).reduce((s, r) => s + r.jp, 0);
}

export function statusJp(total: number, target: TargetJp): { persen: number; kurang: number; lebih: number; memenuhi: boolean } {
  const persen = target.nilai > 0 ? Math.min(100, Math.round((total / target.nilai) * 100)) : 100;
  if (target.jenis === 'MINIMAL') return { persen, kurang: Math.max(0, target.nilai - total), lebih: 0, memenuhi: total >= target.nilai };
  return { persen, kurang: 0, lebih: Math.max(0, total - target.nilai), memenuhi: total <= target.nilai };
}

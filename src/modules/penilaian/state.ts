import type { StatusPenilaian, StatusRencana, StatusPeriode } from '../../generated/prisma/enums.js';
import { StateError } from '../../core/errors.js';

/**
 * The appraisal state machine, in one place. Every status change in the app goes through
 * `transition()`; tests cover every allowed and forbidden move.
 *
 *   DRAFT ──kirim──▶ DIKIRIM ──nilai──▶ DINILAI ──finalkan──▶ FINAL
 *     ▲                 │                  │
 *     └──(revisi)── DIKEMBALIKAN ◀─kembalikan┘
 *
 * FINAL changes only through a keberatan decision (or calibration), never by editing.
 */
export type Aksi = 'kirim' | 'kembalikan' | 'nilai' | 'finalkan';
export type Peran = 'PEGAWAI' | 'PENILAI';

const RULES: Record<Aksi, { from: StatusPenilaian[]; to: StatusPenilaian; by: Peran }> = {
  kirim: { from: ['DRAFT', 'DIKEMBALIKAN'], to: 'DIKIRIM', by: 'PEGAWAI' },
  kembalikan: { from: ['DIKIRIM', 'DINILAI'], to: 'DIKEMBALIKAN', by: 'PENILAI' },
  nilai: { from: ['DIKIRIM', 'DINILAI'], to: 'DINILAI', by: 'PENILAI' },
  finalkan: { from: ['DINILAI'], to: 'FINAL', by: 'PENILAI' },
};

const PESAN: Record<Aksi, string> = {
  kirim: 'Penilaian diri hanya dapat dikirim saat berstatus draf atau dikembalikan.',
  kembalikan: 'Hanya penilaian yang sudah dikirim atau dinilai yang dapat dikembalikan.',
  nilai: 'Hanya penilaian yang sudah dikirim yang dapat dinilai.',
  finalkan: 'Penilaian harus dinilai terlebih dahulu sebelum difinalkan.',
};

export function transition(current: StatusPenilaian, aksi: Aksi, by: Peran, periode: StatusPeriode): StatusPenilaian {
  const rule = RULES[aksi];
  if (periode === 'DITUTUP') throw new StateError('Periode penilaian sudah ditutup; perubahan hanya melalui keberatan.');
  if (rule.by !== by) throw new StateError('Anda tidak berhak melakukan tindakan ini pada penilaian ini.');
  if (!rule.from.includes(current)) throw new StateError(PESAN[aksi]);
  return rule.to;
}

export function canTransition(current: StatusPenilaian, aksi: Aksi, by: Peran, periode: StatusPeriode): boolean {
  try {
    transition(current, aksi, by, periode);
    return true;
  } catch {
    return false;
  }
}

/** The employee types into the self-assessment only in these states, in a running period. */
export function pegawaiMayEdit(status: StatusPenilaian, periode: StatusPeriode): boolean {
  return periode === 'BERJALAN' && (status === 'DRAFT' || status === 'DIKEMBALIKAN');
}

/** The rater types into the rating only after submission and before final. */
export function penilaiMayEdit(status: StatusPenilaian, periode: StatusPeriode): boolean {
  return periode !== 'DITUTUP' && (status === 'DIKIRIM' || status === 'DINILAI');
}

export type AksiRencana = 'ajukan' | 'setujui' | 'kembalikanRencana';
const RENCANA: Record<AksiRencana, { from: StatusRencana[]; to: StatusRencana; by: Peran }> = {
  ajukan: { from: ['DRAFT', 'DIKEMBALIKAN'], to: 'DIAJUKAN', by: 'PEGAWAI' },
  setujui: { from: ['DIAJUKAN'], to: 'DISETUJUI', by: 'PENILAI' },
  kembalikanRencana: { from: ['DIAJUKAN', 'DISETUJUI'], to: 'DIKEMBALIKAN', by: 'PENILAI' },
};

export function transitionRencana(
  current: StatusRencana,
  status: StatusPenilaian,
  aksi: AksiRencana,
  by: Peran,
  periode: StatusPeriode,
): StatusRencana {
  const rule = RENCANA[aksi];
  if (periode === 'DITUTUP') throw new StateError('Periode penilaian sudah ditutup.');
  if (rule.by !== by) throw new StateError('Anda tidak berhak melakukan tindakan ini pada rencana ini.');
  if (status !== 'DRAFT' && status !== 'DIKEMBALIKAN') throw new StateError('Rencana tidak dapat diubah setelah penilaian diri dikirim.');
  if (!rule.from.includes(current)) {
    throw new StateError(aksi === 'ajukan' ? 'Rencana sudah diajukan.' : 'Rencana belum diajukan oleh pegawai.');
  }
  return rule.to;
}

/** SKP rows can be edited while the plan is a draft or returned, and the appraisal not submitted. */
export function rencanaMayEdit(statusRencana: StatusRencana, status: StatusPenilaian, periode: StatusPeriode): boolean {
  return (
    periode === 'BERJALAN' &&
    (status === 'DRAFT' || status === 'DIKEMBALIKAN') &&
    (statusRencana === 'DRAFT' || statusRencana === 'DIKEMBALIKAN')
  );
}

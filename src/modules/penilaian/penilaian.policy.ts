import type { Prisma } from '../../generated/prisma/client.js';
import { isAdminBkd, subtreePimpinan, type Principal } from '../../core/principal.js';
import { hariIni } from '../../lib/format.js';

/**
 * Who may do what with an appraisal (PenilaianKinerja) — the one place this is decided. Every
 * route, the document, the reports and the calibration board ask here; each answer is a Prisma
 * where-clause that goes into the query, so an appraisal outside it is simply "not found".
 *
 * | relation to the appraisal            | baca | nilai | kalibrasi |
 * |--------------------------------------|------|-------|-----------|
 * | the employee themself                | yes  |       |           |
 * | pejabat penilai (penilaiId)          | yes  | yes   |           |
 * | Plt/Plh for the person/rater/unit    | yes  | yes   |           |
 * | atasan pejabat penilai               | yes  |       |           |
 * | pimpinan whose subtree holds it      | yes  |       | yes       |
 * | Admin BKD                            | yes  |       | yes       |
 */
export type AksiPenilaian = 'baca' | 'nilai' | 'kalibrasi';

const NOTHING: Prisma.PenilaianKinerjaWhereInput = { id: -1 };

/** Delegations (Plt/Plh) active today for a receiver. */
export function delegasiAktif(pegawaiId: number): Prisma.DelegasiWhereInput {
  const today = hariIni();
  return { penerimaId: pegawaiId, aktif: true, mulai: { lte: today }, selesai: { gte: today } };
}

/**
 * Appraisals this person rates: their own direct reports (penilaiId fixed when the appraisal
 * started) plus those delegated to them for a person, for an official, or for a unit.
 */
function dinilai(user: Principal): Prisma.PenilaianKinerjaWhereInput {
  if (!user.pegawaiId) return NOTHING;
  const d = delegasiAktif(user.pegawaiId);
  return {
    OR: [
      { penilaiId: user.pegawaiId },
      { pegawai: { delegasiSasaran: { some: d } } },
      { penilai: { delegasiAsal: { some: d } } },
      { unit: { delegasi: { some: d } } },
    ],
  };
}

function subtree(user: Principal): Prisma.PenilaianKinerjaWhereInput | null {
  const jalur = subtreePimpinan(user);
  return jalur ? { unit: { jalur: { startsWith: jalur } } } : null;
}

/** The where-clause of the appraisals `user` may act on with `aksi`. */
export function penilaianBoleh(user: Principal, aksi: AksiPenilaian): Prisma.PenilaianKinerjaWhereInput {
  switch (aksi) {
    case 'nilai':
      return dinilai(user);
    case 'kalibrasi': {
      if (isAdminBkd(user)) return {};
      return subtree(user) ?? NOTHING;
    }
    case 'baca': {
      if (isAdminBkd(user)) return {};
      const or: Prisma.PenilaianKinerjaWhereInput[] = [];
      if (user.pegawaiId) or.push({ pegawaiId: user.pegawaiId }, dinilai(user), { atasanPenilaiId: user.pegawaiId });
      const s = subtree(user);
      if (s) or.push(s);
      return or.length ? { OR: or } : NOTHING;
    }
  }
}

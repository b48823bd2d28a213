import type { Prisma } from '../../generated/prisma/client.js';
import type { Principal } from '../../web/principal.js';
import { hariIni } from '../../lib/format.js';

/** Delegations (Plt/Plh) active today for a receiver. */
export function delegasiAktif(pegawaiId: number): Prisma.DelegasiWhereInput {
  const today = hariIni();
  return { penerimaId: pegawaiId, aktif: true, mulai: { lte: today }, selesai: { gte: today } };
}

/**
 * Appraisals this person rates: their own direct reports (penilaiId fixed when the appraisal
 * started) plus those delegated to them for a person, for an official, or for a unit.
 */
export function scopePenilai(user: Principal): Prisma.PenilaianKinerjaWhereInput {
  if (!user.pegawaiId) return { id: -1 };
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

/** Appraisals this person may read: own, rated by them, under objection to them, or BKD. */
export function scopeBaca(user: Principal): Prisma.PenilaianKinerjaWhereInput {
  if (user.roles.includes('ADMIN_BKD')) return {};
  const or: Prisma.PenilaianKinerjaWhereInput[] = [scopePenilai(user)];
  if (user.pegawaiId) {
    or.push({ pegawaiId: user.pegawaiId }, { atasanPenilaiId: user.pegawaiId });
  }
  return { OR: or };
}

import type { Db } from '../../db/client.js';
import { dariKonfigurasi } from '../../core/konfigurasi-cache.js';

/**
 * Settings this module reads from Pengaturan (BKD edits them). A missing or malformed value
 * falls back to the default here, so a fresh deployment works before BKD touches anything.
 */
export const DEFAULT_UMPAN_BALIK = {
  /** Weeks without a check-in before the dashboard reminds both sides. */
  mingguTanpaDialog: 4,
  /** Minimum number of 360 responses before any aggregate is shown (never below 3). */
  ambangResponden360: 3,
  /** Front-line employees may get their own public feedback link. */
  umpanBalikPublikPerPegawai: false,
  /** The unit's public feedback score is shown on the appraisal page as context. */
  umpanBalikPublikDiPenilaian: true,
  /** Weight (percent) of the 360 score in reports; 0 = shown but not weighted. */
  bobotSkor360: 0,
  /** Public form submissions per IP per 15 minutes. */
  batasUmpanBalikPerIp: 10,
  /** Public form submissions per unit per hour (all citizens together). */
  batasUmpanBalikPerUnit: 300,
};
type Keys = keyof typeof DEFAULT_UMPAN_BALIK;

export async function bacaPengaturan<K extends Keys>(prisma: Db, kunci: K): Promise<(typeof DEFAULT_UMPAN_BALIK)[K]> {
  const def = DEFAULT_UMPAN_BALIK[kunci];
  const row = await dariKonfigurasi(`pengaturan:${kunci}`, () => prisma.pengaturan.findUnique({ where: { kunci } }));
  const v = row?.nilai as unknown;
  if (typeof def === 'number') {
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
    return (Number.isFinite(n) ? n : def) as (typeof DEFAULT_UMPAN_BALIK)[K];
  }
  if (typeof v === 'boolean') return v as (typeof DEFAULT_UMPAN_BALIK)[K];
  if (v === 'true' || v === 'false') return (v === 'true') as (typeof DEFAULT_UMPAN_BALIK)[K];
  return def;
}

/** The anonymity threshold: configurable upwards, but never fewer than 3 responses. */
export async function ambang360(prisma: Db): Promise<number> {
  return Math.max(3, Math.floor(await bacaPengaturan(prisma, 'ambangResponden360')));
}

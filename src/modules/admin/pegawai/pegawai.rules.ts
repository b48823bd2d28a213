/** Checks shared by the pegawai form and the bulk import. */
import { parseNip, validNiPppk } from '../../domain/nip.js';

export type StatusKepeg = 'CPNS' | 'PNS' | 'PPPK';

/** NIP for CPNS/PNS, NI PPPK for PPPK; returns field errors and the cleaned identifiers. */
export function cekIdentitas(
  status: StatusKepeg,
  nipRaw: string | null,
  niRaw: string | null,
  jenisKelamin?: 'L' | 'P',
): { errors: Record<string, string>; nip: string | null; niPppk: string | null; tanggalLahir: Date | null } {
  const errors: Record<string, string> = {};
  const nip = nipRaw ? nipRaw.replace(/\s+/g, '') : null;
  const niPppk = niRaw ? niRaw.replace(/\s+/g, '') : null;
  let tanggalLahir: Date | null = null;
  if (status === 'PPPK') {
    if (!niPppk) errors.niPppk = 'Pegawai PPPK wajib memiliki NI PPPK.';
    else if (!validNiPppk(niPppk)) errors.niPppk = 'NI PPPK harus 16–30 digit angka.';
    if (nip) errors.nip = 'Pegawai PPPK tidak memiliki NIP PNS; kosongkan NIP.';
  } else {
    if (!nip) errors.nip = 'CPNS/PNS wajib memiliki NIP 18 digit.';
    else {
      const r = parseNip(nip);
      if (!r.ok) errors.nip = r.pesan;
      else {
        tanggalLahir = r.parts.tanggalLahir;
        if (jenisKelamin && r.parts.jenisKelamin !== jenisKelamin) errors.jenisKelamin = 'Jenis kelamin tidak sesuai dengan digit ke-15 NIP.';
      }
    }
    if (niPppk) errors.niPppk = 'NI PPPK hanya untuk pegawai PPPK.';
  }
  return { errors, nip: status === 'PPPK' ? null : nip, niPppk: status === 'PPPK' ? niPppk : null, tanggalLahir };
}

/**
 * True when making `atasanId` the supervisor of `id` closes a loop. `atasanOf` answers the
 * current supervisor of any pegawai (from the database, or the import's merged view).
 */
export function adaSiklus(id: number | string, atasanId: number | string | null, atasanOf: (x: number | string) => number | string | null | undefined): boolean {
  let cur = atasanId;
  const seen = new Set<number | string>();
  while (cur !== null && cur !== undefined) {
    if (cur === id) return true;
    if (seen.has(cur)) return false; // an existing loop elsewhere; not ours to report here
    seen.add(cur);
    cur = atasanOf(cur) ?? null;
  }
  return false;
}

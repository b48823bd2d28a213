/** Checks on a staff record shared by the pegawai form and the bulk import (one rule for both). */
import { parseNip, validNiPppk } from '../../domain/nip.js';

export type StatusKepeg = 'CPNS' | 'PNS' | 'PPPK';

/**
 * NIP for CPNS/PNS, NI PPPK for PPPK, and the gender digit of the NIP. Identifiers come without
 * white space. Returns field errors and the birth date the NIP holds.
 */
export function cekIdentitas(
  status: StatusKepeg,
  nip: string | null,
  niPppk: string | null,
  jenisKelamin?: 'L' | 'P',
): { errors: Record<string, string>; tanggalLahir: Date | null } {
  const errors: Record<string, string> = {};
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
        if (jenisKelamin && r.parts.jenisKelamin !== jenisKelamin)
          errors.jenisKelamin = 'Jenis kelamin tidak sesuai dengan digit ke-15 NIP.';
      }
    }
    if (niPppk) errors.niPppk = 'NI PPPK hanya untuk pegawai PPPK.';
  }
  return { errors, tanggalLahir };
}

/**
 * The supervisor check, for the form and the import alike: making `atasan` the supervisor of
 * `diri` must not close a loop. `atasanOf` answers the supervisor of anyone (from the database,
 * or the import's view of file and database). Returns the message, or null when the chain is
 * fine. `kunci` names a person in the message (their NIP or NI PPPK). `aman`, when given,
 * remembers everyone found not to be in a loop, so that checking a whole file stays linear.
 */
export function cekRantaiAtasan<K>(
  diri: K,
  atasan: K | null | undefined,
  atasanOf: (x: K) => K | null | undefined,
  kunci: (x: K) => string = String,
  aman?: Set<K>,
): string | null {
  if (atasan === null || atasan === undefined) return null;
  if (atasan === diri) return 'Pegawai tidak dapat menjadi atasan dirinya sendiri.';
  const jalur: K[] = [diri];
  const posisi = new Map<K, number>([[diri, 0]]);
  for (let cur: K | null | undefined = atasan; ; cur = atasanOf(cur)) {
    if (cur === null || cur === undefined || aman?.has(cur)) {
      for (const x of jalur) aman?.add(x);
      return null;
    }
    if (cur === diri) {
      const rantai = [...jalur, diri].map(kunci).join(' → ');
      return `Rantai atasan menjadi melingkar: ${rantai} (pegawai ini sudah menjadi atasan, langsung atau tidak, dari atasannya).`;
    }
    const i = posisi.get(cur);
    if (i !== undefined) {
      // A loop further up that does not pass through `diri`: its own members report it.
      for (const x of jalur.slice(0, i)) aman?.add(x);
      return null;
    }
    posisi.set(cur, jalur.length);
    jalur.push(cur);
  }
}

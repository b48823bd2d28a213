/** Steps 1–3 of the staff import for every row: read it, find what it refers to, check the record. */
import type { DataPegawai } from '../../pegawai/pegawai.schema.js';
import { penandaDuplikat, type BarisHasil } from '../rencana.js';
import { bacaBarisPegawai } from './baris.js';
import { susunRekam } from './rekam.js';
import { tentukanJabatan, type DataSikap } from './referensi.js';

export type RekamPegawai = DataPegawai & { jabatanId: number; unitId: number };

export interface EntriPegawai {
  baris: number;
  kunci: string;
  /** The name to show for the row, even when it is refused. */
  nama: string;
  /** The record to store; null when the row is refused. */
  rekam: RekamPegawai | null;
  /** The supervisor's NIP / NI PPPK (from the file, or the stored one when the file has no column). */
  atasan: string | null;
  /** The stored record the key found. */
  exId?: number;
  galat: string[];
  hasil?: BarisHasil;
}

export function susunEntri(pemetaan: string[], rows: string[][], sikap: DataSikap): EntriPegawai[] {
  const duplikat = penandaDuplikat();
  const duplikatSiasn = penandaDuplikat();
  return rows.map((row, i) => {
    const b = bacaBarisPegawai(pemetaan, row, i);
    const galat = [...b.galat];
    const dulu = b.kunci ? duplikat(b.kunci, b.baris) : undefined;
    if (dulu !== undefined) galat.push(`Duplikat: NIP/NI PPPK ${b.kunci} sudah ada di baris ${dulu}.`);
    const ex = b.kunci ? sikap.pegByKey.get(b.kunci) : undefined;
    const { rekam, galat: aturan } = susunRekam(b, ex);
    const jab = tentukanJabatan(b.sel, ex, sikap);
    galat.push(...aturan, ...jab.galat);
    // A SIASN id names one person: not another stored record, not another row of the file.
    const siasnId = rekam?.siasnId;
    if (siasnId) {
      const lain = sikap.pegBySiasn.get(siasnId);
      const duluSiasn = duplikatSiasn(siasnId, b.baris);
      if (lain && lain.id !== ex?.id) galat.push(`ID SIASN ${siasnId} sudah dipakai ${lain.nama}.`);
      else if (duluSiasn !== undefined) galat.push(`Duplikat: ID SIASN ${siasnId} sudah ada di baris ${duluSiasn}.`);
    }
    return {
      baris: b.baris,
      kunci: b.kunci,
      nama: rekam?.nama ?? b.sel.nama ?? ex?.nama ?? '',
      rekam: rekam && jab.jabatanId && jab.unitId && !galat.length ? { ...rekam, jabatanId: jab.jabatanId, unitId: jab.unitId } : null,
      atasan: b.atasan !== undefined ? b.atasan : sikap.kunciDari(ex?.atasanId),
      exId: ex?.id,
      galat,
    };
  });
}

/**
 * Dry run and apply for the staff import (SIASN-style columns; NIP or NI PPPK as the key), in
 * steps, each in its own file under pegawai/: read a row (baris.ts) → find the stored record,
 * jabatan and unit (referensi.ts) → check the record with the staff form's rule (rekam.ts) →
 * check supervisors across rows (rantai.ts) → compare with SIKAP (beda.ts) → apply (terapkan.ts).
 */
import type { Db } from '../../../db/client.js';
import type { Rencana } from './rencana.js';
import { susunEntri } from './pegawai/entri.js';
import { muatDataSikap } from './pegawai/referensi.js';
import { cekRantai } from './pegawai/rantai.js';
import { hasilPegawai, kolomBeda } from './pegawai/beda.js';
import { terapkanPegawai } from './pegawai/terapkan.js';

export async function rencanaPegawai(prisma: Db, pemetaan: string[], rows: string[][]): Promise<Rencana> {
  const sikap = await muatDataSikap(prisma);
  const entri = susunEntri(pemetaan, rows, sikap);
  cekRantai(entri, sikap);
  const kolom = kolomBeda(sikap);
  for (const e of entri) e.hasil = hasilPegawai(e, sikap, kolom);
  return {
    baris: entri.map((e) => e.hasil!),
    terapkan: (tx, by, progres) => terapkanPegawai(tx, entri, sikap, by, progres),
  };
}

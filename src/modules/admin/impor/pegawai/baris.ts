/**
 * Step 1 of the staff import: one spreadsheet row → the fields it sets, in SIKAP's values (no
 * database). SIASN's ways of writing a value are read here (status "P", gender "Laki-laki",
 * golongan "III/b"); the rules a value must meet are the staff form's (step 3, rekam.ts).
 */
import type { Golongan } from '../../../../generated/prisma/enums.js';
import type { StatusKepeg } from '../../pegawai/pegawai.rules.js';
import { cekRumus, keObjek } from '../kolom.js';
import * as N from '../nilai.js';

export interface BarisPegawai {
  /** Row number as the spreadsheet shows it (header = 1). */
  baris: number;
  /** NIP or else NI PPPK: the key that finds the record ("" when the row has neither). */
  kunci: string;
  /** Cells by field; a field whose column the file lacks is undefined ("keep what is stored"). */
  sel: Record<string, string | undefined>;
  nip: string | null;
  niPppk: string | null;
  status: StatusKepeg | null;
  jenisKelamin: 'L' | 'P' | null;
  /** Undefined when the file has no golongan column; null when the cell is empty. */
  golongan: Golongan | null | undefined;
  /** The supervisor's NIP / NI PPPK; undefined when the file has no such column. */
  atasan: string | null | undefined;
  galat: string[];
  /** Fields refused as a formula: their other messages would only repeat it. */
  rumus: Set<string>;
}

/** Reads row `i` of the data (0 = the first row under the header). */
export function bacaBarisPegawai(pemetaan: string[], row: string[], i: number): BarisPegawai {
  const sel = keObjek(pemetaan, row);
  const has = (f: string) => sel[f] !== undefined;
  const g = new N.GalatBaris();
  // A formula in any cell refuses the row (decision 095).
  const rumus = cekRumus('pegawai', sel);
  g.tambah(...rumus.values());
  const nip = has('nip_baru') ? g.sel(() => N.identitas(sel.nip_baru, 'NIP'), null) : null;
  const niPppk = has('ni_pppk') ? g.sel(() => N.identitas(sel.ni_pppk, 'NI PPPK'), null) : null;
  const kunci = nip ?? niPppk ?? '';
  if (!kunci && !g.ada) g.tambah('NIP atau NI PPPK kosong.');
  return {
    baris: i + 2,
    kunci,
    sel,
    nip,
    niPppk,
    status: has('status_cpns_pns') ? g.sel(() => N.statusKepegawaian(sel.status_cpns_pns), null) : null,
    jenisKelamin: has('jenis_kelamin') ? g.sel(() => N.jenisKelamin(sel.jenis_kelamin), null) : null,
    golongan: has('gol_akhir_nama') ? g.sel(() => N.golongan(sel.gol_akhir_nama), null) : undefined,
    atasan: has('nip_atasan') ? g.sel(() => N.identitas(sel.nip_atasan, 'NIP atasan'), null) : undefined,
    galat: g.pesan,
    rumus: new Set(rumus.keys()),
  };
}

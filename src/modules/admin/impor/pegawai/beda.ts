/** Step 5 of the staff import: each row against the stored record — new, changed (with the differences), unchanged, or refused. */
import { bandingkan, hasilBaris, type BarisHasil } from '../rencana.js';
import * as N from '../nilai.js';
import type { EntriPegawai, RekamPegawai } from './entri.js';
import type { DataSikap } from './referensi.js';

type Kolom = readonly [string, (r: RekamPegawai) => string];

/** The columns the preview compares, as the admin reads them. */
export function kolomBeda(sikap: DataSikap): Kolom[] {
  return [
    ['Nama', (r) => r.nama],
    ['Gelar depan', (r) => r.gelarDepan ?? ''],
    ['Gelar belakang', (r) => r.gelarBelakang ?? ''],
    ['Jenis kelamin', (r) => r.jenisKelamin],
    ['Tanggal lahir', (r) => N.iso(r.tanggalLahir)],
    ['Status', (r) => r.status],
    ['Golongan', (r) => N.labelGolongan(r.golongan)],
    ['TMT golongan', (r) => N.iso(r.tmtGolongan)],
    ['Jabatan', (r) => sikap.jabById.get(r.jabatanId)?.nama ?? ''],
    ['Unit kerja', (r) => sikap.unit.byId.get(r.unitId)?.nama ?? ''],
    ['TMT jabatan', (r) => N.iso(r.tmtJabatan)],
    ['Pendidikan', (r) => r.pendidikan ?? ''],
    ['Surel', (r) => r.email ?? ''],
    ['Nomor HP', (r) => r.noHp ?? ''],
    ['ID SIASN', (r) => r.siasnId ?? ''],
  ];
}

export function hasilPegawai(e: EntriPegawai, sikap: DataSikap, kolom: Kolom[] = kolomBeda(sikap)): BarisHasil {
  const lama = e.exId ? sikap.pegById.get(e.exId) : undefined;
  const beda: [string, string, string][] = [];
  if (lama && e.rekam && !e.galat.length) {
    beda.push(...bandingkan(kolom, lama, e.rekam));
    const atasanLama = sikap.kunciDari(lama.atasanId) ?? '';
    if (atasanLama !== (e.atasan ?? '')) beda.push(['NIP atasan', atasanLama, e.atasan ?? '']);
  }
  return hasilBaris({ baris: e.baris, kunci: e.kunci, nama: e.nama }, e.galat, !!lama, beda);
}

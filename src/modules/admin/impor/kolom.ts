/** Columns of each importable entity: the canonical (SIASN-style) name, accepted aliases, labels. */
import { diawaliRumus } from '../../domain/rumus.js';
import { normalisasiKolom, pulihkanSel } from './spreadsheet.js';

export type Jenis = 'pegawai' | 'jabatan' | 'standar' | 'diklat';
export const JENIS: Jenis[] = ['pegawai', 'jabatan', 'standar', 'diklat'];
export const JUDUL_JENIS: Record<Jenis, string> = {
  pegawai: 'Pegawai',
  jabatan: 'Jabatan',
  standar: 'Standar kompetensi jabatan',
  diklat: 'Riwayat diklat/kursus (SIASN)',
};

export interface Kolom {
  nama: string;
  label: string;
  alias?: string[];
}

export const KOLOM: Record<Jenis, Kolom[]> = {
  pegawai: [
    { nama: 'nip_baru', label: 'NIP', alias: ['nip', 'nip_18', 'nip_pns'] },
    { nama: 'ni_pppk', label: 'NI PPPK', alias: ['nipppk', 'nomor_induk_pppk', 'nip_pppk'] },
    { nama: 'nama', label: 'Nama', alias: ['nama_lengkap', 'nama_pegawai'] },
    { nama: 'gelar_depan', label: 'Gelar depan' },
    { nama: 'gelar_belakang', label: 'Gelar belakang' },
    { nama: 'jenis_kelamin', label: 'Jenis kelamin', alias: ['jk', 'gender'] },
    { nama: 'tanggal_lahir', label: 'Tanggal lahir', alias: ['tgl_lahir'] },
    { nama: 'status_cpns_pns', label: 'Status (C/P/PPPK)', alias: ['status_kepegawaian', 'status_pegawai'] },
    { nama: 'gol_akhir_nama', label: 'Golongan', alias: ['golongan', 'gol', 'pangkat_golongan'] },
    { nama: 'tmt_golongan', label: 'TMT golongan' },
    { nama: 'jabatan_kode', label: 'Kode jabatan', alias: ['kode_jabatan'] },
    { nama: 'jabatan_nama', label: 'Nama jabatan', alias: ['jabatan', 'nama_jabatan'] },
    { nama: 'tmt_jabatan', label: 'TMT jabatan' },
    { nama: 'unor_kode', label: 'Kode unit', alias: ['kode_unit', 'unit_kode', 'unor_id'] },
    { nama: 'unor_nama', label: 'Unit kerja', alias: ['unit_kerja', 'unit', 'unor', 'nama_unit'] },
    { nama: 'nip_atasan', label: 'NIP atasan', alias: ['atasan_nip', 'nip_atasan_langsung'] },
    { nama: 'tingkat_pendidikan_nama', label: 'Pendidikan', alias: ['pendidikan', 'tingkat_pendidikan'] },
    { nama: 'email', label: 'Surel', alias: ['surel', 'email_kantor'] },
    { nama: 'nomor_hp', label: 'Nomor HP', alias: ['no_hp', 'hp', 'telepon', 'nomor_telepon'] },
    { nama: 'pns_id', label: 'ID SIASN', alias: ['id_siasn', 'siasn_id', 'pns_orang_id', 'id_pns', 'orang_id'] },
  ],
  jabatan: [
    { nama: 'jabatan_kode', label: 'Kode jabatan', alias: ['kode_jabatan', 'kode'] },
    { nama: 'jabatan_nama', label: 'Nama jabatan', alias: ['nama_jabatan', 'jabatan', 'nama'] },
    { nama: 'jenis_jabatan_nama', label: 'Jenis jabatan', alias: ['jenis_jabatan', 'jenis'] },
    { nama: 'jenjang', label: 'Jenjang fungsional', alias: ['jenjang_jabatan'] },
    { nama: 'unor_kode', label: 'Kode unit', alias: ['kode_unit', 'unit_kode'] },
    { nama: 'unor_nama', label: 'Unit kerja', alias: ['unit_kerja', 'unit', 'unor'] },
    { nama: 'kelas_jabatan', label: 'Kelas jabatan', alias: ['kelas'] },
  ],
  standar: [
    { nama: 'jabatan_kode', label: 'Kode jabatan', alias: ['kode_jabatan'] },
    { nama: 'kompetensi_kode', label: 'Kode kompetensi', alias: ['kode_kompetensi'] },
    { nama: 'level', label: 'Level dibutuhkan', alias: ['level_dibutuhkan', 'level_standar'] },
    { nama: 'jabatan_nama', label: 'Nama jabatan (informasi)', alias: [] },
    { nama: 'kompetensi_nama', label: 'Nama kompetensi (informasi)', alias: [] },
  ],
  // SIASN's riwayat diklat / kursus export (issue 16).
  diklat: [
    { nama: 'nip_baru', label: 'NIP', alias: ['nip', 'nip_18', 'nip_pns', 'ni_pppk'] },
    { nama: 'nama', label: 'Nama pegawai (informasi)', alias: ['nama_pegawai', 'nama_lengkap'] },
    {
      nama: 'nama_diklat',
      label: 'Nama diklat/kursus',
      alias: ['nama_kursus', 'nama_pelatihan', 'diklat', 'kursus', 'nama_diklat_kursus', 'judul', 'latihan_struktural_nama'],
    },
    {
      nama: 'institusi_penyelenggara',
      label: 'Institusi penyelenggara',
      alias: ['penyelenggara', 'institusi', 'instansi_penyelenggara', 'lembaga_penyelenggara'],
    },
    { nama: 'tanggal_mulai', label: 'Tanggal mulai', alias: ['tgl_mulai', 'tanggal_kursus', 'tgl_kursus', 'mulai'] },
    { nama: 'tanggal_selesai', label: 'Tanggal selesai', alias: ['tgl_selesai', 'selesai', 'tanggal_akhir'] },
    { nama: 'jumlah_jam', label: 'Jumlah jam (JP)', alias: ['jam', 'jp', 'durasi_jam', 'jumlah_jp', 'lama_jam', 'durasi'] },
  ],
};

/** Columns that SIASN exports but SIKAP does not store: recognised and ignored without asking. */
const DIABAIKAN = new Set([
  'gol_akhir_id',
  'instansi_kerja_nama',
  'instansi_kerja_id',
  'jenis_jabatan_nama',
  'jenis_jabatan_id',
  'tingkat_pendidikan_id',
  'no',
  'nomor',
]);

/** Columns of SIASN's training history that SIKAP does not keep. */
const DIABAIKAN_DIKLAT = new Set([
  'no',
  'nomor',
  'id',
  'jenis_diklat',
  'jenis_kursus',
  'nomor_sertifikat',
  'no_sertifikat',
  'tahun',
  'pns_orang_id',
]);

/** Maps each header to a field name ("" = ignored) by normalised name and aliases. */
export function petakanKolom(jenis: Jenis, header: string[]): { pemetaan: string[]; tidakDikenal: number[] } {
  const byName = new Map<string, string>();
  for (const k of KOLOM[jenis]) {
    byName.set(k.nama, k.nama);
    for (const a of k.alias ?? []) byName.set(a, k.nama);
  }
  const used = new Set<string>();
  const pemetaan: string[] = [];
  const tidakDikenal: number[] = [];
  header.forEach((h, i) => {
    const n = normalisasiKolom(h);
    const f = byName.get(n);
    if (f && !used.has(f)) {
      pemetaan.push(f);
      used.add(f);
    } else {
      pemetaan.push('');
      if (!f && !(jenis === 'pegawai' && DIABAIKAN.has(n)) && !(jenis === 'diklat' && DIABAIKAN_DIKLAT.has(n)) && n !== '')
        tidakDikenal.push(i);
    }
  });
  return { pemetaan, tidakDikenal };
}

/** Rows as objects keyed by field; a field whose column is absent is left undefined ("do not touch"). */
export function keObjek(pemetaan: string[], row: string[]): Record<string, string | undefined> {
  const o: Record<string, string | undefined> = {};
  pemetaan.forEach((f, i) => {
    if (f) o[f] = pulihkanSel((row[i] ?? '').trim()).trim();
  });
  return o;
}

/**
 * Cells a spreadsheet application would run as a formula refuse the row (decision 095). Cells
 * are already trimmed and our own export escape undone. The phone column may start with "+"
 * when digits follow ("+62 812-3456-7890").
 */
const TELEPON = /^\+\d[\d\s().-]*$/;
const BOLEH: Partial<Record<string, RegExp>> = { nomor_hp: TELEPON };

/** Each mapped cell that starts like a formula, with its message (keyed by field). */
export function cekRumus(jenis: Jenis, o: Record<string, string | undefined>): Map<string, string> {
  const out = new Map<string, string>();
  for (const k of KOLOM[jenis]) {
    const v = o[k.nama];
    if (v === undefined || !diawaliRumus(v) || BOLEH[k.nama]?.test(v)) continue;
    const contoh = v.length > 60 ? `${v.slice(0, 60)}…` : v;
    out.set(
      k.nama,
      `${k.label} "${contoh}" diawali "${v[0]}" sehingga dijalankan sebagai rumus oleh Excel/LibreOffice; hapus tanda itu di awal sel.`,
    );
  }
  return out;
}

/** What SIKAP holds, for the import's unit tests (no database): two units with one name, jabatan, three staff. */
import { susunDataSikap, type PegawaiSikap } from '../../src/modules/admin/impor/pegawai/referensi.js';

/** Valid NIPs: born 1990-05-<day>, CPNS 2015-03, gender digit, sequence. */
export const nip = (day: number, jk: 'L' | 'P' = 'L', seq = 1) =>
  `199005${String(day).padStart(2, '0')}201503${jk === 'L' ? 1 : 2}${String(seq).padStart(3, '0')}`;

export const NIP_KADIS = nip(1, 'L');
export const NIP_KABID = nip(2, 'P');
export const NIP_NONAKTIF = nip(3, 'L');

const pegawai = (id: number, n: string, nama: string, atasanId: number | null, aktif = true): PegawaiSikap => ({
  id,
  nip: n,
  niPppk: null,
  siasnId: null,
  nama,
  gelarDepan: null,
  gelarBelakang: null,
  jenisKelamin: n[14] === '1' ? 'L' : 'P',
  tanggalLahir: new Date(Date.UTC(1990, 4, Number(n.slice(6, 8)))),
  status: 'PNS',
  golongan: 'IV_A',
  tmtGolongan: null,
  jabatanId: 10,
  unitId: 1,
  tmtJabatan: null,
  atasanId,
  pendidikan: 'S2',
  email: null,
  noHp: null,
  aktif,
});

export function sikap() {
  return susunDataSikap(
    [
      { id: 1, kode: 'DISPAR', nama: 'Dinas Pariwisata' },
      { id: 2, kode: 'DISPAR-BID', nama: 'Bidang Destinasi' },
      { id: 3, kode: 'DISPAR-2', nama: 'Dinas Pariwisata' },
    ],
    [
      { id: 10, kode: 'J-KADIS', nama: 'Kepala Dinas', unitId: 1, aktif: true },
      { id: 11, kode: 'J-ANALIS', nama: 'Analis Pariwisata', unitId: 1, aktif: true },
      { id: 12, kode: 'J-LAMA', nama: 'Jabatan Lama', unitId: 1, aktif: false },
      { id: 13, kode: 'J-BIDANG', nama: 'Analis Pariwisata', unitId: 2, aktif: true },
    ],
    [
      pegawai(100, NIP_KADIS, 'Kepala Dinas', null),
      pegawai(101, NIP_KABID, 'Kepala Bidang', 100),
      pegawai(102, NIP_NONAKTIF, 'Pensiunan', null, false),
    ],
  );
}

export const HEADER = [
  'nip_baru',
  'ni_pppk',
  'nama',
  'gelar_depan',
  'gelar_belakang',
  'jenis_kelamin',
  'tanggal_lahir',
  'status_cpns_pns',
  'gol_akhir_nama',
  'tmt_golongan',
  'jabatan_kode',
  'tmt_jabatan',
  'unor_kode',
  'nip_atasan',
  'tingkat_pendidikan_nama',
  'email',
  'nomor_hp',
];
/** A row in HEADER's order from named cells (missing cells empty). */
export const baris = (sel: Partial<Record<(typeof HEADER)[number], string>>) => HEADER.map((h) => sel[h] ?? '');

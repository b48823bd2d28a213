/** The jabatan import, row by row, without a database: its rows are checked with the jabatan form's rule. */
import { describe, it, expect } from 'vitest';
import { entriJabatan } from '../../src/modules/admin/impor/impor-jabatan.js';
import { indeksUnit } from '../../src/modules/admin/impor/referensi.js';
import { penandaDuplikat } from '../../src/modules/admin/impor/rencana.js';

const HEADER = ['jabatan_kode', 'jabatan_nama', 'jenis_jabatan_nama', 'jenjang', 'unor_kode', 'kelas_jabatan'];
const sikap = () => ({
  unit: indeksUnit([
    { id: 1, kode: 'DISPAR', nama: 'Dinas Pariwisata' },
    { id: 2, kode: 'DISPAR-BID', nama: 'Bidang Destinasi' },
  ]),
  jabByKode: new Map([
    [
      'dispar-analis',
      { id: 7, kode: 'DISPAR-ANALIS', nama: 'Analis Pariwisata', jenis: 'PELAKSANA' as const, jenjang: null, unitId: 1, kelasJabatan: 7 },
    ],
  ]),
});
const baca = (rows: string[][], header = HEADER) => {
  const s = sikap();
  const dup = penandaDuplikat();
  return rows.map((r, i) => entriJabatan(header, r, i, s, dup).hasil);
};

describe('jabatan import rows', () => {
  it('new, unchanged and changed rows, with the differences named', () => {
    expect(
      baca([
        ['DISPAR-PRANATA', 'Pranata Humas', 'Fungsional Keahlian', 'Ahli Pertama', 'DISPAR', '8'],
        ['DISPAR-ANALIS', 'Analis Pariwisata', 'Pelaksana', '', 'DISPAR', '7'],
      ]).map((h) => h.hasil),
    ).toEqual(['BARU', 'SAMA']);
    expect(baca([['dispar-analis', 'Analis Destinasi', 'Pelaksana', '', 'DISPAR-BID', '']])[0]).toMatchObject({
      hasil: 'UBAH',
      beda: [
        ['Nama', 'Analis Pariwisata', 'Analis Destinasi'],
        ['Unit kerja', 'Dinas Pariwisata', 'Bidang Destinasi'],
        ['Kelas jabatan', '7', ''],
      ],
    });
  });

  it('a column the file lacks keeps what is stored', () => {
    expect(baca([['DISPAR-ANALIS', 'Analis Pariwisata']], ['jabatan_kode', 'jabatan_nama'])[0]!.hasil).toBe('SAMA');
  });

  it.each([
    [['DISPAR-F', 'Pranata', 'Fungsional Keahlian', '', 'DISPAR', ''], 'Jabatan fungsional wajib memiliki jenjang.'],
    [['DISPAR-F', 'Pranata', 'Fungsional Keahlian', 'Terampil', 'DISPAR', ''], 'Jenjang keahlian: Ahli Pertama sampai Ahli Utama.'],
    [['DISPAR-P', 'Pelaksana', 'Pelaksana', 'Mahir', 'DISPAR', ''], 'Jenjang hanya untuk jabatan fungsional.'],
    [['DISPAR P', 'Nama', 'Pelaksana', '', 'DISPAR', ''], 'Kode jabatan hanya huruf, angka, titik, garis bawah, dan tanda hubung.'],
    [['', 'Nama', 'Pelaksana', '', 'DISPAR', ''], 'Kode jabatan wajib diisi.'],
    [['DISPAR-X', '', 'Pelaksana', '', 'DISPAR', ''], 'Nama jabatan wajib diisi.'],
    [
      ['DISPAR-X', 'Nama', 'Jabatan Aneh', '', 'DISPAR', ''],
      'Jenis jabatan "Jabatan Aneh" tidak dikenal (contoh: Pelaksana, Pengawas, JPT Pratama).',
    ],
    [['DISPAR-X', 'Nama', 'Pelaksana', '', 'ANTAH', ''], 'Unit kerja berkode "ANTAH" tidak dikenal.'],
    [['DISPAR-X', 'Nama', 'Pelaksana', '', '', ''], 'Unit kerja wajib diisi.'],
    [['DISPAR-X', 'Nama', 'Pelaksana', '', 'DISPAR', '18'], 'Kelas jabatan paling besar 17.'],
  ])('%o is refused: %s', (row, pesan) => {
    expect(baca([row])[0]).toMatchObject({ hasil: 'GALAT', pesan });
  });

  it('a repeated code and a formula are each told once', () => {
    const [, dup] = baca([
      ['DISPAR-Y', 'Satu', 'Pelaksana', '', 'DISPAR', ''],
      ['dispar-y', 'Dua', 'Pelaksana', '', 'DISPAR', ''],
    ]);
    expect(dup!.pesan).toBe('Duplikat: kode dispar-y sudah ada di baris 2.');
    expect(baca([['DISPAR-Z', '=1+1', 'Pelaksana', '', 'DISPAR', '']])[0]!.pesan).toBe(
      'Nama jabatan "=1+1" diawali "=" sehingga dijalankan sebagai rumus oleh Excel/LibreOffice; hapus tanda itu di awal sel.',
    );
  });
});

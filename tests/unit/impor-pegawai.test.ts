/** The staff import's steps, one by one, without a database (what SIKAP holds: tests/helpers/impor-factories.ts). */
import { describe, it, expect } from 'vitest';
import { bacaBarisPegawai } from '../../src/modules/admin/impor/pegawai/baris.js';
import { tentukanJabatan } from '../../src/modules/admin/impor/pegawai/referensi.js';
import { isianRekam, susunRekam } from '../../src/modules/admin/impor/pegawai/rekam.js';
import { susunEntri } from '../../src/modules/admin/impor/pegawai/entri.js';
import { cekRantai } from '../../src/modules/admin/impor/pegawai/rantai.js';
import { hasilPegawai } from '../../src/modules/admin/impor/pegawai/beda.js';
import { cekRantaiAtasan } from '../../src/modules/admin/pegawai/pegawai.rules.js';
import { ANGKA_TIDAK_PRESISI } from '../../src/modules/admin/impor/spreadsheet.js';
import { HEADER, NIP_KABID, NIP_KADIS, NIP_NONAKTIF, baris, nip, sikap } from '../helpers/impor-factories.js';

const baca = (sel: Parameters<typeof baris>[0], header = HEADER) =>
  bacaBarisPegawai(header, header === HEADER ? baris(sel) : header.map((h) => sel[h] ?? ''), 0);

describe('step 1: reading a row', () => {
  it('reads SIASN values: status letters, gender words, golongan labels, NIPs with separators', () => {
    const b = baca({
      nip_baru: "'19900520 201503.1-007",
      status_cpns_pns: 'C',
      jenis_kelamin: 'Perempuan',
      gol_akhir_nama: 'III b',
      nip_atasan: NIP_KADIS,
    });
    expect(b).toMatchObject({
      baris: 2,
      kunci: '199005202015031007',
      nip: '199005202015031007',
      status: 'CPNS',
      jenisKelamin: 'P',
      golongan: 'III_B',
      atasan: NIP_KADIS,
      galat: [],
    });
  });

  it('keeps "column absent" apart from "cell empty": absent means keep what is stored', () => {
    const b = baca({ nip_baru: nip(5), nama: 'X' }, ['nip_baru', 'nama']);
    expect(b.golongan).toBeUndefined();
    expect(b.atasan).toBeUndefined();
    expect(b.sel.email).toBeUndefined();
    const kosong = baca({ nip_baru: nip(5) });
    expect(kosong.golongan).toBeNull();
    expect(kosong.atasan).toBeNull();
    expect(kosong.sel.email).toBe('');
  });

  it('says why a cell cannot be read, and marks formula cells (decision 095)', () => {
    expect(baca({}).galat).toEqual(['NIP atau NI PPPK kosong.']);
    expect(baca({ nip_baru: `${ANGKA_TIDAK_PRESISI}1.99005172015031e17` }).galat[0]).toContain('format kolom itu sebagai Teks');
    expect(baca({ nip_baru: nip(5), status_cpns_pns: 'X', jenis_kelamin: 'Z', gol_akhir_nama: 'IX' }).galat).toEqual([
      'Status "X" tidak dikenal (C, P, atau PPPK).',
      'Jenis kelamin "Z" tidak dikenal (L atau P).',
      'Golongan "IX" tidak dikenal (contoh: III/b).',
    ]);
    const f = baca({ nip_baru: nip(5), nama: '=1+1', nomor_hp: '+62 812 000' });
    expect([...f.rumus]).toEqual(['nama']);
    expect(f.galat).toHaveLength(1);
  });
});

describe('step 2: jabatan and unit', () => {
  const s = sikap();
  it('by jabatan code; the unit column wins over where the jabatan is defined', () => {
    expect(tentukanJabatan({ jabatan_kode: 'j-analis' }, undefined, s)).toEqual({ jabatanId: 11, unitId: 1, galat: [] });
    expect(tentukanJabatan({ jabatan_kode: 'J-ANALIS', unor_kode: 'DISPAR-BID' }, undefined, s)).toEqual({
      jabatanId: 11,
      unitId: 2,
      galat: [],
    });
  });
  it("by jabatan name within the row's unit, or the stored unit", () => {
    expect(tentukanJabatan({ jabatan_nama: 'analis pariwisata', unor_kode: 'DISPAR-BID' }, undefined, s)).toMatchObject({
      jabatanId: 13,
      unitId: 2,
    });
    expect(tentukanJabatan({ jabatan_nama: 'Analis Pariwisata' }, s.pegByKey.get(NIP_KADIS), s)).toMatchObject({
      jabatanId: 11,
      unitId: 1,
    });
    expect(tentukanJabatan({ jabatan_nama: 'Analis Pariwisata' }, undefined, s).galat).toEqual([
      'Unit kerja wajib diisi untuk mencari jabatan "Analis Pariwisata".',
    ]);
  });
  it('without a jabatan column the stored one stays; the unit column alone moves the record', () => {
    expect(tentukanJabatan({ unor_kode: 'DISPAR-BID' }, s.pegByKey.get(NIP_KADIS), s)).toEqual({ jabatanId: 10, unitId: 2, galat: [] });
  });
  it.each([
    [{ jabatan_kode: 'J-TIDAK' }, 'Kode jabatan "J-TIDAK" tidak dikenal. Impor jabatan lebih dulu.'],
    [{ jabatan_kode: 'J-LAMA' }, 'Jabatan J-LAMA nonaktif.'],
    [
      { jabatan_nama: 'Kepala Dinas', unor_kode: 'DISPAR-BID' },
      'Jabatan "Kepala Dinas" tidak ada di unit Bidang Destinasi. Impor jabatan lebih dulu.',
    ],
    [{ jabatan_kode: 'J-ANALIS', unor_nama: 'Dinas Pariwisata' }, 'Nama unit "Dinas Pariwisata" dipakai 2 unit; isi kolom unor_kode.'],
    [{ jabatan_kode: 'J-ANALIS', unor_kode: 'ANTAH' }, 'Unit kerja berkode "ANTAH" tidak dikenal.'],
    [{ unor_nama: 'Dinas Antah' }, 'Unit kerja "Dinas Antah" tidak dikenal. Tambahkan unitnya dulu atau isi kolom unor_kode.'],
    [{}, 'Jabatan wajib diisi (kode jabatan, atau nama jabatan beserta unit kerjanya).'],
  ])('%o is refused: %s', (sel, pesan) => {
    expect(tentukanJabatan(sel, undefined, s).galat).toEqual([pesan]);
  });
});

describe("step 3: the record, checked with the staff form's rule", () => {
  const s = sikap();
  const kadis = s.pegByKey.get(NIP_KADIS)!;
  it('a new record: birth date and gender from the NIP when the file has none', () => {
    const b = baca({ nip_baru: nip(9, 'P'), nama: 'Baru', gol_akhir_nama: 'II/a' }, ['nip_baru', 'nama', 'gol_akhir_nama']);
    expect(isianRekam(b, undefined)).toMatchObject({
      status: 'PNS',
      jenisKelamin: 'P',
      tanggalLahir: new Date(Date.UTC(1990, 4, 9)),
      golongan: 'II_A',
      email: null,
    });
    expect(susunRekam(b, undefined).galat).toEqual([]);
  });
  it('an existing record: absent columns keep what is stored, present empty cells clear it', () => {
    const b = baca({ nip_baru: NIP_KADIS, nama: 'Kepala Dinas Baru', tingkat_pendidikan_nama: '' }, [
      'nip_baru',
      'nama',
      'tingkat_pendidikan_nama',
    ]);
    const { rekam } = susunRekam(b, kadis);
    expect(rekam).toMatchObject({ nama: 'Kepala Dinas Baru', golongan: 'IV_A', pendidikan: null, tanggalLahir: kadis.tanggalLahir });
  });
  it('an empty birth date keeps the stored one; a day-first date is read', () => {
    expect(isianRekam(baca({ nip_baru: NIP_KADIS, tanggal_lahir: '' }), kadis).tanggalLahir).toBe(kadis.tanggalLahir);
    const b = baca({ nip_baru: NIP_KADIS, tanggal_lahir: '01/05/1990' }, ['nip_baru', 'tanggal_lahir']);
    expect(susunRekam(b, kadis).rekam?.tanggalLahir).toEqual(new Date(Date.UTC(1990, 4, 1)));
  });
  it('a stored golongan does not follow a record that becomes PPPK', () => {
    const b = baca({ nip_baru: '', ni_pppk: '1992010220230210001', status_cpns_pns: 'PPPK', jenis_kelamin: 'L' }, [
      'nip_baru',
      'ni_pppk',
      'status_cpns_pns',
      'jenis_kelamin',
    ]);
    expect(isianRekam(b, { ...kadis, golongan: 'III_A' }).golongan).toBeNull();
  });
  it('one message per field, labelled with the column', () => {
    const b = baca({ nip_baru: nip(9), nama: '', email: 'x@', nomor_hp: 'abc', gol_akhir_nama: '' });
    expect(susunRekam(b, undefined).galat).toEqual([
      'Nama wajib diisi.',
      'Surel tidak sah.',
      expect.stringContaining('Nomor HP hanya angka'),
      'Pilih golongan.',
    ]);
  });
});

describe('step 4: supervisors across the file and SIKAP', () => {
  const run = (rows: Parameters<typeof baris>[0][]) => {
    const s = sikap();
    const entri = susunEntri(
      HEADER,
      rows.map((r) => baris({ nama: 'Pegawai', gol_akhir_nama: 'III/a', jabatan_kode: 'J-ANALIS', ...r })),
      s,
    );
    cekRantai(entri, s);
    return entri.map((e) => e.galat.join(' '));
  };
  it('a supervisor in the file or active in SIKAP is fine', () => {
    expect(
      run([
        { nip_baru: nip(10), nip_atasan: NIP_KADIS },
        { nip_baru: nip(11), nip_atasan: nip(10) },
      ]),
    ).toEqual(['', '']);
  });
  it('an unknown or inactive supervisor is refused, and so is everyone under a refused row', () => {
    expect(
      run([
        { nip_baru: nip(10), nip_atasan: nip(27) },
        { nip_baru: nip(11), nip_atasan: nip(10) },
        { nip_baru: nip(12), nip_atasan: NIP_NONAKTIF },
      ]),
    ).toEqual([
      `Atasan ${nip(27)} tidak ditemukan di berkas maupun di SIKAP.`,
      `Atasan ${nip(10)} (baris 2) bermasalah.`,
      `Atasan ${NIP_NONAKTIF} tidak aktif di SIKAP.`,
    ]);
  });
  it('oneself as supervisor, a loop within the file, and a loop through SIKAP are refused with the chain', () => {
    const [self, a, b, kadis] = run([
      { nip_baru: nip(10), nip_atasan: nip(10) },
      { nip_baru: nip(11), nip_atasan: nip(12) },
      { nip_baru: nip(12), nip_atasan: nip(11) },
      { nip_baru: NIP_KADIS, nip_atasan: NIP_KABID },
    ]);
    expect(self).toBe('Pegawai tidak dapat menjadi atasan dirinya sendiri.');
    expect(a).toContain(`Rantai atasan menjadi melingkar: ${nip(11)} → ${nip(12)} → ${nip(11)}`);
    expect(b).toContain('melingkar');
    // The kadis's stored subordinate (the kabid) would become the kadis's supervisor.
    expect(kadis).toContain(`${NIP_KADIS} → ${NIP_KABID} → ${NIP_KADIS}`);
  });
  it('the chain check stays linear on a 50,000-long chain (each person is looked up a bounded number of times)', () => {
    const n = 50_000;
    let langkah = 0;
    const atasanOf = (x: number) => {
      if (++langkah > 3 * n) throw new Error('quadratic walk');
      return x + 1 < n ? x + 1 : null;
    };
    const aman = new Set<number>();
    const pesan = Array.from({ length: n }, (_, i) => cekRantaiAtasan(i, i + 1 < n ? i + 1 : null, atasanOf, String, aman));
    expect(pesan.every((p) => p === null)).toBe(true);
    expect(langkah).toBeLessThanOrEqual(n);
    expect(cekRantaiAtasan(0, 1, (x) => (x + 1) % n)).toContain('melingkar');
  });
});

describe('step 5: compared with SIKAP', () => {
  it('new, unchanged, changed with the differences, refused', () => {
    const s = sikap();
    const kadis = s.pegByKey.get(NIP_KADIS)!;
    const sama = { nip_baru: NIP_KADIS, nama: kadis.nama, gol_akhir_nama: 'IV/a', jabatan_kode: 'J-KADIS', tingkat_pendidikan_nama: 'S2' };
    const header = ['nip_baru', 'nama', 'gol_akhir_nama', 'jabatan_kode', 'tingkat_pendidikan_nama', 'nip_atasan'];
    const rows = [
      { ...sama, nip_atasan: '' },
      { ...sama, nama: 'Kepala Dinas Baru', gol_akhir_nama: 'IV/b', nip_atasan: NIP_KABID },
      {
        nip_baru: nip(15),
        nama: 'Baru',
        gol_akhir_nama: 'II/a',
        jabatan_kode: 'J-ANALIS',
        tingkat_pendidikan_nama: '',
        nip_atasan: NIP_KADIS,
      },
      { nip_baru: nip(16), nama: '', gol_akhir_nama: 'II/a', jabatan_kode: 'J-ANALIS', tingkat_pendidikan_nama: '', nip_atasan: '' },
    ].map((r) => header.map((h) => r[h as keyof typeof r] ?? ''));
    const entri = susunEntri(header, [rows[0]!, rows[2]!, rows[3]!], s);
    cekRantai(entri, s);
    expect(entri.map((e) => hasilPegawai(e, s).hasil)).toEqual(['SAMA', 'BARU', 'GALAT']);
    const ubah = susunEntri(header, [rows[1]!], s);
    cekRantai(ubah, s);
    // The kabid's supervisor is the kadis, so the kadis cannot report to the kabid.
    expect(hasilPegawai(ubah[0]!, s)).toMatchObject({ hasil: 'GALAT', pesan: expect.stringContaining('melingkar') });
    const ubah2 = susunEntri(
      header,
      [header.map((h) => ({ ...sama, nama: 'Kepala Dinas Baru', gol_akhir_nama: 'IV/b', nip_atasan: '' })[h as 'nama'] ?? '')],
      s,
    );
    expect(hasilPegawai(ubah2[0]!, s)).toEqual({
      baris: 2,
      kunci: NIP_KADIS,
      nama: 'Kepala Dinas Baru',
      hasil: 'UBAH',
      beda: [
        ['Nama', 'Kepala Dinas', 'Kepala Dinas Baru'],
        ['Golongan', 'IV/a', 'IV/b'],
      ],
    });
  });
});

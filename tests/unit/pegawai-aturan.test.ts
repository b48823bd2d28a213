/**
 * One rule for a staff record (issue 14): every case is typed into the admin form and written as
 * an import row, and both must agree — a row the import accepts is a record the form accepts on
 * its next edit, and a record the form refuses is a row the import refuses.
 */
import { describe, it, expect } from 'vitest';
import { pegawaiSchema } from '../../src/modules/admin/pegawai/pegawai.schema.js';
import { GOLONGAN } from '../../src/modules/domain/labels.js';
import { susunEntri } from '../../src/modules/admin/impor/pegawai/entri.js';
import { cekRantai } from '../../src/modules/admin/impor/pegawai/rantai.js';
import { HEADER, baris, nip, sikap } from '../helpers/impor-factories.js';

/** The form's field names; the import's columns differ only in name and in how golongan is written. */
interface Isian {
  status: string;
  nip?: string;
  niPppk?: string;
  nama: string;
  gelarDepan?: string;
  gelarBelakang?: string;
  jenisKelamin: string;
  tanggalLahir?: string;
  golongan?: string;
  tmtGolongan?: string;
  tmtJabatan?: string;
  pendidikan?: string;
  email?: string;
  noHp?: string;
}

const PNS: Isian = {
  status: 'PNS',
  nip: nip(20, 'L', 7),
  nama: 'Budi Santoso',
  gelarDepan: 'Dr.',
  gelarBelakang: 'M.Si.',
  jenisKelamin: 'L',
  tanggalLahir: '1990-05-20',
  golongan: 'III_B',
  tmtGolongan: '2019-04-01',
  tmtJabatan: '2021-01-01',
  pendidikan: 'S2',
  email: 'budi.santoso@contoh.go.id',
  noHp: '0812-3456-7890',
};
const PPPK: Isian = { status: 'PPPK', niPppk: '1992010220230210001', nama: 'Sari PPPK', jenisKelamin: 'P', golongan: '' };

const KASUS: [string, Isian, boolean][] = [
  ['a complete PNS record', PNS, true],
  ['a PPPK with a NI PPPK and no golongan', PPPK, true],
  ['a CPNS', { ...PNS, status: 'CPNS' }, true],
  ['a NIP typed with spaces', { ...PNS, nip: '19900520 201503 1 007' }, true],
  ['no optional fields at all', { status: 'PNS', nip: PNS.nip, nama: 'Budi', jenisKelamin: 'L', golongan: 'II_A' }, true],
  ['a phone number with +62', { ...PNS, noHp: '+62 812-3456-7890' }, true],
  ['a landline with the area code in brackets', { ...PNS, noHp: '(022) 731.0001' }, true],
  ['a phone number with letters', { ...PNS, noHp: '0812-ABC-7890' }, false],
  ['a phone number of 5 digits', { ...PNS, noHp: '12345' }, false],
  ['a phone number of 16 digits', { ...PNS, noHp: '+62 8123 4567 8901 23' }, false],
  ['an e-mail without a domain', { ...PNS, email: 'budi@' }, false],
  ['an e-mail without a top-level domain', { ...PNS, email: 'budi@dinas' }, false],
  ['an e-mail with a space', { ...PNS, email: 'budi santoso@contoh.go.id' }, false],
  ['an e-mail of 151 characters', { ...PNS, email: `${'a'.repeat(139)}@contoh.go.id` }, false],
  ['a name that is a formula', { ...PNS, nama: '=HYPERLINK("http://x","y")' }, false],
  ['a title that is a formula', { ...PNS, gelarDepan: '@SUM(1)' }, false],
  ['education that is a formula', { ...PNS, pendidikan: '+S1' }, false],
  ['a lone "-" as a title', { ...PNS, gelarBelakang: '-' }, true],
  ['a name of 150 characters', { ...PNS, nama: 'N'.repeat(150) }, true],
  ['a name of 151 characters', { ...PNS, nama: 'N'.repeat(151) }, false],
  ['a first title of 51 characters', { ...PNS, gelarDepan: 'G'.repeat(51) }, false],
  ['education of 81 characters', { ...PNS, pendidikan: 'S'.repeat(81) }, false],
  ['no name', { ...PNS, nama: '' }, false],
  ['a NIP whose birth date does not exist', { ...PNS, nip: '199013322015031001' }, false],
  ['a NIP of 17 digits', { ...PNS, nip: PNS.nip!.slice(1) }, false],
  ['a NIP whose gender digit says P for a man', { ...PNS, nip: nip(20, 'P', 7) }, false],
  ['a PNS without a NIP', { ...PNS, nip: '' }, false],
  ['a PNS without golongan', { ...PNS, golongan: '' }, false],
  ['a PPPK with a PNS golongan', { ...PPPK, golongan: 'III_A' }, false],
  ['a PPPK with a NIP as well', { ...PPPK, nip: PNS.nip }, false],
  ['a PPPK with a NI PPPK of 15 digits', { ...PPPK, niPppk: '199201022023021' }, false],
  ['a PNS with a NI PPPK', { ...PNS, niPppk: PPPK.niPppk }, false],
  ['a PPPK without gender', { ...PPPK, jenisKelamin: '' }, false],
  ['a TMT that is not a date', { ...PNS, tmtGolongan: '2026-02-31' }, false],
  ['a birth date that is not a date', { ...PNS, tanggalLahir: '1990-13-01' }, false],
];

function lewatForm(d: Isian): boolean {
  return pegawaiSchema.safeParse({ ...d, jabatanId: '11', atasan: '' }).success;
}

function lewatImpor(d: Isian): { ok: boolean; galat: string[] } {
  const golongan = d.golongan ? GOLONGAN[d.golongan as keyof typeof GOLONGAN].label : '';
  const row = baris({
    nip_baru: d.nip,
    ni_pppk: d.niPppk,
    nama: d.nama,
    gelar_depan: d.gelarDepan,
    gelar_belakang: d.gelarBelakang,
    jenis_kelamin: d.jenisKelamin,
    tanggal_lahir: d.tanggalLahir,
    status_cpns_pns: d.status,
    gol_akhir_nama: golongan,
    tmt_golongan: d.tmtGolongan,
    jabatan_kode: 'J-ANALIS',
    tmt_jabatan: d.tmtJabatan,
    tingkat_pendidikan_nama: d.pendidikan,
    email: d.email,
    nomor_hp: d.noHp,
  });
  const s = sikap();
  const entri = susunEntri(HEADER, [row], s);
  cekRantai(entri, s);
  return { ok: !entri[0]!.galat.length, galat: entri[0]!.galat };
}

describe('one rule for a staff record: the form and the import agree', () => {
  it.each(KASUS)('%s: accepted by both = %s', (_nama, isian, diterima) => {
    expect(lewatForm(isian)).toBe(diterima);
    const impor = lewatImpor(isian);
    expect(impor.ok, impor.galat.join(' ')).toBe(diterima);
  });

  it('the import names the column in its message, the form puts the message at the field', () => {
    expect(lewatImpor({ ...PNS, email: 'budi@' }).galat).toEqual(['Surel tidak sah.']);
    expect(lewatImpor({ ...PNS, noHp: '12345' }).galat.join(' ')).toContain('Nomor HP hanya angka');
    expect(lewatImpor({ ...PNS, nama: 'N'.repeat(151) }).galat).toEqual(['Nama paling banyak 150 karakter.']);
    const form = pegawaiSchema.safeParse({ ...PNS, email: 'budi@', jabatanId: '11' });
    expect(form.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['email', 'Surel tidak sah.']]);
  });

  it('a formula is told once, by the formula rule (decision 095)', () => {
    const galat = lewatImpor({ ...PNS, nama: '=1+1' }).galat;
    expect(galat).toHaveLength(1);
    expect(galat[0]).toContain('Nama "=1+1" diawali "="');
  });

  it('the form gives the NIP rule together with the other fields, in one round', () => {
    const r = pegawaiSchema.safeParse({ ...PNS, nip: '199013322015031001', email: 'x', jabatanId: '11' });
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(['email', 'nip']);
  });
});

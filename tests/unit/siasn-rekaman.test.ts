import { describe, it, expect } from 'vitest';
import { rekaman, hashRekaman, FIELD } from '../../src/modules/siasn/siasn.ekspor.js';
import { KELOMPOK, type PetaKode } from '../../src/modules/siasn/siasn.kode.js';
import type { HasilAkhir } from '../../src/modules/siasn/siasn.sumber.js';
import { kunciDiklat } from '../../src/modules/admin/impor/impor-diklat.js';

const bawaan = Object.fromEntries(KELOMPOK.map((k) => [k.kelompok, { ...k.bawaan }])) as PetaKode;
const hasil: HasilAkhir = {
  sumberId: 7,
  pegawaiId: 3,
  pegawaiNama: 'Rina',
  nip: '199005172015032001',
  niPppk: null,
  siasnId: 'ABC',
  tahun: 2026,
  jenis: 'PERIODIK',
  periodeNama: 'Triwulan II 2026',
  bulanMulai: 4,
  tahunMulai: 2026,
  bulanSelesai: 6,
  tahunSelesai: 2026,
  ratingHasilKerja: 'DI_BAWAH',
  ratingPerilaku: 'DI_ATAS',
  predikat: 'BUTUH_PERBAIKAN',
  penilai: { nip: '197001012000031001', nama: 'Dr. Budi, M.Kes.', jabatan: 'Kepala Seksi', golongan: 'IV_A', unitNama: 'Seksi Rujukan' },
  statusPenilai: 'ASN',
  diubahPada: new Date('2026-07-01T00:00:00Z'),
};

describe('SIASN record', () => {
  it('when a periodic result is turned into a record, then the fields are SIASN names in order with codes from the mapping', () => {
    const r = rekaman(hasil, bawaan);
    expect(Object.keys(r)).toEqual(FIELD.PERIODIK);
    expect(r).toMatchObject({
      pnsDinilaiId: 'ABC',
      bulanMulaiPenilaian: 4,
      bulanSelesaiPenilaian: 6,
      hasilKinerjaNilai: 3,
      perilakuKerjaNilai: 1,
      kuadranKinerjaNilai: 3,
      penilaiGolongan: '41',
      statusPenilai: 'ASN',
    });
  });

  it('when one code of the mapping changes, then the record and its hash change only for results that use it', () => {
    const lain = { ...bawaan, KUADRAN_KINERJA: { ...bawaan.KUADRAN_KINERJA, BAIK: '9' } };
    expect(hashRekaman(rekaman(hasil, lain))).toBe(hashRekaman(rekaman(hasil, bawaan)));
    const baik = { ...hasil, predikat: 'BAIK' as const };
    expect(rekaman(baik, lain).kuadranKinerjaNilai).toBe(9);
    expect(hashRekaman(rekaman(baik, lain))).not.toBe(hashRekaman(rekaman(baik, bawaan)));
  });

  it('when a course name differs only in case and spacing, then its training key is the same', () => {
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    expect(kunciDiklat(1, 'Pelatihan  Analisis Data ', d('2026-02-03'), d('2026-02-06'))).toBe(
      kunciDiklat(1, 'pelatihan analisis data', d('2026-02-03'), d('2026-02-06')),
    );
    expect(kunciDiklat(1, 'A', d('2026-02-03'), d('2026-02-06'))).not.toBe(kunciDiklat(2, 'A', d('2026-02-03'), d('2026-02-06')));
  });
});

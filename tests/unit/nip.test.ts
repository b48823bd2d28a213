import { describe, it, expect } from 'vitest';
import { parseNip, validNiPppk, formatNip } from '../../src/modules/domain/nip.js';

const today = new Date('2026-11-23T00:00:00Z');

describe('NIP validation', () => {
  it('when the NIP is well formed, then its parts are read', () => {
    const r = parseNip('199005172015031002', today);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.parts.tanggalLahir.toISOString().slice(0, 10)).toBe('1990-05-17');
      expect(r.parts.tmtCpns).toEqual({ tahun: 2015, bulan: 3 });
      expect(r.parts.jenisKelamin).toBe('L');
      expect(r.parts.urutan).toBe(2);
    }
  });
  it('when spaces separate the groups, then they are ignored', () => {
    expect(parseNip('19900517 201503 2 002', today).ok).toBe(true);
  });
  it.each([
    ['1990051720150310', 'harus 18 digit'],
    ['1990051720150310021', 'harus 18 digit'],
    ['19900517201503100A', 'hanya boleh berisi angka'],
    ['199002302015031002', 'Tanggal lahir'],
    ['199013172015031002', 'Tanggal lahir'],
    ['199005172015131002', 'TMT CPNS'],
    ['199005172003031002', 'usia saat CPNS'],
    ['199005172015033002', 'jenis kelamin'],
    ['199005172015031000', 'tidak boleh 000'],
    ['203005172015031002', 'Tanggal lahir'],
  ])('when the NIP is %s, then it is refused (%s)', (nip, pesan) => {
    const r = parseNip(nip, today);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.pesan).toContain(pesan);
  });
  it('accepts 29 Feb only in leap years', () => {
    expect(parseNip('199202292015031002', today).ok).toBe(true);
    expect(parseNip('199302292015031002', today).ok).toBe(false);
  });
  it('formats NIP in its four groups and checks NI PPPK shape', () => {
    expect(formatNip('199005172015031002')).toBe('19900517 201503 1 002');
    expect(validNiPppk('199005172023211001')).toBe(true);
    expect(validNiPppk('12-34')).toBe(false);
  });
});

import { describe, it, expect, afterEach } from 'vitest';
import { tanggal, jam, waktu, angka, rupiah, setTimeZone, hariIni } from '../../src/lib/format.js';

afterEach(() => setTimeZone('Asia/Jakarta'));

describe('Indonesian formatting', () => {
  it('formats calendar dates as "23 Nov 2026"', () => {
    expect(tanggal(new Date('2026-11-23T00:00:00Z'))).toBe('23 Nov 2026');
    expect(tanggal(new Date('2026-08-17T00:00:00Z'))).toBe('17 Agu 2026');
  });
  it('shows times in the configured zone (WIB, WITA, WIT)', () => {
    const d = new Date('2026-11-23T03:42:00Z');
    expect(jam(d)).toBe('10.42');
    expect(waktu(d)).toBe('23 Nov 2026 10.42 WIB');
    setTimeZone('Asia/Makassar');
    expect(waktu(d)).toBe('23 Nov 2026 11.42 WITA');
    setTimeZone('Asia/Jayapura');
    expect(waktu(d)).toBe('23 Nov 2026 12.42 WIT');
  });
  it('uses Indonesian separators', () => {
    expect(angka(50000)).toBe('50.000');
    expect(angka(12.5)).toBe('12,5');
    expect(rupiah(2500000)).toBe('Rp\u00a02.500.000');
  });
  it('takes "today" in the deployment zone, not UTC', () => {
    setTimeZone('Asia/Jayapura');
    expect(hariIni(new Date('2026-11-22T16:30:00Z')).toISOString().slice(0, 10)).toBe('2026-11-23');
  });
});

describe('pangkat and golongan', () => {
  it('reads "pangkat, golongan/ruang" for every grade, "—" when unknown', async () => {
    const { pangkatGolongan, GOLONGAN } = await import('../../src/modules/domain/labels.js');
    expect(pangkatGolongan('III_A')).toBe('Penata Muda, III/a');
    expect(pangkatGolongan('IV_A')).toBe('Pembina, IV/a');
    expect(pangkatGolongan(null)).toBe('—');
    expect(pangkatGolongan(undefined)).toBe('—');
    for (const g of Object.keys(GOLONGAN) as (keyof typeof GOLONGAN)[])
      expect(pangkatGolongan(g)).toMatch(/^[A-Z][A-Za-z ]+, (I|II|III|IV)\/[a-e]$/);
  });
});

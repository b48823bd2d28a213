/**
 * NIP (Nomor Induk Pegawai) for PNS: 18 digits =
 *   birth date YYYYMMDD (8) + CPNS start YYYYMM (6) + gender 1/2 (1) + sequence (3).
 */
export interface NipParts {
  tanggalLahir: Date;
  tmtCpns: { tahun: number; bulan: number };
  jenisKelamin: 'L' | 'P';
  urutan: number;
}

export type NipResult = { ok: true; parts: NipParts } | { ok: false; pesan: string };

function validDate(y: number, m: number, d: number): Date | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? dt : null;
}

export function parseNip(raw: string, today = new Date()): NipResult {
  const nip = raw.replace(/\s+/g, '');
  if (!/^\d+$/.test(nip)) return { ok: false, pesan: 'NIP hanya boleh berisi angka.' };
  if (nip.length !== 18) return { ok: false, pesan: `NIP harus 18 digit (tertulis ${nip.length} digit).` };
  const y = Number(nip.slice(0, 4));
  const m = Number(nip.slice(4, 6));
  const d = Number(nip.slice(6, 8));
  const lahir = validDate(y, m, d);
  if (!lahir || y < 1940) return { ok: false, pesan: 'Tanggal lahir dalam NIP (digit 1–8) bukan tanggal yang mungkin.' };
  if (lahir > today) return { ok: false, pesan: 'Tanggal lahir dalam NIP berada di masa depan.' };
  const ty = Number(nip.slice(8, 12));
  const tm = Number(nip.slice(12, 14));
  if (tm < 1 || tm > 12 || ty < 1960 || ty > today.getUTCFullYear() + 1) {
    return { ok: false, pesan: 'TMT CPNS dalam NIP (digit 9–14) bukan bulan dan tahun yang mungkin.' };
  }
  const umurSaatCpns = ty - y - (tm < m ? 1 : 0);
  if (umurSaatCpns < 17 || umurSaatCpns > 60) {
    return { ok: false, pesan: 'TMT CPNS dalam NIP tidak sesuai dengan tanggal lahirnya (usia saat CPNS harus 17–60 tahun).' };
  }
  const g = nip[14];
  if (g !== '1' && g !== '2') return { ok: false, pesan: 'Digit ke-15 NIP (jenis kelamin) harus 1 atau 2.' };
  const urutan = Number(nip.slice(15));
  if (urutan < 1) return { ok: false, pesan: 'Nomor urut NIP (digit 16–18) tidak boleh 000.' };
  return {
    ok: true,
    parts: { tanggalLahir: lahir, tmtCpns: { tahun: ty, bulan: tm }, jenisKelamin: g === '1' ? 'L' : 'P', urutan },
  };
}

/** NI PPPK: digits only, 16–30 long (regional formats differ; kept permissive on purpose). */
export function validNiPppk(raw: string): boolean {
  return /^\d{16,30}$/.test(raw.replace(/\s+/g, ''));
}

export function formatNip(nip: string): string {
  return nip.length === 18 ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip;
}

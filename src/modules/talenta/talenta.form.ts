/**
 * The settings form: the nested settings as flat field names ("batas.kinerja.menengah",
 * "kotak.3.tindakan") and back. Numbers accept a decimal comma; the ranges and sums are checked by
 * `pengaturanSchema` in the service, whose messages carry the same field names.
 */
import { PREDIKAT_TALENTA, TINGKAT_HUKUMAN, type PengaturanTalenta } from './talenta.pengaturan.js';

const ANGKA = [
  'tahunKinerja',
  ...PREDIKAT_TALENTA.map((p) => `nilaiPredikat.${p}`),
  'bobotPotensi.asesmen',
  'bobotPotensi.kompetensi',
  'bobotPotensi.rekamJejak',
  'skalaAsesmen',
  'masaBerlakuAsesmen',
  'bobotRekamJejak.jp',
  'bobotRekamJejak.penghargaan',
  'bobotRekamJejak.pendidikan',
  'bobotRekamJejak.masaJabatan',
  'jpAcuan',
  'penghargaanAcuan',
  'masaJabatanAcuan',
  'bobotTotal.kinerja',
  'bobotTotal.potensi',
  'batas.kinerja.menengah',
  'batas.kinerja.tinggi',
  'batas.potensi.menengah',
  'batas.potensi.tinggi',
  ...TINGKAT_HUKUMAN.map((t) => `eksklusiTahun.${t}`),
  'fitSiapSekarang',
  'fitSiap12',
];
const CENTANG = ['asesmenWajib', 'atasanLihatKotak', 'pegawaiLihatKotak'];

function ambil(o: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((a, k) => (a && typeof a === 'object' ? (a as Record<string, unknown>)[k] : undefined), o);
}
function taruh(o: Record<string, unknown>, path: string, v: unknown) {
  const ks = path.split('.');
  let cur = o;
  for (const k of ks.slice(0, -1)) cur = (cur[k] ??= /^\d+$/.test(ks[ks.indexOf(k) + 1] ?? '') ? [] : {}) as Record<string, unknown>;
  cur[ks[ks.length - 1]!] = v;
}

export function keForm(p: PengaturanTalenta): Record<string, unknown> {
  const v: Record<string, unknown> = {};
  for (const k of ANGKA) v[k] = String(ambil(p, k)).replace('.', ',');
  for (const k of CENTANG) v[k] = ambil(p, k) ? 'on' : '';
  p.kotak.forEach((k, i) => {
    v[`kotak.${i}.nomor`] = String(k.nomor);
    v[`kotak.${i}.kinerja`] = k.kinerja;
    v[`kotak.${i}.potensi`] = k.potensi;
    v[`kotak.${i}.label`] = k.label;
    v[`kotak.${i}.tindakan`] = k.tindakan;
    v[`kotak.${i}.rekomendasiPelatihan`] = k.rekomendasiPelatihan ? 'on' : '';
  });
  v.kotakPool = p.kotakPool.map(String);
  return v;
}

export function dariForm(body: Record<string, unknown>): { nilai: Record<string, unknown>; errors: Record<string, string> } {
  const nilai: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  const teks = (k: string) => (typeof body[k] === 'string' ? (body[k] as string).trim() : '');
  for (const k of ANGKA) {
    const s = teks(k).replace(',', '.');
    if (!s) errors[k] = 'Wajib diisi.';
    else if (!/^-?\d+(\.\d+)?$/.test(s)) errors[k] = 'Isi dengan angka, misalnya 60 atau 62,5.';
    taruh(nilai, k, Number(s));
  }
  for (const k of CENTANG) taruh(nilai, k, body[k] === 'on');
  const kotak = [];
  for (let i = 0; i < 9; i++) {
    const nomor = teks(`kotak.${i}.nomor`);
    if (!/^[1-9]$/.test(nomor)) errors[`kotak.${i}.nomor`] = 'Isi nomor kotak 1–9.';
    kotak.push({
      nomor: Number(nomor),
      kinerja: teks(`kotak.${i}.kinerja`),
      potensi: teks(`kotak.${i}.potensi`),
      label: teks(`kotak.${i}.label`),
      tindakan: teks(`kotak.${i}.tindakan`),
      rekomendasiPelatihan: body[`kotak.${i}.rekomendasiPelatihan`] === 'on',
    });
  }
  nilai.kotak = kotak;
  const pool = body.kotakPool === undefined ? [] : Array.isArray(body.kotakPool) ? body.kotakPool : [body.kotakPool];
  nilai.kotakPool = pool.map((x) => Number(x)).filter((n) => Number.isInteger(n) && n >= 1 && n <= 9);
  return { nilai, errors };
}

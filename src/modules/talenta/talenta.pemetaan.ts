/**
 * The mapping engine: one person's inputs and the review's settings → their place on the nine-box
 * map, with every component it used (value, weight, source) and every input that was missing.
 * Pure: no database, no clock (the reference date is passed in), so every rule is unit-tested.
 */
import { tanggal as fmtTanggal } from '../../lib/format.js';
import { kotakDari, type PengaturanTalenta, type Tingkat } from './talenta.pengaturan.js';

export type PredikatTahunan = 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';

export interface MasukanTalenta {
  /** The annual predikat per year found (years without one are simply absent). */
  predikat: { tahun: number; predikat: PredikatTahunan }[];
  /** The newest assessment result (any age: the engine checks its validity). */
  asesmen: { tanggal: Date; lembaga: string; rerata: number } | null;
  /**
   * Each competency of the person's jabatan standard with the level last assessed (null = not
   * assessed), or the same already summed (capai = Σ min(level, required), butuh = Σ required,
   * jumlah = competencies rated), as the run reads it at scale.
   */
  kompetensi: { dibutuhkan: number; level: number | null }[] | { capai: number; butuh: number; jumlah: number };
  /** Training JP in the review year. */
  jp: number;
  /** Awards in the review year and the year before. */
  penghargaan: number;
  pendidikan: string | null;
  /** Years in the current jabatan; null when TMT jabatan is not recorded. */
  masaJabatan: number | null;
  hukuman: { tingkat: 'RINGAN' | 'SEDANG' | 'BERAT'; jenis: string; tanggal: Date }[];
}

export interface Komponen {
  kode: string;
  label: string;
  sumbu: 'kinerja' | 'potensi';
  /** 0..100, or null when missing. */
  nilai: number | null;
  /** Weight used (percent of the axis) after missing components' weights were shared out. */
  bobot: number;
  /** Weight as set (percent of the axis). */
  bobotDiatur: number;
  sumber: string;
}

export type StatusTalenta = 'DIPETAKAN' | 'TIDAK_LENGKAP' | 'DIKECUALIKAN';

export interface HasilTalenta {
  status: StatusTalenta;
  nilaiKinerja: number | null;
  nilaiPotensi: number | null;
  skorTotal: number | null;
  tingkatKinerja: Tingkat | null;
  tingkatPotensi: Tingkat | null;
  kotak: number | null;
  komponen: Komponen[];
  kekurangan: string[];
  alasanEksklusi: string | null;
}

const bulat2 = (n: number) => Math.round(n * 100) / 100;

export function tingkatDari(nilai: number, batas: { menengah: number; tinggi: number }): Tingkat {
  if (nilai >= batas.tinggi) return 'TINGGI';
  if (nilai >= batas.menengah) return 'MENENGAH';
  return 'RENDAH';
}

/** Education level → 0..100 (highest degree named in the free-text field). */
export function nilaiPendidikan(s: string | null): number | null {
  if (!s || !s.trim()) return null;
  const t = s.toUpperCase();
  if (/\bS-?3\b|DOKTOR/.test(t)) return 100;
  if (/\bS-?2\b|MAGISTER|SPESIALIS/.test(t)) return 85;
  if (/\bS-?1\b|\bD-?IV\b|\bD-?4\b|SARJANA|PROFESI/.test(t)) return 70;
  if (/\bD-?III\b|\bD-?3\b|DIPLOMA/.test(t)) return 55;
  return 40;
}

/** Adds years to a calendar date (UTC). */
export function tambahTahun(d: Date, n: number): Date {
  const x = new Date(d.getTime());
  x.setUTCFullYear(x.getUTCFullYear() + n);
  return x;
}

const LABEL_HUKUMAN = { RINGAN: 'ringan', SEDANG: 'sedang', BERAT: 'berat' } as const;

/** The penalty that excludes the person on the reference date (the one excluding longest), or null. */
export function eksklusi(hukuman: MasukanTalenta['hukuman'], p: PengaturanTalenta, acuan: Date): string | null {
  let terlama: { sampai: Date; h: MasukanTalenta['hukuman'][number] } | null = null;
  for (const h of hukuman) {
    const tahun = p.eksklusiTahun[h.tingkat];
    if (!tahun || h.tanggal > acuan) continue;
    const sampai = tambahTahun(h.tanggal, tahun);
    if (acuan < sampai && (!terlama || sampai > terlama.sampai)) terlama = { sampai, h };
  }
  if (!terlama) return null;
  const { h, sampai } = terlama;
  return `Hukuman disiplin ${LABEL_HUKUMAN[h.tingkat]} (${h.jenis}) sejak ${fmtTanggal(h.tanggal)}: dikecualikan sampai ${fmtTanggal(sampai)}.`;
}

/** Shares the weights of missing components out over the present ones, in proportion. */
function bagiBobot(k: Komponen[]): Komponen[] {
  const ada = k.filter((x) => x.nilai !== null);
  const total = ada.reduce((a, x) => a + x.bobotDiatur, 0);
  return k.map((x) => ({ ...x, bobot: x.nilai === null || total === 0 ? 0 : bulat2((x.bobotDiatur * 100) / total) }));
}

function rerataBerbobot(k: Komponen[]): number | null {
  const ada = k.filter((x) => x.nilai !== null && x.bobot > 0);
  const total = ada.reduce((a, x) => a + x.bobot, 0);
  if (!ada.length || total === 0) return null;
  return bulat2(ada.reduce((a, x) => a + x.nilai! * x.bobot, 0) / total);
}

export function petakan(m: MasukanTalenta, p: PengaturanTalenta, o: { tahun: number; acuan: Date }): HasilTalenta {
  const kekurangan: string[] = [];

  // Kinerja: predikat of the last N years ending with the review year.
  const tahunList = Array.from({ length: p.tahunKinerja }, (_, i) => o.tahun - i);
  const nilaiTahun: number[] = [];
  const sumberTahun: string[] = [];
  for (const t of tahunList) {
    const x = m.predikat.find((y) => y.tahun === t);
    if (!x) {
      kekurangan.push(`Predikat kinerja ${t} belum ada`);
      continue;
    }
    nilaiTahun.push(p.nilaiPredikat[x.predikat]);
    sumberTahun.push(`${t}: ${x.predikat.replace(/_/g, ' ').toLowerCase()}`);
  }
  const nilaiKinerja = nilaiTahun.length ? bulat2(nilaiTahun.reduce((a, b) => a + b, 0) / nilaiTahun.length) : null;
  const kinerja: Komponen = {
    kode: 'predikat',
    label: `Predikat kinerja ${tahunList[tahunList.length - 1]}–${o.tahun}`,
    sumbu: 'kinerja',
    nilai: nilaiKinerja,
    bobot: nilaiKinerja === null ? 0 : 100,
    bobotDiatur: 100,
    sumber: sumberTahun.length ? `Penilaian SKP tahunan (${sumberTahun.join('; ')})` : 'Penilaian SKP tahunan',
  };

  // Potensi: assessment, competency fit, track record.
  const batasAsesmen = tambahTahun(o.acuan, -p.masaBerlakuAsesmen);
  const asesmenBerlaku = m.asesmen && m.asesmen.tanggal >= batasAsesmen && m.asesmen.tanggal <= o.acuan ? m.asesmen : null;
  if (!m.asesmen) kekurangan.push('Belum ada hasil asesmen potensi');
  else if (!asesmenBerlaku) kekurangan.push(`Hasil asesmen potensi ${fmtTanggal(m.asesmen.tanggal)} sudah lewat masa berlaku`);
  const asesmen: Komponen = {
    kode: 'asesmen',
    label: 'Hasil asesmen potensi',
    sumbu: 'potensi',
    nilai: asesmenBerlaku ? bulat2(Math.min(100, (asesmenBerlaku.rerata / p.skalaAsesmen) * 100)) : null,
    bobot: 0,
    bobotDiatur: p.bobotPotensi.asesmen,
    sumber: asesmenBerlaku ? `${asesmenBerlaku.lembaga}, ${fmtTanggal(asesmenBerlaku.tanggal)}` : 'Impor hasil asesmen',
  };

  const ringkas = Array.isArray(m.kompetensi)
    ? (() => {
        const dinilai = m.kompetensi.filter((k) => k.level !== null && k.dibutuhkan > 0);
        return {
          capai: dinilai.reduce((a, k) => a + Math.min(k.level!, k.dibutuhkan), 0),
          butuh: dinilai.reduce((a, k) => a + k.dibutuhkan, 0),
          jumlah: dinilai.length,
        };
      })()
    : m.kompetensi;
  const fit = ringkas.butuh ? bulat2((ringkas.capai * 100) / ringkas.butuh) : null;
  if (fit === null) kekurangan.push('Kompetensi belum dinilai atasan terhadap standar jabatan');
  const kompetensi: Komponen = {
    kode: 'kompetensi',
    label: 'Kesesuaian kompetensi dengan standar jabatan',
    sumbu: 'potensi',
    nilai: fit,
    bobot: 0,
    bobotDiatur: p.bobotPotensi.kompetensi,
    sumber: fit === null ? 'Penilaian kompetensi oleh atasan' : `Penilaian kompetensi oleh atasan (${ringkas.jumlah} kompetensi)`,
  };

  // Track record: its own parts, shared out the same way.
  const bagian = bagiBobot([
    {
      kode: 'jp',
      label: 'JP pelatihan',
      sumbu: 'potensi',
      nilai: bulat2(Math.min(1, m.jp / p.jpAcuan) * 100),
      bobot: 0,
      bobotDiatur: p.bobotRekamJejak.jp,
      sumber: `${m.jp} JP tahun ${o.tahun} (acuan ${p.jpAcuan} JP)`,
    },
    {
      kode: 'penghargaan',
      label: 'Penghargaan',
      sumbu: 'potensi',
      nilai: bulat2(Math.min(1, m.penghargaan / p.penghargaanAcuan) * 100),
      bobot: 0,
      bobotDiatur: p.bobotRekamJejak.penghargaan,
      sumber: `${m.penghargaan} penghargaan ${o.tahun - 1}–${o.tahun}`,
    },
    {
      kode: 'pendidikan',
      label: 'Pendidikan',
      sumbu: 'potensi',
      nilai: nilaiPendidikan(m.pendidikan),
      bobot: 0,
      bobotDiatur: p.bobotRekamJejak.pendidikan,
      sumber: m.pendidikan ?? 'Belum tercatat',
    },
    {
      kode: 'masaJabatan',
      label: 'Masa dalam jabatan',
      sumbu: 'potensi',
      nilai: m.masaJabatan === null ? null : bulat2(Math.min(1, m.masaJabatan / p.masaJabatanAcuan) * 100),
      bobot: 0,
      bobotDiatur: p.bobotRekamJejak.masaJabatan,
      sumber: m.masaJabatan === null ? 'TMT jabatan belum tercatat' : `${Math.floor(m.masaJabatan)} tahun (acuan ${p.masaJabatanAcuan})`,
    },
  ]);
  if (m.pendidikan === null || !m.pendidikan.trim()) kekurangan.push('Pendidikan belum tercatat');
  if (m.masaJabatan === null) kekurangan.push('TMT jabatan belum tercatat');
  const nilaiRekam = rerataBerbobot(bagian);
  const rekamJejak: Komponen = {
    kode: 'rekamJejak',
    label: 'Rekam jejak',
    sumbu: 'potensi',
    nilai: nilaiRekam,
    bobot: 0,
    bobotDiatur: p.bobotPotensi.rekamJejak,
    sumber: bagian
      .filter((b) => b.nilai !== null)
      .map((b) => `${b.label} ${b.nilai} × ${b.bobot}%`)
      .join('; '),
  };

  const potensiList = bagiBobot([asesmen, kompetensi, rekamJejak]);
  const nilaiPotensi = rerataBerbobot(potensiList);
  const komponen = [kinerja, ...potensiList, ...bagian.map((b) => ({ ...b, kode: `rekamJejak.${b.kode}` }))];

  const alasanEksklusi = eksklusi(m.hukuman, p, o.acuan);
  const lengkap = nilaiKinerja !== null && nilaiPotensi !== null && !(p.asesmenWajib && !asesmenBerlaku);
  const tingkatKinerja = nilaiKinerja === null ? null : tingkatDari(nilaiKinerja, p.batas.kinerja);
  const tingkatPotensi = nilaiPotensi === null ? null : tingkatDari(nilaiPotensi, p.batas.potensi);
  const skorTotal =
    nilaiKinerja !== null && nilaiPotensi !== null
      ? bulat2((nilaiKinerja * p.bobotTotal.kinerja + nilaiPotensi * p.bobotTotal.potensi) / 100)
      : null;
  const status: StatusTalenta = alasanEksklusi ? 'DIKECUALIKAN' : lengkap ? 'DIPETAKAN' : 'TIDAK_LENGKAP';
  return {
    status,
    nilaiKinerja,
    nilaiPotensi,
    skorTotal,
    tingkatKinerja,
    tingkatPotensi,
    kotak: status === 'DIPETAKAN' ? kotakDari(p, tingkatKinerja!, tingkatPotensi!).nomor : null,
    komponen,
    kekurangan,
    alasanEksklusi,
  };
}

/**
 * Competency fit of a candidate to a TARGET jabatan's standard: percent of the required levels
 * met (a level above the standard counts as the standard), and the competencies below it.
 */
export function kesesuaianTarget(
  standar: { kompetensiId: number; nama: string; dibutuhkan: number }[],
  level: Map<number, number>,
): { persen: number | null; kesenjangan: { nama: string; dibutuhkan: number; level: number | null }[] } {
  const butuh = standar.reduce((a, s) => a + s.dibutuhkan, 0);
  if (!butuh) return { persen: null, kesenjangan: [] };
  let capai = 0;
  const kesenjangan: { nama: string; dibutuhkan: number; level: number | null }[] = [];
  for (const s of standar) {
    const l = level.get(s.kompetensiId) ?? null;
    capai += Math.min(l ?? 0, s.dibutuhkan);
    if (l === null || l < s.dibutuhkan) kesenjangan.push({ nama: s.nama, dibutuhkan: s.dibutuhkan, level: l });
  }
  return { persen: bulat2((capai * 100) / butuh), kesenjangan };
}

export type Kesiapan = 'SIAP_SEKARANG' | 'SIAP_1_2_TAHUN' | 'BELUM_SIAP';

export function kesiapan(persen: number | null, p: PengaturanTalenta): Kesiapan {
  if (persen === null) return 'BELUM_SIAP';
  if (persen >= p.fitSiapSekarang) return 'SIAP_SEKARANG';
  if (persen >= p.fitSiap12) return 'SIAP_1_2_TAHUN';
  return 'BELUM_SIAP';
}

/** Ranks a pool: ready now first, then by fit, then by overall talent score. */
export function urutkanPool<T extends { persen: number | null; kesiapan: Kesiapan; skorTotal: number | null }>(c: T[]): T[] {
  const k = { SIAP_SEKARANG: 0, SIAP_1_2_TAHUN: 1, BELUM_SIAP: 2 };
  return [...c].sort(
    (a, b) => k[a.kesiapan] - k[b.kesiapan] || (b.persen ?? -1) - (a.persen ?? -1) || (b.skorTotal ?? 0) - (a.skorTotal ?? 0),
  );
}

import { describe, it, expect } from 'vitest';
import {
  petakan,
  tingkatDari,
  eksklusi,
  kesesuaianTarget,
  kesiapan,
  urutkanPool,
  nilaiPendidikan,
  type MasukanTalenta,
} from '../../src/modules/talenta/talenta.pemetaan.js';
import {
  PENGATURAN_DEFAULT,
  pengaturanSchema,
  bacaPengaturan,
  type PengaturanTalenta,
} from '../../src/modules/talenta/talenta.pengaturan.js';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const ACUAN = { tahun: 2026, acuan: d('2026-12-31') };
const P = (ubah: Partial<PengaturanTalenta> = {}): PengaturanTalenta => ({ ...structuredClone(PENGATURAN_DEFAULT), ...ubah });

/** A person whose every input is there; potensi ingredients chosen so the result is easy to steer. */
function orang(ubah: Partial<MasukanTalenta> = {}): MasukanTalenta {
  return {
    predikat: [
      { tahun: 2026, predikat: 'BAIK' },
      { tahun: 2025, predikat: 'BAIK' },
    ],
    asesmen: { tanggal: d('2026-03-01'), lembaga: 'UPT Penilaian Kompetensi', rerata: 3.5 },
    kompetensi: [
      { dibutuhkan: 3, level: 3 },
      { dibutuhkan: 3, level: 2 },
    ],
    jp: 20,
    penghargaan: 1,
    pendidikan: 'S1 Kesehatan Masyarakat',
    masaJabatan: 4,
    hukuman: [],
    ...ubah,
  };
}

/** Potensi made of the assessment alone, so its value is the assessment score in percent. */
const hanyaAsesmen = (): PengaturanTalenta => P({ bobotPotensi: { asesmen: 100, kompetensi: 0, rekamJejak: 0 } });

describe('placement on the axes', () => {
  it('a value on a cut-off belongs to the higher level; just below it, to the lower', () => {
    const b = { menengah: 60, tinggi: 80 };
    expect(tingkatDari(59.99, b)).toBe('RENDAH');
    expect(tingkatDari(60, b)).toBe('MENENGAH');
    expect(tingkatDari(79.99, b)).toBe('MENENGAH');
    expect(tingkatDari(80, b)).toBe('TINGGI');
    expect(tingkatDari(0, b)).toBe('RENDAH');
    expect(tingkatDari(100, b)).toBe('TINGGI');
  });

  // Default cut-offs: kinerja 70 / 90, potensi 60 / 80. Assessment on a 1–5 scale: rerata × 20 = potensi.
  const kasus: [string, 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN', number, number][] = [
    ['kinerja rendah, potensi rendah', 'BUTUH_PERBAIKAN', 2.95, 1],
    ['kinerja sesuai, potensi rendah', 'BAIK', 2.95, 2],
    ['kinerja rendah, potensi menengah (on the cut-off)', 'BUTUH_PERBAIKAN', 3, 3],
    ['kinerja tinggi, potensi rendah', 'SANGAT_BAIK', 2.95, 4],
    ['kinerja sesuai, potensi menengah', 'BAIK', 3.95, 5],
    ['kinerja rendah, potensi tinggi (on the cut-off)', 'BUTUH_PERBAIKAN', 4, 6],
    ['kinerja tinggi, potensi menengah', 'SANGAT_BAIK', 3, 7],
    ['kinerja sesuai, potensi tinggi', 'BAIK', 4, 8],
    ['kinerja tinggi, potensi tinggi', 'SANGAT_BAIK', 5, 9],
  ];
  for (const [nama, predikat, rerata, kotak] of kasus)
    it(`${nama} → box ${kotak}`, () => {
      const h = petakan(
        orang({
          predikat: [
            { tahun: 2026, predikat },
            { tahun: 2025, predikat },
          ],
          asesmen: { tanggal: d('2026-03-01'), lembaga: 'X', rerata },
        }),
        hanyaAsesmen(),
        ACUAN,
      );
      expect(h.status).toBe('DIPETAKAN');
      expect(h.kotak).toBe(kotak);
    });

  it('kinerja exactly on its cut-off (70: one year baik 80, one butuh perbaikan 60) is sesuai ekspektasi', () => {
    const h = petakan(
      orang({
        predikat: [
          { tahun: 2026, predikat: 'BAIK' },
          { tahun: 2025, predikat: 'BUTUH_PERBAIKAN' },
        ],
      }),
      hanyaAsesmen(),
      ACUAN,
    );
    expect(h.nilaiKinerja).toBe(70);
    expect(h.tingkatKinerja).toBe('MENENGAH');
    const naik = petakan(
      orang({
        predikat: [
          { tahun: 2026, predikat: 'BAIK' },
          { tahun: 2025, predikat: 'BUTUH_PERBAIKAN' },
        ],
      }),
      { ...hanyaAsesmen(), batas: { ...PENGATURAN_DEFAULT.batas, kinerja: { menengah: 70.01, tinggi: 90 } } },
      ACUAN,
    );
    expect(naik.tingkatKinerja).toBe('RENDAH');
  });

  it('the box numbers and their cells come from the settings, not the code', () => {
    const p = hanyaAsesmen();
    p.kotak = p.kotak.map((k) => ({ ...k, nomor: 10 - k.nomor }));
    const h = petakan(orang({ asesmen: { tanggal: d('2026-03-01'), lembaga: 'X', rerata: 5 } }), p, ACUAN);
    // Kinerja baik (80) = sesuai, potensi 100 = tinggi: box 8 by default, 2 with the numbers reversed.
    expect(h.kotak).toBe(2);
  });
});

describe('weights', () => {
  it('moving weight from the assessment to competency fit moves a person with a weak fit down', () => {
    const m = orang({
      asesmen: { tanggal: d('2026-03-01'), lembaga: 'X', rerata: 4.5 },
      kompetensi: [
        { dibutuhkan: 4, level: 2 },
        { dibutuhkan: 4, level: 2 },
      ],
    });
    const asesmen = petakan(m, hanyaAsesmen(), ACUAN);
    expect(asesmen.nilaiPotensi).toBe(90);
    expect(asesmen.kotak).toBe(8);
    const fit = petakan(m, P({ bobotPotensi: { asesmen: 20, kompetensi: 80, rekamJejak: 0 } }), ACUAN);
    // 0.2 × 90 + 0.8 × 50 = 58 → rendah.
    expect(fit.nilaiPotensi).toBe(58);
    expect(fit.kotak).toBe(2);
  });

  it('each component carries its weight and source, so the card can explain the placement', () => {
    const h = petakan(orang(), PENGATURAN_DEFAULT, ACUAN);
    const k = Object.fromEntries(h.komponen.map((c) => [c.kode, c]));
    expect(k.predikat!.sumber).toContain('2026: baik');
    expect(k.asesmen!.bobot).toBe(50);
    expect(k.asesmen!.sumber).toContain('UPT Penilaian Kompetensi');
    expect(k.kompetensi!.nilai).toBeCloseTo(83.33, 2);
    expect(k.rekamJejak!.bobot).toBe(20);
    // 0.5 × 70 + 0.3 × 83.33 + 0.2 × rekam jejak (JP 100, award 100, S1 70, 4 years 100 → 94) = 78.8
    expect(k['rekamJejak.pendidikan']!.nilai).toBe(70);
    expect(h.nilaiPotensi).toBeCloseTo(78.8, 1);
    expect(h.skorTotal).toBeCloseTo((80 + 78.8) / 2, 1);
  });

  it('overall weights change the ranking score, not the box', () => {
    const a = petakan(orang(), P({ bobotTotal: { kinerja: 100, potensi: 0 } }), ACUAN);
    const b = petakan(orang(), P({ bobotTotal: { kinerja: 0, potensi: 100 } }), ACUAN);
    expect(a.kotak).toBe(b.kotak);
    expect(a.skorTotal).toBe(80);
    expect(b.skorTotal).toBe(b.nilaiPotensi);
  });
});

describe('missing inputs', () => {
  it('no assessment result: listed, and the person is not placed while the assessment is required', () => {
    const h = petakan(orang({ asesmen: null }), PENGATURAN_DEFAULT, ACUAN);
    expect(h.status).toBe('TIDAK_LENGKAP');
    expect(h.kotak).toBeNull();
    expect(h.kekurangan).toContain('Belum ada hasil asesmen potensi');
  });

  it('no assessment result, assessment optional: its weight is shared out, never counted as zero', () => {
    const p = P({ asesmenWajib: false, bobotPotensi: { asesmen: 50, kompetensi: 50, rekamJejak: 0 } });
    const h = petakan(orang({ asesmen: null }), p, ACUAN);
    expect(h.status).toBe('DIPETAKAN');
    expect(h.nilaiPotensi).toBeCloseTo(83.33, 2);
    expect(h.komponen.find((k) => k.kode === 'kompetensi')!.bobot).toBe(100);
    expect(h.kekurangan).toContain('Belum ada hasil asesmen potensi');
  });

  it('an assessment older than its validity is listed as expired and not used', () => {
    const h = petakan(orang({ asesmen: { tanggal: d('2023-06-01'), lembaga: 'X', rerata: 5 } }), PENGATURAN_DEFAULT, ACUAN);
    expect(h.status).toBe('TIDAK_LENGKAP');
    expect(h.kekurangan.join()).toMatch(/lewat masa berlaku/);
  });

  it('one of the two years without a predikat: listed, the other year counts alone', () => {
    const h = petakan(orang({ predikat: [{ tahun: 2025, predikat: 'SANGAT_BAIK' }] }), PENGATURAN_DEFAULT, ACUAN);
    expect(h.kekurangan).toContain('Predikat kinerja 2026 belum ada');
    expect(h.nilaiKinerja).toBe(100);
    expect(h.status).toBe('DIPETAKAN');
  });

  it('no predikat at all: not placed', () => {
    const h = petakan(orang({ predikat: [] }), PENGATURAN_DEFAULT, ACUAN);
    expect(h.status).toBe('TIDAK_LENGKAP');
    expect(h.nilaiKinerja).toBeNull();
    expect(h.kekurangan).toEqual(expect.arrayContaining(['Predikat kinerja 2026 belum ada', 'Predikat kinerja 2025 belum ada']));
  });

  it('no competency rating and no education: both listed; the rest carries the weight', () => {
    const h = petakan(orang({ kompetensi: [], pendidikan: null }), PENGATURAN_DEFAULT, ACUAN);
    expect(h.kekurangan).toEqual(
      expect.arrayContaining(['Kompetensi belum dinilai atasan terhadap standar jabatan', 'Pendidikan belum tercatat']),
    );
    expect(h.komponen.find((k) => k.kode === 'kompetensi')!.bobot).toBe(0);
    expect(h.komponen.find((k) => k.kode === 'asesmen')!.bobot).toBeCloseTo(71.43, 2);
    expect(h.status).toBe('DIPETAKAN');
  });
});

describe('integrity: exclusion windows', () => {
  const sedang = (tanggal: string) => [{ tingkat: 'SEDANG' as const, jenis: 'penundaan kenaikan pangkat', tanggal: d(tanggal) }];
  it('a moderate penalty inside its two-year window excludes, with the reason and the end date', () => {
    const h = petakan(orang({ hukuman: sedang('2025-03-10') }), PENGATURAN_DEFAULT, ACUAN);
    expect(h.status).toBe('DIKECUALIKAN');
    expect(h.kotak).toBeNull();
    expect(h.alasanEksklusi).toBe(
      'Hukuman disiplin sedang (penundaan kenaikan pangkat) sejak 10 Mar 2025: dikecualikan sampai 10 Mar 2027.',
    );
  });
  it('the window ends on its anniversary: the day before still excludes, the day itself does not', () => {
    expect(eksklusi(sedang('2024-12-31'), PENGATURAN_DEFAULT, d('2026-12-30'))).not.toBeNull();
    expect(eksklusi(sedang('2024-12-31'), PENGATURAN_DEFAULT, d('2026-12-31'))).toBeNull();
  });
  it('a light penalty does not exclude by default; it does when BKD sets a window for it', () => {
    const ringan = [{ tingkat: 'RINGAN' as const, jenis: 'teguran lisan', tanggal: d('2026-05-01') }];
    expect(petakan(orang({ hukuman: ringan }), PENGATURAN_DEFAULT, ACUAN).status).toBe('DIPETAKAN');
    expect(petakan(orang({ hukuman: ringan }), P({ eksklusiTahun: { RINGAN: 1, SEDANG: 2, BERAT: 3 } }), ACUAN).status).toBe(
      'DIKECUALIKAN',
    );
  });
  it('a penalty dated after the reference date does not count yet', () => {
    expect(eksklusi(sedang('2027-01-05'), PENGATURAN_DEFAULT, d('2026-12-31'))).toBeNull();
  });
  it('a heavy penalty excludes for three years by default', () => {
    const berat = [{ tingkat: 'BERAT' as const, jenis: 'penurunan jabatan', tanggal: d('2024-02-01') }];
    expect(eksklusi(berat, PENGATURAN_DEFAULT, d('2026-12-31'))).toMatch(/sampai 1 Feb 2027/);
  });
});

describe('succession: fit to the target jabatan', () => {
  const standar = [
    { kompetensiId: 1, nama: 'Integritas', dibutuhkan: 4 },
    { kompetensiId: 2, nama: 'Kerja sama', dibutuhkan: 4 },
    { kompetensiId: 3, nama: 'Pengambilan keputusan', dibutuhkan: 2 },
  ];
  it('levels above the standard count as the standard; missing levels are gaps', () => {
    const r = kesesuaianTarget(
      standar,
      new Map([
        [1, 5],
        [2, 3],
      ]),
    );
    expect(r.persen).toBe(70);
    expect(r.kesenjangan).toEqual([
      { nama: 'Kerja sama', dibutuhkan: 4, level: 3 },
      { nama: 'Pengambilan keputusan', dibutuhkan: 2, level: null },
    ]);
  });
  it('readiness from the fit thresholds (data)', () => {
    expect(kesiapan(90, PENGATURAN_DEFAULT)).toBe('SIAP_SEKARANG');
    expect(kesiapan(89.99, PENGATURAN_DEFAULT)).toBe('SIAP_1_2_TAHUN');
    expect(kesiapan(75, PENGATURAN_DEFAULT)).toBe('SIAP_1_2_TAHUN');
    expect(kesiapan(74, PENGATURAN_DEFAULT)).toBe('BELUM_SIAP');
    expect(kesiapan(null, PENGATURAN_DEFAULT)).toBe('BELUM_SIAP');
  });
  it('pool ranking: by fit, then by talent score', () => {
    const c = urutkanPool([
      { id: 'a', persen: 80, kesiapan: 'SIAP_1_2_TAHUN' as const, skorTotal: 95 },
      { id: 'b', persen: 95, kesiapan: 'SIAP_SEKARANG' as const, skorTotal: 70 },
      { id: 'c', persen: 80, kesiapan: 'SIAP_1_2_TAHUN' as const, skorTotal: 99 },
    ]);
    expect(c.map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('settings', () => {
  it('the defaults pass their own schema', () => {
    expect(pengaturanSchema.safeParse(PENGATURAN_DEFAULT).success).toBe(true);
  });
  it('refuses weights that do not add up to 100, crossed cut-offs and two boxes in one cell', () => {
    const r = pengaturanSchema.safeParse({
      ...PENGATURAN_DEFAULT,
      bobotPotensi: { asesmen: 50, kompetensi: 30, rekamJejak: 10 },
      batas: { ...PENGATURAN_DEFAULT.batas, potensi: { menengah: 80, tinggi: 60 } },
      kotak: PENGATURAN_DEFAULT.kotak.map((k) => (k.nomor === 1 ? { ...k, potensi: 'TINGGI' as const } : k)),
    });
    expect(r.success).toBe(false);
    const pesan = r.success ? [] : r.error.issues.map((i) => i.message);
    expect(pesan).toEqual(
      expect.arrayContaining([
        'Jumlah bobot potensi harus 100.',
        'Batas tinggi harus lebih besar dari batas menengah.',
        'Sembilan kotak harus menempati sembilan sel berbeda dengan nomor 1–9.',
      ]),
    );
  });
  it('a stored value that no longer fits falls back to the defaults', () => {
    expect(bacaPengaturan({ tahunKinerja: 'x' })).toEqual(PENGATURAN_DEFAULT);
    expect(bacaPengaturan({ ...PENGATURAN_DEFAULT, tahunKinerja: 3 }).tahunKinerja).toBe(3);
  });
  it('education level from the free text', () => {
    expect(nilaiPendidikan('S2 Manajemen')).toBe(85);
    expect(nilaiPendidikan('D-III Keperawatan')).toBe(55);
    expect(nilaiPendidikan('SMA')).toBe(40);
    expect(nilaiPendidikan('  ')).toBeNull();
  });
});

describe('competency input read at scale', () => {
  it('the summed form gives the same fit as the per-competency list', () => {
    const lst = petakan(orang(), PENGATURAN_DEFAULT, ACUAN);
    const sum = petakan(orang({ kompetensi: { capai: 5, butuh: 6, jumlah: 2 } }), PENGATURAN_DEFAULT, ACUAN);
    expect(sum.komponen).toEqual(lst.komponen);
    expect(sum.kotak).toBe(lst.kotak);
    expect(petakan(orang({ kompetensi: { capai: 0, butuh: 0, jumlah: 0 } }), PENGATURAN_DEFAULT, ACUAN).kekurangan).toContain(
      'Kompetensi belum dinilai atasan terhadap standar jabatan',
    );
  });
});

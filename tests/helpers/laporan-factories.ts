/** Factories for report and calibration tests: appraisal rows with exactly the fields a report reads. */
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import type { Predikat, RatingKinerja, StatusPenilaian } from '../../src/generated/prisma/enums.js';
import { DEFAULT_MATRIKS } from '../../src/modules/domain/rules.js';

export function predikatDari(h: RatingKinerja, p: RatingKinerja): Predikat {
  return DEFAULT_MATRIKS.find((m) => m.hasilKerja === h && m.perilaku === p)!.predikat;
}

export async function makePenilaian(
  prisma: PrismaClient,
  opts: {
    periodeId: number;
    pegawai: { id: number; unitId: number; jabatanId: number; atasanId: number | null };
    status?: StatusPenilaian;
    hasil?: RatingKinerja;
    perilaku?: RatingKinerja;
    predikat?: Predikat;
    penilaiId?: number | null;
    atasanPenilaiId?: number | null;
    dikirimPada?: Date;
    dinilaiPada?: Date;
    kompetensi?: { kompetensiId: number; levelDibutuhkan: number; levelDiri?: number | null; levelAtasan?: number | null }[];
  },
) {
  const rated = opts.status === 'DINILAI' || opts.status === 'FINAL' || opts.status === undefined;
  const hasil = opts.hasil ?? (rated ? 'SESUAI' : undefined);
  const perilaku = opts.perilaku ?? (rated ? 'SESUAI' : undefined);
  return prisma.penilaianKinerja.create({
    data: {
      periodeId: opts.periodeId,
      pegawaiId: opts.pegawai.id,
      unitId: opts.pegawai.unitId,
      jabatanId: opts.pegawai.jabatanId,
      penilaiId: opts.penilaiId === undefined ? opts.pegawai.atasanId : opts.penilaiId,
      atasanPenilaiId: opts.atasanPenilaiId ?? null,
      status: opts.status ?? 'FINAL',
      ratingHasilKerja: hasil ?? null,
      ratingPerilaku: perilaku ?? null,
      predikat: opts.predikat ?? (hasil && perilaku ? predikatDari(hasil, perilaku) : null),
      dikirimPada: opts.dikirimPada ?? (rated ? new Date('2026-11-02T03:00:00Z') : null),
      dinilaiPada: opts.dinilaiPada ?? (rated ? new Date('2026-11-05T03:00:00Z') : null),
      difinalkanPada: opts.status === 'FINAL' || opts.status === undefined ? new Date('2026-11-06T03:00:00Z') : null,
      kompetensi: opts.kompetensi
        ? { create: opts.kompetensi.map((k) => ({ ...k, levelDiri: k.levelDiri ?? null, levelAtasan: k.levelAtasan ?? null })) }
        : undefined,
    },
  });
}

let k = 0;
export async function makeKompetensi(prisma: PrismaClient, nama?: string) {
  const kel = await prisma.kelompokKompetensi.upsert({
    where: { kode: 'MANAJERIAL' },
    update: {},
    create: { kode: 'MANAJERIAL', nama: 'Manajerial' },
  });
  k += 1;
  return prisma.kompetensi.create({
    data: { kode: `TK${k}-${Date.now() % 100000}`, nama: nama ?? `Kompetensi ${k}`, definisi: 'Uji', kelompokId: kel.id, urutan: k },
  });
}

/** Factories for development tests: competencies, catalog programs, rated appraisals. */
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import type { MetodePelatihan, StatusPenilaian } from '../../src/generated/prisma/enums.js';

let n = 0;
const next = () => ++n;

export async function makeKompetensi(prisma: PrismaClient, nama = `Kompetensi ${next()}`) {
  const kelompok = await prisma.kelompokKompetensi.upsert({
    where: { kode: 'MANAJERIAL' },
    update: {},
    create: { kode: 'MANAJERIAL', nama: 'Manajerial', urutan: 1 },
  });
  return prisma.kompetensi.create({
    data: {
      kode: `K${next()}-${Date.now() % 100000}`,
      nama,
      definisi: `Definisi ${nama}`,
      kelompokId: kelompok.id,
      level: {
        create: [1, 2, 3, 4, 5].map((l) => ({
          level: l,
          label: `L${l}`,
          deskripsi: `${nama} level ${l}`,
          indikator: [`Indikator ${nama} ${l}`],
        })),
      },
    },
  });
}

export async function makeProgram(
  prisma: PrismaClient,
  opts: {
    judul?: string;
    metode?: MetodePelatihan;
    jp?: number;
    biaya?: number;
    kompetensiId: number;
    levelMin?: number;
    levelMax?: number;
  },
) {
  const i = next();
  return prisma.programPelatihan.create({
    data: {
      kode: `P${i}-${Date.now() % 100000}`,
      judul: opts.judul ?? `Program ${i}`,
      metode: opts.metode ?? 'KLASIKAL',
      bentuk: opts.metode === 'NONKLASIKAL' ? 'COACHING' : 'PELATIHAN',
      jp: opts.jp ?? 24,
      biaya: BigInt(opts.biaya ?? 1_000_000),
      kompetensi: { create: { kompetensiId: opts.kompetensiId, levelMin: opts.levelMin ?? 1, levelMax: opts.levelMax ?? 5 } },
    },
  });
}

export async function makeAturan(prisma: PrismaClient) {
  if (await prisma.aturanRekomendasi.count()) return;
  await prisma.aturanRekomendasi.createMany({
    data: [
      { gapMin: 1, gapMax: 1, metodeDiutamakan: 'NONKLASIKAL' },
      { gapMin: 2, gapMax: 4, metodeDiutamakan: 'KLASIKAL' },
    ],
  });
}

/** An appraisal with competency rows: [kompetensiId, required, self, supervisor]. */
export async function makePenilaian(
  prisma: PrismaClient,
  opts: {
    periodeId: number;
    pegawai: { id: number; jabatanId: number; unitId: number; atasanId: number | null };
    status?: StatusPenilaian;
    kompetensi: [number, number, number | null, number | null][];
    indikator?: { uraian: string; target: number; realisasi: number; kompetensiId?: number }[];
  },
) {
  return prisma.penilaianKinerja.create({
    data: {
      periodeId: opts.periodeId,
      pegawaiId: opts.pegawai.id,
      jabatanId: opts.pegawai.jabatanId,
      unitId: opts.pegawai.unitId,
      penilaiId: opts.pegawai.atasanId,
      status: opts.status ?? 'FINAL',
      kompetensi: {
        create: opts.kompetensi.map(([kompetensiId, levelDibutuhkan, levelDiri, levelAtasan]) => ({
          kompetensiId,
          levelDibutuhkan,
          levelDiri,
          levelAtasan,
        })),
      },
      rhk: opts.indikator
        ? {
            create: [
              {
                uraian: 'RHK uji',
                indikator: {
                  create: opts.indikator.map((i) => ({
                    uraian: i.uraian,
                    targetNilai: i.target,
                    realisasiNilai: i.realisasi,
                    kompetensiId: i.kompetensiId ?? null,
                  })),
                },
              },
            ],
          }
        : undefined,
    },
  });
}

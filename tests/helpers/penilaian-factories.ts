import type { PrismaClient } from '../../src/generated/prisma/client.js';

let n = 0;
/** A competency with its five levels, and the standard for the given jabatan. */
export async function makeKompetensi(prisma: PrismaClient, opts: { nama?: string; jabatanIds?: number[]; level?: number } = {}) {
  n += 1;
  const kelompok = await prisma.kelompokKompetensi.upsert({
    where: { kode: 'MANAJERIAL' },
    update: {},
    create: { kode: 'MANAJERIAL', nama: 'Manajerial', urutan: 1 },
  });
  const k = await prisma.kompetensi.create({
    data: {
      kode: `K${n}-${Date.now() % 100000}`,
      nama: opts.nama ?? `Kompetensi ${n}`,
      definisi: 'Definisi uji',
      kelompokId: kelompok.id,
      urutan: n,
      level: {
        create: [1, 2, 3, 4, 5].map((l) => ({
          level: l,
          label: ['Paham', 'Dasar', 'Menengah', 'Mumpuni', 'Ahli'][l - 1]!,
          deskripsi: `Deskripsi level ${l}`,
          indikator: [`Indikator ${l}.1`, `Indikator ${l}.2`],
        })),
      },
    },
  });
  for (const jabatanId of opts.jabatanIds ?? []) {
    await prisma.standarKompetensiJabatan.create({ data: { jabatanId, kompetensiId: k.id, levelDibutuhkan: opts.level ?? 2 } });
  }
  return k;
}

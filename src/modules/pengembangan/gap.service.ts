import type { Db } from '../../db/client.js';
import { hitungGap, targetTerlewat, type HasilGap } from './gap.js';

/** Periods in which the pegawai was appraised, newest first. */
export function periodePegawai(prisma: Db, pegawaiId: number) {
  return prisma.penilaianKinerja.findMany({
    where: { pegawaiId },
    select: {
      id: true,
      status: true,
      periode: {
        select: { id: true, nama: true, tahun: true, status: true, tanggalMulai: true, tanggalSelesai: true, nilaiKompetensi: true },
      },
    },
    orderBy: [{ periode: { tahun: 'desc' } }, { periode: { tanggalMulai: 'desc' } }],
  });
}

/**
 * Default: the newest period whose appraisal the supervisor has rated and that assessed
 * competencies (a periodic evaluation usually does not, issue 16).
 */
export async function pilihPeriode(prisma: Db, pegawaiId: number, diminta?: number) {
  const list = await periodePegawai(prisma, pegawaiId);
  const dinilai = (x: (typeof list)[number]) => x.status === 'FINAL' || x.status === 'DINILAI';
  const pilih =
    list.find((x) => x.periode.id === diminta) ??
    list.find((x) => dinilai(x) && x.periode.nilaiKompetensi) ??
    list.find(dinilai) ??
    list[0] ??
    null;
  return { list, pilih };
}

export interface BarisGap extends HasilGap {
  kompetensiId: number;
  kode: string;
  nama: string;
  levelDibutuhkan: number;
  levelDiri: number | null;
  levelAtasan: number | null;
  sebelumnya: { levelAtasan: number | null; gap: number; periode: string; pelatihan: string[] } | null;
}

/** The gap table of one appraisal, with the previous period's result for the same competency. */
export async function gapPenilaian(prisma: Db, penilaianId: number) {
  const pen = await prisma.penilaianKinerja.findUniqueOrThrow({
    where: { id: penilaianId },
    include: {
      periode: true,
      jabatan: true,
      kompetensi: {
        include: { kompetensi: { select: { id: true, kode: true, nama: true, urutan: true, kelompok: { select: { urutan: true } } } } },
      },
      rhk: {
        include: { indikator: { include: { kompetensi: { select: { id: true, nama: true } } }, orderBy: { urutan: 'asc' } } },
        orderBy: { urutan: 'asc' },
      },
    },
  });
  const sebelum = await prisma.penilaianKinerja.findFirst({
    where: { pegawaiId: pen.pegawaiId, periode: { jenis: pen.periode.jenis, tanggalSelesai: { lt: pen.periode.tanggalMulai } } },
    orderBy: { periode: { tanggalSelesai: 'desc' } },
    include: { periode: true, kompetensi: true },
  });
  // Training finished between the previous period's start and this period's end, by competency.
  const pelatihanPerKompetensi = new Map<number, string[]>();
  if (sebelum) {
    const riwayat = await prisma.riwayatPelatihan.findMany({
      where: {
        pegawaiId: pen.pegawaiId,
        tanggalSelesai: { gte: sebelum.periode.tanggalMulai, lte: pen.periode.tanggalSelesai },
        programId: { not: null },
      },
      select: { judul: true, program: { select: { kompetensi: { select: { kompetensiId: true } } } } },
    });
    for (const r of riwayat)
      for (const k of r.program?.kompetensi ?? [])
        pelatihanPerKompetensi.set(k.kompetensiId, [...(pelatihanPerKompetensi.get(k.kompetensiId) ?? []), r.judul]);
  }
  const baris: BarisGap[] = pen.kompetensi
    .sort((a, b) => a.kompetensi.kelompok.urutan - b.kompetensi.kelompok.urutan || a.kompetensi.urutan - b.kompetensi.urutan)
    .map((k) => {
      const lama = sebelum?.kompetensi.find((x) => x.kompetensiId === k.kompetensiId);
      return {
        kompetensiId: k.kompetensiId,
        kode: k.kompetensi.kode,
        nama: k.kompetensi.nama,
        levelDibutuhkan: k.levelDibutuhkan,
        levelDiri: k.levelDiri,
        levelAtasan: k.levelAtasan,
        ...hitungGap(k.levelDibutuhkan, k.levelAtasan),
        sebelumnya: lama
          ? {
              levelAtasan: lama.levelAtasan,
              gap: hitungGap(lama.levelDibutuhkan, lama.levelAtasan).gap,
              periode: sebelum!.periode.nama,
              pelatihan: pelatihanPerKompetensi.get(k.kompetensiId) ?? [],
            }
          : null,
      };
    });
  const target = pen.rhk.flatMap((r) =>
    r.indikator.filter(targetTerlewat).map((i) => ({
      id: i.id,
      uraian: i.uraian,
      target: i.targetNilai,
      realisasi: i.realisasiNilai,
      satuan: i.satuan,
      kompetensi: i.kompetensi,
    })),
  );
  return { penilaian: pen, baris, targetTerlewat: target, dinilai: pen.status === 'FINAL' || pen.status === 'DINILAI' };
}

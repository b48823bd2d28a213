import type { Db } from '../../db/client.js';
import { periodeById } from '../periode/periode.repo.js';
import { namaLengkap } from '../../lib/format.js';
import { agregat360, type Agregat360 } from './rekan360/agregat.js';
import { agregatPublik, agregatPublikPerUnit, rentangPeriode } from './publik/publik.service.js';
import { bacaPengaturan } from './pengaturan.js';

export interface KonteksUmpanBalik {
  pegawaiId: number;
  dialog: {
    id: number;
    jenis: 'CHECKIN' | 'PUJIAN' | 'PERHATIAN';
    tanggal: Date;
    catatan: string;
    tindakLanjut: string | null;
    tanggalTindakLanjut: Date | null;
    penulis: string;
    terkait: string | null;
  }[];
  jumlahDialog: number;
  agregat360: Agregat360 | null;
  publik: null | {
    jumlah: number;
    rataRata: number;
    indeks: number;
    unitNama: string;
    pribadi: { jumlah: number; rataRata: number; indeks: number } | null;
  };
}

/**
 * Feedback shown beside the self and supervisor views on the rating page. It is context only:
 * nothing here changes a rating. Include views/umpanbalik/konteks.ejs with { konteks }.
 */
export async function konteksUmpanBalik(
  prisma: Db,
  args: { penilaianId?: number | null; pegawaiId: number; periodeId: number; unitId: number },
): Promise<KonteksUmpanBalik> {
  const periode = await periodeById(prisma, args.periodeId);
  const whereDialog = { pegawaiId: args.pegawaiId, periodeId: args.periodeId };
  const [dialog, jumlahDialog, agregat, publik] = await Promise.all([
    prisma.dialogKinerja.findMany({
      where: whereDialog,
      orderBy: [{ tanggal: 'desc' }, { id: 'desc' }],
      take: 5,
      include: {
        penulis: { select: { nama: true, gelarDepan: true, gelarBelakang: true } },
        indikator: { select: { uraian: true } },
        kompetensi: { select: { nama: true } },
      },
    }),
    prisma.dialogKinerja.count({ where: whereDialog }),
    agregat360(prisma, args.periodeId, args.pegawaiId),
    publikUntuk(prisma, args.pegawaiId, args.unitId, periode),
  ]);
  return {
    pegawaiId: args.pegawaiId,
    dialog: dialog.map((d) => ({
      id: d.id,
      jenis: d.jenis,
      tanggal: d.tanggal,
      catatan: d.catatan,
      tindakLanjut: d.tindakLanjut,
      tanggalTindakLanjut: d.tanggalTindakLanjut,
      penulis: namaLengkap(d.penulis),
      terkait: d.indikator?.uraian ?? d.kompetensi?.nama ?? null,
    })),
    jumlahDialog,
    agregat360: agregat,
    publik,
  };
}

/** The public score of the nearest unit (own unit, then upwards) that has counted responses in the period. */
async function publikUntuk(prisma: Db, pegawaiId: number, unitId: number, periode: { tanggalMulai: Date; tanggalSelesai: Date }) {
  if (!(await bacaPengaturan(prisma, 'umpanBalikPublikDiPenilaian'))) return null;
  const unit = await prisma.unitKerja.findUnique({ where: { id: unitId }, select: { jalur: true } });
  if (!unit) return null;
  const rantai = unit.jalur.split('/').filter(Boolean).map(Number).reverse();
  const createdAt = rentangPeriode(periode);
  // Every unit of the chain in one grouped statement (was one aggregate per unit, upwards).
  const perUnit = await agregatPublikPerUnit(prisma, rantai, createdAt);
  for (const id of rantai) {
    const a = perUnit.get(id);
    if (!a) continue;
    const nama = await prisma.unitKerja.findUniqueOrThrow({ where: { id }, select: { nama: true } });
    const pribadi = (await bacaPengaturan(prisma, 'umpanBalikPublikPerPegawai'))
      ? await agregatPublik(prisma, { pegawaiId, createdAt })
      : null;
    return { ...a, unitNama: nama.nama, pribadi };
  }
  return null;
}

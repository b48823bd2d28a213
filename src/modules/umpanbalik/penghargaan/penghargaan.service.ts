import type { Db } from '../../../db/client.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { Principal } from '../../../core/principal.js';
import { ValidationError } from '../../../core/errors.js';
import { namaLengkap } from '../../../lib/format.js';
import { t } from '../../../locales/id.js';
import { audit } from '../../audit/audit.service.js';
import { notifyPegawai } from '../../notifikasi/notifikasi.service.js';
import { skor360Periode } from '../rekan360/agregat.js';
import { rentangPeriode } from '../publik/publik.service.js';
import type { z } from 'zod';
import type { penghargaanSchema } from './penghargaan.schema.js';

type UnitScope = Prisma.UnitKerjaWhereInput;
export const SKOR_360_KUAT = 4;
export const SKOR_PUBLIK_KUAT = 4.5;

/**
 * Award candidates of a period in scope: predikat Sangat Baik, a strong 360 aggregate, strong
 * public feedback on their own link, or every quantitative target met with at least one exceeded.
 */
export async function kandidat(prisma: Db, scope: UnitScope, periode: { id: number; tanggalMulai: Date; tanggalSelesai: Date }) {
  const penilaian = await prisma.penilaianKinerja.findMany({
    where: { periodeId: periode.id, unit: scope },
    select: {
      pegawaiId: true,
      predikat: true,
      unit: { select: { id: true, nama: true } },
      pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true, jabatan: { select: { nama: true } } } },
      rhk: { select: { indikator: { select: { jenisTarget: true, targetNilai: true, realisasiNilai: true } } } },
    },
  });
  const [s360, publik, sudah] = await Promise.all([
    skor360Periode(prisma, periode.id),
    prisma.umpanBalikPublik.groupBy({
      by: ['pegawaiId'],
      where: { pegawaiId: { in: penilaian.map((p) => p.pegawaiId) }, status: 'DISETUJUI', createdAt: rentangPeriode(periode) },
      _avg: { skor: true },
      _count: { _all: true },
    }),
    prisma.penghargaan.findMany({ where: { periodeId: periode.id }, select: { pegawaiId: true, kategori: true } }),
  ]);
  const out = [];
  for (const p of penilaian) {
    const alasan: string[] = [];
    if (p.predikat === 'SANGAT_BAIK') alasan.push('Predikat Sangat Baik');
    const r360 = s360.get(p.pegawaiId);
    if (r360 && r360.rataRata >= SKOR_360_KUAT) alasan.push(`360° rata-rata ${r360.rataRata.toLocaleString('id-ID')}`);
    const pub = publik.find((x) => x.pegawaiId === p.pegawaiId);
    if (pub?._avg.skor != null && pub._avg.skor >= SKOR_PUBLIK_KUAT)
      alasan.push(`Kepuasan publik ${(Math.round(pub._avg.skor * 100) / 100).toLocaleString('id-ID')}`);
    const kuant = p.rhk.flatMap((r) => r.indikator).filter((i) => i.jenisTarget === 'KUANTITATIF' && i.targetNilai !== null);
    if (
      kuant.length &&
      kuant.every((i) => i.realisasiNilai !== null && Number(i.realisasiNilai) >= Number(i.targetNilai)) &&
      kuant.some((i) => Number(i.realisasiNilai) > Number(i.targetNilai))
    )
      alasan.push('Target terlampaui');
    if (!alasan.length) continue;
    out.push({
      pegawaiId: p.pegawaiId,
      nama: namaLengkap(p.pegawai),
      jabatan: p.pegawai.jabatan.nama,
      unit: p.unit.nama,
      alasan,
      sudah: sudah.filter((s) => s.pegawaiId === p.pegawaiId).map((s) => s.kategori),
    });
  }
  return out.sort((a, b) => a.unit.localeCompare(b.unit, 'id') || b.alasan.length - a.alasan.length || a.nama.localeCompare(b.nama, 'id'));
}

export function daftarPenghargaan(prisma: Db, where: Prisma.PenghargaanWhereInput) {
  return prisma.penghargaan.findMany({
    where,
    include: {
      pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true, unit: { select: { nama: true } } } },
      periode: { select: { nama: true } },
    },
    orderBy: [{ tanggal: 'desc' }, { id: 'desc' }],
  });
}

export async function catatPenghargaan(prisma: Db, user: Principal, scope: UnitScope, input: z.infer<typeof penghargaanSchema>) {
  const p = await prisma.pegawai.findFirst({ where: { id: input.pegawaiId, unit: scope }, select: { id: true } });
  if (!p) throw new ValidationError({ pegawaiId: 'Pegawai tidak ditemukan dalam lingkup Anda.' });
  const periode = await prisma.periodePenilaian.findUnique({ where: { id: input.periodeId }, select: { id: true } });
  if (!periode) throw new ValidationError({ periodeId: 'Periode tidak ditemukan.' });
  return prisma.$transaction(async (tx) => {
    const row = await tx.penghargaan.create({ data: { ...input, dicatatOleh: user.id } });
    await audit(tx, { userId: user.id, aksi: 'TAMBAH', entitas: 'Penghargaan', entitasId: row.id, sesudah: row });
    await notifyPegawai(
      tx,
      row.pegawaiId,
      t('umpanbalik.penghargaan.notifJudul'),
      `${row.kategori}: ${row.alasan.slice(0, 120)}`,
      '/profil',
    );
    return row;
  });
}

/** For reports (laporan): awards of a period, per employee, within a unit subtree. */
export async function penghargaanUntukLaporan(prisma: Db, periodeId: number, jalurUnit?: string) {
  return daftarPenghargaan(prisma, { periodeId, ...(jalurUnit ? { pegawai: { unit: { jalur: { startsWith: jalurUnit } } } } : {}) });
}

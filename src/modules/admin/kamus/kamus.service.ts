import type { Db } from '../../../db/client.js';
import { audit, auditAktif } from '../../audit/audit.service.js';
import { NotFoundError, ValidationError } from '../../../core/errors.js';
import { cari, type Actor } from '../shared/http.js';
import type { KompetensiInput } from './kamus.schema.js';

export async function listKompetensi(prisma: Db, o: { q: string; aktifWhere: object; skip: number; perPage: number; kelompokId?: number }) {
  const where = { ...o.aktifWhere, ...cari(o.q, ['nama', 'kode', 'definisi']), ...(o.kelompokId ? { kelompokId: o.kelompokId } : {}) };
  const [items, total] = await Promise.all([
    prisma.kompetensi.findMany({
      where,
      orderBy: [{ kelompok: { urutan: 'asc' } }, { urutan: 'asc' }],
      skip: o.skip,
      take: o.perPage,
      include: { kelompok: true, unit: { select: { nama: true } }, _count: { select: { standar: true } } },
    }),
    prisma.kompetensi.count({ where }),
  ]);
  return { items, total };
}

export function listKelompok(prisma: Db) {
  return prisma.kelompokKompetensi.findMany({
    orderBy: { urutan: 'asc' },
    include: { _count: { select: { kompetensi: { where: { aktif: true } } } } },
  });
}

export async function getKompetensi(prisma: Db, id: number) {
  const k = await prisma.kompetensi.findUnique({ where: { id }, include: { level: { orderBy: { level: 'asc' } }, kelompok: true } });
  if (!k) throw new NotFoundError();
  return k;
}

/** How many appraisals were made against each dictionary version of this competency. */
export async function versiDipakai(prisma: Db, kompetensiId: number) {
  const rows = await prisma.penilaianKompetensi.groupBy({
    by: ['versiKamus'],
    where: { kompetensiId },
    _count: { _all: true },
    orderBy: { versiKamus: 'desc' },
  });
  return rows.map((r) => ({ versi: r.versiKamus, jumlah: r._count._all }));
}

async function check(prisma: Db, d: KompetensiInput, exceptId?: number) {
  const other = await prisma.kompetensi.findUnique({ where: { kode: d.kode } });
  if (other && other.id !== exceptId) throw new ValidationError({ kode: `Kode ${d.kode} sudah dipakai oleh kompetensi ${other.nama}.` });
  const kel = await prisma.kelompokKompetensi.findUnique({ where: { id: d.kelompokId } });
  if (!kel) throw new ValidationError({ kelompokId: 'Kelompok tidak dikenal.' });
  if (kel.kode !== 'TEKNIS' && d.unitId) throw new ValidationError({ unitId: 'Hanya kompetensi teknis yang dimiliki unit tertentu.' });
}

export async function createKompetensi(prisma: Db, d: KompetensiInput, by: Actor) {
  await check(prisma, d);
  return prisma.$transaction(async (tx) => {
    const k = await tx.kompetensi.create({
      data: {
        kode: d.kode,
        nama: d.nama,
        kelompokId: d.kelompokId,
        unitId: d.unitId,
        definisi: d.definisi,
        urutan: d.urutan,
        level: { create: d.level },
      },
      include: { level: true },
    });
    await audit(tx, { userId: by.userId, ip: by.ip, aksi: 'BUAT', entitas: 'Kompetensi', entitasId: k.id, sesudah: k });
    return k;
  });
}

/**
 * Saves a competency. A change to the definition or any level text bumps `versi`; appraisals
 * keep the snapshot (PenilaianKompetensi.versiKamus + snapshotLevel) they were made against.
 */
export async function updateKompetensi(prisma: Db, id: number, d: KompetensiInput, by: Actor) {
  const before = await getKompetensi(prisma, id);
  await check(prisma, d, id);
  const isiLama = JSON.stringify({
    definisi: before.definisi,
    level: before.level.map((l) => [l.level, l.label, l.deskripsi, l.indikator]),
  });
  const isiBaru = JSON.stringify({ definisi: d.definisi, level: d.level.map((l) => [l.level, l.label, l.deskripsi, l.indikator]) });
  const berubah = isiLama !== isiBaru;
  return prisma.$transaction(async (tx) => {
    const k = await tx.kompetensi.update({
      where: { id },
      data: {
        kode: d.kode,
        nama: d.nama,
        kelompokId: d.kelompokId,
        unitId: d.unitId,
        urutan: d.urutan,
        definisi: d.definisi,
        ...(berubah ? { versi: { increment: 1 } } : {}),
      },
    });
    for (const l of d.level) {
      await tx.levelKompetensi.upsert({
        where: { kompetensiId_level: { kompetensiId: id, level: l.level } },
        update: { label: l.label, deskripsi: l.deskripsi, indikator: l.indikator },
        create: { kompetensiId: id, ...l },
      });
    }
    const after = await tx.kompetensi.findUniqueOrThrow({ where: { id }, include: { level: { orderBy: { level: 'asc' } } } });
    const { kelompok: _k, ...plain } = before;
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: berubah ? 'UBAH_VERSI' : 'UBAH',
      entitas: 'Kompetensi',
      entitasId: id,
      sebelum: plain,
      sesudah: after,
      keterangan: berubah ? `Kamus versi ${before.versi} → ${after.versi}` : null,
    });
    return { kompetensi: k, versiBaru: berubah ? after.versi : null };
  });
}

export async function setKompetensiAktif(prisma: Db, id: number, aktif: boolean, by: Actor) {
  const k = await getKompetensi(prisma, id);
  await prisma.$transaction(async (tx) => {
    await tx.kompetensi.update({ where: { id }, data: { aktif } });
    await auditAktif(tx, by, 'Kompetensi', id, k.aktif, aktif);
  });
  return k;
}

export async function updateKelompok(prisma: Db, id: number, d: { nama: string; urutan: number }, by: Actor) {
  const before = await prisma.kelompokKompetensi.findUnique({ where: { id } });
  if (!before) throw new NotFoundError();
  await prisma.$transaction(async (tx) => {
    const after = await tx.kelompokKompetensi.update({ where: { id }, data: { nama: d.nama, urutan: d.urutan } });
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: 'UBAH',
      entitas: 'KelompokKompetensi',
      entitasId: id,
      sebelum: before,
      sesudah: after,
    });
  });
}

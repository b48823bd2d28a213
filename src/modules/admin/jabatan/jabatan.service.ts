import type { Db } from '../../../db/client.js';
import { audit, auditAktif } from '../../audit/audit.service.js';
import { NotFoundError, ValidationError } from '../../../core/errors.js';
import { cari, type Actor } from '../shared/http.js';
import type { JabatanInput } from './jabatan.schema.js';

export async function listJabatan(prisma: Db, o: { q: string; aktifWhere: object; skip: number; perPage: number; unitId?: number }) {
  const where = { ...o.aktifWhere, ...cari(o.q, ['nama', 'kode']), ...(o.unitId ? { unitId: o.unitId } : {}) };
  const [items, total] = await Promise.all([
    prisma.jabatan.findMany({
      where,
      orderBy: [{ unit: { jalur: 'asc' } }, { nama: 'asc' }],
      skip: o.skip,
      take: o.perPage,
      include: { unit: { select: { nama: true } }, _count: { select: { pegawai: { where: { aktif: true } }, standar: true } } },
    }),
    prisma.jabatan.count({ where }),
  ]);
  return { items, total };
}

export async function getJabatan(prisma: Db, id: number) {
  const j = await prisma.jabatan.findUnique({ where: { id }, include: { unit: true } });
  if (!j) throw new NotFoundError();
  return j;
}

async function check(prisma: Db, d: JabatanInput, exceptId?: number) {
  const other = await prisma.jabatan.findUnique({ where: { kode: d.kode } });
  if (other && other.id !== exceptId) throw new ValidationError({ kode: `Kode ${d.kode} sudah dipakai oleh jabatan ${other.nama}.` });
  const unit = await prisma.unitKerja.findFirst({ where: { id: d.unitId, aktif: true } });
  if (!unit) throw new ValidationError({ unitId: 'Unit kerja tidak ditemukan atau tidak aktif.' });
}

export async function createJabatan(prisma: Db, d: JabatanInput, by: Actor) {
  await check(prisma, d);
  return prisma.$transaction(async (tx) => {
    const j = await tx.jabatan.create({ data: d });
    await audit(tx, { userId: by.userId, ip: by.ip, aksi: 'BUAT', entitas: 'Jabatan', entitasId: j.id, sesudah: j });
    return j;
  });
}

export async function updateJabatan(prisma: Db, id: number, d: JabatanInput, by: Actor) {
  const { unit: _u, ...before } = await getJabatan(prisma, id);
  await check(prisma, d, id);
  return prisma.$transaction(async (tx) => {
    const j = await tx.jabatan.update({ where: { id }, data: d });
    await audit(tx, { userId: by.userId, ip: by.ip, aksi: 'UBAH', entitas: 'Jabatan', entitasId: id, sebelum: before, sesudah: j });
    return j;
  });
}

export async function setJabatanAktif(prisma: Db, id: number, aktif: boolean, by: Actor) {
  const j = await getJabatan(prisma, id);
  if (!aktif) {
    const n = await prisma.pegawai.count({ where: { jabatanId: id, aktif: true } });
    if (n) throw new ValidationError({ _: `Jabatan ${j.nama} masih diduduki ${n} pegawai aktif. Pindahkan mereka dulu.` });
  }
  await prisma.$transaction(async (tx) => {
    await tx.jabatan.update({ where: { id }, data: { aktif } });
    await auditAktif(tx, by, 'Jabatan', id, j.aktif, aktif);
  });
  return j;
}

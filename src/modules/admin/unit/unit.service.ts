import type { Db } from '../../../db/client.js';
import { audit, auditAktif } from '../../audit/audit.service.js';
import { NotFoundError, ValidationError } from '../../../core/errors.js';
import type { Actor } from '../shared/http.js';
import { cari } from '../shared/http.js';
import type { UnitInput } from './unit.schema.js';

export async function listUnit(prisma: Db, o: { q: string; aktifWhere: object; skip: number; perPage: number }) {
  const where = { ...o.aktifWhere, ...cari(o.q, ['nama', 'kode', 'singkatan']) };
  const [items, total] = await Promise.all([
    prisma.unitKerja.findMany({
      where,
      orderBy: [{ jalur: 'asc' }],
      skip: o.skip,
      take: o.perPage,
      include: {
        induk: { select: { nama: true } },
        _count: { select: { pegawai: { where: { aktif: true } }, jabatan: { where: { aktif: true } } } },
      },
    }),
    prisma.unitKerja.count({ where }),
  ]);
  return { items, total };
}

/** Every active unit, in tree order, with its depth: for parent selects. */
export async function unitOptions(prisma: Db, exceptSubtreeOf?: string) {
  const rows = await prisma.unitKerja.findMany({
    where: { aktif: true },
    orderBy: { jalur: 'asc' },
    select: { id: true, nama: true, kode: true, jalur: true },
  });
  return rows
    .filter((u) => !exceptSubtreeOf || !u.jalur.startsWith(exceptSubtreeOf))
    .map((u) => ({ value: u.id, label: `${'— '.repeat(Math.max(0, u.jalur.split('/').length - 3))}${u.nama} (${u.kode})` }));
}

export async function getUnit(prisma: Db, id: number) {
  const u = await prisma.unitKerja.findUnique({ where: { id }, include: { induk: true } });
  if (!u) throw new NotFoundError();
  return u;
}

async function checkKode(prisma: Db, kode: string, exceptId?: number) {
  const other = await prisma.unitKerja.findUnique({ where: { kode } });
  if (other && other.id !== exceptId) throw new ValidationError({ kode: `Kode ${kode} sudah dipakai oleh unit ${other.nama}.` });
}

export async function createUnit(prisma: Db, data: UnitInput, by: Actor) {
  await checkKode(prisma, data.kode);
  const induk = data.indukId ? await prisma.unitKerja.findFirst({ where: { id: data.indukId, aktif: true } }) : null;
  if (data.indukId && !induk) throw new ValidationError({ indukId: 'Unit induk tidak ditemukan atau tidak aktif.' });
  return prisma.$transaction(async (tx) => {
    const u = await tx.unitKerja.create({ data: { ...data, indukId: induk?.id ?? null } });
    const saved = await tx.unitKerja.update({ where: { id: u.id }, data: { jalur: `${induk?.jalur ?? '/'}${u.id}/` } });
    await audit(tx, { userId: by.userId, ip: by.ip, aksi: 'BUAT', entitas: 'UnitKerja', entitasId: saved.id, sesudah: saved });
    return saved;
  });
}

/** Edits a unit; a move rewrites the materialised path of the whole subtree in one statement. */
export async function updateUnit(prisma: Db, id: number, data: UnitInput, by: Actor) {
  const before = await getUnit(prisma, id);
  await checkKode(prisma, data.kode, id);
  let jalurBaru = before.jalur;
  if (data.indukId !== before.indukId) {
    if (data.indukId === id) throw new ValidationError({ indukId: 'Unit tidak dapat menjadi induk dirinya sendiri.' });
    const induk = data.indukId ? await prisma.unitKerja.findFirst({ where: { id: data.indukId, aktif: true } }) : null;
    if (data.indukId && !induk) throw new ValidationError({ indukId: 'Unit induk tidak ditemukan atau tidak aktif.' });
    if (induk && induk.jalur.startsWith(before.jalur)) {
      throw new ValidationError({ indukId: `Tidak dapat memindahkan ${before.nama} ke bawah sub-unitnya sendiri (${induk.nama}).` });
    }
    jalurBaru = `${induk?.jalur ?? '/'}${id}/`;
  }
  return prisma.$transaction(async (tx) => {
    const saved = await tx.unitKerja.update({ where: { id }, data: { ...data } });
    if (jalurBaru !== before.jalur) {
      await tx.$executeRaw`UPDATE "UnitKerja" SET jalur = ${jalurBaru}::text || substring(jalur from ${before.jalur.length + 1}::int) WHERE jalur LIKE ${before.jalur + '%'}::text`;
    }
    const after = await tx.unitKerja.findUniqueOrThrow({ where: { id } });
    const { induk: _i, ...plain } = before;
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: jalurBaru !== before.jalur ? 'PINDAH' : 'UBAH',
      entitas: 'UnitKerja',
      entitasId: id,
      sebelum: plain,
      sesudah: after,
    });
    return saved;
  });
}

/** Deactivate (never delete): refused while active sub-units or staff remain. */
export async function setUnitAktif(prisma: Db, id: number, aktif: boolean, by: Actor) {
  const u = await getUnit(prisma, id);
  if (!aktif) {
    const [anak, pegawai] = await Promise.all([
      prisma.unitKerja.count({ where: { indukId: id, aktif: true } }),
      prisma.pegawai.count({ where: { unitId: id, aktif: true } }),
    ]);
    if (anak || pegawai) {
      throw new ValidationError({
        _: `${u.nama} masih memiliki ${anak} sub-unit aktif dan ${pegawai} pegawai aktif. Pindahkan atau nonaktifkan dulu.`,
      });
    }
  } else if (u.induk && !u.induk.aktif) {
    throw new ValidationError({ _: `Aktifkan dulu unit induknya (${u.induk.nama}).` });
  }
  await prisma.$transaction(async (tx) => {
    await tx.unitKerja.update({ where: { id }, data: { aktif } });
    await auditAktif(tx, by, 'UnitKerja', id, u.aktif, aktif);
  });
  return u;
}

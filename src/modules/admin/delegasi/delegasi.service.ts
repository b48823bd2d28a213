import type { Db } from '../../../db/client.js';
import { audit, auditAktif } from '../../audit/audit.service.js';
import { NotFoundError, ValidationError } from '../../../core/errors.js';
import type { Actor } from '../shared/http.js';
import type { DelegasiInput } from './delegasi.schema.js';

const orang = { select: { id: true, nama: true, nip: true, niPppk: true } } as const;

export async function listDelegasi(prisma: Db, o: { q: string; aktifWhere: object; skip: number; perPage: number }) {
  const where = {
    ...o.aktifWhere,
    ...(o.q
      ? {
          OR: [
            { penerima: { nama: { contains: o.q, mode: 'insensitive' as const } } },
            { unit: { nama: { contains: o.q, mode: 'insensitive' as const } } },
          ],
        }
      : {}),
  };
  const [items, total] = await Promise.all([
    prisma.delegasi.findMany({
      where,
      orderBy: [{ mulai: 'desc' }],
      skip: o.skip,
      take: o.perPage,
      include: { penerima: orang, asal: orang, pegawai: orang, unit: { select: { nama: true } } },
    }),
    prisma.delegasi.count({ where }),
  ]);
  return { items, total };
}

async function pegawaiByKey(prisma: Db, raw: string | null, field: string, errors: Record<string, string>) {
  if (!raw) return null;
  const key = raw.replace(/\s+/g, '');
  const p = await prisma.pegawai.findFirst({ where: { aktif: true, OR: [{ nip: key }, { niPppk: key }] }, select: { id: true } });
  if (!p) errors[field] = `Tidak ada pegawai aktif dengan NIP/NI PPPK ${key}.`;
  return p?.id ?? null;
}

export async function createDelegasi(prisma: Db, d: DelegasiInput, by: Actor) {
  const errors: Record<string, string> = {};
  const penerimaId = await pegawaiByKey(prisma, d.penerima, 'penerima', errors);
  const asalId = await pegawaiByKey(prisma, d.asal, 'asal', errors);
  const pegawaiId = await pegawaiByKey(prisma, d.pegawai, 'pegawai', errors);
  if (penerimaId && penerimaId === asalId) errors.asal = 'Pejabat asal dan penerima delegasi tidak boleh orang yang sama.';
  if (penerimaId && penerimaId === pegawaiId) errors.pegawai = 'Penerima delegasi tidak dapat menilai dirinya sendiri.';
  if (d.unitId && !(await prisma.unitKerja.findFirst({ where: { id: d.unitId, aktif: true } }))) errors.unitId = 'Unit tidak ditemukan.';
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return prisma.$transaction(async (tx) => {
    const row = await tx.delegasi.create({
      data: {
        jenis: d.jenis,
        penerimaId: penerimaId!,
        asalId,
        unitId: d.unitId,
        pegawaiId,
        mulai: d.mulai,
        selesai: d.selesai,
        keterangan: d.keterangan,
      },
    });
    await audit(tx, { userId: by.userId, ip: by.ip, aksi: 'BUAT', entitas: 'Delegasi', entitasId: row.id, sesudah: row });
    return row;
  });
}

export async function setDelegasiAktif(prisma: Db, id: number, aktif: boolean, by: Actor) {
  const row = await prisma.delegasi.findUnique({ where: { id } });
  if (!row) throw new NotFoundError();
  await prisma.$transaction(async (tx) => {
    await tx.delegasi.update({ where: { id }, data: { aktif } });
    await auditAktif(tx, by, 'Delegasi', id, row.aktif, aktif);
  });
}

import type { Db } from '../../../db/client.js';
import { audit, auditAktif } from '../../audit/audit.service.js';
import { NotFoundError, ValidationError } from '../../../core/errors.js';
import { cari, type Actor } from '../shared/http.js';
import type { ProgramInput } from './pelatihan.schema.js';

type Kr = { kompetensiId: number; levelMin: number; levelMax: number };

export async function listProgram(prisma: Db, o: { q: string; aktifWhere: object; skip: number; perPage: number }) {
  const where = { ...o.aktifWhere, ...cari(o.q, ['judul', 'kode', 'penyelenggara']) };
  const [items, total] = await Promise.all([
    prisma.programPelatihan.findMany({
      where,
      orderBy: { kode: 'asc' },
      skip: o.skip,
      take: o.perPage,
      include: { kompetensi: { include: { kompetensi: { select: { nama: true } } } } },
    }),
    prisma.programPelatihan.count({ where }),
  ]);
  return { items, total };
}

export async function getProgram(prisma: Db, id: number) {
  const p = await prisma.programPelatihan.findUnique({ where: { id }, include: { kompetensi: true } });
  if (!p) throw new NotFoundError();
  return p;
}

export async function kompetensiOptions(prisma: Db) {
  const rows = await prisma.kompetensi.findMany({
    where: { aktif: true },
    orderBy: [{ kelompok: { urutan: 'asc' } }, { urutan: 'asc' }],
    select: { id: true, nama: true, kode: true },
  });
  return rows.map((k) => ({ value: k.id, label: `${k.nama} (${k.kode})` }));
}

async function check(prisma: Db, d: ProgramInput, komp: Kr[], exceptId?: number) {
  const other = await prisma.programPelatihan.findUnique({ where: { kode: d.kode } });
  if (other && other.id !== exceptId) throw new ValidationError({ kode: `Kode ${d.kode} sudah dipakai oleh program ${other.judul}.` });
  const n = await prisma.kompetensi.count({ where: { id: { in: komp.map((k) => k.kompetensiId) } } });
  if (n !== komp.length) throw new ValidationError({ kompetensi: 'Kompetensi tidak dikenal.' });
}

export async function createProgram(prisma: Db, d: ProgramInput, komp: Kr[], by: Actor) {
  await check(prisma, d, komp);
  return prisma.$transaction(async (tx) => {
    const p = await tx.programPelatihan.create({
      data: { ...d, biaya: BigInt(d.biaya), kompetensi: { create: komp } },
      include: { kompetensi: true },
    });
    await audit(tx, { userId: by.userId, ip: by.ip, aksi: 'BUAT', entitas: 'ProgramPelatihan', entitasId: p.id, sesudah: p });
    return p;
  });
}

/** The competency links are configuration (recommendations point at the program, not at them). */
export async function updateProgram(prisma: Db, id: number, d: ProgramInput, komp: Kr[], by: Actor) {
  const before = await getProgram(prisma, id);
  await check(prisma, d, komp, id);
  return prisma.$transaction(async (tx) => {
    await tx.programKompetensi.deleteMany({ where: { programId: id } });
    const p = await tx.programPelatihan.update({
      where: { id },
      data: { ...d, biaya: BigInt(d.biaya), kompetensi: { create: komp } },
      include: { kompetensi: true },
    });
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: 'UBAH',
      entitas: 'ProgramPelatihan',
      entitasId: id,
      sebelum: before,
      sesudah: p,
    });
    return p;
  });
}

export async function setProgramAktif(prisma: Db, id: number, aktif: boolean, by: Actor) {
  const p = await getProgram(prisma, id);
  await prisma.$transaction(async (tx) => {
    await tx.programPelatihan.update({ where: { id }, data: { aktif } });
    await auditAktif(tx, by, 'ProgramPelatihan', id, p.aktif, aktif);
  });
  return p;
}

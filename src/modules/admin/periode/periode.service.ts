import type { Db } from '../../../db/client.js';
import { audit } from '../../audit/audit.service.js';
import { DEFAULT_MATRIKS, defaultPolaRows } from '../../domain/rules.js';
import { NotFoundError, StateError, ValidationError } from '../../../core/errors.js';
import type { Actor } from '../shared/http.js';
import type { PeriodeInput } from './periode.schema.js';

export async function listPeriode(prisma: Db, o: { skip: number; perPage: number; q: string }) {
  const where = o.q ? { nama: { contains: o.q, mode: 'insensitive' as const } } : {};
  const [items, total] = await Promise.all([
    prisma.periodePenilaian.findMany({
      where,
      orderBy: [{ tahun: 'desc' }, { jenis: 'asc' }, { triwulan: 'asc' }],
      skip: o.skip,
      take: o.perPage,
      include: { _count: { select: { penilaian: true } } },
    }),
    prisma.periodePenilaian.count({ where }),
  ]);
  return { items, total };
}

export async function getPeriode(prisma: Db, id: number) {
  const p = await prisma.periodePenilaian.findUnique({ where: { id } });
  if (!p) throw new NotFoundError();
  return p;
}

export function pastikanBelumDitutup(p: { status: string; nama: string }) {
  if (p.status === 'DITUTUP') throw new StateError(`${p.nama} sudah ditutup; pengaturannya tidak dapat diubah lagi (kecuali keberatan).`);
}

async function cekUnik(prisma: Db, d: PeriodeInput, exceptId?: number) {
  const other = await prisma.periodePenilaian.findFirst({
    where: { tahun: d.tahun, jenis: d.jenis, triwulan: d.jenis === 'TRIWULAN' ? d.triwulan : null },
  });
  if (other && other.id !== exceptId) throw new ValidationError({ tahun: `Periode ${other.nama} untuk tahun dan jenis ini sudah ada.` });
}

/** A new period starts with its own copy of the default predikat matrix and distribution bounds. */
export async function createPeriode(prisma: Db, d: PeriodeInput, by: Actor) {
  await cekUnik(prisma, d);
  // A quarter made by hand joins its year as that year's evaluation (issue 16).
  const tahun =
    d.jenis === 'TRIWULAN'
      ? await prisma.periodePenilaian.findFirst({
          where: { tahun: d.tahun, jenis: 'TAHUNAN', ritme: 'TRIWULANAN' },
          orderBy: { id: 'asc' },
        })
      : null;
  return prisma.$transaction(async (tx) => {
    const p = await tx.periodePenilaian.create({
      data: {
        ...d,
        triwulan: d.jenis === 'TRIWULAN' ? d.triwulan : null,
        ...(tahun ? { indukId: tahun.id, ke: d.triwulan, nilaiKompetensi: false } : {}),
        matriks: { create: DEFAULT_MATRIKS },
        pola: { create: defaultPolaRows() },
      },
    });
    await audit(tx, { userId: by.userId, ip: by.ip, aksi: 'BUAT', entitas: 'PeriodePenilaian', entitasId: p.id, sesudah: p });
    return p;
  });
}

export async function updatePeriode(prisma: Db, id: number, d: PeriodeInput, by: Actor) {
  const before = await getPeriode(prisma, id);
  pastikanBelumDitutup(before);
  await cekUnik(prisma, d, id);
  return prisma.$transaction(async (tx) => {
    const p = await tx.periodePenilaian.update({ where: { id }, data: { ...d, triwulan: d.jenis === 'TRIWULAN' ? d.triwulan : null } });
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: 'UBAH',
      entitas: 'PeriodePenilaian',
      entitasId: id,
      sebelum: before,
      sesudah: p,
    });
    return p;
  });
}

/** DISIAPKAN → BERJALAN (open) → DITUTUP (close). Closing is final. */
export async function ubahStatus(prisma: Db, id: number, tujuan: 'BERJALAN' | 'DITUTUP', by: Actor) {
  const p = await getPeriode(prisma, id);
  const boleh = (p.status === 'DISIAPKAN' && tujuan === 'BERJALAN') || (p.status === 'BERJALAN' && tujuan === 'DITUTUP');
  if (!boleh) throw new StateError(`Status ${p.nama} tidak dapat diubah dari ${p.status} menjadi ${tujuan}.`);
  return prisma.$transaction(async (tx) => {
    const after = await tx.periodePenilaian.update({ where: { id }, data: { status: tujuan } });
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: tujuan === 'BERJALAN' ? 'BUKA' : 'TUTUP',
      entitas: 'PeriodePenilaian',
      entitasId: id,
      sebelum: { status: p.status },
      sesudah: { status: tujuan },
    });
    return after;
  });
}

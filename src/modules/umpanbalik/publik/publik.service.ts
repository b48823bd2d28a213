import crypto from 'node:crypto';
import type { Db } from '../../../db/client.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { Principal } from '../../../core/principal.js';
import { NotFoundError, ValidationError } from '../../../core/errors.js';
import { currentTimeZone, namaLengkap } from '../../../lib/format.js';
import { t } from '../../../locales/id.js';
import { audit } from '../../audit/audit.service.js';
import { bacaPengaturan } from '../pengaturan.js';
import type { z } from 'zod';
import type { publikSchema } from './publik.schema.js';

type UnitScope = Prisma.UnitKerjaWhereInput;
const HARI = 86_400_000;

/** Period range [dari, sampai) as timestamps: the whole last calendar day counts. */
export function rentangPeriode(p: { tanggalMulai: Date; tanggalSelesai: Date }) {
  return { gte: p.tanggalMulai, lt: new Date(p.tanggalSelesai.getTime() + HARI) };
}

/** IKM-style index: the 1–5 average on a 20–100 scale (rata-rata × 20). See docs/decisions. */
export const indeks = (rata: number) => Math.round(rata * 20 * 10) / 10;

/** An active link; an individual's link only while BKD allows individual links. */
export async function tautanAktif(prisma: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const l = await prisma.tautanUmpanBalikPublik.findFirst({
    where: { token, aktif: true, unit: { aktif: true } },
    include: {
      unit: { select: { id: true, nama: true } },
      pegawai: { select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, aktif: true } },
    },
  });
  if (!l) return null;
  if (l.pegawaiId && (!l.pegawai?.aktif || !(await bacaPengaturan(prisma, 'umpanBalikPublikPerPegawai')))) return null;
  return l;
}

/** A citizen's response: with a comment it waits for moderation before it counts; without one it counts at once. */
export async function simpanTanggapan(
  prisma: Db,
  tautan: { id: number; unitId: number; pegawaiId: number | null },
  input: z.infer<typeof publikSchema>,
) {
  await prisma.umpanBalikPublik.create({
    data: {
      tautanId: tautan.id,
      unitId: tautan.unitId,
      pegawaiId: tautan.pegawaiId,
      skor: input.skor,
      komentar: input.komentar,
      jenisLayanan: input.jenisLayanan,
      status: input.komentar ? 'MENUNGGU' : 'DISETUJUI',
    },
  });
}

/** Service units in scope: units flagged as public service, and everything below them. */
export async function unitLayanan(prisma: Db, scope: UnitScope) {
  const layanan = await prisma.unitKerja.findMany({ where: { layananPublik: true, aktif: true }, select: { id: true } });
  if (!layanan.length) return [];
  return prisma.unitKerja.findMany({
    where: { AND: [scope, { aktif: true }, { OR: layanan.map((u) => ({ jalur: { contains: `/${u.id}/` } })) }] },
    select: { id: true, nama: true, jalur: true },
    orderBy: { jalur: 'asc' },
  });
}

export async function agregatPublik(prisma: Db, where: Prisma.UmpanBalikPublikWhereInput) {
  const a = await prisma.umpanBalikPublik.aggregate({
    where: { ...where, status: 'DISETUJUI' },
    _avg: { skor: true },
    _count: { _all: true },
  });
  return ringkasAgregat(a._count._all, a._avg.skor);
}

/** Count and average of counted responses as shown (null when there are none). */
function ringkasAgregat(jumlah: number, rata: number | null) {
  if (!jumlah) return null;
  const rataRata = Math.round((rata ?? 0) * 100) / 100;
  return { jumlah, rataRata, indeks: indeks(rataRata) };
}

/** agregatPublik for several units in one grouped statement: only units with counted responses. */
export async function agregatPublikPerUnit(prisma: Db, unitIds: number[], createdAt: Prisma.DateTimeFilter) {
  const rows = await prisma.umpanBalikPublik.groupBy({
    by: ['unitId'],
    where: { unitId: { in: unitIds }, status: 'DISETUJUI', createdAt },
    _avg: { skor: true },
    _count: { _all: true },
  });
  const out = new Map<number, NonNullable<ReturnType<typeof ringkasAgregat>>>();
  for (const r of rows) {
    const a = ringkasAgregat(r._count._all, r._avg.skor);
    if (a) out.set(r.unitId, a);
  }
  return out;
}

/** Per unit in a period: counted responses, average, pending moderation, links. */
export async function ringkasanUnit(
  prisma: Db,
  units: { id: number; nama: string }[],
  periode: { tanggalMulai: Date; tanggalSelesai: Date } | null,
) {
  const ids = units.map((u) => u.id);
  const createdAt = periode ? rentangPeriode(periode) : undefined;
  const [agg, menunggu, tautan] = await Promise.all([
    prisma.umpanBalikPublik.groupBy({
      by: ['unitId'],
      where: { unitId: { in: ids }, status: 'DISETUJUI', createdAt },
      _avg: { skor: true },
      _count: { _all: true },
    }),
    prisma.umpanBalikPublik.groupBy({ by: ['unitId'], where: { unitId: { in: ids }, status: 'MENUNGGU' }, _count: { _all: true } }),
    prisma.tautanUmpanBalikPublik.findMany({
      where: { unitId: { in: ids }, aktif: true },
      include: { pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true } } },
      orderBy: { id: 'asc' },
    }),
  ]);
  return units.map((u) => {
    const a = agg.find((x) => x.unitId === u.id);
    const rata = a?._avg.skor != null ? Math.round(a._avg.skor * 100) / 100 : null;
    return {
      ...u,
      jumlah: a?._count._all ?? 0,
      rataRata: rata,
      indeks: rata !== null ? indeks(rata) : null,
      menunggu: menunggu.find((x) => x.unitId === u.id)?._count._all ?? 0,
      tautan: tautan
        .filter((l) => l.unitId === u.id)
        .map((l) => ({ id: l.id, token: l.token, pegawai: l.pegawai ? namaLengkap(l.pegawai) : null })),
    };
  });
}

/** Monthly trend of counted responses for one unit (months in the deployment's time zone). */
export async function trenBulanan(prisma: Db, unitId: number, periode: { tanggalMulai: Date; tanggalSelesai: Date }) {
  const r = rentangPeriode(periode);
  const tz = currentTimeZone();
  const rows = await prisma.$queryRaw<{ bulan: string; jumlah: number; rata: number }[]>`
    SELECT to_char(date_trunc('month', "createdAt" AT TIME ZONE 'UTC' AT TIME ZONE ${tz}), 'YYYY-MM') AS bulan,
           COUNT(*)::int AS jumlah, AVG(skor)::float AS rata
    FROM "UmpanBalikPublik"
    WHERE "unitId" = ${unitId} AND status = 'DISETUJUI' AND "createdAt" >= ${r.gte} AND "createdAt" < ${r.lt}
    GROUP BY 1 ORDER BY 1`;
  return rows.map((x) => ({ bulan: x.bulan, jumlah: x.jumlah, rataRata: Math.round(x.rata * 100) / 100 }));
}

export async function buatTautan(prisma: Db, user: Principal, scope: UnitScope, input: { unitId: number; nip: string | null }) {
  const units = await unitLayanan(prisma, scope);
  if (!units.some((u) => u.id === input.unitId)) throw new ValidationError({ unitId: t('umpanbalik.publik.unitBukanLayanan') });
  let pegawaiId: number | null = null;
  if (input.nip) {
    if (!(await bacaPengaturan(prisma, 'umpanBalikPublikPerPegawai')))
      throw new ValidationError({ nip: t('umpanbalik.publik.perPegawaiMati') });
    const p = await prisma.pegawai.findFirst({ where: { nip: input.nip, unitId: input.unitId, aktif: true }, select: { id: true } });
    if (!p) throw new ValidationError({ nip: t('umpanbalik.publik.pegawaiBukanUnit') });
    pegawaiId = p.id;
  }
  return prisma.$transaction(async (tx) => {
    const row = await tx.tautanUmpanBalikPublik.create({
      data: { token: crypto.randomBytes(16).toString('base64url'), unitId: input.unitId, pegawaiId, dibuatOleh: user.id },
    });
    await audit(tx, {
      userId: user.id,
      aksi: 'TAMBAH',
      entitas: 'TautanUmpanBalikPublik',
      entitasId: row.id,
      sesudah: { unitId: row.unitId, pegawaiId: row.pegawaiId },
    });
    return row;
  });
}

export async function tautanDalamLingkup(prisma: Db, scope: UnitScope, id: number) {
  const l = await prisma.tautanUmpanBalikPublik.findFirst({
    where: { id, aktif: true, unit: scope },
    include: { unit: { select: { nama: true } }, pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true } } },
  });
  if (!l) throw new NotFoundError();
  return l;
}

export async function nonaktifkanTautan(prisma: Db, user: Principal, scope: UnitScope, id: number) {
  const l = await tautanDalamLingkup(prisma, scope, id);
  await prisma.$transaction(async (tx) => {
    await tx.tautanUmpanBalikPublik.update({ where: { id: l.id }, data: { aktif: false } });
    await audit(tx, { userId: user.id, aksi: 'NONAKTIF', entitas: 'TautanUmpanBalikPublik', entitasId: l.id });
  });
}

export async function antrianModerasi(prisma: Db, scope: UnitScope, skip: number, take: number) {
  const where = { status: 'MENUNGGU' as const, unit: scope };
  const [items, total] = await Promise.all([
    prisma.umpanBalikPublik.findMany({
      where,
      orderBy: { createdAt: 'asc' },
      skip,
      take,
      select: { id: true, skor: true, komentar: true, jenisLayanan: true, createdAt: true, unit: { select: { nama: true } } },
    }),
    prisma.umpanBalikPublik.count({ where }),
  ]);
  return { items, total };
}

export async function moderasi(prisma: Db, user: Principal, scope: UnitScope, id: number, keputusan: 'DISETUJUI' | 'DITOLAK') {
  await prisma.$transaction(async (tx) => {
    const done = await tx.umpanBalikPublik.updateMany({
      where: { id, status: 'MENUNGGU', unit: scope },
      data: { status: keputusan, dimoderasiOleh: user.id, dimoderasiPada: new Date() },
    });
    if (done.count !== 1) throw new NotFoundError();
    await audit(tx, { userId: user.id, aksi: `MODERASI_${keputusan}`, entitas: 'UmpanBalikPublik', entitasId: id });
  });
}

/** Approved comments of a unit in a period, newest first (they are public-facing anyway). */
export function komentarDisetujui(prisma: Db, unitId: number, periode: { tanggalMulai: Date; tanggalSelesai: Date }, take = 20) {
  return prisma.umpanBalikPublik.findMany({
    where: { unitId, status: 'DISETUJUI', komentar: { not: null }, createdAt: rentangPeriode(periode) },
    select: { skor: true, komentar: true, jenisLayanan: true, createdAt: true },
    orderBy: { createdAt: 'desc' },
    take,
  });
}

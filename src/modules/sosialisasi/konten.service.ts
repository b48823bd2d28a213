import type { Db } from '../../db/client.js';
import type { Principal } from '../../core/principal.js';
import type { CheckedFile } from '../../web/upload.js';
import type { JenisKonten } from '../../generated/prisma/enums.js';
import { storeFile } from '../../web/upload.js';
import { NotFoundError } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import type { KontenInput } from './sosialisasi.schema.js';

const TERBIT = { status: 'TERBIT' as const };

export function kontenTerbit(prisma: Db, jenis: JenisKonten, take = 50) {
  return prisma.kontenSosialisasi.findMany({
    where: { ...TERBIT, jenis },
    orderBy: [{ urutan: 'asc' }, { diterbitkanPada: 'desc' }],
    select: { id: true, judul: true, slug: true, isi: true, wajibDibaca: true, diterbitkanPada: true },
    take,
  });
}

/** Published content for everyone; drafts and archived versions only for BKD admins. */
export async function kontenBySlug(prisma: Db, slug: string, admin: boolean) {
  const k = await prisma.kontenSosialisasi.findFirst({
    where: { slug, ...(admin ? {} : TERBIT) },
    include: { lampiran: { orderBy: { createdAt: 'asc' } }, penulis: { select: { username: true } } },
  });
  if (!k) throw new NotFoundError();
  return k;
}

export function daftarKelola(prisma: Db, opts: { jenis?: JenisKonten; skip: number; take: number }) {
  const where = opts.jenis ? { jenis: opts.jenis } : {};
  return Promise.all([
    prisma.kontenSosialisasi.findMany({
      where,
      orderBy: [{ jenis: 'asc' }, { urutan: 'asc' }, { updatedAt: 'desc' }],
      skip: opts.skip,
      take: opts.take,
      include: { _count: { select: { tandaBaca: true, lampiran: true } } },
    }),
    prisma.kontenSosialisasi.count({ where }),
  ]);
}

export async function kontenById(prisma: Db, id: number) {
  const k = Number.isInteger(id) ? await prisma.kontenSosialisasi.findUnique({ where: { id }, include: { lampiran: true } }) : null;
  if (!k) throw new NotFoundError();
  return k;
}

export function slugDari(judul: string): string {
  const s = judul
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return s || 'konten';
}

async function slugUnik(prisma: Db, judul: string, kecuali?: number): Promise<string> {
  const dasar = slugDari(judul);
  for (let i = 1; ; i++) {
    const slug = i === 1 ? dasar : `${dasar}-${i}`;
    const ada = await prisma.kontenSosialisasi.findFirst({
      where: { slug, ...(kecuali ? { id: { not: kecuali } } : {}) },
      select: { id: true },
    });
    if (!ada) return slug;
  }
}

/**
 * Saves a page, announcement or FAQ entry. aksi: 'draf' keeps (or takes back) it as a draft,
 * 'terbit' publishes it, 'arsip' withdraws it. Every save is audited with before/after, which is
 * the version history.
 */
export async function simpanKonten(prisma: Db, user: Principal, id: number | null, input: KontenInput) {
  const before = id ? await kontenById(prisma, id) : null;
  const status = input.aksi === 'terbit' ? 'TERBIT' : input.aksi === 'arsip' ? 'ARSIP' : 'DRAFT';
  const slug = before?.slug && before.status === 'TERBIT' ? before.slug : await slugUnik(prisma, input.judul, id ?? undefined);
  const data = {
    jenis: input.jenis,
    judul: input.judul,
    isi: input.isi,
    urutan: input.urutan,
    wajibDibaca: input.jenis === 'PENGUMUMAN' && input.wajibDibaca,
    status,
    slug,
    diterbitkanPada: status === 'TERBIT' ? (before?.diterbitkanPada ?? new Date()) : (before?.diterbitkanPada ?? null),
  } as const;
  return prisma.$transaction(async (tx) => {
    const row = before
      ? await tx.kontenSosialisasi.update({ where: { id: before.id }, data })
      : await tx.kontenSosialisasi.create({ data: { ...data, penulisId: user.id } });
    await audit(tx, {
      userId: user.id,
      aksi: before ? 'KONTEN_DIUBAH' : 'KONTEN_DIBUAT',
      entitas: 'KontenSosialisasi',
      entitasId: row.id,
      sebelum: before ?? undefined,
      sesudah: row,
    });
    return row;
  });
}

export async function tambahLampiran(prisma: Db, user: Principal, kontenId: number, file: CheckedFile) {
  await kontenById(prisma, kontenId);
  const lokasi = await storeFile('sosialisasi', file);
  return prisma.$transaction(async (tx) => {
    const row = await tx.lampiranKonten.create({
      data: { kontenId, namaBerkas: file.originalName, mimeType: file.mime, ukuran: file.size, lokasi },
    });
    await audit(tx, { userId: user.id, aksi: 'LAMPIRAN_DITAMBAH', entitas: 'KontenSosialisasi', entitasId: kontenId, sesudah: row });
    return row;
  });
}

export async function hapusLampiran(prisma: Db, user: Principal, kontenId: number, id: number) {
  await prisma.$transaction(async (tx) => {
    const row = await tx.lampiranKonten.findFirst({ where: { id, kontenId } });
    if (!row) throw new NotFoundError();
    await tx.lampiranKonten.delete({ where: { id } });
    await audit(tx, { userId: user.id, aksi: 'LAMPIRAN_DIHAPUS', entitas: 'KontenSosialisasi', entitasId: kontenId, sebelum: row });
  });
}

export async function lampiranUntuk(prisma: Db, admin: boolean, id: number) {
  const l = Number.isInteger(id) ? await prisma.lampiranKonten.findFirst({ where: { id, ...(admin ? {} : { konten: TERBIT }) } }) : null;
  if (!l) throw new NotFoundError();
  return l;
}

/** Search over published content (title and text, ILIKE), paginated. */
export async function cariKonten(prisma: Db, q: string, skip: number, take: number) {
  if (!q.trim()) return { items: [], total: 0 };
  // Prisma passes % and _ through to LIKE: escape them so they match literally.
  const pola = q.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  const where = {
    ...TERBIT,
    OR: [{ judul: { contains: pola, mode: 'insensitive' as const } }, { isi: { contains: pola, mode: 'insensitive' as const } }],
  };
  const [items, total] = await Promise.all([
    prisma.kontenSosialisasi.findMany({
      where,
      orderBy: [{ jenis: 'asc' }, { urutan: 'asc' }, { diterbitkanPada: 'desc' }],
      skip,
      take,
      select: { id: true, judul: true, slug: true, jenis: true, isi: true },
    }),
    prisma.kontenSosialisasi.count({ where }),
  ]);
  return { items, total };
}

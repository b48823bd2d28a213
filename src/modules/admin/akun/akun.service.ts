import crypto from 'node:crypto';
import type { Db } from '../../../db/client.js';
import type { Role } from '../../../generated/prisma/enums.js';
import { audit, auditAktif } from '../../audit/audit.service.js';
import { hashPassword } from '../../auth/password.js';
import { NotFoundError, ValidationError } from '../../../core/errors.js';
import type { Actor } from '../shared/http.js';
import type { AkunBaru } from './akun.schema.js';

const SELECT = {
  id: true,
  username: true,
  roles: true,
  aktif: true,
  terkunciHingga: true,
  gagalLogin: true,
  loginTerakhir: true,
  harusGantiSandi: true,
  pegawaiId: true,
  totpAktifSejak: true,
} as const;

export async function listAkun(prisma: Db, o: { q: string; aktifWhere: object; skip: number; perPage: number }) {
  const q = o.q;
  const where = {
    ...o.aktifWhere,
    ...(q
      ? {
          OR: [
            { username: { contains: q, mode: 'insensitive' as const } },
            { pegawai: { nama: { contains: q, mode: 'insensitive' as const } } },
            { pegawai: { nip: { startsWith: q.replace(/\s+/g, '') } } },
          ],
        }
      : {}),
  };
  const [items, total] = await Promise.all([
    prisma.user.findMany({
      where,
      orderBy: { username: 'asc' },
      skip: o.skip,
      take: o.perPage,
      select: { ...SELECT, pegawai: { select: { nama: true, nip: true } } },
    }),
    prisma.user.count({ where }),
  ]);
  return { items, total };
}

export async function getAkun(prisma: Db, id: number) {
  const u = await prisma.user.findUnique({
    where: { id },
    select: { ...SELECT, pegawai: { select: { nama: true, nip: true, niPppk: true } } },
  });
  if (!u) throw new NotFoundError();
  return u;
}

/** A readable one-time password (no 0/O/1/l), shown once and never stored in clear. */
export function sandiSementara(): string {
  const abc = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = crypto.randomBytes(14);
  let s = '';
  for (const b of bytes) s += abc[b % abc.length];
  return `${s.slice(0, 4)}-${s.slice(4, 9)}-${s.slice(9)}`;
}

export async function createAkun(prisma: Db, d: AkunBaru, by: Actor) {
  const errors: Record<string, string> = {};
  if (await prisma.user.findUnique({ where: { username: d.username } })) errors.username = `Nama pengguna ${d.username} sudah dipakai.`;
  let pegawaiId: number | null = null;
  if (d.pegawai) {
    const key = d.pegawai.replace(/\s+/g, '');
    const p = await prisma.pegawai.findFirst({
      where: { OR: [{ nip: key }, { niPppk: key }] },
      include: { user: { select: { username: true } } },
    });
    if (!p) errors.pegawai = `Tidak ada pegawai dengan NIP/NI PPPK ${key}.`;
    else if (p.user) errors.pegawai = `${p.nama} sudah memiliki akun (${p.user.username}).`;
    else pegawaiId = p.id;
  }
  if (d.roles.includes('PEGAWAI') && !pegawaiId && !errors.pegawai)
    errors.pegawai = 'Peran Pegawai ASN memerlukan data pegawai (isi NIP/NI PPPK).';
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const sandi = sandiSementara();
  const hash = await hashPassword(sandi);
  const user = await prisma.$transaction(async (tx) => {
    const u = await tx.user.create({
      data: { username: d.username, pegawaiId, roles: d.roles as Role[], passwordHash: hash, harusGantiSandi: true },
      select: SELECT,
    });
    await audit(tx, { userId: by.userId, ip: by.ip, aksi: 'BUAT', entitas: 'User', entitasId: u.id, sesudah: u });
    return u;
  });
  return { user, sandi };
}

export async function resetSandi(prisma: Db, id: number, by: Actor) {
  const u = await getAkun(prisma, id);
  const sandi = sandiSementara();
  const hash = await hashPassword(sandi);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data: { passwordHash: hash, harusGantiSandi: true, gagalLogin: 0, terkunciHingga: null } });
    await tx.$executeRaw`DELETE FROM "session" WHERE sess->'passport'->>'user' = ${String(id)}`;
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: 'RESET_SANDI',
      entitas: 'User',
      entitasId: id,
      keterangan: 'Kata sandi sementara dibuat; sesi lama diakhiri.',
    });
  });
  return { user: u, sandi };
}

const SELAMANYA = new Date('9999-12-31T00:00:00Z');

export async function setKunci(prisma: Db, id: number, kunci: boolean, by: Actor) {
  const u = await getAkun(prisma, id);
  if (kunci && id === by.userId) throw new ValidationError({ _: 'Anda tidak dapat mengunci akun Anda sendiri.' });
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data: kunci ? { terkunciHingga: SELAMANYA } : { terkunciHingga: null, gagalLogin: 0 } });
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: kunci ? 'KUNCI' : 'BUKA_KUNCI',
      entitas: 'User',
      entitasId: id,
      sebelum: { terkunciHingga: u.terkunciHingga },
      sesudah: { terkunciHingga: kunci ? SELAMANYA : null },
    });
  });
  return u;
}

export async function setPeran(prisma: Db, id: number, roles: Role[], by: Actor) {
  const u = await getAkun(prisma, id);
  if (roles.includes('PEGAWAI') && !u.pegawaiId)
    throw new ValidationError({ roles: 'Peran Pegawai ASN memerlukan akun yang terhubung ke data pegawai.' });
  if (id === by.userId && !roles.includes('ADMIN_BKD'))
    throw new ValidationError({ roles: 'Anda tidak dapat mencabut peran Admin BKD dari akun Anda sendiri.' });
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data: { roles } });
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: 'UBAH_PERAN',
      entitas: 'User',
      entitasId: id,
      sebelum: { roles: u.roles },
      sesudah: { roles },
    });
  });
  return u;
}

export async function setAkunAktif(prisma: Db, id: number, aktif: boolean, by: Actor) {
  const u = await getAkun(prisma, id);
  if (!aktif && id === by.userId) throw new ValidationError({ _: 'Anda tidak dapat menonaktifkan akun Anda sendiri.' });
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data: { aktif } });
    await auditAktif(tx, by, 'User', id, u.aktif, aktif);
  });
  return u;
}

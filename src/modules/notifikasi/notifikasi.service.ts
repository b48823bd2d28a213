import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';
import type { JenisSurel } from '../../generated/prisma/enums.js';
import { antrekanNotifikasi } from '../surel/surel.service.js';

type Tx = Db | Prisma.TransactionClient;

/**
 * In-app notification. With e-mail on (SMTP_URL), the same transaction also queues it as a mail
 * for the user's choice for this kind (`jenis`; src/modules/surel): at once, in the daily digest,
 * or not at all.
 */
export async function notify(
  tx: Tx,
  userId: number | null | undefined,
  judul: string,
  pesan: string,
  tautan?: string,
  jenis: JenisSurel = 'LAINNYA',
): Promise<void> {
  if (!userId) return;
  const n = await tx.notifikasi.create({ data: { userId, judul, pesan, tautan: tautan ?? null }, select: { id: true } });
  await antrekanNotifikasi(tx, userId, n.id, jenis, { judul, pesan, tautan });
}

/** Notifies the account of a pegawai, if they have one. */
export async function notifyPegawai(
  tx: Tx,
  pegawaiId: number | null | undefined,
  judul: string,
  pesan: string,
  tautan?: string,
  jenis: JenisSurel = 'LAINNYA',
): Promise<void> {
  if (!pegawaiId) return;
  const u = await tx.user.findUnique({ where: { pegawaiId }, select: { id: true } });
  await notify(tx, u?.id, judul, pesan, tautan, jenis);
}

export async function listNotifikasi(prisma: Db, userId: number, skip: number, take: number) {
  const where = { userId };
  const [items, total] = await Promise.all([
    prisma.notifikasi.findMany({ where, orderBy: { createdAt: 'desc' }, skip, take }),
    prisma.notifikasi.count({ where }),
  ]);
  return { items, total };
}

/** Marks one (scoped to its owner) or all as read. */
export async function tandaiDibaca(prisma: Db, userId: number, id?: number): Promise<void> {
  await prisma.notifikasi.updateMany({ where: { userId, dibacaPada: null, ...(id ? { id } : {}) }, data: { dibacaPada: new Date() } });
}

/** Opens one of the person's own notifications: marks it read, returns its link (null: not theirs). */
export async function bukaNotifikasi(prisma: Db, userId: number, id: number): Promise<string | null> {
  if (!Number.isInteger(id)) return null;
  const n = await prisma.notifikasi.findFirst({ where: { id, userId }, select: { tautan: true } });
  if (!n) return null;
  await tandaiDibaca(prisma, userId, id);
  return n.tautan ?? '';
}

import crypto from 'node:crypto';
import type { Db } from '../../db/client.js';
import { AppError, NotFoundError } from '../../core/errors.js';
import { hashPassword } from './password.js';
import { audit } from '../audit/audit.service.js';

/** A reset link that was used, expired, replaced, or never existed (410 Gone). */
export class TautanTidakBerlakuError extends AppError {
  constructor() {
    super('Tautan atur ulang kata sandi tidak berlaku.', 410);
  }
}

const hashOf = (token: string) => crypto.createHash('sha256').update(token, 'utf8').digest('hex');
/** 256 random bits, URL-safe: 43 characters. Anything else is not a token. */
const BENTUK = /^[A-Za-z0-9_-]{43}$/;

/**
 * Admin BKD creates a one-time link for an account (staff have no e-mail in SIKAP; the admin hands
 * the link over). Only the sha256 of the token is stored. Earlier unused links of the account stop
 * working. Returns the token and its expiry.
 */
export async function buatTautanReset(prisma: Db, userId: number, by: { userId: number; ip: string | null }, jam: number) {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, username: true, aktif: true } });
  if (!user) throw new NotFoundError();
  const token = crypto.randomBytes(32).toString('base64url');
  const now = new Date();
  const kedaluwarsa = new Date(now.getTime() + jam * 3_600_000);
  await prisma.$transaction(async (tx) => {
    await tx.tokenResetSandi.updateMany({ where: { userId, dipakaiPada: null, kedaluwarsa: { gt: now } }, data: { kedaluwarsa: now } });
    await tx.tokenResetSandi.create({ data: { userId, tokenHash: hashOf(token), kedaluwarsa } });
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: 'TAUTAN_RESET_SANDI',
      entitas: 'User',
      entitasId: userId,
      keterangan: `Berlaku ${jam} jam; tautan lama tidak berlaku lagi.`,
    });
  });
  return { token, kedaluwarsa, user };
}

/** The account a live token belongs to, or TautanTidakBerlakuError. */
export async function periksaToken(prisma: Db, token: string) {
  if (!BENTUK.test(token)) throw new TautanTidakBerlakuError();
  const row = await prisma.tokenResetSandi.findUnique({
    where: { tokenHash: hashOf(token) },
    select: { dipakaiPada: true, kedaluwarsa: true, user: { select: { id: true, username: true, aktif: true } } },
  });
  if (!row || row.dipakaiPada || row.kedaluwarsa <= new Date() || !row.user.aktif) throw new TautanTidakBerlakuError();
  return row.user;
}

/**
 * Sets the new password and spends the token in one transaction. The token is claimed with a
 * conditional UPDATE, so of two simultaneous submissions exactly one wins. Every session of the
 * account ends; lockout and failed-attempt counters reset. `userId` is the account
 * `periksaToken()` returned for this token.
 */
export async function pakaiToken(
  prisma: Db,
  token: string,
  userId: number,
  sandiBaru: string,
  ip: string | null,
): Promise<{ userId: number }> {
  const hash = await hashPassword(sandiBaru);
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ userId: number }[]>`
      UPDATE "TokenResetSandi" SET "dipakaiPada" = now()
      WHERE "tokenHash" = ${hashOf(token)} AND "dipakaiPada" IS NULL AND kedaluwarsa > now()
      RETURNING "userId"`;
    if (claimed.length !== 1 || claimed[0]!.userId !== userId) throw new TautanTidakBerlakuError();
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash: hash, harusGantiSandi: false, gagalLogin: 0, terkunciHingga: null },
    });
    await tx.$executeRaw`DELETE FROM "session" WHERE sess->'passport'->>'user' = ${String(userId)}`;
    await audit(tx, {
      userId,
      ip,
      aksi: 'SANDI_DIATUR_ULANG',
      entitas: 'User',
      entitasId: userId,
      keterangan: 'Lewat tautan sekali pakai; semua sesi diakhiri.',
    });
    return { userId };
  });
}

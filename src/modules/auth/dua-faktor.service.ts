/**
 * Two-factor sign-in (TOTP, RFC 6238) for local accounts (issue 18, decision 131).
 * Codes come from otplib; the QR code is drawn here as SVG markup (qrcode), never fetched.
 * Recovery codes: ten random codes of 50 bits each, shown once, stored as sha-256.
 */
import crypto from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { Db } from '../../db/client.js';
import { audit } from '../audit/audit.service.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import type { LockoutPolicy } from './auth.service.js';

export const TOTP_ISSUER = 'SIKAP';

/**
 * With TOTP_ENCRYPTION_KEY set, secrets are stored AES-256-GCM encrypted (`v1:iv:tag:data`, base64url)
 * under a key that is not in the database; without it, as plain base32. Both forms are read, so
 * setting the key later works (a secret is encrypted when it is next stored).
 */
let kunciRahasia: Buffer | null = null;
export function setTotpKey(key: string | undefined): void {
  kunciRahasia = key ? crypto.createHash('sha256').update(`sikap-totp:${key}`).digest() : null;
}

export function simpanRahasia(rahasia: string): string {
  if (!kunciRahasia) return rahasia;
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', kunciRahasia, iv);
  const data = Buffer.concat([c.update(rahasia, 'utf8'), c.final()]);
  return ['v1', iv.toString('base64url'), c.getAuthTag().toString('base64url'), data.toString('base64url')].join(':');
}

export function bacaRahasia(disimpan: string): string {
  if (!disimpan.startsWith('v1:')) return disimpan;
  if (!kunciRahasia) throw new Error('TOTP secret is encrypted but TOTP_ENCRYPTION_KEY is not set');
  const [, iv, tag, data] = disimpan.split(':');
  const d = crypto.createDecipheriv('aes-256-gcm', kunciRahasia, Buffer.from(iv!, 'base64url'));
  d.setAuthTag(Buffer.from(tag!, 'base64url'));
  return Buffer.concat([d.update(Buffer.from(data!, 'base64url')), d.final()]).toString('utf8');
}
const PERIOD = 30;
/** One step either side: a phone clock a little off still works. */
const TOLERANCE = PERIOD;
export const JUMLAH_KODE_PEMULIHAN = 10;

export function rahasiaBaru(): string {
  return generateSecret();
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function alamatOtpauth(username: string, rahasia: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: username, secret: rahasia });
}

/** The QR code as inline SVG markup: no request, nothing for the CSP to allow. */
export async function qrSvg(teks: string): Promise<string> {
  return QRCode.toString(teks, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The secret in groups of four, for typing by hand. */
export function rahasiaTerbaca(rahasia: string): string {
  return rahasia.replace(/(.{4})/g, '$1 ').trim();
}

/** The 30-second step a code was accepted for, or null. `setelah`: refuse this step and earlier (no replay). */
export async function cocokkanKode(rahasia: string, kode: string, setelah?: number | null, now = Date.now()): Promise<number | null> {
  const token = kode.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const r = await verify({
    secret: rahasia,
    token,
    epoch: Math.floor(now / 1000),
    epochTolerance: TOLERANCE,
    ...(setelah != null ? { afterTimeStep: setelah } : {}),
  });
  return r.valid && 'timeStep' in r ? r.timeStep : null;
}

const ABJAD = 'abcdefghjkmnpqrstuvwxyz23456789'; // 31 symbols: no 0/o, 1/l/i
/** A recovery code: ten symbols (≈ 50 bits), shown as xxxxx-xxxxx. */
function kodePemulihanBaru(): string {
  let s = '';
  while (s.length < 10) {
    const b = crypto.randomBytes(1)[0]!;
    if (b < 248) s += ABJAD[b % 31];
  }
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

/** sha-256 of the code without its dash and case: high-entropy codes need no slow hash (decision 131). */
export function hashKodePemulihan(kode: string): string {
  return crypto
    .createHash('sha256')
    .update(kode.replace(/[\s-]+/g, '').toLowerCase())
    .digest('hex');
}

export interface StatusDuaFaktor {
  aktif: boolean;
  aktifSejak: Date | null;
  sisaKodePemulihan: number;
}

export async function statusDuaFaktor(prisma: Db, userId: number): Promise<StatusDuaFaktor> {
  const u = await prisma.user.findUnique({
    where: { id: userId },
    select: { totpAktifSejak: true, _count: { select: { kodePemulihan: { where: { dipakaiPada: null } } } } },
  });
  if (!u) throw new NotFoundError();
  return { aktif: !!u.totpAktifSejak, aktifSejak: u.totpAktifSejak, sisaKodePemulihan: u._count.kodePemulihan };
}

/**
 * Turns the second factor on once the person typed a code from the new secret; returns the
 * recovery codes (the only time they exist in clear). Replaces an earlier secret and its codes.
 */
export async function aktifkanDuaFaktor(
  prisma: Db,
  userId: number,
  rahasia: string,
  kode: string,
  ip: string | null,
  now = new Date(),
): Promise<string[]> {
  const langkah = await cocokkanKode(rahasia, kode, null, now.getTime());
  if (langkah === null)
    throw new ValidationError({ kode: 'Kode tidak cocok. Periksa jam di ponsel Anda lalu ketik kode yang sedang tampil.' });
  const kodeKode = Array.from({ length: JUMLAH_KODE_PEMULIHAN }, kodePemulihanBaru);
  await prisma.$transaction(async (tx) => {
    await tx.kodePemulihan.deleteMany({ where: { userId } });
    await tx.kodePemulihan.createMany({ data: kodeKode.map((k) => ({ userId, kodeHash: hashKodePemulihan(k) })) });
    await tx.user.update({
      where: { id: userId },
      data: { totpRahasia: simpanRahasia(rahasia), totpAktifSejak: now, totpLangkahTerakhir: langkah },
    });
    await audit(tx, {
      userId,
      ip,
      aksi: 'DUA_FAKTOR_AKTIF',
      entitas: 'User',
      entitasId: userId,
      keterangan: 'Aplikasi autentikator didaftarkan.',
    });
  });
  return kodeKode;
}

/** New recovery codes (the old ones stop working), after the person proved a current code. */
export async function kodePemulihanUlang(prisma: Db, userId: number, kode: string, ip: string | null): Promise<string[]> {
  const u = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpRahasia: true, totpLangkahTerakhir: true } });
  if (!u.totpRahasia) throw new ValidationError({ kode: 'Verifikasi dua langkah belum aktif.' });
  const langkah = await cocokkanKode(bacaRahasia(u.totpRahasia), kode, u.totpLangkahTerakhir);
  if (langkah === null) throw new ValidationError({ kode: 'Kode tidak cocok.' });
  const kodeKode = Array.from({ length: JUMLAH_KODE_PEMULIHAN }, kodePemulihanBaru);
  await prisma.$transaction(async (tx) => {
    await tx.kodePemulihan.deleteMany({ where: { userId } });
    await tx.kodePemulihan.createMany({ data: kodeKode.map((k) => ({ userId, kodeHash: hashKodePemulihan(k) })) });
    await tx.user.update({ where: { id: userId }, data: { totpLangkahTerakhir: langkah } });
    await audit(tx, { userId, ip, aksi: 'KODE_PEMULIHAN_BARU', entitas: 'User', entitasId: userId });
  });
  return kodeKode;
}

/** The person turns their own second factor off (allowed only when their role does not require it). */
export async function nonaktifkanDuaFaktor(prisma: Db, userId: number, kode: string, ip: string | null): Promise<void> {
  const u = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpRahasia: true, totpLangkahTerakhir: true } });
  if (!u.totpRahasia) return;
  if ((await cocokkanKode(bacaRahasia(u.totpRahasia), kode, u.totpLangkahTerakhir)) === null)
    throw new ValidationError({ kode: 'Kode tidak cocok.' });
  await prisma.$transaction(async (tx) => {
    await hapusDuaFaktor(tx, userId);
    await audit(tx, { userId, ip, aksi: 'DUA_FAKTOR_NONAKTIF', entitas: 'User', entitasId: userId });
  });
}

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
async function hapusDuaFaktor(tx: Tx, userId: number) {
  await tx.kodePemulihan.deleteMany({ where: { userId } });
  await tx.user.update({ where: { id: userId }, data: { totpRahasia: null, totpAktifSejak: null, totpLangkahTerakhir: null } });
}

/** Admin BKD resets someone's second factor (lost phone): audited; the person's sessions end. */
export async function resetDuaFaktor(prisma: Db, userId: number, by: { userId: number; ip: string | null }): Promise<{ username: string }> {
  const u = await prisma.user.findUnique({ where: { id: userId }, select: { username: true, totpAktifSejak: true } });
  if (!u) throw new NotFoundError();
  await prisma.$transaction(async (tx) => {
    await hapusDuaFaktor(tx, userId);
    await tx.$executeRaw`DELETE FROM "session" WHERE sess->'passport'->>'user' = ${String(userId)}`;
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: 'RESET_DUA_FAKTOR',
      entitas: 'User',
      entitasId: userId,
      sebelum: { totpAktifSejak: u.totpAktifSejak },
      sesudah: { totpAktifSejak: null },
      keterangan: 'Verifikasi dua langkah diatur ulang oleh Admin BKD; sesi akun diakhiri.',
    });
  });
  return { username: u.username };
}

export type HasilKode =
  | { ok: true; metode: 'totp' | 'pemulihan'; sisaKodePemulihan?: number }
  | { ok: false; reason: 'INVALID'; remaining: number }
  | { ok: false; reason: 'LOCKED'; until: Date };

/**
 * The code step of a password sign-in. A wrong code counts against the same lockout as a wrong
 * password (gagalLogin / terkunciHingga). A six-digit code is a TOTP code; anything else is tried
 * as a recovery code, which is used up.
 */
export async function periksaKodeMasuk(
  prisma: Db,
  userId: number,
  kode: string,
  policy: LockoutPolicy,
  now = new Date(),
): Promise<HasilKode> {
  const u = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, totpRahasia: true, totpLangkahTerakhir: true, terkunciHingga: true },
  });
  if (u.terkunciHingga && u.terkunciHingga > now) return { ok: false, reason: 'LOCKED', until: u.terkunciHingga };
  const bersih = kode.replace(/\s+/g, '');
  if (u.totpRahasia && /^\d{6}$/.test(bersih)) {
    const langkah = await cocokkanKode(bacaRahasia(u.totpRahasia), bersih, u.totpLangkahTerakhir, now.getTime());
    if (langkah !== null) {
      // Conditional update: two requests with the same code cannot both pass.
      const n = await prisma.user.updateMany({
        where: { id: u.id, OR: [{ totpLangkahTerakhir: null }, { totpLangkahTerakhir: { lt: langkah } }] },
        data: { totpLangkahTerakhir: langkah, gagalLogin: 0 },
      });
      if (n.count === 1) return { ok: true, metode: 'totp' };
    }
  } else if (bersih.length >= 10) {
    const used = await prisma.kodePemulihan.updateMany({
      where: { userId: u.id, kodeHash: hashKodePemulihan(bersih), dipakaiPada: null },
      data: { dipakaiPada: now },
    });
    if (used.count === 1) {
      await prisma.user.update({ where: { id: u.id }, data: { gagalLogin: 0 } });
      const sisa = await prisma.kodePemulihan.count({ where: { userId: u.id, dipakaiPada: null } });
      await audit(prisma, {
        userId: u.id,
        aksi: 'KODE_PEMULIHAN_DIPAKAI',
        entitas: 'User',
        entitasId: u.id,
        keterangan: `Sisa ${sisa} kode.`,
      });
      return { ok: true, metode: 'pemulihan', sisaKodePemulihan: sisa };
    }
  }
  const updated = await prisma.user.update({ where: { id: u.id }, data: { gagalLogin: { increment: 1 } }, select: { gagalLogin: true } });
  if (updated.gagalLogin >= policy.maxFailed) {
    const until = new Date(now.getTime() + policy.lockMinutes * 60_000);
    await prisma.user.update({ where: { id: u.id }, data: { terkunciHingga: until, gagalLogin: 0 } });
    await audit(prisma, {
      userId: u.id,
      aksi: 'AKUN_TERKUNCI',
      entitas: 'User',
      entitasId: u.id,
      keterangan: `Terkunci hingga ${until.toISOString()} (kode verifikasi salah)`,
    });
    return { ok: false, reason: 'LOCKED', until };
  }
  return { ok: false, reason: 'INVALID', remaining: policy.maxFailed - updated.gagalLogin };
}

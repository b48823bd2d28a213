import type { Db } from '../../db/client.js';
import type { Principal } from '../../core/principal.js';
import { verifyPassword, needsRehash, hashPassword } from './password.js';
import { namaLengkap } from '../../lib/format.js';
import { ValidationError } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';

export type LoginOutcome =
  | { ok: true; userId: number }
  | { ok: false; reason: 'INVALID'; remaining?: number }
  | { ok: false; reason: 'LOCKED'; until: Date }
  | { ok: false; reason: 'INACTIVE' }
  | { ok: false; reason: 'SSO_REQUIRED' };

export interface LockoutPolicy {
  maxFailed: number;
  lockMinutes: number;
  /** Roles whose password sign-in is refused (single sign-on required), except the break-glass usernames. */
  ssoRequiredRoles?: readonly string[];
  breakGlass?: readonly string[];
}

/** Whether this account must sign in through SSO instead of its password. */
export function ssoRequired(user: { username: string; roles: readonly string[] }, policy: LockoutPolicy): boolean {
  if (!policy.ssoRequiredRoles?.length || policy.breakGlass?.includes(user.username.toLowerCase())) return false;
  return user.roles.some((r) => policy.ssoRequiredRoles!.includes(r));
}

/** Signs in by NIP (18 digits) or username; counts failures and locks the account for a while. */
export async function authenticate(
  prisma: Db,
  identitas: string,
  sandi: string,
  policy: LockoutPolicy,
  now = new Date(),
): Promise<LoginOutcome> {
  const id = identitas.trim();
  const user = /^\d{18}$/.test(id)
    ? await prisma.user.findFirst({ where: { pegawai: { nip: id } } })
    : await prisma.user.findUnique({ where: { username: id.toLowerCase() } });
  if (!user) {
    await verifyPassword(null, sandi);
    return { ok: false, reason: 'INVALID' };
  }
  if (user.terkunciHingga && user.terkunciHingga > now) {
    return { ok: false, reason: 'LOCKED', until: user.terkunciHingga };
  }
  const valid = await verifyPassword(user.passwordHash, sandi);
  if (!valid) {
    // Atomic increment: parallel guesses cannot slip past the limit.
    const updated = await prisma.user.update({
      where: { id: user.id },
      data: { gagalLogin: { increment: 1 } },
      select: { gagalLogin: true },
    });
    if (updated.gagalLogin >= policy.maxFailed) {
      const until = new Date(now.getTime() + policy.lockMinutes * 60_000);
      await prisma.user.update({ where: { id: user.id }, data: { terkunciHingga: until, gagalLogin: 0 } });
      await prisma.auditLog.create({
        data: {
          userId: user.id,
          aksi: 'AKUN_TERKUNCI',
          entitas: 'User',
          entitasId: String(user.id),
          keterangan: `Terkunci hingga ${until.toISOString()}`,
        },
      });
      return { ok: false, reason: 'LOCKED', until };
    }
    return { ok: false, reason: 'INVALID', remaining: policy.maxFailed - updated.gagalLogin };
  }
  if (!user.aktif) return { ok: false, reason: 'INACTIVE' };
  // Told only to someone who knows the password: it does not reveal which accounts exist.
  if (ssoRequired(user, policy)) return { ok: false, reason: 'SSO_REQUIRED' };
  // A hash made with older parameters is upgraded now that the password is known to be right.
  const upgraded = needsRehash(user.passwordHash) ? await hashPassword(sandi).catch(() => null) : null;
  await prisma.user.update({
    where: { id: user.id },
    data: { gagalLogin: 0, terkunciHingga: null, loginTerakhir: now, ...(upgraded ? { passwordHash: upgraded } : {}) },
  });
  return { ok: true, userId: user.id };
}

/** Loads what every request needs about the signed-in person, in one query. */
export async function loadPrincipal(prisma: Db, userId: number): Promise<Principal | null> {
  const u = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      roles: true,
      aktif: true,
      harusGantiSandi: true,
      pegawaiId: true,
      pegawai: {
        select: {
          nama: true,
          gelarDepan: true,
          gelarBelakang: true,
          unitId: true,
          jabatan: { select: { nama: true } },
          unit: { select: { nama: true, jalur: true } },
          _count: { select: { bawahan: { where: { aktif: true } } } },
        },
      },
      _count: { select: { notifikasi: { where: { dibacaPada: null } } } },
    },
  });
  if (!u || !u.aktif) return null;
  const p = u.pegawai;
  return {
    id: u.id,
    username: u.username,
    roles: u.roles,
    pegawaiId: u.pegawaiId,
    nama: p ? namaLengkap(p) : u.username,
    jabatan: p?.jabatan.nama ?? null,
    unitId: p?.unitId ?? null,
    unitNama: p?.unit.nama ?? null,
    unitJalur: p?.unit.jalur ?? null,
    isAtasan: (p?._count.bawahan ?? 0) > 0,
    notifikasiBelumDibaca: u._count.notifikasi,
    harusGantiSandi: u.harusGantiSandi,
  };
}

/** A signed-in person changes their own password; their other sessions end, this one continues. */
export async function gantiSandi(prisma: Db, userId: number, sessionId: string, lama: string, baru: string): Promise<void> {
  const u = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, passwordHash: true } });
  if (!(await verifyPassword(u.passwordHash, lama))) throw new ValidationError({ sandiLama: 'Kata sandi saat ini salah.' });
  const hash = await hashPassword(baru);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: u.id }, data: { passwordHash: hash, harusGantiSandi: false } });
    await tx.$executeRaw`DELETE FROM "session" WHERE sess->'passport'->>'user' = ${String(u.id)} AND sid <> ${sessionId}`;
    await audit(tx, { userId: u.id, aksi: 'SANDI_DIGANTI', entitas: 'User', entitasId: u.id });
  });
}

export type MetodeMasuk = 'sandi' | 'sandi+totp' | 'sandi+pemulihan' | 'sso';
const METODE: Record<MetodeMasuk, string> = {
  sandi: 'Metode: kata sandi',
  'sandi+totp': 'Metode: kata sandi + kode autentikator',
  'sandi+pemulihan': 'Metode: kata sandi + kode pemulihan',
  sso: 'Metode: SSO (OpenID Connect)',
};

/** Sign-in is audited with its method; a failure to write the row must not stop the person from working. */
export function catatMasuk(
  prisma: Db,
  userId: number,
  ip: string | undefined,
  onError: (e: unknown) => void,
  metode: MetodeMasuk = 'sandi',
  rinci?: string,
): void {
  const keterangan = rinci ? `${METODE[metode]} (${rinci})` : METODE[metode];
  prisma.auditLog.create({ data: { userId, aksi: 'MASUK', entitas: 'User', entitasId: String(userId), ip, keterangan } }).catch(onError);
}

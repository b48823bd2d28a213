/**
 * E-mail (issue 18): the outbox rows (SurelKeluar) and each user's choices (PreferensiSurel).
 * Web requests and services only write rows here, in their own transactions; the queue
 * (antrean.ts, pg-boss) delivers them. With SMTP_URL unset nothing is written at all.
 */
import type { Prisma } from '../../generated/prisma/client.js';
import type { CaraKirim, JenisSurel, StatusSurel } from '../../generated/prisma/enums.js';
import type { Db } from '../../db/client.js';
import { namaLengkap } from '../../lib/format.js';
import { NotFoundError, StateError } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { t } from '../../locales/id.js';
import { suratNotifikasi, type Butir } from './templat.js';
import './surel.strings.js';

type Tx = Db | Prisma.TransactionClient;

/** The kinds a user chooses for, in the order the profile shows them. */
export const JENIS_PILIHAN = [
  'PENGINGAT_BATAS',
  'PENILAIAN_DIKEMBALIKAN',
  'PENILAIAN_FINAL',
  'KEBERATAN',
  'KALIBRASI',
  'UMPAN_BALIK_360',
  'LAINNYA',
] as const satisfies readonly JenisSurel[];
export const CARA = ['APLIKASI', 'SUREL', 'RINGKASAN'] as const satisfies readonly CaraKirim[];
/** Without a choice of their own, a user gets e-mail at once (when the server sends e-mail). */
export const CARA_BAWAAN: CaraKirim = 'SUREL';

interface Pengaturan {
  aktif: boolean;
  baseUrl: string;
}
let pengaturan: Pengaturan = { aktif: false, baseUrl: 'http://localhost:3000' };

/** Set once per process from the config (createApp): e-mail on only with SMTP_URL. */
export function setSurelSettings(p: Pengaturan): void {
  pengaturan = p;
}
export function surelAktif(): boolean {
  return pengaturan.aktif;
}
export function baseUrl(): string {
  return pengaturan.baseUrl;
}

/** What a mail to one user needs: the address, the name, the choice for one kind. */
export interface Penerima {
  id: number;
  aktif: boolean;
  email: string | null;
  nama: string;
  cara: CaraKirim;
}

export async function bacaPenerima(tx: Tx, userIds: number[], jenis: JenisSurel): Promise<Map<number, Penerima>> {
  const rows = await tx.user.findMany({
    where: { id: { in: userIds } },
    select: {
      id: true,
      aktif: true,
      username: true,
      pegawai: { select: { email: true, nama: true, gelarDepan: true, gelarBelakang: true } },
      preferensiSurel: { where: { jenis }, select: { cara: true } },
    },
  });
  return new Map(
    rows.map((u) => [
      u.id,
      {
        id: u.id,
        aktif: u.aktif,
        email: u.pegawai?.email?.trim() || null,
        nama: u.pegawai ? namaLengkap(u.pegawai) : u.username,
        cara: u.preferensiSurel[0]?.cara ?? CARA_BAWAAN,
      },
    ]),
  );
}

/**
 * The outbox row for one item to one user, by their choice: none (in the app only), queued at
 * once, held for the digest, or skipped with the reason (no address, account off) so that
 * Admin BKD sees who was not reached.
 */
export function barisSurel(p: Penerima, jenis: JenisSurel, b: Butir, kunci: string): Prisma.SurelKeluarCreateManyInput | null {
  if (p.cara === 'APLIKASI') return null;
  const surat = suratNotifikasi(p.nama, b, pengaturan.baseUrl);
  let status: StatusSurel = p.cara === 'RINGKASAN' ? 'MENUNGGU_RINGKASAN' : 'ANTRE';
  let alasan: string | null = null;
  if (!p.aktif) {
    status = 'DILEWATI';
    alasan = t('surel.alasanAkunNonaktif');
  } else if (!p.email) {
    status = 'DILEWATI';
    alasan = t('surel.alasanTanpaAlamat');
  }
  return {
    kunci,
    userId: p.id,
    kepada: p.email,
    jenis,
    judul: b.judul,
    pesan: b.pesan,
    tautan: b.tautan ?? null,
    ...surat,
    status,
    alasan,
  };
}

/** Called by notify() inside the caller's transaction: the notification as a mail, if chosen. */
export async function antrekanNotifikasi(tx: Tx, userId: number, notifikasiId: number, jenis: JenisSurel, b: Butir): Promise<void> {
  if (!pengaturan.aktif) return;
  const p = (await bacaPenerima(tx, [userId], jenis)).get(userId);
  if (!p) return;
  const row = barisSurel(p, jenis, b, `notif:${notifikasiId}`);
  if (row) await tx.surelKeluar.createMany({ data: [row], skipDuplicates: true });
}

// ───────────── Preferences (profile) ─────────────

export type Preferensi = Record<(typeof JENIS_PILIHAN)[number], CaraKirim>;

export async function bacaPreferensi(prisma: Db, userId: number): Promise<Preferensi> {
  const rows = await prisma.preferensiSurel.findMany({ where: { userId } });
  const out = Object.fromEntries(JENIS_PILIHAN.map((j) => [j, CARA_BAWAAN])) as Preferensi;
  for (const r of rows) if (r.jenis in out) out[r.jenis as keyof Preferensi] = r.cara;
  return out;
}

export async function simpanPreferensi(prisma: Db, userId: number, baru: Preferensi, ip: string | null): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const lama = await tx.preferensiSurel.findMany({ where: { userId }, select: { jenis: true, cara: true } });
    for (const jenis of JENIS_PILIHAN) {
      await tx.preferensiSurel.upsert({
        where: { userId_jenis: { userId, jenis } },
        update: { cara: baru[jenis] },
        create: { userId, jenis, cara: baru[jenis] },
      });
    }
    await audit(tx, {
      userId,
      ip,
      aksi: 'UBAH_PREFERENSI_SUREL',
      entitas: 'User',
      entitasId: userId,
      sebelum: Object.fromEntries(lama.map((r) => [r.jenis, r.cara])),
      sesudah: baru,
    });
  });
}

/** The signed-in user's own address (shown on the profile page). */
export async function alamatSaya(prisma: Db, userId: number): Promise<string | null> {
  const u = await prisma.user.findUnique({ where: { id: userId }, select: { pegawai: { select: { email: true } } } });
  return u?.pegawai?.email?.trim() || null;
}

// ───────────── Admin BKD: the outbox ─────────────

export const STATUS_SARING = [
  'ANTRE',
  'MENUNGGU_RINGKASAN',
  'DIRINGKAS',
  'TERKIRIM',
  'GAGAL',
  'DILEWATI',
] as const satisfies readonly StatusSurel[];

export async function daftarSurel(prisma: Db, f: { q: string; status: StatusSurel | null }, skip: number, take: number) {
  const where: Prisma.SurelKeluarWhereInput = {
    ...(f.status ? { status: f.status } : {}),
    ...(f.q
      ? {
          OR: [
            { kepada: { contains: f.q, mode: 'insensitive' } },
            { subjek: { contains: f.q, mode: 'insensitive' } },
            { alasan: { contains: f.q, mode: 'insensitive' } },
            { user: { username: { contains: f.q, mode: 'insensitive' } } },
            { user: { pegawai: { nama: { contains: f.q, mode: 'insensitive' } } } },
          ],
        }
      : {}),
  };
  const [items, total, perStatus] = await Promise.all([
    prisma.surelKeluar.findMany({
      where,
      orderBy: { id: 'desc' },
      skip,
      take,
      select: {
        id: true,
        kepada: true,
        jenis: true,
        subjek: true,
        status: true,
        alasan: true,
        percobaan: true,
        createdAt: true,
        terkirimPada: true,
        updatedAt: true,
        user: { select: { username: true, pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true } } } },
      },
    }),
    prisma.surelKeluar.count({ where }),
    prisma.surelKeluar.groupBy({ by: ['status'], _count: { _all: true } }),
  ]);
  const jumlah = Object.fromEntries(perStatus.map((r) => [r.status, r._count._all])) as Partial<Record<StatusSurel, number>>;
  return { items, total, jumlah };
}

/**
 * Admin BKD sends a failed (or skipped) mail again: it goes back to the queue with its attempts
 * reset; the address is read again, so a skipped mail goes out once the address is filled in.
 */
export async function ulangiSurel(prisma: Db, id: number, by: { userId: number; ip: string | null }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const s = await tx.surelKeluar.findUnique({
      where: { id },
      select: {
        id: true,
        status: true,
        kepada: true,
        alasan: true,
        user: { select: { aktif: true, pegawai: { select: { email: true } } } },
      },
    });
    if (!s) throw new NotFoundError();
    if (s.status !== 'GAGAL' && s.status !== 'DILEWATI')
      throw new StateError('Hanya surel yang gagal atau dilewati yang dapat dikirim ulang.');
    const kepada = s.user?.pegawai?.email?.trim() || null;
    if (!kepada) throw new StateError(`${t('surel.alasanTanpaAlamat')} Lengkapi alamat surel di data pegawai lalu kirim ulang.`);
    if (s.user && !s.user.aktif) throw new StateError(t('surel.alasanAkunNonaktif'));
    await tx.surelKeluar.update({
      where: { id },
      data: { status: 'ANTRE', kepada, alasan: null, percobaan: 0, diantrekanPada: null, terkunciHingga: null },
    });
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: 'KIRIM_ULANG_SUREL',
      entitas: 'SurelKeluar',
      entitasId: id,
      sebelum: { status: s.status, kepada: s.kepada, alasan: s.alasan },
      sesudah: { status: 'ANTRE', kepada },
    });
  });
}

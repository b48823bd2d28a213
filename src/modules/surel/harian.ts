/**
 * The daily e-mail work (run by the queue, antrean.ts): deadline reminders N days before each
 * deadline, then each user's digest. Both are idempotent: every row has a deterministic key
 * (SurelKeluar.kunci, unique), so running twice on a day — two app instances, a restart, a
 * retried job — writes each reminder and each digest once.
 */
import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';
import { isoTanggal } from '../../core/fields.js';
import { ValidationError } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { t } from '../../locales/id.js';
import { bacaPenerima, barisSurel, baseUrl } from './surel.service.js';
import { butirPengingatAtasan, butirPengingatDiri, suratRingkasan, type Butir } from './templat.js';

const KUNCI_HARI = 'surel.hariPengingat';
export const HARI_PENGINGAT_BAWAAN = [7, 3, 1];
const HARI = 86_400_000;

/** Days before a deadline on which reminders go out (BKD edits them; data, not code). */
export async function bacaHariPengingat(prisma: Db): Promise<number[]> {
  const row = await prisma.pengaturan.findUnique({ where: { kunci: KUNCI_HARI } });
  const v = row?.nilai;
  if (Array.isArray(v) && v.every((n) => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 60)) return v as number[];
  return HARI_PENGINGAT_BAWAAN;
}

/** "7, 3, 1" → [7, 3, 1]; a wrong list is a field error. */
export function uraiHariPengingat(teks: string): number[] {
  const bagian = teks
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const salah = () => new ValidationError({ hariPengingat: 'Isi angka hari 0–60 dipisah koma, paling banyak 5, misalnya 7, 3, 1.' });
  if (!bagian.length || bagian.length > 5) throw salah();
  const hari = bagian.map((s) => (/^\d{1,2}$/.test(s) ? Number(s) : NaN));
  if (hari.some((n) => !Number.isInteger(n) || n > 60)) throw salah();
  return [...new Set(hari)].sort((a, b) => b - a);
}

export async function simpanHariPengingat(prisma: Db, teks: string, by: { userId: number; ip: string | null }): Promise<number[]> {
  const hari = uraiHariPengingat(teks);
  await prisma.$transaction(async (tx) => {
    const lama = await tx.pengaturan.findUnique({ where: { kunci: KUNCI_HARI } });
    await tx.pengaturan.upsert({ where: { kunci: KUNCI_HARI }, update: { nilai: hari }, create: { kunci: KUNCI_HARI, nilai: hari } });
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: 'UBAH_PENGATURAN',
      entitas: 'Pengaturan',
      entitasId: KUNCI_HARI,
      sebelum: lama?.nilai ?? HARI_PENGINGAT_BAWAAN,
      sesudah: hari,
    });
  });
  return hari;
}

/**
 * Inserts outbox rows, a row whose key exists already is skipped. One statement per 1,000 rows
 * over unnest()ed arrays: Prisma's createMany builds 14 parameters per row and took 1.5 s per
 * 1,000 reminders at 50,000 staff (docs/performance.md, "Surel").
 */
async function simpanBaris(prisma: Db, rows: Prisma.SurelKeluarCreateManyInput[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const b = rows.slice(i, i + 1000);
    const col = <K extends keyof Prisma.SurelKeluarCreateManyInput>(k: K) => b.map((r) => r[k] ?? null);
    n += await prisma.$executeRaw`
      INSERT INTO "SurelKeluar" (kunci, "userId", kepada, jenis, judul, pesan, tautan, subjek, teks, html, status, alasan, "updatedAt")
      SELECT k, u, ke, j::"JenisSurel", ju, pe, ta, su, te, ht, st::"StatusSurel", al, now()
        FROM unnest(${col('kunci')}::text[], ${col('userId')}::int[], ${col('kepada')}::text[], ${col('jenis')}::text[],
                    ${col('judul')}::text[], ${col('pesan')}::text[], ${col('tautan')}::text[], ${col('subjek')}::text[],
                    ${col('teks')}::text[], ${col('html')}::text[], ${col('status')}::text[], ${col('alasan')}::text[])
             AS x(k, u, ke, j, ju, pe, ta, su, te, ht, st, al)
      ON CONFLICT (kunci) DO NOTHING`;
  }
  return n;
}

/**
 * Reminders for `hari` (today, a UTC-midnight calendar date): for each running period and each
 * N in the setting, the units whose deadline (their own per-unit one, else the period's) falls
 * on hari + N. Staff there whose self-assessment is not sent get one; supervisors with
 * self-assessments waiting for them get one with the count. Returns how many rows were new.
 */
export async function buatPengingat(prisma: Db, hari: Date, o: { daftarN?: number[]; unitIds?: number[] } = {}): Promise<number> {
  const daftarN = o.daftarN ?? (await bacaHariPengingat(prisma));
  // Only these units (the demo data reminds one unit at once); the daily job takes every unit.
  const hanya = (f: Prisma.IntFilter): Prisma.IntFilter =>
    o.unitIds ? { ...f, in: (f.in as number[] | undefined)?.filter((u) => o.unitIds!.includes(u)) ?? o.unitIds } : f;
  const periode = await prisma.periodePenilaian.findMany({
    where: { status: 'BERJALAN' },
    select: { id: true, nama: true, batasPenilaianDiri: true, batasPenilaianAtasan: true, batasUnit: true },
  });
  const hariIso = isoTanggal(hari);
  let baru = 0;
  for (const p of periode) {
    const unitKhusus = p.batasUnit.map((b) => b.unitId);
    for (const n of daftarN) {
      const batas = new Date(hari.getTime() + n * HARI);
      const sama = (d: Date) => d.getTime() === batas.getTime();
      const batasIso = isoTanggal(batas);
      // Units whose self-assessment deadline is that day: per-unit ones, or the period's for the rest.
      const unitDiri = p.batasUnit.filter((b) => sama(b.batasPenilaianDiri)).map((b) => b.unitId);
      const unitDiriWhere: Prisma.IntFilter = sama(p.batasPenilaianDiri)
        ? { notIn: unitKhusus.filter((u) => !unitDiri.includes(u)) }
        : { in: unitDiri };
      if (sama(p.batasPenilaianDiri) || unitDiri.length) {
        const users = await prisma.user.findMany({
          where: {
            aktif: true,
            pegawai: {
              aktif: true,
              unitId: hanya(unitDiriWhere),
              penilaian: { none: { periodeId: p.id, status: { in: ['DIKIRIM', 'DINILAI', 'FINAL'] } } },
            },
          },
          select: { id: true },
        });
        const butir = butirPengingatDiri(p.nama, batas, n);
        baru += await simpanUntuk(
          prisma,
          users.map((u) => ({ userId: u.id, butir })),
          (id) => `pengingat-diri:${p.id}:${batasIso}:${id}:${hariIso}`,
        );
      }
      // Supervisors: self-assessments sent to them and not yet appraised, in units due that day.
      const unitAtasan = p.batasUnit.filter((b) => sama(b.batasPenilaianAtasan)).map((b) => b.unitId);
      const unitAtasanWhere: Prisma.IntFilter = sama(p.batasPenilaianAtasan)
        ? { notIn: unitKhusus.filter((u) => !unitAtasan.includes(u)) }
        : { in: unitAtasan };
      if (sama(p.batasPenilaianAtasan) || unitAtasan.length) {
        const menunggu = await prisma.penilaianKinerja.groupBy({
          by: ['penilaiId'],
          where: { periodeId: p.id, status: 'DIKIRIM', unitId: hanya(unitAtasanWhere), penilaiId: { not: null } },
          _count: { _all: true },
        });
        const akun = await prisma.user.findMany({
          where: { aktif: true, pegawaiId: { in: menunggu.map((m) => m.penilaiId!) } },
          select: { id: true, pegawaiId: true },
        });
        const jumlah = new Map(menunggu.map((m) => [m.penilaiId!, m._count._all]));
        baru += await simpanUntuk(
          prisma,
          akun.map((a) => ({ userId: a.id, butir: butirPengingatAtasan(p.nama, batas, n, jumlah.get(a.pegawaiId!) ?? 0) })),
          (id) => `pengingat-atasan:${p.id}:${batasIso}:${id}:${hariIso}`,
        );
      }
    }
  }
  return baru;
}

/** Outbox rows for one reminder per user, by each one's choice; 1,000 users per read and insert. */
async function simpanUntuk(prisma: Db, untuk: { userId: number; butir: Butir }[], kunci: (userId: number) => string): Promise<number> {
  let n = 0;
  for (let i = 0; i < untuk.length; i += 1000) {
    const bagian = untuk.slice(i, i + 1000);
    const penerima = await bacaPenerima(
      prisma,
      bagian.map((u) => u.userId),
      'PENGINGAT_BATAS',
    );
    const rows = bagian
      .map((u) => {
        const p = penerima.get(u.userId);
        return p ? barisSurel(p, 'PENGINGAT_BATAS', u.butir, kunci(u.userId)) : null;
      })
      .filter((r): r is Prisma.SurelKeluarCreateManyInput => r !== null);
    n += await simpanBaris(prisma, rows);
  }
  return n;
}

/**
 * Digests for `hari`: every item held for a user (MENUNGGU_RINGKASAN) goes into one mail keyed
 * ringkasan:<user>:<hari>. A second run the same day finds the key taken and leaves new items
 * for tomorrow's digest. Returns how many digests were made.
 */
export async function buatRingkasan(prisma: Db, hari: Date): Promise<number> {
  const hariIso = isoTanggal(hari);
  const pengguna = await prisma.surelKeluar.groupBy({ by: ['userId'], where: { status: 'MENUNGGU_RINGKASAN', userId: { not: null } } });
  let dibuat = 0;
  for (const { userId } of pengguna) {
    const ok = await prisma.$transaction(async (tx) => {
      const items = await tx.surelKeluar.findMany({
        where: { userId, status: 'MENUNGGU_RINGKASAN' },
        orderBy: { id: 'asc' },
        select: { id: true, judul: true, pesan: true, tautan: true, kepada: true },
      });
      if (!items.length) return false;
      const p = (await bacaPenerima(tx, [userId!], 'RINGKASAN')).get(userId!);
      if (!p) return false;
      const surat = suratRingkasan(p.nama, hari, items, baseUrl());
      const [r] = await tx.surelKeluar.createManyAndReturn({
        data: [
          {
            kunci: `ringkasan:${userId}:${hariIso}`,
            userId,
            kepada: p.email,
            jenis: 'RINGKASAN',
            judul: surat.subjek,
            pesan: `${items.length} pemberitahuan`,
            ...surat,
            status: p.email && p.aktif ? 'ANTRE' : 'DILEWATI',
            alasan: p.email ? (p.aktif ? null : t('surel.alasanAkunNonaktif')) : t('surel.alasanTanpaAlamat'),
          },
        ],
        skipDuplicates: true,
        select: { id: true },
      });
      if (!r) return false; // today's digest exists already (another instance, an earlier run)
      await tx.surelKeluar.updateMany({
        where: { id: { in: items.map((i) => i.id) }, status: 'MENUNGGU_RINGKASAN' },
        data: { status: 'DIRINGKAS', ringkasanId: r.id },
      });
      return true;
    });
    if (ok) dibuat += 1;
  }
  return dibuat;
}

import type { Db } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Predikat, RatingKinerja } from '../../generated/prisma/enums.js';
import type { Principal } from '../../core/principal.js';
import { NotFoundError, StateError } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { notifyPegawai } from '../notifikasi/notifikasi.service.js';
import { findActivePeriod } from '../periode/periode.repo.js';
import { BERAKHLAK } from '../domain/labels.js';
import { penilaianBoleh } from './penilaian.policy.js';
import { fieldsOf, missing, writeFields, type PenilaianForm, type Sisi } from './fields.js';
import { transition } from './state.js';
import { siapkanLevel } from './level-teks.js';
import { bacaFormId, bacaFormPemilik } from './form-baca.js';
import { simpanLangsung } from './simpan-langsung.js';
import { hasilSimpan, rencanaSimpan, type SaveInput, type SaveResult } from './simpan.rencana.js';
export { progressOf, type Conflict, type SaveInput, type SaveResult } from './simpan.rencana.js';
import { kolamLangsung } from '../../db/client.js';
import { buatRekomendasiSistem } from '../pengembangan/rekomendasi.service.js';

type Tx = Prisma.TransactionClient;

/**
 * What a new appraisal is made from: the employee with their supervisor links, and the competency
 * standard of their jabatan with the dictionary's levels when the evaluation assesses competencies.
 */
export async function bahanPenilaian(prisma: Db, pegawaiId: number, nilaiKompetensi: boolean) {
  const p = await prisma.pegawai.findUniqueOrThrow({
    where: { id: pegawaiId },
    include: { atasan: { select: { id: true, atasanId: true } } },
  });
  const standar = nilaiKompetensi
    ? await prisma.standarKompetensiJabatan.findMany({
        where: { jabatanId: p.jabatanId, kompetensi: { aktif: true } },
        include: { kompetensi: { include: { level: { orderBy: { level: 'asc' } } } } },
      })
    : [];
  return { p, standar };
}

/** The rows every new appraisal starts with: the BerAKHLAK values, and the standard's competencies with a snapshot of their levels. */
export function barisAwal(standar: Awaited<ReturnType<typeof bahanPenilaian>>['standar']) {
  return {
    kompetensi: {
      create: standar.map((s) => ({
        kompetensiId: s.kompetensiId,
        levelDibutuhkan: s.levelDibutuhkan,
        versiKamus: s.kompetensi.versi,
        snapshotLevel: s.kompetensi.level.map((l) => ({ level: l.level, label: l.label, deskripsi: l.deskripsi, indikator: l.indikator })),
      })),
    },
    perilaku: { create: (Object.keys(BERAKHLAK) as (keyof typeof BERAKHLAK)[]).map((nilai) => ({ nilai })) },
  };
}

/** Starts the signed-in employee's appraisal for the running period (idempotent). */
export async function mulai(prisma: Db, user: Principal): Promise<number> {
  if (!user.pegawaiId) throw new NotFoundError();
  const periode = await findActivePeriod(prisma);
  if (!periode) throw new StateError('Belum ada periode penilaian yang berjalan.');
  const existing = await prisma.penilaianKinerja.findUnique({
    where: { periodeId_pegawaiId: { periodeId: periode.id, pegawaiId: user.pegawaiId } },
  });
  if (existing) return existing.id;
  // Competencies are assessed at the year end unless BKD turned that off for the year (issue 16).
  const { p, standar } = await bahanPenilaian(prisma, user.pegawaiId, periode.nilaiKompetensi);
  try {
    return await prisma.$transaction(async (tx) => {
      const pen = await tx.penilaianKinerja.create({
        data: {
          periodeId: periode.id,
          pegawaiId: p.id,
          jabatanId: p.jabatanId,
          unitId: p.unitId,
          penilaiId: p.atasan?.id ?? null,
          atasanPenilaiId: p.atasan?.atasanId ?? null,
          ...barisAwal(standar),
        },
      });
      await audit(tx, { userId: user.id, aksi: 'PENILAIAN_DIBUAT', entitas: 'PenilaianKinerja', entitasId: pen.id });
      return pen.id;
    });
  } catch (err) {
    // A double click: the unique (periode, pegawai) already holds the other request's row.
    if ((err as { code?: string }).code === 'P2002') {
      const again = await prisma.penilaianKinerja.findUniqueOrThrow({
        where: { periodeId_pegawaiId: { periodeId: periode.id, pegawaiId: user.pegawaiId } },
      });
      return again.id;
    }
    throw err;
  }
}

/** The signed-in employee's appraisals, newest period first, and the one of the running period. */
export async function daftarSaya(prisma: Db, user: Principal) {
  const [periode, daftar] = await Promise.all([
    findActivePeriod(prisma),
    prisma.penilaianKinerja.findMany({
      where: { pegawaiId: user.pegawaiId! },
      include: { periode: true },
      orderBy: [{ periode: { tahun: 'desc' } }, { periode: { tanggalMulai: 'desc' } }],
    }),
  ]);
  const aktif = periode ? daftar.find((d) => d.periodeId === periode.id) : undefined;
  return { periode, aktif, daftar };
}

/** The competencies an indicator of the plan may be linked to: those of the appraisal, in dictionary order. */
export function kompetensiPilihan(p: PenilaianForm): { id: number; nama: string }[] {
  return [...p.kompetensi]
    .sort((a, b) => a.kompetensi.urutan - b.kompetensi.urutan)
    .map((k) => ({ id: k.kompetensi.id, nama: k.kompetensi.nama }));
}

/** The policy decides (in the query) whether the caller may see the appraisal; then its form is read by id. */
async function bolehLalu(prisma: Db | Tx, id: number, boleh: Prisma.PenilaianKinerjaWhereInput): Promise<PenilaianForm | null> {
  const ok = await prisma.penilaianKinerja.findFirst({ where: { AND: [{ id }, boleh] }, select: { id: true } });
  return ok ? bacaFormId(prisma, id) : null;
}

export async function loadOwn(prisma: Db | Tx, user: Principal, id: number): Promise<PenilaianForm> {
  if (!user.pegawaiId || !Number.isInteger(id)) throw new NotFoundError();
  const p = await bacaFormPemilik(prisma, id, user.pegawaiId);
  if (!p) throw new NotFoundError();
  await siapkanLevel(prisma, p.kompetensi);
  return p;
}

export async function loadAsPenilai(prisma: Db | Tx, user: Principal, id: number): Promise<PenilaianForm> {
  if (!Number.isInteger(id)) throw new NotFoundError();
  const p = await bolehLalu(prisma, id, penilaianBoleh(user, 'nilai'));
  if (!p) throw new NotFoundError();
  await siapkanLevel(prisma, p.kompetensi);
  return p;
}

/** The appraisal as one side edits it: the employee their own, a rater one the policy lets them rate. */
export function loadFor(prisma: Db | Tx, user: Principal, id: number, sisi: Sisi): Promise<PenilaianForm> {
  return sisi === 'PEGAWAI' ? loadOwn(prisma, user, id) : loadAsPenilai(prisma, user, id);
}

export async function loadReadable(prisma: Db | Tx, user: Principal, id: number): Promise<PenilaianForm> {
  if (!Number.isInteger(id)) throw new NotFoundError();
  const p = await bolehLalu(prisma, id, penilaianBoleh(user, 'baca'));
  if (!p) throw new NotFoundError();
  await siapkanLevel(prisma, p.kompetensi);
  return p;
}

async function lock(tx: Tx, id: number): Promise<void> {
  if (!Number.isInteger(id)) throw new NotFoundError();
  await tx.$queryRaw`SELECT id FROM "PenilaianKinerja" WHERE id = ${id} FOR UPDATE`;
}

/** What the user typed that was not stored (invalid or in conflict): shown again in the form. */
export function unsavedOf(values: Record<string, string>, result: SaveResult): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => result.errors[k] || result.conflicts.some((c) => c.key === k)));
}

/**
 * Saves typed fields of one side. Valid changes are written; invalid ones come back as errors
 * (the client keeps the text). A field someone else changed since this client read it is not
 * overwritten: it comes back as a conflict with both texts.
 */
/**
 * Autosaves of one appraisal queue on its row lock; under a burst (two tabs, a slow server) the
 * default 2 s wait for a pooled connection was too short and answered 500. A longer wait, and a
 * 503 (retry) from the error handler if even that runs out.
 */
const SAVE_TX = { maxWait: 10_000, timeout: 15_000 };

export async function simpan(prisma: Db, user: Principal, id: number, sisi: Sisi, input: SaveInput): Promise<SaveResult> {
  // The employee's save, the deadline peak's hottest write, runs straight on the pool (decision 142).
  const pool = sisi === 'PEGAWAI' ? kolamLangsung(prisma) : null;
  if (pool) return simpanLangsung(pool, user, id, input);
  return prisma.$transaction(async (tx) => {
    // Lock first (a row lock reveals nothing), then read through the viewer's scope.
    await lock(tx, id);
    const fresh = await loadFor(tx, user, id, sisi);
    const rencana = rencanaSimpan(fresh, sisi, input);
    let versi = fresh.versi;
    if (rencana.changes.length) {
      await writeFields(tx, fresh.id, rencana.changes);
      const up = await tx.penilaianKinerja.update({ where: { id: fresh.id }, data: { versi: { increment: 1 } }, select: { versi: true } });
      versi = up.versi;
    }
    return hasilSimpan(rencana, versi);
  }, SAVE_TX);
}

/** A step that needs every required field of its side: done, or the fields still missing. */
export type Kelengkapan = { ok: true } | { ok: false; kurang: { key: string; label: string }[] };

/**
 * The start of a step of one side (kirim, nilai): the row locked, the appraisal loaded through
 * that side's scope, the transition checked, and the side's required fields that are empty.
 */
async function mulaiLangkah(tx: Tx, user: Principal, id: number, sisi: Sisi, aksi: 'kirim' | 'nilai') {
  await lock(tx, id);
  const p = await loadFor(tx, user, id, sisi);
  const to = transition(p.status, aksi, sisi, p.periode.status);
  const kurang = missing(fieldsOf(p, sisi)).map((f) => ({ key: f.key, label: f.label }));
  return { p, to, kurang };
}

/** Employee submits the self-assessment; lists what is missing instead when incomplete. */
export async function kirim(prisma: Db, user: Principal, id: number): Promise<Kelengkapan> {
  return prisma.$transaction(async (tx) => {
    const { p, to, kurang } = await mulaiLangkah(tx, user, id, 'PEGAWAI', 'kirim');
    if (!p.rhk.some((r) => r.indikator.length > 0))
      kurang.unshift({ key: 'rencana', label: 'Rencana hasil kerja dengan minimal satu indikator' });
    if (kurang.length) return { ok: false, kurang };
    await tx.penilaianKinerja.update({
      where: { id },
      data: {
        status: to,
        dikirimPada: new Date(),
        versi: { increment: 1 },
        ...(p.statusRencana === 'DRAFT' || p.statusRencana === 'DIKEMBALIKAN'
          ? { statusRencana: 'DIAJUKAN', rencanaDiajukanPada: new Date() }
          : {}),
      },
    });
    await audit(tx, {
      userId: user.id,
      aksi: 'PENILAIAN_DIKIRIM',
      entitas: 'PenilaianKinerja',
      entitasId: id,
      sebelum: { status: p.status },
      sesudah: { status: to },
    });
    await notifyPegawai(
      tx,
      p.penilaiId,
      'Penilaian diri menunggu Anda nilai',
      `${user.nama} mengirim penilaian diri ${p.periode.nama}.`,
      `/tim/penilaian/${id}`,
    );
    return { ok: true };
  });
}

export async function predikatDari(tx: Db | Tx, periodeId: number, hasil: RatingKinerja, perilaku: RatingKinerja): Promise<Predikat> {
  const row = await tx.matriksPredikat.findUnique({ where: { periodeId_hasilKerja_perilaku: { periodeId, hasilKerja: hasil, perilaku } } });
  if (!row) throw new StateError('Matriks predikat periode ini belum lengkap. Hubungi Admin BKD.');
  return row.predikat;
}

/** Rater records the rating (status DINILAI), with the predikat read from the period's matrix. */
export async function nilai(prisma: Db, user: Principal, id: number): Promise<Kelengkapan & { predikat?: Predikat }> {
  return prisma.$transaction(async (tx) => {
    const { p, to, kurang } = await mulaiLangkah(tx, user, id, 'PENILAI', 'nilai');
    if (kurang.length) return { ok: false, kurang };
    const predikat = await predikatDari(tx, p.periodeId, p.ratingHasilKerja!, p.ratingPerilaku!);
    await tx.penilaianKinerja.update({ where: { id }, data: { status: to, predikat, dinilaiPada: new Date(), versi: { increment: 1 } } });
    const sesudah = { status: to, predikat, ratingHasilKerja: p.ratingHasilKerja, ratingPerilaku: p.ratingPerilaku };
    const sebelum = { status: p.status, predikat: p.predikat };
    await audit(tx, { userId: user.id, aksi: 'PENILAIAN_DINILAI', entitas: 'PenilaianKinerja', entitasId: id, sebelum, sesudah });
    return { ok: true, predikat };
  });
}

export async function finalkan(prisma: Db, user: Principal, id: number): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await lock(tx, id);
    const p = await loadAsPenilai(tx, user, id);
    const to = transition(p.status, 'finalkan', 'PENILAI', p.periode.status);
    await tx.penilaianKinerja.update({ where: { id }, data: { status: to, difinalkanPada: new Date(), versi: { increment: 1 } } });
    // Gaps of a final result turn into training recommendations for the development plan.
    await buatRekomendasiSistem(tx, id);
    await audit(tx, {
      userId: user.id,
      aksi: 'PENILAIAN_FINAL',
      entitas: 'PenilaianKinerja',
      entitasId: id,
      sebelum: { status: p.status },
      sesudah: { status: to, predikat: p.predikat },
    });
    await notifyPegawai(
      tx,
      p.pegawaiId,
      'Hasil penilaian kinerja tersedia',
      `Atasan Anda telah memfinalkan penilaian ${p.periode.nama}. Baca hasil dan umpan baliknya.`,
      `/penilaian/${id}`,
      'PENILAIAN_FINAL',
    );
  });
}

export async function kembalikan(prisma: Db, user: Principal, id: number, alasan: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await lock(tx, id);
    const p = await loadAsPenilai(tx, user, id);
    const to = transition(p.status, 'kembalikan', 'PENILAI', p.periode.status);
    await tx.penilaianKinerja.update({ where: { id }, data: { status: to, catatanPengembalian: alasan, versi: { increment: 1 } } });
    await audit(tx, {
      userId: user.id,
      aksi: 'PENILAIAN_DIKEMBALIKAN',
      entitas: 'PenilaianKinerja',
      entitasId: id,
      sebelum: { status: p.status },
      sesudah: { status: to },
      keterangan: alasan,
    });
    await notifyPegawai(
      tx,
      p.pegawaiId,
      'Penilaian diri dikembalikan untuk diperbaiki',
      alasan,
      `/penilaian/${id}/diri`,
      'PENILAIAN_DIKEMBALIKAN',
    );
  });
}

/** Employee acknowledges the final result, optionally with a response. */
export async function tanggapi(prisma: Db, user: Principal, id: number, tanggapan: string | null): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const p = await loadOwn(tx, user, id);
    if (p.status !== 'FINAL') throw new StateError('Tanggapan hanya dapat diberikan setelah penilaian final.');
    await tx.penilaianKinerja.update({ where: { id }, data: { tanggapanPegawai: tanggapan, diakuiPada: new Date() } });
    await audit(tx, { userId: user.id, aksi: 'PENILAIAN_DITANGGAPI', entitas: 'PenilaianKinerja', entitasId: id, keterangan: tanggapan });
  });
}

export interface TimelineItem {
  aksi: string;
  oleh: string;
  waktu: Date;
  keterangan: string | null;
}

export async function timeline(prisma: Db, id: number): Promise<TimelineItem[]> {
  const rows = await prisma.auditLog.findMany({
    where: { entitas: 'PenilaianKinerja', entitasId: String(id) },
    orderBy: { createdAt: 'asc' },
    include: { user: { select: { username: true, pegawai: { select: { nama: true } } } } },
  });
  return rows.map((r) => ({
    aksi: r.aksi,
    oleh: r.user?.pegawai?.nama ?? r.user?.username ?? 'Sistem',
    waktu: r.createdAt,
    keterangan: r.keterangan,
  }));
}

import type { Db } from '../../../db/client.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { HubunganRater, NilaiBerakhlak } from '../../../generated/prisma/enums.js';
import type { Principal } from '../../../core/principal.js';
import { NotFoundError, StateError, ValidationError } from '../../../core/errors.js';
import { namaLengkap } from '../../../lib/format.js';
import { t } from '../../../locales/id.js';
import { audit } from '../../audit/audit.service.js';
import { notifyPegawai } from '../../notifikasi/notifikasi.service.js';
import { findActivePeriod } from '../../periode/periode.repo.js';
import { NILAI_BERAKHLAK } from './agregat.js';

export const MAKS_RATER = 8;
export const MIN_RATER = 3;

type Tx = Db | Prisma.TransactionClient;
interface Orang {
  id: number;
  atasanId: number | null;
  unitId: number;
}

export function hubunganAntara(dinilai: Orang, rater: Orang): HubunganRater {
  if (rater.atasanId === dinilai.id) return 'BAWAHAN';
  if (dinilai.atasanId === rater.id) return 'ATASAN';
  if (rater.unitId === dinilai.unitId || (rater.atasanId !== null && rater.atasanId === dinilai.atasanId)) return 'REKAN';
  return 'LAIN_UNIT';
}

export async function periodeBerjalan(prisma: Db) {
  const p = await findActivePeriod(prisma);
  if (!p) throw new StateError(t('umpanbalik.r360.tidakAdaPeriode'));
  return p;
}

/** The round of an employee in a period, opened on first use with the first manajerial competencies of their post. */
async function bukaSesi(tx: Tx, periodeId: number, pegawai: { id: number; jabatanId: number }, userId: number) {
  const ada = await tx.sesi360.findUnique({ where: { periodeId_pegawaiId: { periodeId, pegawaiId: pegawai.id } } });
  if (ada) return ada;
  const standar = await tx.standarKompetensiJabatan.findMany({
    where: { jabatanId: pegawai.jabatanId, kompetensi: { aktif: true, kelompok: { kode: 'MANAJERIAL' } } },
    orderBy: { kompetensi: { urutan: 'asc' } },
    select: { kompetensiId: true },
    take: 3,
  });
  return tx.sesi360.create({
    data: { periodeId, pegawaiId: pegawai.id, kompetensiIds: standar.map((s) => s.kompetensiId), dibuatOleh: userId },
  });
}

/** Everything the manager of a round sees: raters with a coarse status (responded and declined look the same). */
export async function ringkasanSesi(prisma: Db, periodeId: number, pegawaiId: number) {
  const sesi = await prisma.sesi360.findUnique({
    where: { periodeId_pegawaiId: { periodeId, pegawaiId } },
    include: {
      penugasan: {
        include: { rater: { select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, unit: { select: { nama: true } } } } },
        orderBy: { id: 'asc' },
      },
      _count: { select: { jawaban: true } },
    },
  });
  if (!sesi) return null;
  const kompetensi = await prisma.kompetensi.findMany({ where: { id: { in: sesi.kompetensiIds } }, select: { id: true, nama: true } });
  const aktif = sesi.penugasan.filter((p) => p.status !== 'DIUSULKAN');
  return {
    id: sesi.id,
    kompetensiIds: sesi.kompetensiIds,
    kompetensi,
    jumlahJawaban: sesi._count.jawaban,
    diminta: aktif.length,
    menunggu: aktif.filter((p) => p.status === 'DIMINTA').length,
    penugasan: sesi.penugasan.map((p) => ({
      id: p.id,
      raterId: p.raterId,
      nama: namaLengkap(p.rater),
      unit: p.rater.unit.nama,
      hubungan: p.hubungan,
      // Declining and answering both read "ditanggapi", so the list never shows who answered.
      status: p.status === 'DIUSULKAN' ? 'DIUSULKAN' : p.status === 'DIMINTA' ? 'MENUNGGU' : 'DITANGGAPI',
    })),
  };
}

/** Raters one would typically ask: peers under the same supervisor, own staff, and the supervisor. */
export async function calonRater(prisma: Db, pegawai: { id: number; atasanId: number | null }) {
  const rows = await prisma.pegawai.findMany({
    where: {
      aktif: true,
      id: { not: pegawai.id },
      OR: [{ atasanId: pegawai.id }, ...(pegawai.atasanId ? [{ atasanId: pegawai.atasanId }, { id: pegawai.atasanId }] : [])],
    },
    select: {
      id: true,
      nama: true,
      gelarDepan: true,
      gelarBelakang: true,
      atasanId: true,
      unitId: true,
      jabatan: { select: { nama: true } },
    },
    orderBy: { nama: 'asc' },
    take: 60,
  });
  return rows.map((r) => ({ id: r.id, label: `${namaLengkap(r)} — ${r.jabatan.nama}` }));
}

/**
 * Adds a rater: the supervisor/BKD nominates (DIMINTA, the rater is notified) or the employee
 * proposes (DIUSULKAN, the supervisor is notified and decides).
 */
export async function tambahRater(
  prisma: Db,
  user: Principal,
  target: { id: number; atasanId: number | null; unitId: number; jabatanId: number },
  pilih: { raterId: number | null; nip: string | null },
  mode: 'NOMINASI' | 'USULAN',
) {
  const periode = await periodeBerjalan(prisma);
  const rater = await prisma.pegawai.findFirst({
    where: { aktif: true, ...(pilih.raterId ? { id: pilih.raterId } : { nip: pilih.nip! }) },
    select: { id: true, atasanId: true, unitId: true },
  });
  const field = pilih.raterId ? 'raterId' : 'nip';
  if (!rater) throw new ValidationError({ [field]: t('umpanbalik.r360.raterTidakDitemukan') });
  if (rater.id === target.id) throw new ValidationError({ [field]: t('umpanbalik.r360.diriSendiri') });
  return prisma.$transaction(async (tx) => {
    const sesi = await bukaSesi(tx, periode.id, target, user.id);
    const semua = await tx.penugasan360.findMany({ where: { sesiId: sesi.id }, select: { raterId: true, status: true } });
    if (semua.some((p) => p.raterId === rater.id)) throw new ValidationError({ [field]: t('umpanbalik.r360.sudahAda') });
    const hitung = semua.filter((p) => p.status !== 'DITOLAK').length;
    if (hitung >= MAKS_RATER) throw new ValidationError({ [field]: t('umpanbalik.r360.maksRater', { n: MAKS_RATER }) });
    const row = await tx.penugasan360.create({
      data: {
        sesiId: sesi.id,
        raterId: rater.id,
        hubungan: hubunganAntara(target, rater),
        status: mode === 'NOMINASI' ? 'DIMINTA' : 'DIUSULKAN',
        diusulkanOleh: user.id,
      },
    });
    await audit(tx, {
      userId: user.id,
      aksi: mode === 'NOMINASI' ? 'NOMINASI_360' : 'USUL_360',
      entitas: 'Penugasan360',
      entitasId: row.id,
      sesudah: row,
    });
    if (mode === 'NOMINASI') {
      await notifyPegawai(
        tx,
        rater.id,
        t('umpanbalik.r360.notifJudul'),
        'Anda diminta memberi umpan balik singkat untuk seorang rekan. Jawaban Anda tidak ditampilkan dengan nama.',
        `/umpanbalik/360/tugas/${row.id}`,
        'UMPAN_BALIK_360',
      );
    } else {
      await notifyPegawai(
        tx,
        target.atasanId,
        t('umpanbalik.r360.notifUsulan'),
        `${user.nama} mengusulkan penilai 360°.`,
        `/umpanbalik/360/pegawai/${target.id}`,
        'UMPAN_BALIK_360',
      );
    }
    return row;
  });
}

export async function setujuiUsulan(prisma: Db, user: Principal, pegawaiId: number, penugasanId: number) {
  return prisma.$transaction(async (tx) => {
    const p = await tx.penugasan360.findFirst({ where: { id: penugasanId, status: 'DIUSULKAN', sesi: { pegawaiId } } });
    if (!p) throw new NotFoundError();
    const aktif = await tx.penugasan360.count({ where: { sesiId: p.sesiId, status: { in: ['DIMINTA', 'SELESAI'] } } });
    if (aktif >= MAKS_RATER) throw new StateError(t('umpanbalik.r360.maksRater', { n: MAKS_RATER }));
    await tx.penugasan360.update({ where: { id: p.id }, data: { status: 'DIMINTA' } });
    await audit(tx, { userId: user.id, aksi: 'SETUJUI_USUL_360', entitas: 'Penugasan360', entitasId: p.id });
    await notifyPegawai(
      tx,
      p.raterId,
      t('umpanbalik.r360.notifJudul'),
      'Anda diminta memberi umpan balik singkat untuk seorang rekan. Jawaban Anda tidak ditampilkan dengan nama.',
      `/umpanbalik/360/tugas/${p.id}`,
      'UMPAN_BALIK_360',
    );
  });
}

/** Removes a pending request or proposal; answered ones stay (the answer is anonymous and cannot be withdrawn). */
export async function hapusRater(prisma: Db, user: Principal, pegawaiId: number, penugasanId: number) {
  return prisma.$transaction(async (tx) => {
    const p = await tx.penugasan360.findFirst({
      where: { id: penugasanId, status: { in: ['DIMINTA', 'DIUSULKAN'] }, sesi: { pegawaiId } },
    });
    if (!p) throw new NotFoundError();
    await tx.penugasan360.delete({ where: { id: p.id } });
    await audit(tx, { userId: user.id, aksi: 'HAPUS_RATER_360', entitas: 'Penugasan360', entitasId: p.id, sebelum: p });
  });
}

export async function aturKompetensi(prisma: Db, user: Principal, pegawai: { id: number; jabatanId: number }, kompetensiIds: number[]) {
  const periode = await periodeBerjalan(prisma);
  const sah = await prisma.kompetensi.findMany({ where: { id: { in: kompetensiIds }, aktif: true }, select: { id: true } });
  if (sah.length !== new Set(kompetensiIds).size) throw new ValidationError({ kompetensi: 'Kompetensi tidak ditemukan.' });
  return prisma.$transaction(async (tx) => {
    const sesi = await bukaSesi(tx, periode.id, pegawai, user.id);
    if ((await tx.jawaban360.count({ where: { sesiId: sesi.id } })) > 0) throw new StateError(t('umpanbalik.r360.kompetensiTerkunci'));
    await tx.sesi360.update({ where: { id: sesi.id }, data: { kompetensiIds: [...new Set(kompetensiIds)] } });
    await audit(tx, {
      userId: user.id,
      aksi: 'UBAH',
      entitas: 'Sesi360',
      entitasId: sesi.id,
      sebelum: { kompetensiIds: sesi.kompetensiIds },
      sesudah: { kompetensiIds },
    });
  });
}

/** Open requests for me as a rater. */
export async function tugasSaya(prisma: Db, pegawaiId: number) {
  const rows = await prisma.penugasan360.findMany({
    where: { raterId: pegawaiId, status: 'DIMINTA', sesi: { periode: { status: 'BERJALAN' } } },
    include: {
      sesi: {
        include: {
          pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true, jabatan: { select: { nama: true } } } },
          periode: { select: { nama: true } },
        },
      },
    },
    orderBy: { id: 'asc' },
  });
  const selesai = await prisma.penugasan360.count({ where: { raterId: pegawaiId, status: 'SELESAI' } });
  return {
    tugas: rows.map((r) => ({
      id: r.id,
      nama: namaLengkap(r.sesi.pegawai),
      jabatan: r.sesi.pegawai.jabatan.nama,
      periode: r.sesi.periode.nama,
    })),
    selesai,
  };
}

/** One open request of mine, with what to ask; someone else's request is "not found". */
export async function tugasUntukRater(prisma: Db, pegawaiId: number, id: number) {
  const p = await prisma.penugasan360.findFirst({
    where: { id, raterId: pegawaiId, status: 'DIMINTA', sesi: { periode: { status: 'BERJALAN' } } },
    include: {
      sesi: {
        include: { pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true, jabatan: { select: { nama: true } } } } },
      },
    },
  });
  if (!p) throw new NotFoundError();
  const kompetensi = await prisma.kompetensi.findMany({
    where: { id: { in: p.sesi.kompetensiIds } },
    include: { level: { where: { level: 3 }, select: { deskripsi: true } } },
    orderBy: { urutan: 'asc' },
  });
  return { penugasan: p, nama: namaLengkap(p.sesi.pegawai), jabatan: p.sesi.pegawai.jabatan.nama, kompetensi };
}

/**
 * Stores the answer without any link to the rater: the assignment is only marked done, and the
 * response row has a random id and no timestamp, so neither order nor identity can be joined back.
 */
export async function simpanJawaban(prisma: Db, pegawaiId: number, id: number, skor: Record<string, number>, komentar: string | null) {
  await prisma.$transaction(async (tx) => {
    const p = await tx.penugasan360.findFirst({ where: { id, raterId: pegawaiId, status: 'DIMINTA' }, include: { sesi: true } });
    if (!p) throw new StateError(t('umpanbalik.r360.sudahSelesai'));
    const done = await tx.penugasan360.updateMany({ where: { id, raterId: pegawaiId, status: 'DIMINTA' }, data: { status: 'SELESAI' } });
    if (done.count !== 1) throw new StateError(t('umpanbalik.r360.sudahSelesai'));
    const rows: { nilai?: NilaiBerakhlak; kompetensiId?: number; skor: number }[] = [
      ...NILAI_BERAKHLAK.map((n) => ({ nilai: n, skor: skor[`b_${n}`]! })),
      ...p.sesi.kompetensiIds.map((k) => ({ kompetensiId: k, skor: skor[`k_${k}`]! })),
    ];
    await tx.jawaban360.create({ data: { sesiId: p.sesiId, komentar, skor: { create: rows } } });
    // The audit names the assignment, never the answer.
    await audit(tx, { userId: null, aksi: 'JAWAB_360', entitas: 'Sesi360', entitasId: p.sesiId });
  });
}

export async function tolakTugas(prisma: Db, pegawaiId: number, id: number) {
  const done = await prisma.penugasan360.updateMany({ where: { id, raterId: pegawaiId, status: 'DIMINTA' }, data: { status: 'DITOLAK' } });
  if (done.count !== 1) throw new NotFoundError();
}

/** Staff whose rounds a supervisor (own staff) or BKD (a chosen unit) manages, with counts only. */
export async function daftarKelola(prisma: Db, periodeId: number | null, where: Prisma.PegawaiWhereInput) {
  const staf = await prisma.pegawai.findMany({
    where: { aktif: true, ...where },
    select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, jabatan: { select: { nama: true } } },
    orderBy: { nama: 'asc' },
    take: 200,
  });
  const sesi = periodeId
    ? await prisma.sesi360.findMany({
        where: { periodeId, pegawaiId: { in: staf.map((s) => s.id) } },
        select: { pegawaiId: true, _count: { select: { jawaban: true } }, penugasan: { select: { status: true } } },
      })
    : [];
  const bySesi = new Map(sesi.map((s) => [s.pegawaiId, s]));
  return staf.map((s) => {
    const x = bySesi.get(s.id);
    return {
      id: s.id,
      nama: namaLengkap(s),
      jabatan: s.jabatan.nama,
      diminta: x ? x.penugasan.filter((p) => p.status !== 'DIUSULKAN').length : 0,
      usulan: x ? x.penugasan.filter((p) => p.status === 'DIUSULKAN').length : 0,
      jawaban: x?._count.jawaban ?? 0,
    };
  });
}

/** Units BKD can pick on the 360° overview. */
export function unitUntukPilihan(prisma: Db) {
  return prisma.unitKerja.findMany({ where: { aktif: true }, select: { id: true, nama: true }, orderBy: { jalur: 'asc' } });
}

/** Competencies a 360° round may ask about: those the person's post has a standard for. */
export function kompetensiJabatan(prisma: Db, jabatanId: number) {
  return prisma.kompetensi.findMany({
    where: { aktif: true, standar: { some: { jabatanId } } },
    select: { id: true, nama: true },
    orderBy: [{ kelompok: { urutan: 'asc' } }, { urutan: 'asc' }],
  });
}

/** The employee's own page: themself with their post. */
export function pegawaiSendiri(prisma: Db, pegawaiId: number) {
  return prisma.pegawai.findUniqueOrThrow({ where: { id: pegawaiId }, include: { jabatan: true } });
}

/** Raters this person proposed themselves (never who else was asked, nor who answered). */
export function usulanSendiri(prisma: Db, periodeId: number, pegawaiId: number, userId: number) {
  return prisma.penugasan360.findMany({
    where: { sesi: { periodeId, pegawaiId }, diusulkanOleh: userId },
    select: { id: true, status: true, rater: { select: { nama: true, gelarDepan: true, gelarBelakang: true } } },
  });
}

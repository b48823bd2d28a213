import type { Db } from '../../db/client.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { Principal } from '../../core/principal.js';
import { NotFoundError, StateError } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { notifyPegawai } from '../notifikasi/notifikasi.service.js';
import { loadAsPenilai, loadOwn } from './penilaian.service.js';
import { rencanaMayEdit, transitionRencana } from './state.js';
import type { z } from 'zod';
import { bacaTargetEvaluasi, type ikiSchema, type rhkSchema } from './penilaian.schema.js';

type Tx = Prisma.TransactionClient;

async function editable(tx: Tx, user: Principal, id: number) {
  const p = await loadOwn(tx, user, id);
  if (!rencanaMayEdit(p.statusRencana, p.status, p.periode.status)) {
    throw new StateError('Rencana kinerja tidak dapat diubah: sudah diajukan/disetujui atau penilaian sudah dikirim.');
  }
  return p;
}

/** The supervisor's RHK in the same period, to cascade from (may be empty: never blocks the employee). */
export async function rhkAtasanPilihan(prisma: Db, penilaiId: number | null, periodeId: number) {
  if (!penilaiId) return [];
  return prisma.rencanaHasilKerja.findMany({
    where: { penilaian: { pegawaiId: penilaiId, periodeId } },
    select: { id: true, uraian: true },
    orderBy: { urutan: 'asc' },
  });
}

async function validAtasanRhk(tx: Tx, penilaiId: number | null, periodeId: number, rhkAtasanId: number | null): Promise<number | null> {
  if (!rhkAtasanId) return null;
  const ok = await tx.rencanaHasilKerja.findFirst({ where: { id: rhkAtasanId, penilaian: { pegawaiId: penilaiId ?? -1, periodeId } } });
  if (!ok) throw new StateError('RHK atasan yang dipilih tidak ditemukan.');
  return rhkAtasanId;
}

export async function tambahRhk(prisma: Db, user: Principal, id: number, data: z.infer<typeof rhkSchema>): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const p = await editable(tx, user, id);
    const rhkAtasanId = await validAtasanRhk(tx, p.penilaiId, p.periodeId, data.rhkAtasanId);
    const urutan = (p.rhk.at(-1)?.urutan ?? 0) + 1;
    const rhk = await tx.rencanaHasilKerja.create({ data: { penilaianId: id, uraian: data.uraian, rhkAtasanId, urutan } });
    await tx.penilaianKinerja.update({ where: { id }, data: { versi: { increment: 1 } } });
    await audit(tx, {
      userId: user.id,
      aksi: 'RHK_DITAMBAH',
      entitas: 'PenilaianKinerja',
      entitasId: id,
      sesudah: { rhkId: rhk.id, uraian: data.uraian },
    });
  });
}

export async function ubahRhk(prisma: Db, user: Principal, id: number, rhkId: number, data: z.infer<typeof rhkSchema>): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const p = await editable(tx, user, id);
    const rhk = p.rhk.find((r) => r.id === rhkId);
    if (!rhk) throw new NotFoundError();
    const rhkAtasanId = await validAtasanRhk(tx, p.penilaiId, p.periodeId, data.rhkAtasanId);
    await tx.rencanaHasilKerja.update({ where: { id: rhkId }, data: { uraian: data.uraian, rhkAtasanId } });
    await tx.penilaianKinerja.update({ where: { id }, data: { versi: { increment: 1 } } });
    await audit(tx, {
      userId: user.id,
      aksi: 'RHK_DIUBAH',
      entitas: 'PenilaianKinerja',
      entitasId: id,
      sebelum: { uraian: rhk.uraian },
      sesudah: { uraian: data.uraian },
    });
  });
}

export async function hapusRhk(prisma: Db, user: Principal, id: number, rhkId: number): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const p = await editable(tx, user, id);
    const rhk = p.rhk.find((r) => r.id === rhkId);
    if (!rhk) throw new NotFoundError();
    await tx.rencanaHasilKerja.delete({ where: { id: rhkId } });
    await tx.penilaianKinerja.update({ where: { id }, data: { versi: { increment: 1 } } });
    await audit(tx, { userId: user.id, aksi: 'RHK_DIHAPUS', entitas: 'PenilaianKinerja', entitasId: id, sebelum: { uraian: rhk.uraian } });
  });
}

function ikiData(d: z.infer<typeof ikiSchema>) {
  return {
    uraian: d.uraian,
    jenisTarget: d.jenisTarget,
    targetNilai: d.jenisTarget === 'KUANTITATIF' ? d.targetNilai : null,
    satuan: d.jenisTarget === 'KUANTITATIF' ? d.satuan : null,
    targetKualitatif: d.jenisTarget === 'KUALITATIF' ? d.targetKualitatif : null,
    kompetensiId: d.kompetensiId,
    targetEvaluasi:
      d.jenisTarget === 'KUANTITATIF' && d.targetEvaluasi ? (bacaTargetEvaluasi(d.targetEvaluasi) ?? Prisma.DbNull) : Prisma.DbNull,
  };
}

export async function tambahIki(prisma: Db, user: Principal, id: number, rhkId: number, d: z.infer<typeof ikiSchema>): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const p = await editable(tx, user, id);
    const rhk = p.rhk.find((r) => r.id === rhkId);
    if (!rhk) throw new NotFoundError();
    const iki = await tx.indikatorKinerja.create({ data: { rhkId, urutan: (rhk.indikator.at(-1)?.urutan ?? 0) + 1, ...ikiData(d) } });
    await tx.penilaianKinerja.update({ where: { id }, data: { versi: { increment: 1 } } });
    await audit(tx, {
      userId: user.id,
      aksi: 'IKI_DITAMBAH',
      entitas: 'PenilaianKinerja',
      entitasId: id,
      sesudah: { ikiId: iki.id, ...ikiData(d) },
    });
  });
}

export async function ubahIki(prisma: Db, user: Principal, id: number, ikiId: number, d: z.infer<typeof ikiSchema>): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const p = await editable(tx, user, id);
    const iki = p.rhk.flatMap((r) => r.indikator).find((i) => i.id === ikiId);
    if (!iki) throw new NotFoundError();
    await tx.indikatorKinerja.update({ where: { id: ikiId }, data: ikiData(d) });
    await tx.penilaianKinerja.update({ where: { id }, data: { versi: { increment: 1 } } });
    await audit(tx, {
      userId: user.id,
      aksi: 'IKI_DIUBAH',
      entitas: 'PenilaianKinerja',
      entitasId: id,
      sebelum: { uraian: iki.uraian, targetNilai: iki.targetNilai, satuan: iki.satuan },
      sesudah: ikiData(d),
    });
  });
}

export async function hapusIki(prisma: Db, user: Principal, id: number, ikiId: number): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const p = await editable(tx, user, id);
    const iki = p.rhk.flatMap((r) => r.indikator).find((i) => i.id === ikiId);
    if (!iki) throw new NotFoundError();
    await tx.indikatorKinerja.delete({ where: { id: ikiId } });
    await tx.penilaianKinerja.update({ where: { id }, data: { versi: { increment: 1 } } });
    await audit(tx, { userId: user.id, aksi: 'IKI_DIHAPUS', entitas: 'PenilaianKinerja', entitasId: id, sebelum: { uraian: iki.uraian } });
  });
}

export async function ajukanRencana(prisma: Db, user: Principal, id: number): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const p = await loadOwn(tx, user, id);
    const to = transitionRencana(p.statusRencana, p.status, 'ajukan', 'PEGAWAI', p.periode.status);
    if (!p.rhk.some((r) => r.indikator.length))
      throw new StateError('Tambahkan minimal satu rencana hasil kerja dengan indikatornya sebelum mengajukan.');
    await tx.penilaianKinerja.update({
      where: { id },
      data: { statusRencana: to, rencanaDiajukanPada: new Date(), versi: { increment: 1 } },
    });
    await audit(tx, { userId: user.id, aksi: 'RENCANA_DIAJUKAN', entitas: 'PenilaianKinerja', entitasId: id });
    await notifyPegawai(
      tx,
      p.penilaiId,
      'Rencana kinerja menunggu persetujuan',
      `${user.nama} mengajukan rencana kinerja ${p.periode.nama}.`,
      `/tim/penilaian/${id}`,
    );
  });
}

export async function putusRencana(prisma: Db, user: Principal, id: number, setuju: boolean, catatan: string | null): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const p = await loadAsPenilai(tx, user, id);
    // A periodic evaluation carries a copy of the approved SKP; the plan is decided on the SKP (issue 16).
    if (p.skpId) throw new StateError('Rencana evaluasi periodik mengikuti SKP tahun ini; putuskan rencana pada SKP tahunan.');
    const to = transitionRencana(p.statusRencana, p.status, setuju ? 'setujui' : 'kembalikanRencana', 'PENILAI', p.periode.status);
    await tx.penilaianKinerja.update({
      where: { id },
      data: {
        statusRencana: to,
        catatanRencana: catatan,
        ...(setuju ? { rencanaDisetujuiPada: new Date() } : {}),
        versi: { increment: 1 },
      },
    });
    await audit(tx, {
      userId: user.id,
      aksi: setuju ? 'RENCANA_DISETUJUI' : 'RENCANA_DIKEMBALIKAN',
      entitas: 'PenilaianKinerja',
      entitasId: id,
      keterangan: catatan,
    });
    await notifyPegawai(
      tx,
      p.pegawaiId,
      setuju ? 'Rencana kinerja disetujui' : 'Rencana kinerja dikembalikan',
      setuju ? 'Atasan menyetujui rencana kinerja Anda.' : `Atasan mengembalikan rencana kinerja Anda: ${catatan ?? ''}`,
      `/penilaian/${id}`,
    );
  });
}

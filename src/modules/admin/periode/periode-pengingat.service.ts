/** Who has not submitted their self-assessment yet, and reminders for them. */
import type { Db } from '../../../db/client.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { audit } from '../../audit/audit.service.js';
import { StateError } from '../../../core/errors.js';
import type { Actor } from '../shared/http.js';
import { getPeriode } from './periode.service.js';

function belumKirimWhere(periodeId: number, unitJalur?: string): Prisma.PegawaiWhereInput {
  return {
    aktif: true,
    ...(unitJalur ? { unit: { jalur: { startsWith: unitJalur } } } : {}),
    penilaian: { none: { periodeId, status: { in: ['DIKIRIM', 'DINILAI', 'FINAL'] } } },
  };
}

export async function belumKirim(prisma: Db, periodeId: number, o: { unitId?: number; skip: number; perPage: number }) {
  const unit = o.unitId ? await prisma.unitKerja.findUnique({ where: { id: o.unitId }, select: { jalur: true } }) : null;
  const where = belumKirimWhere(periodeId, unit?.jalur);
  const [items, total] = await Promise.all([
    prisma.pegawai.findMany({
      where,
      orderBy: [{ unit: { jalur: 'asc' } }, { nama: 'asc' }],
      skip: o.skip,
      take: o.perPage,
      select: {
        id: true,
        nama: true,
        nip: true,
        niPppk: true,
        gelarDepan: true,
        gelarBelakang: true,
        unit: { select: { nama: true } },
        penilaian: { where: { periodeId }, select: { status: true } },
      },
    }),
    prisma.pegawai.count({ where }),
  ]);
  return { items, total };
}

/**
 * Sends one in-app reminder to everyone who has not submitted. Done as batched inserts (one
 * query per 1,000 people) rather than notifyPegawai() per person, so a 50,000-staff reminder
 * does not make 100,000 round trips.
 */
export async function kirimPengingat(prisma: Db, periodeId: number, unitId: number | undefined, by: Actor) {
  const p = await getPeriode(prisma, periodeId);
  if (p.status !== 'BERJALAN') throw new StateError('Pengingat hanya dapat dikirim untuk periode yang sedang berjalan.');
  const unit = unitId ? await prisma.unitKerja.findUnique({ where: { id: unitId }, select: { jalur: true } }) : null;
  const users = await prisma.user.findMany({
    where: { aktif: true, pegawai: belumKirimWhere(periodeId, unit?.jalur) },
    select: { id: true },
  });
  const judul = `Pengingat: penilaian diri ${p.nama}`;
  const pesan = 'Penilaian diri Anda belum dikirim. Lengkapi dan kirim sebelum batas waktu unit Anda.';
  await prisma.$transaction(async (tx) => {
    for (let i = 0; i < users.length; i += 1000) {
      await tx.notifikasi.createMany({ data: users.slice(i, i + 1000).map((u) => ({ userId: u.id, judul, pesan, tautan: '/penilaian' })) });
    }
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: 'KIRIM_PENGINGAT',
      entitas: 'PeriodePenilaian',
      entitasId: periodeId,
      sesudah: { unitId: unitId ?? null, penerima: users.length },
    });
  });
  return users.length;
}

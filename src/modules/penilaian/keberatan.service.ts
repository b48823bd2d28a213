import type { Db } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { RatingKinerja } from '../../generated/prisma/enums.js';
import type { Principal } from '../../core/principal.js';
import { NotFoundError, StateError } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { notifyPegawai } from '../notifikasi/notifikasi.service.js';
import { loadOwn, predikatDari } from './penilaian.service.js';

/** Objection to a final result; goes to the atasan pejabat penilai (or BKD when there is none). */
export async function ajukanKeberatan(prisma: Db, user: Principal, id: number, alasan: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const p = await loadOwn(tx, user, id);
    if (p.status !== 'FINAL') throw new StateError('Keberatan hanya dapat diajukan atas penilaian yang sudah final.');
    const open = await tx.keberatan.findFirst({ where: { penilaianId: id, status: 'DIAJUKAN' } });
    if (open) throw new StateError('Keberatan Anda atas penilaian ini masih diproses.');
    const k = await tx.keberatan.create({ data: { penilaianId: id, alasan, predikatSemula: p.predikat } });
    await audit(tx, {
      userId: user.id,
      aksi: 'KEBERATAN_DIAJUKAN',
      entitas: 'PenilaianKinerja',
      entitasId: id,
      keterangan: alasan,
      sesudah: { keberatanId: k.id },
    });
    await notifyPegawai(
      tx,
      p.atasanPenilaiId,
      'Keberatan atas hasil penilaian',
      `${user.nama} mengajukan keberatan atas hasil ${p.periode.nama}.`,
      `/keberatan/${k.id}`,
    );
  });
}

/** Objections this person decides: as atasan pejabat penilai, or any when BKD admin. */
export function scopeKeberatan(user: Principal): Prisma.KeberatanWhereInput {
  if (user.roles.includes('ADMIN_BKD')) return {};
  if (!user.pegawaiId) return { id: -1 };
  return { penilaian: { atasanPenilaiId: user.pegawaiId } };
}

export async function daftarKeberatan(prisma: Db, user: Principal) {
  return prisma.keberatan.findMany({
    where: scopeKeberatan(user),
    include: { penilaian: { include: { pegawai: true, periode: true } } },
    orderBy: [{ status: 'asc' }, { createdAt: 'desc' }],
    take: 200,
  });
}

export async function getKeberatan(prisma: Db, user: Principal, id: number) {
  if (!Number.isInteger(id)) throw new NotFoundError();
  const k = await prisma.keberatan.findFirst({
    where: { AND: [{ id }, scopeKeberatan(user)] },
    include: {
      pemutus: true,
      penilaian: { include: { pegawai: { include: { jabatan: true } }, penilai: true, periode: true } },
    },
  });
  if (!k) throw new NotFoundError();
  return k;
}

/** Upholds or changes the result, with a written decision. Allowed also after the period closed. */
export async function putuskan(
  prisma: Db,
  user: Principal,
  id: number,
  d: { keputusan: string; hasil: 'DIKUKUHKAN' | 'DIUBAH'; ratingHasilKerja?: RatingKinerja; ratingPerilaku?: RatingKinerja },
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const k = await tx.keberatan.findFirst({ where: { AND: [{ id }, scopeKeberatan(user)] }, include: { penilaian: true } });
    if (!k) throw new NotFoundError();
    if (k.status !== 'DIAJUKAN') throw new StateError('Keberatan ini sudah diputus.');
    const p = k.penilaian;
    let predikatBaru = p.predikat;
    if (d.hasil === 'DIUBAH') {
      predikatBaru = await predikatDari(tx, p.periodeId, d.ratingHasilKerja!, d.ratingPerilaku!);
      await tx.penilaianKinerja.update({
        where: { id: p.id },
        data: { ratingHasilKerja: d.ratingHasilKerja, ratingPerilaku: d.ratingPerilaku, predikat: predikatBaru, versi: { increment: 1 } },
      });
    }
    await tx.keberatan.update({
      where: { id },
      data: { status: d.hasil, keputusan: d.keputusan, predikatBaru, pemutusId: user.pegawaiId, diputuskanPada: new Date() },
    });
    await audit(tx, {
      userId: user.id,
      aksi: d.hasil === 'DIUBAH' ? 'KEBERATAN_DIUBAH' : 'KEBERATAN_DIKUKUHKAN',
      entitas: 'PenilaianKinerja',
      entitasId: p.id,
      sebelum: { predikat: p.predikat, ratingHasilKerja: p.ratingHasilKerja, ratingPerilaku: p.ratingPerilaku },
      sesudah: {
        predikat: predikatBaru,
        ratingHasilKerja: d.ratingHasilKerja ?? p.ratingHasilKerja,
        ratingPerilaku: d.ratingPerilaku ?? p.ratingPerilaku,
      },
      keterangan: d.keputusan,
    });
    const judul = d.hasil === 'DIUBAH' ? 'Keberatan Anda dikabulkan' : 'Keberatan Anda diputus: hasil dikukuhkan';
    await notifyPegawai(tx, p.pegawaiId, judul, d.keputusan, `/penilaian/${p.id}`, 'KEBERATAN');
    await notifyPegawai(
      tx,
      p.penilaiId,
      'Keberatan atas penilaian bawahan Anda telah diputus',
      d.keputusan,
      `/tim/penilaian/${p.id}`,
      'KEBERATAN',
    );
  });
}

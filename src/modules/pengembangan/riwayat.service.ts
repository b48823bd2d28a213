import type { Db } from '../../db/client.js';
import type { Principal } from '../../core/principal.js';
import type { CheckedFile } from '../../web/upload.js';
import { storeFile } from '../../web/upload.js';
import { NotFoundError } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { notifyPegawai } from '../notifikasi/notifikasi.service.js';
import { bolehUnduhSertifikat } from './pengembangan.policy.js';
import type { RiwayatInput } from './pengembangan.schema.js';

export function daftarRiwayat(prisma: Db, pegawaiId: number) {
  return prisma.riwayatPelatihan.findMany({
    where: { pegawaiId },
    orderBy: [{ tanggalSelesai: 'desc' }, { id: 'desc' }],
    include: { program: { select: { kode: true, metode: true } } },
  });
}

/**
 * Records a completed program; the matching open recommendation becomes SELESAI so the plan and
 * the next period's comparison know it was done.
 */
export async function catatRiwayat(prisma: Db, user: Principal, pegawaiId: number, input: RiwayatInput, file?: CheckedFile) {
  const program = input.programId ? await prisma.programPelatihan.findUnique({ where: { id: input.programId } }) : null;
  if (input.programId && !program) throw new NotFoundError('Program tidak ditemukan.');
  const sertifikat = file ? await storeFile('sertifikat', file) : null;
  return prisma.$transaction(async (tx) => {
    const row = await tx.riwayatPelatihan.create({
      data: {
        pegawaiId,
        programId: program?.id ?? null,
        judul: input.judul || program!.judul,
        penyelenggara: input.penyelenggara || program?.penyelenggara || null,
        tanggalMulai: input.tanggalMulai,
        tanggalSelesai: input.tanggalSelesai,
        jp: input.jp ?? program!.jp,
        sertifikat,
        dicatatOleh: user.id,
      },
    });
    if (program) {
      await tx.rekomendasiPelatihan.updateMany({
        where: { pegawaiId, programId: program.id, status: { in: ['USULAN', 'DISETUJUI'] } },
        data: { status: 'SELESAI' },
      });
    }
    await audit(tx, { userId: user.id, aksi: 'RIWAYAT_PELATIHAN_DICATAT', entitas: 'RiwayatPelatihan', entitasId: row.id, sesudah: row });
    if (user.pegawaiId !== pegawaiId) {
      await notifyPegawai(
        tx,
        pegawaiId,
        'Riwayat pelatihan dicatat',
        `${row.judul} (${row.jp} JP) dicatat dalam riwayat pelatihan Anda.`,
        '/pengembangan',
      );
    }
    return row;
  });
}

/** The certificate of one training row, if the viewer is the owner, their supervisor or BKD. */
export async function sertifikatUntuk(prisma: Db, user: Principal, id: number) {
  const r = Number.isInteger(id)
    ? await prisma.riwayatPelatihan.findUnique({ where: { id }, include: { pegawai: { select: { id: true, atasanId: true } } } })
    : null;
  if (!r || !r.sertifikat || !bolehUnduhSertifikat(user, r.pegawai)) throw new NotFoundError();
  const ext = r.sertifikat.split('.').pop() ?? 'pdf';
  const mime = ext === 'pdf' ? 'application/pdf' : ext === 'png' ? 'image/png' : 'image/jpeg';
  return { lokasi: r.sertifikat, mime, nama: `sertifikat-${r.id}.${ext}` };
}

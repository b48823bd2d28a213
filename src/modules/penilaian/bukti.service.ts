import type { Db } from '../../db/client.js';
import type { Principal } from '../../core/principal.js';
import { NotFoundError, StateError } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { storeFile, type CheckedFile } from '../../web/upload.js';
import { loadOwn, loadReadable } from './penilaian.service.js';
import { pegawaiMayEdit } from './state.js';

async function ownIndikator(prisma: Db, user: Principal, id: number, ikiId: number) {
  const p = await loadOwn(prisma, user, id);
  if (!pegawaiMayEdit(p.status, p.periode.status)) throw new StateError('Bukti dukung tidak dapat diubah setelah penilaian dikirim.');
  const iki = p.rhk.flatMap((r) => r.indikator).find((i) => i.id === ikiId);
  if (!iki) throw new NotFoundError();
  return { p, iki };
}

export async function tambahBerkas(
  prisma: Db,
  user: Principal,
  id: number,
  ikiId: number,
  file: CheckedFile,
  judul: string | null,
): Promise<void> {
  const { iki } = await ownIndikator(prisma, user, id, ikiId);
  if (iki.bukti.length >= 10) throw new StateError('Maksimal 10 bukti dukung per indikator.');
  const lokasi = await storeFile('bukti', file);
  const b = await prisma.buktiDukung.create({
    data: {
      indikatorId: ikiId,
      jenis: 'BERKAS',
      judul,
      namaBerkas: file.originalName,
      mimeType: file.mime,
      ukuran: file.size,
      lokasi,
      diunggahOleh: user.id,
    },
  });
  await audit(prisma, {
    userId: user.id,
    aksi: 'BUKTI_DIUNGGAH',
    entitas: 'PenilaianKinerja',
    entitasId: id,
    sesudah: { buktiId: b.id, namaBerkas: file.originalName, ukuran: file.size },
  });
}

export async function tambahTautan(
  prisma: Db,
  user: Principal,
  id: number,
  ikiId: number,
  url: string,
  judul: string | null,
): Promise<void> {
  const { iki } = await ownIndikator(prisma, user, id, ikiId);
  if (iki.bukti.length >= 10) throw new StateError('Maksimal 10 bukti dukung per indikator.');
  const b = await prisma.buktiDukung.create({ data: { indikatorId: ikiId, jenis: 'TAUTAN', judul, url, diunggahOleh: user.id } });
  await audit(prisma, {
    userId: user.id,
    aksi: 'BUKTI_DITAUTKAN',
    entitas: 'PenilaianKinerja',
    entitasId: id,
    sesudah: { buktiId: b.id, url },
  });
}

export async function hapusBukti(prisma: Db, user: Principal, id: number, buktiId: number): Promise<void> {
  const p = await loadOwn(prisma, user, id);
  if (!pegawaiMayEdit(p.status, p.periode.status)) throw new StateError('Bukti dukung tidak dapat diubah setelah penilaian dikirim.');
  const b = p.rhk
    .flatMap((r) => r.indikator)
    .flatMap((i) => i.bukti)
    .find((x) => x.id === buktiId);
  if (!b) throw new NotFoundError();
  await prisma.buktiDukung.delete({ where: { id: buktiId } });
  await audit(prisma, {
    userId: user.id,
    aksi: 'BUKTI_DIHAPUS',
    entitas: 'PenilaianKinerja',
    entitasId: id,
    sebelum: { namaBerkas: b.namaBerkas, url: b.url },
  });
}

/** A stored evidence file, only for people who may read the appraisal. */
export async function berkasUntuk(prisma: Db, user: Principal, id: number, buktiId: number) {
  const p = await loadReadable(prisma, user, id);
  const b = p.rhk
    .flatMap((r) => r.indikator)
    .flatMap((i) => i.bukti)
    .find((x) => x.id === buktiId);
  if (!b || b.jenis !== 'BERKAS' || !b.lokasi) throw new NotFoundError();
  return b;
}

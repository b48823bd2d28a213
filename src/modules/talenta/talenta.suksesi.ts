/**
 * Key positions (jabatan kritikal) and their succession pools: the people in the review's pool
 * boxes (data, default 7–9), not excluded, ranked by competency fit to the TARGET jabatan's
 * standard, with readiness from the fit thresholds (data) and the gaps still to close.
 */
import type { Db } from '../../db/client.js';
import type { Principal } from '../../core/principal.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { kesesuaianTarget, kesiapan, urutkanPool, type Kesiapan } from './talenta.pemetaan.js';
import type { PengaturanTalenta } from './talenta.pengaturan.js';
import { levelKompetensiTerakhir } from './talenta.sumber.js';
import { lingkupPenempatan } from './talenta.akses.js';

/** Fewer ready-now successors than this shows the warning. */
export const MIN_SIAP = 2;

export function daftarKritikal(db: Db) {
  return db.jabatanKritikal.findMany({
    include: {
      jabatan: {
        select: { id: true, kode: true, nama: true, unit: { select: { nama: true, jalur: true } }, _count: { select: { standar: true } } },
      },
    },
    orderBy: { jabatan: { nama: 'asc' } },
  });
}

export async function tandaiKritikal(db: Db, userId: number, jabatanId: number, alasan: string | null) {
  const j = await db.jabatan.findUnique({ where: { id: jabatanId }, include: { kritikal: true } });
  if (!j || !j.aktif) throw new ValidationError({ jabatanId: 'Pilih jabatan dari daftar.' });
  if (j.kritikal) throw new ValidationError({ jabatanId: `${j.nama} sudah ditandai sebagai jabatan kritikal.` });
  await db.$transaction(async (tx) => {
    const k = await tx.jabatanKritikal.create({ data: { jabatanId, alasan, ditetapkanOleh: userId } });
    await audit(tx, { userId, aksi: 'TANDAI_KRITIKAL', entitas: 'JabatanKritikal', entitasId: k.id, sesudah: { jabatanId, alasan } });
  });
}

export async function hapusKritikal(db: Db, userId: number, id: number) {
  const k = await db.jabatanKritikal.findUnique({ where: { id } });
  if (!k) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    await tx.jabatanKritikal.delete({ where: { id } });
    await audit(tx, { userId, aksi: 'HAPUS_KRITIKAL', entitas: 'JabatanKritikal', entitasId: id, sebelum: k });
  });
}

export interface Kandidat {
  pegawaiId: number;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  nip: string | null;
  jabatan: string;
  unit: string;
  kotak: number;
  skorTotal: number | null;
  persen: number | null;
  kesiapan: Kesiapan;
  kesenjangan: { nama: string; dibutuhkan: number; level: number | null }[];
}

/** The pool of one key position in a review, within what the viewer may see. */
export async function poolKritikal(db: Db, user: Principal, reviewId: number, p: PengaturanTalenta, kritikalId: number, batas = 50) {
  const k = await db.jabatanKritikal.findUnique({ where: { id: kritikalId }, select: { id: true, jabatanId: true, alasan: true } });
  if (!k) throw new NotFoundError();
  const pool = await poolJabatan(db, user, reviewId, p, k.jabatanId, batas);
  return { ...pool, kritikal: { ...k, jabatan: pool.jabatan } };
}

/** Candidates for a target jabatan: pool boxes, not its current holders, ranked by fit to its standard. */
export async function poolJabatan(db: Db, user: Principal, reviewId: number, p: PengaturanTalenta, jabatanId: number, batas = 50) {
  const jabatan = await db.jabatan.findUniqueOrThrow({
    where: { id: jabatanId },
    select: {
      id: true,
      nama: true,
      unit: { select: { nama: true } },
      pegawai: { where: { aktif: true }, select: { id: true } },
      standar: { select: { kompetensiId: true, levelDibutuhkan: true, kompetensi: { select: { nama: true } } } },
    },
  });
  const k = { jabatan };
  const pemegang = new Set(k.jabatan.pegawai.map((x) => x.id));
  const calon = await db.penempatanTalenta.findMany({
    where: { AND: [{ reviewId, status: 'DIPETAKAN', kotak: { in: p.kotakPool } }, lingkupPenempatan(user)] },
    select: {
      pegawaiId: true,
      kotak: true,
      skorTotal: true,
      pegawai: {
        select: {
          nama: true,
          gelarDepan: true,
          gelarBelakang: true,
          nip: true,
          jabatan: { select: { nama: true } },
          unit: { select: { nama: true } },
        },
      },
    },
  });
  const ids = calon.filter((c) => !pemegang.has(c.pegawaiId)).map((c) => c.pegawaiId);
  const levels = await levelKompetensiTerakhir(db, ids, new Date());
  const standar = k.jabatan.standar.map((s) => ({ kompetensiId: s.kompetensiId, nama: s.kompetensi.nama, dibutuhkan: s.levelDibutuhkan }));
  const hasil: Kandidat[] = [];
  for (const c of calon) {
    if (pemegang.has(c.pegawaiId)) continue;
    const lv = new Map((levels.get(c.pegawaiId) ?? []).filter((x) => x.level !== null).map((x) => [x.kompetensiId, x.level!]));
    const fit = kesesuaianTarget(standar, lv);
    hasil.push({
      pegawaiId: c.pegawaiId,
      nama: c.pegawai.nama,
      gelarDepan: c.pegawai.gelarDepan,
      gelarBelakang: c.pegawai.gelarBelakang,
      nip: c.pegawai.nip,
      jabatan: c.pegawai.jabatan.nama,
      unit: c.pegawai.unit.nama,
      kotak: c.kotak!,
      skorTotal: c.skorTotal,
      persen: fit.persen,
      kesiapan: kesiapan(fit.persen, p),
      kesenjangan: fit.kesenjangan,
    });
  }
  const urut = urutkanPool(hasil);
  const siap = urut.filter((x) => x.kesiapan === 'SIAP_SEKARANG').length;
  return {
    jabatan: { id: jabatan.id, nama: jabatan.nama, unit: jabatan.unit },
    tanpaStandar: standar.length === 0,
    kandidat: urut.slice(0, batas),
    jumlah: urut.length,
    siap,
    siap12: urut.filter((x) => x.kesiapan === 'SIAP_1_2_TAHUN').length,
    peringatan: siap < MIN_SIAP,
  };
}

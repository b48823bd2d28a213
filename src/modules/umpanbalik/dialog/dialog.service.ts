import type { Db } from '../../../db/client.js';
import type { Principal } from '../../../core/principal.js';
import { ValidationError } from '../../../core/errors.js';
import { hariIni, namaLengkap } from '../../../lib/format.js';
import { t } from '../../../locales/id.js';
import { audit } from '../../audit/audit.service.js';
import { notifyPegawai } from '../../notifikasi/notifikasi.service.js';
import { findActivePeriod } from '../../periode/periode.repo.js';
import type { DialogInput } from './dialog.schema.js';

const PENULIS = { select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true } } as const;

export async function daftarDialog(prisma: Db, pegawaiId: number, skip: number, take: number) {
  const where = { pegawaiId };
  const [items, total] = await Promise.all([
    prisma.dialogKinerja.findMany({
      where,
      orderBy: [{ tanggal: 'desc' }, { id: 'desc' }],
      skip,
      take,
      include: { penulis: PENULIS, indikator: { select: { uraian: true } }, kompetensi: { select: { nama: true } } },
    }),
    prisma.dialogKinerja.count({ where }),
  ]);
  return { items, total };
}

/** Indicators of the employee's appraisal in the running period, and the competencies of their post. */
export async function pilihanSasaran(prisma: Db, pegawaiId: number, jabatanId: number) {
  const periode = await findActivePeriod(prisma);
  const indikator = periode
    ? await prisma.indikatorKinerja.findMany({
        where: { rhk: { penilaian: { pegawaiId, periodeId: periode.id } } },
        select: { id: true, uraian: true },
        orderBy: [{ rhk: { urutan: 'asc' } }, { urutan: 'asc' }, { id: 'asc' }],
      })
    : [];
  const kompetensi = await prisma.kompetensi.findMany({
    where: { aktif: true, standar: { some: { jabatanId } } },
    select: { id: true, nama: true },
    orderBy: [{ kelompok: { urutan: 'asc' } }, { urutan: 'asc' }],
  });
  return { indikator, kompetensi };
}

/** Either side adds an entry; only the supervisor gives praise or a concern note. */
export async function tambahDialog(
  prisma: Db,
  user: Principal,
  target: { id: number; atasanId: number | null; jabatanId: number },
  sebagaiAtasan: boolean,
  input: DialogInput,
) {
  if (input.jenis !== 'CHECKIN' && !sebagaiAtasan) throw new ValidationError({ jenis: t('umpanbalik.dialog.jenisTidakBoleh') });
  if (input.tanggal > hariIni()) throw new ValidationError({ tanggal: t('umpanbalik.dialog.tanggalMasaDepan') });
  let indikatorId: number | null = null;
  let kompetensiId: number | null = null;
  if (input.sasaran) {
    const [kind, raw] = input.sasaran.split(':');
    const id = Number(raw);
    const { indikator, kompetensi } = await pilihanSasaran(prisma, target.id, target.jabatanId);
    if (kind === 'i' && indikator.some((i) => i.id === id)) indikatorId = id;
    else if (kind === 'k' && kompetensi.some((k) => k.id === id)) kompetensiId = id;
    else throw new ValidationError({ sasaran: t('umpanbalik.dialog.sasaranTidakValid') });
  }
  const periode = await prisma.periodePenilaian.findFirst({
    where: { tanggalMulai: { lte: input.tanggal }, tanggalSelesai: { gte: input.tanggal } },
    orderBy: [{ jenis: 'asc' }],
    select: { id: true },
  });
  return prisma.$transaction(async (tx) => {
    const row = await tx.dialogKinerja.create({
      data: {
        pegawaiId: target.id,
        penulisId: user.pegawaiId!,
        periodeId: periode?.id ?? null,
        jenis: input.jenis,
        tanggal: input.tanggal,
        catatan: input.catatan,
        tindakLanjut: input.tindakLanjut,
        tanggalTindakLanjut: input.tanggalTindakLanjut ?? null,
        indikatorId,
        kompetensiId,
      },
    });
    await audit(tx, { userId: user.id, aksi: 'TAMBAH', entitas: 'DialogKinerja', entitasId: row.id, sesudah: row });
    const penerima = sebagaiAtasan ? target.id : target.atasanId;
    await notifyPegawai(
      tx,
      penerima,
      t('umpanbalik.dialog.notifJudul'),
      `${user.nama}: ${t(`umpanbalik.jenis.${input.jenis}`)} (${input.catatan.slice(0, 80)})`,
      `/umpanbalik/dialog/${target.id}`,
    );
    return row;
  });
}

/** Dashboard reminders: weeks without a check-in, for oneself and for one's direct staff. */
export async function pengingatDialog(prisma: Db, user: Principal, minggu: number) {
  if (!user.pegawaiId || minggu <= 0) return null;
  const periode = await findActivePeriod(prisma);
  if (!periode) return null;
  const batas = new Date(hariIni().getTime() - minggu * 7 * 86_400_000);
  // Nobody is overdue before the period has run for the configured number of weeks.
  if (periode.tanggalMulai > batas) return null;
  const terakhirSaya = await prisma.dialogKinerja.findFirst({
    where: { pegawaiId: user.pegawaiId, tanggal: { gte: batas } },
    select: { id: true },
  });
  const bawahan = user.isAtasan
    ? await prisma.pegawai.findMany({
        where: { atasanId: user.pegawaiId, aktif: true, dialog: { none: { tanggal: { gte: batas } } } },
        select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true },
        orderBy: { nama: 'asc' },
      })
    : [];
  const saya =
    !terakhirSaya && !!(await prisma.pegawai.findFirst({ where: { id: user.pegawaiId, atasanId: { not: null } }, select: { id: true } }));
  if (!saya && !bawahan.length) return null;
  return { minggu, saya, pegawaiId: user.pegawaiId, bawahan: bawahan.map((b) => ({ id: b.id, nama: namaLengkap(b) })) };
}

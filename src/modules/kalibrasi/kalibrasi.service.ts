import type { Db } from '../../db/client.js';
import type { Principal } from '../../core/principal.js';
import type { Predikat } from '../../generated/prisma/enums.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { ConflictError, ForbiddenError, NotFoundError, StateError } from '../../core/errors.js';
import { PREDIKAT } from '../domain/labels.js';
import { audit } from '../audit/audit.service.js';
import { notifyPegawai } from '../notifikasi/notifikasi.service.js';
import { resolveScope, type Scope } from '../laporan/laporan.scope.js';
import { evaluasiDistribusi, hitungPredikatPerOpd, polaPeriode } from '../laporan/laporan.distribusi.js';
import { parseFilter } from '../laporan/laporan.schema.js';

export const PESAN_DIKUNCI =
  'Kalibrasi unit ini untuk periode ini sudah dikunci. Hasil penilaian tidak dapat diubah lagi; hubungi Admin BKD bila kunci perlu dibuka.';
export const STATUS_DIKALIBRASI = ['DINILAI', 'FINAL'] as const;

/** The OPD a calibration board is for, checked against the person's scope (outside → 404). */
export async function unitKalibrasi(prisma: Db, user: Principal, unitId: number) {
  const scope = await resolveScope(prisma, user, unitId);
  const unit = await prisma.unitKerja.findUniqueOrThrow({
    where: { id: unitId },
    select: { id: true, nama: true, jalur: true, jenis: true },
  });
  if (unit.jenis !== 'OPD') throw new NotFoundError();
  return { scope, unit };
}

/** OPDs a person may calibrate in a period, with their state (few rows; counts grouped in SQL). */
export async function daftarUnit(prisma: Db, scope: Scope, periodeId: number) {
  const opd = await prisma.unitKerja.findMany({
    where: { jenis: 'OPD', aktif: true, jalur: { startsWith: scope.batasJalur } },
    select: { id: true, nama: true },
    orderBy: { nama: 'asc' },
  });
  const [counts, pu, pola] = await Promise.all([
    hitungPredikatPerOpd(prisma, scope.batasJalur, periodeId, parseFilter({})),
    prisma.predikatUnit.findMany({ where: { periodeId, unitId: { in: opd.map((o) => o.id) } } }),
    polaPeriode(prisma, periodeId),
  ]);
  const puBy = new Map(pu.map((p) => [p.unitId, p]));
  return opd.map((o) => {
    const jumlah: Partial<Record<Predikat, number>> = {};
    for (const c of counts) if (c.opd_id === o.id) jumlah[c.predikat] = c.n;
    const org = puBy.get(o.id);
    const hasil = evaluasiDistribusi(jumlah, org ? (pola.get(org.predikatOrganisasi) ?? []) : []);
    return {
      ...o,
      predikatOrganisasi: org?.predikatOrganisasi ?? null,
      dikunci: org?.kalibrasiDikunci ?? false,
      total: hasil.total,
      pelanggaran: hasil.pelanggaran.length,
    };
  });
}

export const URUTAN = {
  nama: [{ pegawai: { nama: 'asc' } }],
  jabatan: [{ jabatan: { nama: 'asc' } }, { pegawai: { nama: 'asc' } }],
  predikat: [{ predikat: 'asc' }, { pegawai: { nama: 'asc' } }],
  penilai: [{ penilai: { nama: 'asc' } }, { pegawai: { nama: 'asc' } }],
  hasil: [{ ratingHasilKerja: 'asc' }, { ratingPerilaku: 'asc' }, { pegawai: { nama: 'asc' } }],
} satisfies Record<string, Prisma.PenilaianKinerjaOrderByWithRelationInput[]>;
export type Urutan = keyof typeof URUTAN;

export async function papan(prisma: Db, unit: { id: number; jalur: string }, periodeId: number, urut: Urutan, skip: number, take: number) {
  const where: Prisma.PenilaianKinerjaWhereInput = {
    periodeId,
    status: { in: [...STATUS_DIKALIBRASI] },
    unit: { jalur: { startsWith: unit.jalur } },
  };
  const [items, total, counts, pu, pola] = await Promise.all([
    prisma.penilaianKinerja.findMany({
      where,
      orderBy: [...URUTAN[urut], { id: 'asc' }],
      skip,
      take,
      select: {
        id: true,
        versi: true,
        status: true,
        ratingHasilKerja: true,
        ratingPerilaku: true,
        predikat: true,
        predikatSebelumKalibrasi: true,
        alasanKalibrasi: true,
        pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true, nip: true, niPppk: true } },
        jabatan: { select: { nama: true } },
        unit: { select: { nama: true } },
        penilai: { select: { nama: true, gelarDepan: true, gelarBelakang: true } },
      },
    }),
    prisma.penilaianKinerja.count({ where }),
    hitungPredikatPerOpd(prisma, unit.jalur, periodeId, parseFilter({}), unit.id),
    prisma.predikatUnit.findUnique({ where: { periodeId_unitId: { periodeId, unitId: unit.id } } }),
    polaPeriode(prisma, periodeId),
  ]);
  const jumlah: Partial<Record<Predikat, number>> = {};
  for (const c of counts) jumlah[c.predikat] = c.n;
  const batas = pu ? (pola.get(pu.predikatOrganisasi) ?? []) : [];
  return { items, total, predikatUnit: pu, distribusi: evaluasiDistribusi(jumlah, batas) };
}

export interface Perubahan {
  id: number;
  predikat: Predikat;
  alasan: string;
  versi: number;
}

/**
 * Applies proposed predikat changes in one transaction: the unit's lock is read FOR UPDATE (so a
 * lock and a change never cross), every row is re-checked against the unit and its version, the
 * first pre-calibration predikat is kept, and each change is audited and notified.
 */
export async function terapkan(
  prisma: Db,
  userId: number,
  unit: { id: number; jalur: string },
  periodeId: number,
  perubahan: Perubahan[],
): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const [kunci] = await tx.$queryRaw<{ kalibrasiDikunci: boolean }[]>`
      SELECT "kalibrasiDikunci" FROM "PredikatUnit" WHERE "periodeId" = ${periodeId} AND "unitId" = ${unit.id} FOR UPDATE`;
    if (kunci?.kalibrasiDikunci) throw new StateError(PESAN_DIKUNCI);
    const periode = await tx.periodePenilaian.findUniqueOrThrow({ where: { id: periodeId }, select: { nama: true } });
    let n = 0;
    for (const c of perubahan) {
      const pk = await tx.penilaianKinerja.findFirst({
        where: { id: c.id, periodeId, status: { in: [...STATUS_DIKALIBRASI] }, unit: { jalur: { startsWith: unit.jalur } } },
        select: {
          id: true,
          versi: true,
          predikat: true,
          predikatSebelumKalibrasi: true,
          alasanKalibrasi: true,
          pegawaiId: true,
          penilaiId: true,
          pegawai: { select: { nama: true } },
        },
      });
      if (!pk) throw new NotFoundError();
      if (pk.predikat === c.predikat) continue;
      const upd = await tx.penilaianKinerja.updateMany({
        where: { id: pk.id, versi: c.versi },
        data: {
          predikat: c.predikat,
          predikatSebelumKalibrasi: pk.predikatSebelumKalibrasi ?? pk.predikat,
          alasanKalibrasi: c.alasan,
          versi: { increment: 1 },
        },
      });
      if (upd.count !== 1)
        throw new ConflictError(
          `Penilaian ${pk.pegawai.nama} telah diubah orang lain sejak papan ini dibuka. Muat ulang papan lalu ulangi perubahan.`,
        );
      await audit(tx, {
        userId,
        aksi: 'PREDIKAT_DIKALIBRASI',
        entitas: 'PenilaianKinerja',
        entitasId: pk.id,
        sebelum: { predikat: pk.predikat, predikatSebelumKalibrasi: pk.predikatSebelumKalibrasi, alasanKalibrasi: pk.alasanKalibrasi },
        sesudah: { predikat: c.predikat, predikatSebelumKalibrasi: pk.predikatSebelumKalibrasi ?? pk.predikat, alasanKalibrasi: c.alasan },
        keterangan: c.alasan,
      });
      const dari = pk.predikat ? PREDIKAT[pk.predikat] : '—';
      const ke = PREDIKAT[c.predikat];
      const tautan = `/laporan/dokumen/${pk.id}`;
      await notifyPegawai(
        tx,
        pk.pegawaiId,
        'Predikat kinerja Anda dikalibrasi',
        `Predikat ${periode.nama} diubah dari ${dari} menjadi ${ke}. Alasan: ${c.alasan} Bila tidak sependapat, Anda dapat mengajukan keberatan.`,
        tautan,
        'KALIBRASI',
      );
      await notifyPegawai(
        tx,
        pk.penilaiId,
        'Predikat bawahan dikalibrasi',
        `Predikat ${pk.pegawai.nama} (${periode.nama}) diubah dari ${dari} menjadi ${ke}. Alasan: ${c.alasan}`,
        tautan,
        'KALIBRASI',
      );
      n += 1;
    }
    return n;
  });
}

/** Locks (pimpinan of the unit or BKD) or unlocks (BKD only) the unit's calibration. */
export async function aturKunci(prisma: Db, user: Principal, unitId: number, periodeId: number, kunci: boolean): Promise<void> {
  if (!kunci && !user.roles.includes('ADMIN_BKD')) throw new ForbiddenError('Hanya Admin BKD yang dapat membuka kunci kalibrasi.');
  await prisma.$transaction(async (tx) => {
    const pu = await tx.predikatUnit.findUnique({ where: { periodeId_unitId: { periodeId, unitId } } });
    if (!pu)
      throw new StateError(
        'Predikat kinerja organisasi unit ini untuk periode ini belum ditetapkan BKD, sehingga kalibrasi belum dapat dikunci.',
      );
    if (pu.kalibrasiDikunci === kunci) return;
    await tx.predikatUnit.update({ where: { id: pu.id }, data: { kalibrasiDikunci: kunci } });
    await audit(tx, {
      userId: user.id,
      aksi: kunci ? 'KALIBRASI_DIKUNCI' : 'KALIBRASI_DIBUKA',
      entitas: 'PredikatUnit',
      entitasId: pu.id,
      sebelum: { kalibrasiDikunci: pu.kalibrasiDikunci },
      sesudah: { kalibrasiDikunci: kunci },
    });
  });
}

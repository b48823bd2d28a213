import type { Db } from '../../db/client.js';
import type { Principal } from '../../core/principal.js';
import { gapPenilaian, pilihPeriode } from './gap.service.js';
import { daftarRekomendasi } from './rekomendasi.service.js';
import { ringkasanJp } from './jp.service.js';
import { daftarRiwayat } from './riwayat.service.js';
import { atasanLangsung, bolehUnduhSertifikat } from './pengembangan.policy.js';
import { hitungGap } from './gap.js';
import { tindakLanjutPegawai } from '../talenta/talenta.pegawai.js';

/** The training catalog's active programs, by title: the choice on every development form. */
export function programAktif(prisma: Db) {
  return prisma.programPelatihan.findMany({
    where: { aktif: true },
    orderBy: { judul: 'asc' },
    select: { id: true, judul: true, metode: true, jp: true, biaya: true },
  });
}

/** The active OPDs by name (filters and budget rows). */
export function opdAktif(prisma: Db) {
  return prisma.unitKerja.findMany({ where: { jenis: 'OPD', aktif: true }, select: { id: true, nama: true }, orderBy: { nama: 'asc' } });
}

/** Everything the development page of one person shows (the caller has checked the scope). */
export async function halamanPegawai(
  prisma: Db,
  user: Principal,
  p: { id: number; status: 'CPNS' | 'PNS' | 'PPPK'; tmtJabatan: Date | null; atasanId: number | null },
  periodeId?: number,
) {
  const { list, pilih } = await pilihPeriode(prisma, p.id, periodeId);
  const [gap, rekomendasi, jp, riwayat, talenta] = await Promise.all([
    pilih ? gapPenilaian(prisma, pilih.id) : null,
    pilih ? daftarRekomendasi(prisma, p.id, pilih.periode.id) : [],
    ringkasanJp(prisma, p),
    daftarRiwayat(prisma, p.id),
    tindakLanjutPegawai(prisma, p.id),
  ]);
  const bolehUbah = atasanLangsung(user, p);
  const program = bolehUbah ? await programAktif(prisma) : [];
  return {
    periodeList: list,
    periodePilih: pilih,
    gap,
    rekomendasi,
    jp,
    riwayat,
    talenta,
    program,
    bolehUbah,
    bolehCatat: user.roles.includes('ADMIN_BKD') || user.pegawaiId === p.id,
    bolehUnduh: bolehUnduhSertifikat(user, p),
  };
}

/** Direct reports with their open gaps (latest rated period) and recommendations waiting for a decision. */
export async function timPengembangan(prisma: Db, atasanId: number) {
  const bawahan = await prisma.pegawai.findMany({
    where: { atasanId, aktif: true },
    select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, nip: true, niPppk: true, jabatan: { select: { nama: true } } },
    orderBy: { nama: 'asc' },
  });
  const ids = bawahan.map((b) => b.id);
  const [usulan, kompetensi] = await Promise.all([
    prisma.rekomendasiPelatihan.groupBy({ by: ['pegawaiId'], where: { pegawaiId: { in: ids }, status: 'USULAN' }, _count: { _all: true } }),
    prisma.penilaianKompetensi.findMany({
      where: { penilaian: { pegawaiId: { in: ids }, status: { in: ['FINAL', 'DINILAI'] } } },
      select: {
        levelDibutuhkan: true,
        levelAtasan: true,
        penilaian: { select: { pegawaiId: true, periode: { select: { tahun: true } } } },
      },
    }),
  ]);
  const tahunTerakhir = new Map<number, number>();
  for (const k of kompetensi)
    tahunTerakhir.set(k.penilaian.pegawaiId, Math.max(tahunTerakhir.get(k.penilaian.pegawaiId) ?? 0, k.penilaian.periode.tahun));
  return bawahan.map((b) => ({
    ...b,
    usulan: usulan.find((u) => u.pegawaiId === b.id)?._count._all ?? 0,
    gap: kompetensi.filter(
      (k) =>
        k.penilaian.pegawaiId === b.id &&
        k.penilaian.periode.tahun === tahunTerakhir.get(b.id) &&
        hitungGap(k.levelDibutuhkan, k.levelAtasan).gap > 0,
    ).length,
  }));
}

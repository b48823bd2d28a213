import type { Db } from '../../db/client.js';
import type { Principal } from '../../web/principal.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { NotFoundError } from '../../web/errors.js';

/**
 * Who may read a Dokumen Evaluasi Kinerja: the employee, their pejabat penilai, the atasan
 * pejabat penilai, a pimpinan whose subtree holds the appraisal's unit, and ADMIN_BKD. The rule
 * is part of the query, so anyone else gets "not found".
 */
async function aksesDokumen(prisma: Db, user: Principal): Promise<Prisma.PenilaianKinerjaWhereInput | null> {
  if (user.roles.includes('ADMIN_BKD')) return null;
  const or: Prisma.PenilaianKinerjaWhereInput[] = [];
  if (user.pegawaiId) or.push({ pegawaiId: user.pegawaiId }, { penilaiId: user.pegawaiId }, { atasanPenilaiId: user.pegawaiId });
  if (user.roles.includes('PIMPINAN') && user.unitId) {
    const u = await prisma.unitKerja.findUnique({ where: { id: user.unitId }, select: { jalur: true } });
    if (u?.jalur) or.push({ unit: { jalur: { startsWith: u.jalur } } });
  }
  return { OR: or.length ? or : [{ id: -1 }] };
}

const pegawaiRingkas = {
  select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, nip: true, niPppk: true, golongan: true, jabatan: { select: { nama: true } } },
} as const;

export async function dokumenEvaluasi(prisma: Db, user: Principal, id: number) {
  const akses = await aksesDokumen(prisma, user);
  const pk = await prisma.penilaianKinerja.findFirst({
    where: { id, ...(akses ?? {}) },
    include: {
      periode: { select: { nama: true, tahun: true, tanggalMulai: true, tanggalSelesai: true } },
      pegawai: { select: { ...pegawaiRingkas.select, status: true, jenisKelamin: true } },
      jabatan: { select: { nama: true, jenis: true } },
      unit: { select: { nama: true } },
      penilai: pegawaiRingkas,
      atasanPenilai: pegawaiRingkas,
      rhk: {
        orderBy: { urutan: 'asc' },
        select: {
          id: true,
          uraian: true,
          indikator: {
            orderBy: { urutan: 'asc' },
            select: { id: true, uraian: true, jenisTarget: true, targetNilai: true, satuan: true, targetKualitatif: true, realisasiNilai: true, realisasiKualitatif: true, catatanAtasan: true },
          },
        },
      },
      kompetensi: {
        orderBy: { kompetensi: { urutan: 'asc' } },
        select: { levelDibutuhkan: true, levelDiri: true, levelAtasan: true, catatanAtasan: true, kompetensi: { select: { kode: true, nama: true, kelompok: { select: { nama: true } } } } },
      },
      perilaku: { orderBy: { nilai: 'asc' }, select: { nilai: true, refleksiDiri: true, catatanAtasan: true } },
      keberatan: { orderBy: { createdAt: 'asc' }, select: { status: true, alasan: true, keputusan: true, predikatSemula: true, predikatBaru: true, createdAt: true } },
    },
  });
  if (!pk) throw new NotFoundError();
  return pk;
}
export type Dokumen = Awaited<ReturnType<typeof dokumenEvaluasi>>;

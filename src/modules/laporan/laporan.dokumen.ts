import type { Db } from '../../db/client.js';
import type { Principal } from '../../core/principal.js';
import { penilaianBoleh } from '../penilaian/penilaian.policy.js';
import { NotFoundError } from '../../core/errors.js';

const pegawaiRingkas = {
  select: {
    id: true,
    nama: true,
    gelarDepan: true,
    gelarBelakang: true,
    nip: true,
    niPppk: true,
    golongan: true,
    jabatan: { select: { nama: true } },
  },
} as const;

export async function dokumenEvaluasi(prisma: Db, user: Principal, id: number) {
  // Whoever may read the appraisal may read its document (penilaian.policy.ts), Plt/Plh included.
  const pk = await prisma.penilaianKinerja.findFirst({
    where: { AND: [{ id }, penilaianBoleh(user, 'baca')] },
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
            select: {
              id: true,
              uraian: true,
              jenisTarget: true,
              targetNilai: true,
              satuan: true,
              targetKualitatif: true,
              realisasiNilai: true,
              realisasiKualitatif: true,
              catatanAtasan: true,
            },
          },
        },
      },
      kompetensi: {
        orderBy: { kompetensi: { urutan: 'asc' } },
        select: {
          levelDibutuhkan: true,
          levelDiri: true,
          levelAtasan: true,
          catatanAtasan: true,
          kompetensi: { select: { kode: true, nama: true, kelompok: { select: { nama: true } } } },
        },
      },
      perilaku: { orderBy: { nilai: 'asc' }, select: { nilai: true, refleksiDiri: true, catatanAtasan: true } },
      keberatan: {
        orderBy: { createdAt: 'asc' },
        select: { status: true, alasan: true, keputusan: true, predikatSemula: true, predikatBaru: true, createdAt: true },
      },
    },
  });
  if (!pk) throw new NotFoundError();
  return pk;
}
export type Dokumen = Awaited<ReturnType<typeof dokumenEvaluasi>>;

import type { Db } from '../../db/client.js';
import { findActivePeriod, deadlinesFor } from '../periode/periode.repo.js';
import { hariIni } from '../../lib/format.js';

export interface Tahap {
  kunci: string;
  nama: string;
  uraian: string;
  mulai: Date | null;
  selesai: Date | null;
  status: 'SELESAI' | 'BERLANGSUNG' | 'AKAN_DATANG';
}

/** The four stages of PermenPANRB 6/2022, dated from the running period (and the viewer's unit deadlines). */
export async function tahapPeriode(prisma: Db, unitId: number | null, hari = hariIni()) {
  const periode = await findActivePeriod(prisma);
  if (!periode) return { periode: null, tahap: [] as Tahap[], matriks: [] };
  const batas = await deadlinesFor(prisma, periode.id, unitId);
  const hariSetelah = (d: Date) => new Date(d.getTime() + 86_400_000);
  const raw: Omit<Tahap, 'status'>[] = [
    {
      kunci: 'perencanaan',
      nama: 'Perencanaan kinerja',
      uraian: 'Pegawai menyusun SKP (rencana hasil kerja, indikator, target) bersama atasan; atasan menyetujui.',
      mulai: periode.tanggalMulai,
      selesai: periode.batasRencana,
    },
    {
      kunci: 'pelaksanaan',
      nama: 'Pelaksanaan dan umpan balik berkelanjutan',
      uraian: 'Pegawai bekerja dan mencatat bukti dukung; atasan memberi umpan balik dan dialog kinerja secara berkala.',
      mulai: periode.batasRencana ? hariSetelah(periode.batasRencana) : periode.tanggalMulai,
      selesai: periode.tanggalSelesai,
    },
    {
      kunci: 'penilaian-diri',
      nama: 'Penilaian diri',
      uraian: 'Pegawai mengisi realisasi, bukti dukung, refleksi perilaku BerAKHLAK, dan level kompetensi menurut diri sendiri.',
      mulai: null,
      selesai: batas.penilaianDiri,
    },
    {
      kunci: 'penilaian-atasan',
      nama: 'Penilaian atasan',
      uraian: 'Atasan langsung menilai hasil kerja dan perilaku kerja; predikat ditentukan dari matriks di bawah.',
      mulai: hariSetelah(batas.penilaianDiri),
      selesai: batas.penilaianAtasan,
    },
    {
      kunci: 'tindak-lanjut',
      nama: 'Tindak lanjut',
      uraian: 'Hasil penilaian menjadi dasar pengembangan kompetensi (rekomendasi pelatihan), penghargaan, atau pembinaan.',
      mulai: hariSetelah(batas.penilaianAtasan),
      selesai: null,
    },
  ];
  const tahap = raw.map((t) => ({
    ...t,
    status: (t.selesai && t.selesai < hari ? 'SELESAI' : t.mulai && t.mulai > hari ? 'AKAN_DATANG' : 'BERLANGSUNG') as Tahap['status'],
  }));
  const matriks = await prisma.matriksPredikat.findMany({ where: { periodeId: periode.id } });
  return { periode, tahap, matriks };
}

export function kamusKompetensi(prisma: Db) {
  return prisma.kelompokKompetensi.findMany({
    orderBy: { urutan: 'asc' },
    include: {
      kompetensi: {
        where: { aktif: true },
        orderBy: { urutan: 'asc' },
        include: { level: { orderBy: { level: 'asc' } }, unit: { select: { nama: true, singkatan: true } } },
      },
    },
  });
}

/** The competencies and required levels of the viewer's own jabatan, with the level indicators. */
export function kriteriaJabatan(prisma: Db, pegawaiId: number) {
  return prisma.pegawai.findUniqueOrThrow({
    where: { id: pegawaiId },
    select: {
      jabatan: {
        select: {
          nama: true,
          jenis: true,
          standar: {
            include: { kompetensi: { include: { kelompok: true, level: { orderBy: { level: 'asc' } } } } },
            orderBy: [{ kompetensi: { kelompok: { urutan: 'asc' } } }, { kompetensi: { urutan: 'asc' } }],
          },
        },
      },
    },
  });
}

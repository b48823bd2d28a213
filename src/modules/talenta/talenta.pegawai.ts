/**
 * What an employee (and whoever may open their development page) sees of the published talent
 * reviews: the recommended actions of their box and the training proposed from it. The box itself
 * only when the review's settings allow it (pegawaiLihatKotak; default no).
 */
import type { Db } from '../../db/client.js';
import { bacaPengaturan } from './talenta.pengaturan.js';

export async function tindakLanjutPegawai(db: Db, pegawaiId: number) {
  const rows = await db.tindakLanjutTalenta.findMany({
    where: { pegawaiId, review: { status: 'DIPUBLIKASI' } },
    include: {
      review: {
        select: {
          tahun: true,
          pengaturan: true,
          rekomendasi: {
            where: { pegawaiId },
            select: {
              id: true,
              status: true,
              program: { select: { judul: true, jp: true } },
              kompetensi: { select: { nama: true } },
              gap: true,
            },
            orderBy: { skor: 'desc' },
          },
        },
      },
    },
    orderBy: { review: { tahun: 'desc' } },
    take: 3,
  });
  return rows.map((r) => {
    const p = bacaPengaturan(r.review.pengaturan);
    const kotak = p.pegawaiLihatKotak ? (p.kotak.find((k) => k.nomor === r.kotak) ?? null) : null;
    return {
      tahun: r.review.tahun,
      tindakan: r.tindakan,
      kotak: kotak ? { nomor: kotak.nomor, label: kotak.label } : null,
      rekomendasi: r.review.rekomendasi,
    };
  });
}

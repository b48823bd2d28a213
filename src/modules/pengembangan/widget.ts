import type { Db } from '../../db/client.js';
import type { Principal } from '../../core/principal.js';
import { ringkasanJp } from './jp.service.js';
import { pengumumanBelumDibaca } from '../sosialisasi/tanda-baca.service.js';

/**
 * Dashboard hook (src/modules/dashboard): JP progress, the agreed development plan and required
 * announcements not yet acknowledged. Rendered by views/pengembangan/widget.ejs.
 */
export async function pengembanganWidget(prisma: Db, user: Principal) {
  const pengumuman = await pengumumanBelumDibaca(prisma, user.id);
  if (!user.pegawaiId) return { pengumuman, jp: null, rencana: [] };
  const p = await prisma.pegawai.findUnique({ where: { id: user.pegawaiId }, select: { id: true, status: true, tmtJabatan: true } });
  if (!p) return { pengumuman, jp: null, rencana: [] };
  const [jp, rencana] = await Promise.all([
    ringkasanJp(prisma, p),
    prisma.rekomendasiPelatihan.findMany({
      where: { pegawaiId: p.id, status: { in: ['USULAN', 'DISETUJUI'] } },
      include: { program: { select: { judul: true, jp: true, metode: true } }, kompetensi: { select: { nama: true } } },
      // Agreed items (DISETUJUI) before proposals (USULAN).
      orderBy: [{ status: 'desc' }, { skor: 'desc' }],
      take: 4,
    }),
  ]);
  return { pengumuman, jp, rencana };
}

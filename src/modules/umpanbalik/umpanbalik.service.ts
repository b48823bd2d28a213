import type { Db } from '../../db/client.js';
import type { Principal } from '../../core/principal.js';
import { namaLengkap } from '../../lib/format.js';
import { findActivePeriod } from '../periode/periode.repo.js';
import { bacaPengaturan } from './pengaturan.js';

/** The module's landing page: my dialog, my staff's last check-in, open 360 requests. */
export async function ringkasanBeranda(prisma: Db, user: Principal) {
  const minggu = await bacaPengaturan(prisma, 'mingguTanpaDialog');
  const periode = await findActivePeriod(prisma);
  let saya = null;
  let tim: { id: number; nama: string; jabatan: string; terakhir: Date | null; terlambat: boolean }[] = [];
  let tugas360 = 0;
  if (user.pegawaiId) {
    const batas = new Date(Date.now() - minggu * 7 * 86_400_000);
    const terakhir = await prisma.dialogKinerja.findFirst({
      where: { pegawaiId: user.pegawaiId },
      orderBy: { tanggal: 'desc' },
      select: { tanggal: true },
    });
    const punyaAtasan = await prisma.pegawai.count({ where: { id: user.pegawaiId, atasanId: { not: null } } });
    saya = { terakhir: terakhir?.tanggal ?? null, punyaAtasan: punyaAtasan > 0 };
    if (user.isAtasan) {
      const staf = await prisma.pegawai.findMany({
        where: { atasanId: user.pegawaiId, aktif: true },
        select: {
          id: true,
          nama: true,
          gelarDepan: true,
          gelarBelakang: true,
          jabatan: { select: { nama: true } },
          dialog: { orderBy: { tanggal: 'desc' }, take: 1, select: { tanggal: true } },
        },
        orderBy: { nama: 'asc' },
      });
      tim = staf.map((s) => {
        const t = s.dialog[0]?.tanggal ?? null;
        return { id: s.id, nama: namaLengkap(s), jabatan: s.jabatan.nama, terakhir: t, terlambat: !!periode && (!t || t < batas) };
      });
    }
    tugas360 = await prisma.penugasan360.count({
      where: { raterId: user.pegawaiId, status: 'DIMINTA', sesi: { periode: { status: 'BERJALAN' } } },
    });
  }
  return { minggu, saya, tim, tugas360 };
}

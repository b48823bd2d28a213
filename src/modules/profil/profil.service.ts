import type { Db } from '../../db/client.js';
import { NotFoundError } from '../../core/errors.js';

/** One's own profile with the competency standard of one's jabatan (scoped to the signed-in pegawai). */
export async function profilPegawai(prisma: Db, pegawaiId: number) {
  const p = await prisma.pegawai.findUnique({
    where: { id: pegawaiId },
    include: {
      jabatan: {
        include: {
          standar: {
            include: { kompetensi: { include: { kelompok: true, level: { orderBy: { level: 'asc' } } } } },
            orderBy: [{ kompetensi: { kelompok: { urutan: 'asc' } } }, { kompetensi: { urutan: 'asc' } }],
          },
        },
      },
      unit: { include: { induk: true } },
      atasan: { include: { jabatan: true } },
      user: { select: { username: true, loginTerakhir: true, roles: true } },
    },
  });
  if (!p) throw new NotFoundError();
  return p;
}

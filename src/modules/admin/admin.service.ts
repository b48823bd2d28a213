import type { Db } from '../../db/client.js';

/** Counts shown on the /admin index next to each section. */
export async function ringkasanAdmin(prisma: Db) {
  const [unit, jabatan, pegawai, akun, kompetensi, periode, program, delegasi] = await Promise.all([
    prisma.unitKerja.count({ where: { aktif: true } }),
    prisma.jabatan.count({ where: { aktif: true } }),
    prisma.pegawai.count({ where: { aktif: true } }),
    prisma.user.count({ where: { aktif: true } }),
    prisma.kompetensi.count({ where: { aktif: true } }),
    prisma.periodePenilaian.count(),
    prisma.programPelatihan.count({ where: { aktif: true } }),
    prisma.delegasi.count({ where: { aktif: true } }),
  ]);
  return { unit, jabatan, pegawai, akun, kompetensi, periode, program, delegasi };
}

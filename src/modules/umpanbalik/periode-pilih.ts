import type { Db } from '../../db/client.js';

/** Periods for a selector, and the chosen one (?periode=id; default: the running one, else the newest). */
export async function pilihPeriode(prisma: Db, raw: unknown) {
  const daftar = await prisma.periodePenilaian.findMany({ orderBy: [{ tahun: 'desc' }, { jenis: 'asc' }, { tanggalMulai: 'desc' }] });
  const id = Number(raw);
  const dipilih = daftar.find((p) => p.id === id) ?? daftar.find((p) => p.status === 'BERJALAN') ?? daftar[0] ?? null;
  return { daftar, dipilih };
}

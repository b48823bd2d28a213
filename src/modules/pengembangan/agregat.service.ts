import type { Db } from '../../db/client.js';

/**
 * Heatmap data: how often each competency is below standard, per OPD or per jabatan, for one
 * period. Aggregated in PostgreSQL (GROUP BY) so it stays fast at 50,000 staff; only the
 * (rows × competencies) result comes back.
 */
export interface SelAgregat {
  barisId: number;
  kompetensiId: number;
  dinilai: number;
  dibawah: number;
  totalGap: number;
}

export async function periodeAnalisis(prisma: Db, diminta?: number) {
  const list = await prisma.periodePenilaian.findMany({
    // Competency gaps exist only where competencies were assessed (not in most periodic evaluations, issue 16).
    where: { status: { in: ['DITUTUP', 'BERJALAN'] }, nilaiKompetensi: true },
    orderBy: [{ tahun: 'desc' }, { tanggalMulai: 'desc' }],
  });
  return { list, pilih: list.find((p) => p.id === diminta) ?? list.find((p) => p.status === 'DITUTUP') ?? list[0] ?? null };
}

export function kompetensiKolom(prisma: Db) {
  return prisma.kompetensi.findMany({
    where: { aktif: true, kelompok: { kode: { in: ['MANAJERIAL', 'SOSIAL_KULTURAL'] } } },
    orderBy: [{ kelompok: { urutan: 'asc' } }, { urutan: 'asc' }],
    select: { id: true, kode: true, nama: true },
  });
}

export async function agregatPerUnit(prisma: Db, periodeId: number) {
  const sel = await prisma.$queryRaw<SelAgregat[]>`
    SELECT opd.id AS "barisId", pk."kompetensiId",
      COUNT(pk."levelAtasan")::int AS dinilai,
      COUNT(*) FILTER (WHERE pk."levelAtasan" < pk."levelDibutuhkan")::int AS dibawah,
      COALESCE(SUM(GREATEST(pk."levelDibutuhkan" - pk."levelAtasan", 0)), 0)::int AS "totalGap"
    FROM "PenilaianKompetensi" pk
    JOIN "PenilaianKinerja" p ON p.id = pk."penilaianId"
    JOIN "UnitKerja" u ON u.id = p."unitId"
    JOIN "UnitKerja" opd ON opd.jenis = 'OPD' AND u.jalur LIKE opd.jalur || '%'
    WHERE p."periodeId" = ${periodeId} AND p.status IN ('DINILAI', 'FINAL')
    GROUP BY opd.id, pk."kompetensiId"`;
  const baris = await prisma.unitKerja.findMany({
    where: { jenis: 'OPD', id: { in: [...new Set(sel.map((s) => s.barisId))] } },
    select: { id: true, nama: true, singkatan: true },
    orderBy: { nama: 'asc' },
  });
  return { baris: baris.map((b) => ({ id: b.id, nama: b.nama, sub: b.singkatan })), sel };
}

/** Per jabatan, the jabatan with the most below-standard ratings first, one page at a time. */
export async function agregatPerJabatan(prisma: Db, periodeId: number, skip: number, take: number) {
  const atas = await prisma.$queryRaw<{ id: number; nama: string; unit: string; total: bigint }[]>`
    SELECT j.id, j.nama, u.nama AS unit, COUNT(*) OVER () AS total
    FROM "PenilaianKompetensi" pk
    JOIN "PenilaianKinerja" p ON p.id = pk."penilaianId"
    JOIN "Jabatan" j ON j.id = p."jabatanId"
    JOIN "UnitKerja" u ON u.id = j."unitId"
    WHERE p."periodeId" = ${periodeId} AND p.status IN ('DINILAI', 'FINAL')
    GROUP BY j.id, j.nama, u.nama
    ORDER BY COUNT(*) FILTER (WHERE pk."levelAtasan" < pk."levelDibutuhkan") DESC, j.nama
    LIMIT ${take} OFFSET ${skip}`;
  const ids = atas.map((a) => a.id);
  const sel = ids.length
    ? await prisma.$queryRaw<SelAgregat[]>`
    SELECT p."jabatanId" AS "barisId", pk."kompetensiId",
      COUNT(pk."levelAtasan")::int AS dinilai,
      COUNT(*) FILTER (WHERE pk."levelAtasan" < pk."levelDibutuhkan")::int AS dibawah,
      COALESCE(SUM(GREATEST(pk."levelDibutuhkan" - pk."levelAtasan", 0)), 0)::int AS "totalGap"
    FROM "PenilaianKompetensi" pk
    JOIN "PenilaianKinerja" p ON p.id = pk."penilaianId"
    WHERE p."periodeId" = ${periodeId} AND p.status IN ('DINILAI', 'FINAL') AND p."jabatanId" = ANY(${ids})
    GROUP BY p."jabatanId", pk."kompetensiId"`
    : [];
  return { baris: atas.map((a) => ({ id: a.id, nama: a.nama, sub: a.unit })), sel, total: atas.length ? Number(atas[0]!.total) : 0 };
}

/** Whole government, per competency. */
export function agregatPerKompetensi(prisma: Db, periodeId: number) {
  return prisma.$queryRaw<{ kompetensiId: number; dinilai: number; dibawah: number; totalGap: number }[]>`
    SELECT pk."kompetensiId",
      COUNT(pk."levelAtasan")::int AS dinilai,
      COUNT(*) FILTER (WHERE pk."levelAtasan" < pk."levelDibutuhkan")::int AS dibawah,
      COALESCE(SUM(GREATEST(pk."levelDibutuhkan" - pk."levelAtasan", 0)), 0)::int AS "totalGap"
    FROM "PenilaianKompetensi" pk
    JOIN "PenilaianKinerja" p ON p.id = pk."penilaianId"
    WHERE p."periodeId" = ${periodeId} AND p.status IN ('DINILAI', 'FINAL')
    GROUP BY pk."kompetensiId"`;
}

/** Heat class 0..4 by the share below standard; the number is always printed too. */
export function kelasPanas(dibawah: number, dinilai: number): number {
  if (!dinilai || !dibawah) return 0;
  const r = dibawah / dinilai;
  return r < 0.1 ? 1 : r < 0.25 ? 2 : r < 0.5 ? 3 : 4;
}

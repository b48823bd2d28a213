import type { Db } from '../../../db/client.js';
import type { NilaiBerakhlak } from '../../../generated/prisma/enums.js';
import { BERAKHLAK } from '../../domain/labels.js';
import { ambang360 } from '../pengaturan.js';

export const NILAI_BERAKHLAK = Object.keys(BERAKHLAK) as NilaiBerakhlak[];

export interface Agregat360 {
  jumlah: number;
  rataRata: number;
  berakhlak: { nilai: NilaiBerakhlak; label: string; rataRata: number }[];
  kompetensi: { id: number; nama: string; rataRata: number }[];
  /** Without attribution, sorted alphabetically: never in submission order. */
  komentar: string[];
}

const bulat = (n: number) => Math.round(n * 100) / 100;

/**
 * The anonymous aggregate of one employee's 360 round in one period, or null while fewer
 * responses than the threshold exist. Works only on Jawaban360, which has no link to raters.
 */
export async function agregat360(prisma: Db, periodeId: number, pegawaiId: number): Promise<Agregat360 | null> {
  const sesi = await prisma.sesi360.findUnique({ where: { periodeId_pegawaiId: { periodeId, pegawaiId } }, select: { id: true } });
  if (!sesi) return null;
  const [jumlah, ambang] = await Promise.all([prisma.jawaban360.count({ where: { sesiId: sesi.id } }), ambang360(prisma)]);
  if (jumlah < ambang) return null;
  const [grup, komentarRows] = await Promise.all([
    prisma.skorJawaban360.groupBy({
      by: ['nilai', 'kompetensiId'],
      where: { jawaban: { sesiId: sesi.id } },
      _avg: { skor: true },
      _sum: { skor: true },
      _count: { _all: true },
    }),
    prisma.jawaban360.findMany({ where: { sesiId: sesi.id, komentar: { not: null } }, select: { komentar: true } }),
  ]);
  const kompIds = grup.map((g) => g.kompetensiId).filter((x): x is number => x !== null);
  const nama = new Map(
    (await prisma.kompetensi.findMany({ where: { id: { in: kompIds } }, select: { id: true, nama: true, urutan: true } })).map((k) => [
      k.id,
      k,
    ]),
  );
  const berakhlak = NILAI_BERAKHLAK.flatMap((n) => {
    const g = grup.find((x) => x.nilai === n);
    return g?._avg.skor != null ? [{ nilai: n, label: BERAKHLAK[n].nama, rataRata: bulat(g._avg.skor) }] : [];
  });
  const kompetensi = grup
    .filter((g) => g.kompetensiId !== null && nama.has(g.kompetensiId) && g._avg.skor != null)
    .map((g) => ({
      id: g.kompetensiId!,
      nama: nama.get(g.kompetensiId!)!.nama,
      urutan: nama.get(g.kompetensiId!)!.urutan,
      rataRata: bulat(g._avg.skor!),
    }))
    .sort((a, b) => a.urutan - b.urutan)
    .map(({ urutan: _u, ...k }) => k);
  const total = grup.reduce((s, g) => s + (g._sum.skor ?? 0), 0);
  const n = grup.reduce((s, g) => s + g._count._all, 0);
  const komentar = komentarRows
    .map((k) => (k.komentar ?? '').trim())
    .filter(Boolean)
    .sort((a, b) => a.localeCompare(b, 'id'));
  return { jumlah, rataRata: n ? bulat(total / n) : 0, berakhlak, kompetensi, komentar };
}

/** Average 360 score per employee for a period (only where the threshold is met), for candidates and reports. */
export async function skor360Periode(prisma: Db, periodeId: number): Promise<Map<number, { jumlah: number; rataRata: number }>> {
  const ambang = await ambang360(prisma);
  const rows = await prisma.$queryRaw<{ pegawaiId: number; jumlah: number; rata: number }[]>`
    SELECT se."pegawaiId" AS "pegawaiId", COUNT(DISTINCT j.id)::int AS jumlah, AVG(s.skor)::float AS rata
    FROM "Sesi360" se
    JOIN "Jawaban360" j ON j."sesiId" = se.id
    JOIN "SkorJawaban360" s ON s."jawabanId" = j.id
    WHERE se."periodeId" = ${periodeId}
    GROUP BY se."pegawaiId"`;
  return new Map(rows.filter((r) => r.jumlah >= ambang).map((r) => [r.pegawaiId, { jumlah: r.jumlah, rataRata: bulat(r.rata) }]));
}

import { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';
import type { Scope } from './laporan.scope.js';
import type { Filter } from './laporan.schema.js';
import { grpCte, filterSql, namaUnit } from './laporan.sql.js';

/**
 * Competency gaps of the period: per group unit × competency, how many assessed staff sit below
 * their jabatan's required level (supervisor's level, the one that counts), and per competency
 * the share meeting the standard. Self-contained on purpose (the development module has its own).
 */
export async function kompetensi(prisma: Db, scope: Scope, f: Filter, periodeId: number) {
  const kelompok = f.kelompok === 'TEKNIS' ? Prisma.sql`kk.kode = 'TEKNIS'` : Prisma.sql`kk.kode IN ('MANAJERIAL', 'SOSIAL_KULTURAL')`;
  const rows = await prisma.$queryRaw<{ grup_id: number; kompetensi_id: number; dinilai: number; di_bawah: number }[]>`
    WITH ${grpCte(scope)}
    SELECT g.grup_id, k."kompetensiId" AS kompetensi_id,
      count(*)::int AS dinilai,
      count(*) FILTER (WHERE k."levelAtasan" < k."levelDibutuhkan")::int AS di_bawah
    FROM "PenilaianKompetensi" k
    JOIN "PenilaianKinerja" pk ON pk.id = k."penilaianId"
    JOIN grp g ON g.unit_id = pk."unitId"
    JOIN "Jabatan" j ON j.id = pk."jabatanId"
    JOIN "Pegawai" p ON p.id = pk."pegawaiId"
    JOIN "Kompetensi" km ON km.id = k."kompetensiId"
    JOIN "KelompokKompetensi" kk ON kk.id = km."kelompokId"
    WHERE pk."periodeId" = ${periodeId} AND pk.status IN ('DINILAI', 'FINAL') AND k."levelAtasan" IS NOT NULL
      AND ${kelompok}${filterSql(f)}
    GROUP BY 1, 2`;
  const kompIds = [...new Set(rows.map((r) => r.kompetensi_id))];
  const grupIds = [...new Set(rows.map((r) => r.grup_id))];
  const [komp, nama] = await Promise.all([
    kompIds.length
      ? prisma.kompetensi.findMany({
          where: { id: { in: kompIds } },
          select: { id: true, kode: true, nama: true, urutan: true },
          orderBy: [{ urutan: 'asc' }, { id: 'asc' }],
        })
      : Promise.resolve([]),
    namaUnit(prisma, grupIds),
  ]);
  const sel = new Map(rows.map((r) => [`${r.grup_id}:${r.kompetensi_id}`, r]));
  const unit = grupIds
    .map((id) => ({ id, nama: nama.get(id) ?? `Unit ${id}` }))
    .sort((a, b) => a.nama.localeCompare(b.nama, 'id'))
    .map((u) => ({
      ...u,
      sel: komp.map((k) => {
        const c = sel.get(`${u.id}:${k.id}`);
        return { dinilai: c?.dinilai ?? 0, diBawah: c?.di_bawah ?? 0, persen: c?.dinilai ? (c.di_bawah / c.dinilai) * 100 : null };
      }),
    }));
  const perKompetensi = komp.map((k) => {
    let dinilai = 0,
      diBawah = 0;
    for (const r of rows)
      if (r.kompetensi_id === k.id) {
        dinilai += r.dinilai;
        diBawah += r.di_bawah;
      }
    return { ...k, dinilai, diBawah, persenMemenuhi: dinilai ? ((dinilai - diBawah) / dinilai) * 100 : null };
  });
  return { kompetensi: komp, unit, perKompetensi };
}

/** Heat class of a cell by share below standard (the number is always printed too). */
export function kelasPanas(persen: number | null): string {
  if (persen === null) return 'panas-na';
  if (persen === 0) return 'panas-0';
  if (persen < 15) return 'panas-1';
  if (persen < 30) return 'panas-2';
  if (persen < 50) return 'panas-3';
  return 'panas-4';
}

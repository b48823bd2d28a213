import { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';
import type { Predikat, PredikatOrganisasi } from '../../generated/prisma/enums.js';
import type { Scope } from './laporan.scope.js';
import type { Filter } from './laporan.schema.js';
import { filterSql, namaUnit } from './laporan.sql.js';

export const PREDIKAT_ORGANISASI: Record<PredikatOrganisasi, string> = {
  ISTIMEWA: 'Istimewa',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan/Cukup',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

export const PREDIKAT_URUT: Predikat[] = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];

export interface Batas {
  predikat: Predikat;
  minPersen: number;
  maksPersen: number;
}
export interface BarisDistribusi {
  predikat: Predikat;
  jumlah: number;
  persen: number;
  min: number | null;
  maks: number | null;
  status: 'sesuai' | 'di_atas_maks' | 'di_bawah_min' | 'bebas';
}
export interface HasilDistribusi {
  total: number;
  baris: BarisDistribusi[];
  pelanggaran: BarisDistribusi[];
}

/**
 * Spread of staff predikat against the pola distribusi bounds (percent of the unit's rated staff).
 * Pure, so it is shared by the report, the calibration board and its live script (same rule).
 * No rated staff → nothing to judge, no violation.
 */
export function evaluasiDistribusi(jumlah: Partial<Record<Predikat, number>>, batas: Batas[]): HasilDistribusi {
  const total = PREDIKAT_URUT.reduce((a, p) => a + (jumlah[p] ?? 0), 0);
  const baris = PREDIKAT_URUT.map((p): BarisDistribusi => {
    const n = jumlah[p] ?? 0;
    const persen = total ? (n / total) * 100 : 0;
    const b = batas.find((x) => x.predikat === p);
    let status: BarisDistribusi['status'] = b ? 'sesuai' : 'bebas';
    // A small epsilon so 7 of 10 (exactly 70%) is within a 70% cap despite float maths.
    if (b && total > 0 && persen > b.maksPersen + 1e-9) status = 'di_atas_maks';
    else if (b && total > 0 && persen < b.minPersen - 1e-9) status = 'di_bawah_min';
    return { predikat: p, jumlah: n, persen, min: b?.minPersen ?? null, maks: b?.maksPersen ?? null, status };
  });
  return { total, baris, pelanggaran: baris.filter((b) => b.status === 'di_atas_maks' || b.status === 'di_bawah_min') };
}

/** Bounds of a period, by organisational predikat. */
export async function polaPeriode(prisma: Db, periodeId: number): Promise<Map<PredikatOrganisasi, Batas[]>> {
  const rows = await prisma.polaDistribusi.findMany({
    where: { periodeId },
    select: { predikatOrganisasi: true, predikat: true, minPersen: true, maksPersen: true },
  });
  const m = new Map<PredikatOrganisasi, Batas[]>();
  for (const r of rows) m.set(r.predikatOrganisasi, [...(m.get(r.predikatOrganisasi) ?? []), r]);
  return m;
}

/** Predikat counts per OPD (the unit that carries the organisational predikat), in SQL. */
export async function hitungPredikatPerOpd(prisma: Db, jalur: string, periodeId: number, f: Filter, hanyaOpdId?: number) {
  return prisma.$queryRaw<{ opd_id: number; predikat: Predikat; n: number }[]>`
    WITH uo AS (
      SELECT u.id AS unit_id, o.id AS opd_id
      FROM "UnitKerja" u JOIN "UnitKerja" o ON o.jenis = 'OPD' AND u.jalur LIKE o.jalur || '%'
      WHERE u.jalur LIKE ${jalur} || '%'
    )
    SELECT uo.opd_id, pk.predikat::text AS predikat, count(*)::int AS n
    FROM "PenilaianKinerja" pk
    JOIN uo ON uo.unit_id = pk."unitId"
    ${f.jenis ? Prisma.sql`JOIN "Jabatan" j ON j.id = pk."jabatanId"` : Prisma.empty}
    ${f.golongan ? Prisma.sql`JOIN "Pegawai" p ON p.id = pk."pegawaiId"` : Prisma.empty}
    WHERE pk."periodeId" = ${periodeId} AND pk.status IN ('DINILAI', 'FINAL') AND pk.predikat IS NOT NULL
      ${hanyaOpdId ? Prisma.sql`AND uo.opd_id = ${hanyaOpdId}` : Prisma.empty}${filterSql(f)}
    GROUP BY 1, 2`;
}

export async function distribusi(prisma: Db, scope: Scope, f: Filter, periodeId: number) {
  const rows = await hitungPredikatPerOpd(prisma, scope.jalur, periodeId, f);
  const perOpd = new Map<number, Partial<Record<Predikat, number>>>();
  for (const r of rows) perOpd.set(r.opd_id, { ...(perOpd.get(r.opd_id) ?? {}), [r.predikat]: r.n });
  // OPDs of the scope without any rated staff still appear (so a missing result is visible).
  const opdScope = await prisma.unitKerja.findMany({
    where: { jenis: 'OPD', aktif: true, jalur: { startsWith: scope.jalur } },
    select: { id: true },
  });
  const ids = [...new Set([...perOpd.keys(), ...opdScope.map((o) => o.id)])];
  const [nama, pu, pola] = await Promise.all([
    namaUnit(prisma, ids),
    prisma.predikatUnit.findMany({ where: { periodeId, unitId: { in: ids } } }),
    polaPeriode(prisma, periodeId),
  ]);
  const puBy = new Map(pu.map((x) => [x.unitId, x]));
  const unit = ids
    .map((id) => {
      const org = puBy.get(id) ?? null;
      const batas = org ? (pola.get(org.predikatOrganisasi) ?? []) : [];
      const hasil = evaluasiDistribusi(perOpd.get(id) ?? {}, batas);
      return {
        id,
        nama: nama.get(id) ?? `Unit ${id}`,
        predikatOrganisasi: org?.predikatOrganisasi ?? null,
        dikunci: org?.kalibrasiDikunci ?? false,
        ...hasil,
      };
    })
    .sort((a, b) => b.pelanggaran.length - a.pelanggaran.length || a.nama.localeCompare(b.nama, 'id'));
  return { unit, pola };
}

import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import pg from 'pg';
import { createTestDatabase } from '../helpers/db.js';
import { MIGRATIONS_DIR } from '../../src/db/migrate.js';

/**
 * Issue 16's migration on data shaped like the old schema: a 2025 annual-only year, a 2024 year
 * with an annual period and four quarterly ones, and a 2023 year with quarterly periods only.
 * After it, no row is lost, each old appraisal is reachable from its year, and no annual result
 * changes.
 */
const MINE = '20261201175019_issue16_evaluasi_periodik';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let c: pg.Client;

async function q<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params: unknown[] = []) {
  return (await c.query<T>(sql, params)).rows;
}

beforeAll(async () => {
  db = await createTestDatabase();
  c = new pg.Client({ connectionString: db.url });
  await c.connect();
  await c.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  const dirs = fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((d) => fs.existsSync(path.join(MIGRATIONS_DIR, d, 'migration.sql')))
    .sort();
  for (const d of dirs) {
    if (d >= MINE) break;
    await c.query(fs.readFileSync(path.join(MIGRATIONS_DIR, d, 'migration.sql'), 'utf8'));
  }
  // Old-shaped data.
  const [unit] = await q<{ id: number }>(
    `INSERT INTO "UnitKerja" (nama, kode, jenis, jalur, "updatedAt") VALUES ('Dinas', 'D1', 'OPD', '/1/', now()) RETURNING id`,
  );
  const [jab] = await q<{ id: number }>(
    `INSERT INTO "Jabatan" (nama, kode, jenis, "unitId", "updatedAt") VALUES ('Analis', 'J1', 'PELAKSANA', $1, now()) RETURNING id`,
    [unit!.id],
  );
  const peg: number[] = [];
  for (const i of [1, 2, 3]) {
    const [p] = await q<{ id: number }>(
      `INSERT INTO "Pegawai" (nama, nip, "unitId", "jabatanId", "status", "jenisKelamin", "updatedAt")
       VALUES ($1, $2, $3, $4, 'PNS', 'L', now()) RETURNING id`,
      [`Pegawai ${i}`, `19800101200501100${i}`, unit!.id, jab!.id],
    );
    peg.push(p!.id);
  }
  const periode = async (tahun: number, jenis: string, tw: number | null, status: string) => {
    const m = tw ? (tw - 1) * 3 + 1 : 1;
    const [p] = await q<{ id: number }>(
      `INSERT INTO "PeriodePenilaian" (nama, tahun, jenis, triwulan, "tanggalMulai", "tanggalSelesai", "batasPenilaianDiri", "batasPenilaianAtasan", status, "updatedAt")
       VALUES ($1, $2, $3, $4, make_date($2, $5, 1), make_date($2, $6, 28), make_date($2, $6, 28), make_date($2, $6, 28), $7, now()) RETURNING id`,
      [`${jenis} ${tahun} ${tw ?? ''}`, tahun, jenis, tw, m, tw ? m + 2 : 12, status],
    );
    await c.query(`INSERT INTO "MatriksPredikat" ("periodeId", "hasilKerja", perilaku, predikat) VALUES ($1, 'SESUAI', 'SESUAI', 'BAIK')`, [
      p!.id,
    ]);
    return p!.id;
  };
  const pen = async (periodeId: number, pegawaiId: number, predikat: string | null) => {
    const [r] = await q<{ id: number }>(
      `INSERT INTO "PenilaianKinerja" ("periodeId", "pegawaiId", "jabatanId", "unitId", status, predikat, "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING id`,
      [periodeId, pegawaiId, jab!.id, unit!.id, predikat ? 'FINAL' : 'DRAFT', predikat],
    );
    const [rhk] = await q<{ id: number }>(
      `INSERT INTO "RencanaHasilKerja" ("penilaianId", uraian, "updatedAt") VALUES ($1, 'RHK', now()) RETURNING id`,
      [r!.id],
    );
    await c.query(`INSERT INTO "IndikatorKinerja" ("rhkId", uraian, "targetNilai", "updatedAt") VALUES ($1, 'IKI', 10, now())`, [rhk!.id]);
    return r!.id;
  };
  const y2025 = await periode(2025, 'TAHUNAN', null, 'DITUTUP');
  for (const p of peg) await pen(y2025, p, 'BAIK');
  const y2024 = await periode(2024, 'TAHUNAN', null, 'DITUTUP');
  for (const p of peg) await pen(y2024, p, p === peg[0] ? 'SANGAT_BAIK' : 'BAIK');
  for (const tw of [1, 2, 3, 4]) {
    const id = await periode(2024, 'TRIWULAN', tw, 'DITUTUP');
    for (const p of peg.slice(0, 2)) await pen(id, p, tw === 4 ? 'KURANG' : 'BAIK');
  }
  for (const tw of [1, 2]) {
    const id = await periode(2023, 'TRIWULAN', tw, 'DITUTUP');
    await pen(id, peg[2]!, tw === 2 ? 'BUTUH_PERBAIKAN' : 'BAIK');
  }
});
afterAll(async () => {
  await c.end();
  await db.drop();
});

describe('issue 16 migration on old-shaped data', () => {
  it('when applied, then no row is lost, every old appraisal is reachable from its year, and annual results stay', async () => {
    const tables = ['PeriodePenilaian', 'PenilaianKinerja', 'RencanaHasilKerja', 'IndikatorKinerja', 'MatriksPredikat'];
    const count = async () =>
      Object.fromEntries(
        await Promise.all(tables.map(async (t) => [t, Number((await q<{ n: string }>(`SELECT count(*) AS n FROM "${t}"`))[0]!.n)])),
      );
    const before = await count();
    const oldPen = await q<{ id: number; predikat: string | null; periodeId: number }>(
      `SELECT id, predikat, "periodeId" FROM "PenilaianKinerja" ORDER BY id`,
    );

    const t0 = Date.now();
    await c.query('BEGIN');
    await c.query(fs.readFileSync(path.join(MIGRATIONS_DIR, MINE, 'migration.sql'), 'utf8'));
    await c.query('COMMIT');
    expect(Date.now() - t0).toBeLessThan(30_000);

    const after = await count();
    // One new year (2023, which had only quarters) with its copied matrix row; nothing else added or lost.
    expect(after).toEqual({ ...before, PeriodePenilaian: before.PeriodePenilaian! + 1, MatriksPredikat: before.MatriksPredikat! + 1 });
    const newPen = await q<{ id: number; predikat: string | null; periodeId: number }>(
      `SELECT id, predikat, "periodeId" FROM "PenilaianKinerja" ORDER BY id`,
    );
    expect(newPen).toEqual(oldPen);

    // Every old appraisal reachable from its year: the year's own, or through its evaluation's parent.
    const lepas = await q(`
      SELECT e.id FROM "PenilaianKinerja" e JOIN "PeriodePenilaian" p ON p.id = e."periodeId"
      WHERE NOT (p.jenis = 'TAHUNAN' OR (p."indukId" IS NOT NULL AND EXISTS (
        SELECT 1 FROM "PeriodePenilaian" y WHERE y.id = p."indukId" AND y.jenis = 'TAHUNAN' AND y.tahun = p.tahun)))`);
    expect(lepas).toEqual([]);
    const years = await q<{ tahun: number; ritme: string; aturan: string; anak: string }>(`
      SELECT y.tahun, y.ritme::text, y."aturanPredikatTahunan"::text AS aturan, (SELECT count(*) FROM "PeriodePenilaian" q WHERE q."indukId" = y.id) AS anak
      FROM "PeriodePenilaian" y WHERE y.jenis = 'TAHUNAN' ORDER BY y.tahun`);
    expect(years).toEqual([
      { tahun: 2023, ritme: 'TRIWULANAN', aturan: 'EVALUASI_TERAKHIR', anak: '2' },
      { tahun: 2024, ritme: 'TRIWULANAN', aturan: 'PENILAIAN_AKHIR_TAHUN', anak: '4' },
      { tahun: 2025, ritme: 'TAHUNAN', aturan: 'EVALUASI_TERAKHIR', anak: '0' },
    ]);
    // Quarterly appraisals of 2024 point at the same employee's 2024 appraisal.
    const tanpaSkp = await q(`
      SELECT e.id FROM "PenilaianKinerja" e JOIN "PeriodePenilaian" p ON p.id = e."periodeId"
      WHERE p.tahun = 2024 AND p.jenis = 'TRIWULAN' AND (e."skpId" IS NULL OR NOT EXISTS (
        SELECT 1 FROM "PenilaianKinerja" s WHERE s.id = e."skpId" AND s."pegawaiId" = e."pegawaiId"))`);
    expect(tanpaSkp).toEqual([]);
  });
});

/**
 * Times issue 16's data migration on the 50,000-staff data (docs/performance.md):
 *
 *   npm run demo:large && npx tsx tools/ukur-migrasi-evaluasi.ts
 *
 * The database already has the new columns (demo:large migrates first), so this puts the data
 * back in the old shape — quarterly periods standing alone, no links, every year annual — adds a
 * fourth 2026 quarter holding one appraisal per annual 2026 appraisal (~45,000 rows, as a
 * government that ran quarters as separate periods would have), then runs the data part of the
 * migration in one transaction and checks that no row was lost and every quarterly appraisal is
 * linked to its year. It also times building the new index on PenilaianKinerja.skpId.
 * Development data only: it changes the database it runs against.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { parseConfig } from '../src/config/env.js';
import { openDatabase } from '../src/db/database.js';
import { disconnectDb } from '../src/db/client.js';
import { MIGRATIONS_DIR } from '../src/db/migrate.js';

const MIGRASI = '20261201175019_issue16_evaluasi_periodik';
const say = (m: string) => console.log(`[SIKAP] ${m}`);

const db = await openDatabase(parseConfig(process.env), say);
const c = new pg.Client({ connectionString: db.url });
await c.connect();
try {
  const n = async (sql: string) => Number((await c.query<{ n: string }>(sql)).rows[0]!.n);
  const [y] = (
    await c.query<{ id: number }>(`SELECT id FROM "PeriodePenilaian" WHERE tahun = 2026 AND jenis = 'TAHUNAN' ORDER BY id LIMIT 1`)
  ).rows;
  if (!y) throw new Error('Tidak ada periode 2026: jalankan npm run demo:large dahulu.');
  await c.query('BEGIN');
  await c.query(`UPDATE "PenilaianKinerja" SET "skpId" = NULL WHERE "skpId" IS NOT NULL`);
  await c.query(
    `UPDATE "PeriodePenilaian" SET "indukId" = NULL, ke = NULL, ritme = 'TAHUNAN', "aturanPredikatTahunan" = 'EVALUASI_TERAKHIR'`,
  );
  const ada = await n(`SELECT count(*) AS n FROM "PeriodePenilaian" WHERE tahun = 2026 AND jenis = 'TRIWULAN' AND triwulan = 4`);
  if (!ada) {
    const [q4] = (
      await c.query<{
        id: number;
      }>(`INSERT INTO "PeriodePenilaian" (nama, tahun, jenis, triwulan, "tanggalMulai", "tanggalSelesai", "batasPenilaianDiri", "batasPenilaianAtasan", status, "updatedAt")
        VALUES ('Triwulan IV 2026 (uji migrasi)', 2026, 'TRIWULAN', 4, '2026-10-01', '2026-12-31', '2027-01-10', '2027-01-20', 'BERJALAN', now()) RETURNING id`)
    ).rows;
    await c.query(
      `INSERT INTO "MatriksPredikat" ("periodeId", "hasilKerja", perilaku, predikat) SELECT $1, "hasilKerja", perilaku, predikat FROM "MatriksPredikat" WHERE "periodeId" = $2`,
      [q4!.id, y.id],
    );
    await c.query(
      `INSERT INTO "PenilaianKinerja" ("periodeId", "pegawaiId", "jabatanId", "unitId", "penilaiId", "atasanPenilaiId", status, "statusRencana", predikat, "updatedAt")
       SELECT $1, "pegawaiId", "jabatanId", "unitId", "penilaiId", "atasanPenilaiId", status, "statusRencana", predikat, now() FROM "PenilaianKinerja" WHERE "periodeId" = $2`,
      [q4!.id, y.id],
    );
  }
  await c.query('COMMIT');

  const tabel = ['PeriodePenilaian', 'PenilaianKinerja', 'RencanaHasilKerja', 'IndikatorKinerja', 'MatriksPredikat', 'PolaDistribusi'];
  const hitung = async () => {
    const out: Record<string, number> = {};
    for (const t of tabel) out[t] = await n(`SELECT count(*) AS n FROM "${t}"`);
    return out;
  };
  const sebelum = await hitung();
  const triwulan = await n(
    `SELECT count(*) AS n FROM "PenilaianKinerja" e JOIN "PeriodePenilaian" p ON p.id = e."periodeId" WHERE p.jenis = 'TRIWULAN'`,
  );
  say(`Bentuk lama: ${JSON.stringify(sebelum)}; ${triwulan} penilaian triwulan.`);

  const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, MIGRASI, 'migration.sql'), 'utf8');
  const data = sql.slice(sql.indexOf('-- ───── Data (issue 16)'));
  const t0 = performance.now();
  await c.query('BEGIN');
  await c.query(data);
  await c.query('COMMIT');
  const detikData = (performance.now() - t0) / 1000;

  const t1 = performance.now();
  await c.query('DROP INDEX IF EXISTS "PenilaianKinerja_skpId_idx"');
  await c.query('CREATE INDEX "PenilaianKinerja_skpId_idx" ON "PenilaianKinerja"("skpId")');
  const detikIndeks = (performance.now() - t1) / 1000;

  const sesudah = await hitung();
  const lepas = await n(`SELECT count(*) AS n FROM "PenilaianKinerja" e JOIN "PeriodePenilaian" p ON p.id = e."periodeId"
    WHERE p.jenis = 'TRIWULAN' AND (p."indukId" IS NULL OR e."skpId" IS NULL)`);
  say(`Sesudah: ${JSON.stringify(sesudah)}; penilaian triwulan tanpa tahun/SKP: ${lepas}.`);
  say(`Bagian data migrasi: ${detikData.toFixed(2)} s; indeks skpId: ${detikIndeks.toFixed(2)} s.`);
  if (JSON.stringify(sebelum) !== JSON.stringify(sesudah)) throw new Error('Jumlah baris berubah.');
} finally {
  await c.end();
  await disconnectDb();
  if (db.embedded) await db.embedded.stop();
}

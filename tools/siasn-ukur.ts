/**
 * Measures the SIASN export at scale (issue 16, docs/performance.md): run after `npm run demo:large`
 * on a cluster of your own. It makes every appraisal of the running period final with ratings and
 * gives every employee a SIASN id (it changes the database: use a bench cluster only), then times
 * the page's counts, an export of everything, both files, and an "only changed" export after
 * 500 results changed.
 */
import { parseConfig } from '../src/config/env.js';
import { openDatabase } from '../src/db/database.js';
import { connectDb, disconnectDb } from '../src/db/client.js';
import { ringkasan, buatEkspor, berkasEkspor } from '../src/modules/siasn/siasn.ekspor.js';

const say = (m: string) => console.log(`[SIKAP] ${m}`);
const config = parseConfig();
const db = await openDatabase(config, say);
const prisma = connectDb(db.url, 5);
const waktu = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const r = await fn();
  say(`${label}: ${(performance.now() - t0).toFixed(0)} ms`);
  return r;
};
try {
  const per = await prisma.periodePenilaian.findFirstOrThrow({
    where: { jenis: 'TAHUNAN', status: 'BERJALAN' },
    orderBy: { tahun: 'desc' },
  });
  const admin = await prisma.user.findFirstOrThrow({ where: { username: 'admin.bkd' } });
  await prisma.$executeRawUnsafe(`UPDATE "Pegawai" SET "siasnId" = upper(md5('s' || id::text)) WHERE "siasnId" IS NULL AND id % 50 <> 0`);
  await prisma.$executeRawUnsafe(
    `UPDATE "PenilaianKinerja" SET status = 'FINAL', "ratingHasilKerja" = COALESCE("ratingHasilKerja", 'SESUAI'),
       "ratingPerilaku" = COALESCE("ratingPerilaku", 'SESUAI'), predikat = COALESCE(predikat, 'BAIK'), "difinalkanPada" = now()
     WHERE "periodeId" = $1`,
    per.id,
  );
  await prisma.$executeRawUnsafe('ANALYZE');
  const by = { userId: admin.id, ip: null };
  const r = await waktu('ringkasan (halaman)', () => ringkasan(prisma, per.tahun, 'TAHUNAN'));
  say(`  final ${r.final}, siap ${r.siap}, tanpa ID ${r.tanpaId.length}`);
  const e = await waktu('ekspor SEMUA', () => buatEkspor(prisma, by, { tahun: per.tahun, jenis: 'TAHUNAN', mode: 'SEMUA' }));
  say(`  ${e.jumlahBaris} baris`);
  const j = await waktu('berkas JSON lines', () => berkasEkspor(prisma, e.id, 'jsonl'));
  say(`  ${(j.buf.length / 1e6).toFixed(1)} MB`);
  const x = await waktu('berkas XLSX', () => berkasEkspor(prisma, e.id, 'xlsx'));
  say(`  ${(x.buf.length / 1e6).toFixed(1)} MB`);
  await prisma.$executeRawUnsafe(
    `UPDATE "PenilaianKinerja" SET predikat = 'SANGAT_BAIK', "ratingHasilKerja" = 'DI_ATAS', "ratingPerilaku" = 'DI_ATAS'
     WHERE id IN (SELECT pk.id FROM "PenilaianKinerja" pk JOIN "Pegawai" p ON p.id = pk."pegawaiId"
                  WHERE pk."periodeId" = $1 AND p."siasnId" IS NOT NULL AND pk.predikat <> 'SANGAT_BAIK' ORDER BY pk.id LIMIT 500)`,
    per.id,
  );
  const r2 = await waktu('ringkasan sesudah 500 perubahan', () => ringkasan(prisma, per.tahun, 'TAHUNAN'));
  say(`  berubah ${r2.berubah}`);
  const e2 = await waktu('ekspor BERUBAH', () => buatEkspor(prisma, by, { tahun: per.tahun, jenis: 'TAHUNAN', mode: 'BERUBAH' }));
  say(`  ${e2.jumlahBaris} baris`);
} finally {
  await disconnectDb();
  if (db.embedded) await db.embedded.stop();
}

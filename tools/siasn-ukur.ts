/**
 * Measures the SIASN export at scale (issue 16, docs/performance.md): run after `npm run demo:large`
 * on a cluster of your own. It makes every appraisal of the running period final with ratings and
 * gives every employee a SIASN id (it changes the database: use a bench cluster only), then times
 * the page's counts, an export of everything, both files, and an "only changed" export after
 * 500 results changed.
 */
import { Writable } from 'node:stream';
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
  for (const format of ['jsonl', 'xlsx'] as const) {
    let bytes = 0;
    let lag = 0;
    // The longest the event loop waited while the file was written (what other requests would feel).
    let t = performance.now();
    const tick = setInterval(() => {
      lag = Math.max(lag, performance.now() - t - 10);
      t = performance.now();
    }, 10);
    const sink = new Writable({
      write(c: Buffer, _e, cb) {
        bytes += c.length;
        cb();
      },
    });
    const f = await berkasEkspor(prisma, e.id, format);
    await waktu(`berkas ${format}`, () => f.tulis(sink));
    clearInterval(tick);
    say(`  ${(bytes / 1e6).toFixed(1)} MB, jeda event loop terpanjang ${lag.toFixed(0)} ms`);
  }
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

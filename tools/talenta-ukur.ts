/**
 * Measures the talent map at scale (issue 17): run after `npm run demo:large`.
 *
 *   npx tsx tools/talenta-ukur.ts
 *
 * On the same database as `npm start`: gives every active employee without one an assessment
 * result (generated in SQL, so the mapping has all its inputs), then times (1) the mapping run of
 * a review over the whole government and (2) the map page as Admin BKD and as a pimpinan (the
 * real app in this process, signed in through the login form; 20 requests each after 3 warm-ups,
 * median and worst). The review used is "tahun 2027", created here and deleted at the end.
 */
import pg from 'pg';
import request from 'supertest';
import { pino } from 'pino';
import { parseConfig } from '../src/config/env.js';
import { openDatabase } from '../src/db/database.js';
import { disconnectDb } from '../src/db/client.js';
import { createApp } from '../src/app.js';
import { buatReview, jalankanPemetaan } from '../src/modules/talenta/talenta.service.js';

const say = (m: string) => console.log(`[talenta] ${m}`);

async function main() {
  const config = parseConfig(process.env);
  const db = await openDatabase(config, () => {});
  const prisma = db.prisma;
  try {
    const n = await prisma.pegawai.count({ where: { aktif: true } });
    say(`Pegawai aktif: ${n}`);
    const tambah = await prisma.$executeRaw`
      INSERT INTO "HasilAsesmen" ("pegawaiId", tanggal, lembaga, skor, rerata, "dicatatOleh")
      SELECT p.id, DATE '2026-06-01', 'Uji skala', jsonb_build_object('Integritas', 3 + (p.id % 20) / 10.0), 3 + (p.id % 20) / 10.0, 1
      FROM "Pegawai" p WHERE p.aktif AND NOT EXISTS (SELECT 1 FROM "HasilAsesmen" h WHERE h."pegawaiId" = p.id)`;
    say(`Hasil asesmen ditambahkan: ${tambah}`);
    const admin = await prisma.user.findUniqueOrThrow({ where: { username: 'admin.bkd' } });
    await prisma.reviewTalenta.deleteMany({ where: { tahun: 2027 } });
    // Kinerja of 2026–2027: the running period's final results (the large data's only period).
    const review = await buatReview(prisma, admin.id, { tahun: 2027, unitIds: [], jenisJabatan: [] });
    const t0 = Date.now();
    const hasil = await jalankanPemetaan(prisma, admin.id, review.id, new Date('2027-01-31T00:00:00Z'));
    const detik = (Date.now() - t0) / 1000;
    say(
      `Pemetaan: ${hasil.jumlah} pegawai (${hasil.DIPETAKAN} dipetakan, ${hasil.TIDAK_LENGKAP} belum lengkap) dalam ${detik.toFixed(2)} dtk`,
    );

    const sessionPool = new pg.Pool({ connectionString: db.url, max: 5 });
    const app = createApp({ prisma, config, sessionPool, logger: pino({ level: 'silent' }) });
    for (const username of ['admin.bkd', 'kadis.kesehatan']) {
      const agent = request.agent(app);
      const page = await agent.get('/masuk');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
      await agent.post('/masuk').type('form').send({ _csrf: csrf, identitas: username, sandi: config.DEMO_PASSWORD });
      const ms: number[] = [];
      for (let i = 0; i < 23; i++) {
        const s = process.hrtime.bigint();
        const r = await agent.get(`/talenta/${review.id}`);
        if (r.status !== 200) throw new Error(`${username}: ${r.status}`);
        if (i >= 3) ms.push(Number(process.hrtime.bigint() - s) / 1e6);
      }
      ms.sort((a, b) => a - b);
      say(`Halaman peta sebagai ${username}: median ${ms[10]!.toFixed(1)} ms, terlama ${ms[ms.length - 1]!.toFixed(1)} ms (20 permintaan)`);
    }
    await sessionPool.end();
    await prisma.reviewTalenta.delete({ where: { id: review.id } });
  } finally {
    await disconnectDb();
    if (db.embedded) await db.embedded.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

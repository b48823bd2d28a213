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
import fs from 'node:fs';
import pg from 'pg';
import request from 'supertest';
import { pino } from 'pino';
import { parseConfig } from '../src/config/env.js';
import { openDatabase } from '../src/db/database.js';
import { disconnectDb } from '../src/db/client.js';
import { createApp } from '../src/app.js';
import { buatReview, jalankanPemetaan } from '../src/modules/talenta/talenta.service.js';

const say = (m: string) => console.log(`[talenta] ${m}`);

/**
 * CPU seconds used so far by the PostgreSQL processes of the embedded cluster in `dataDir` (from
 * /proc; ticks of 1/100 s). With this process's own CPU it gives a figure the machine's other
 * load does not inflate much, next to the wall-clock time.
 */
function cpuPostgres(dataDir: string | undefined): number {
  if (!dataDir) return 0;
  let ticks = 0;
  const pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const induk = pids.find((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir);
    } catch {
      return false;
    }
  });
  if (!induk) return 0;
  for (const pid of pids) {
    try {
      const st = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      if (pid === induk || f[1] === induk) ticks += Number(f[11]) + Number(f[12]);
    } catch {
      /* gone */
    }
  }
  return ticks / 100;
}

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
    const dataDir = db.embedded?.dataDir;
    const [t0, c0, p0] = [Date.now(), process.cpuUsage(), cpuPostgres(dataDir)];
    const hasil = await jalankanPemetaan(prisma, admin.id, review.id, new Date('2027-01-31T00:00:00Z'));
    const detik = (Date.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    const cpuNode = (c.user + c.system) / 1e6;
    const cpuPg = cpuPostgres(dataDir) - p0;
    say(
      `Pemetaan: ${hasil.jumlah} pegawai (${hasil.DIPETAKAN} dipetakan, ${hasil.TIDAK_LENGKAP} belum lengkap) dalam ${detik.toFixed(2)} dtk`,
    );
    const beban = fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    say(`  CPU: Node ${cpuNode.toFixed(2)} dtk, PostgreSQL ${cpuPg.toFixed(2)} dtk; beban mesin (loadavg 1 menit) ${beban}`);

    const sessionPool = new pg.Pool({ connectionString: db.url, max: 5 });
    const app = createApp({ prisma, config, sessionPool, logger: pino({ level: 'silent' }) });
    for (const username of ['admin.bkd', 'kadis.kesehatan']) {
      const agent = request.agent(app);
      const page = await agent.get('/masuk');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
      await agent.post('/masuk').type('form').send({ _csrf: csrf, identitas: username, sandi: config.DEMO_PASSWORD });
      const ms: number[] = [];
      let c1 = process.cpuUsage();
      let p1 = cpuPostgres(dataDir);
      for (let i = 0; i < 23; i++) {
        if (i === 3) [c1, p1] = [process.cpuUsage(), cpuPostgres(dataDir)];
        const s = process.hrtime.bigint();
        const r = await agent.get(`/talenta/${review.id}`);
        if (r.status !== 200) throw new Error(`${username}: ${r.status}`);
        if (i >= 3) ms.push(Number(process.hrtime.bigint() - s) / 1e6);
      }
      const cu = process.cpuUsage(c1);
      const perNode = (cu.user + cu.system) / 1e3 / 20;
      const perPg = ((cpuPostgres(dataDir) - p1) * 1000) / 20;
      ms.sort((a, b) => a - b);
      say(
        `Halaman peta sebagai ${username}: median ${ms[10]!.toFixed(1)} ms, terlama ${ms[ms.length - 1]!.toFixed(1)} ms (20 permintaan); ` +
          `CPU per permintaan: Node ${perNode.toFixed(1)} ms, PostgreSQL ${perPg.toFixed(1)} ms`,
      );
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

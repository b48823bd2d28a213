import dotenv from 'dotenv';
import http from 'node:http';
import pg from 'pg';
import { parseConfig, ConfigError, setConfigForTests } from './config/env.js';
import { createLogger } from './lib/logger.js';
import { openDatabase, type Database } from './db/database.js';
import { disconnectDb } from './db/client.js';
import { createApp } from './app.js';
import { DEMO_ACCOUNTS } from './db/seed/index.js';

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

let database: Database;
try {
  database = await openDatabase(config, say);
} catch (err) {
  console.error(`[SIKAP] Basis data tidak dapat disiapkan:\n${(err as Error).message}`);
  process.exit(1);
}
const sessionPool = new pg.Pool({ connectionString: database.url, max: 5 });
sessionPool.on('error', (err) => logger.error({ err }, 'pool sesi'));
const app = createApp({ prisma: database.prisma, config, sessionPool, logger });
const server = http.createServer(app);
server.keepAliveTimeout = 65_000;

server.listen(config.PORT, config.HOST, () => {
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
  say(`Siap dalam ${((Date.now() - started) / 1000).toFixed(1)} dtk: http://localhost:${port}`);
  if (config.SEED_DEMO) {
    say(`Akun contoh (kata sandi: ${config.DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) say(`  ${a.username.padEnd(18)} ${a.peran}`);
  }
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  say(`${signal} diterima: menghentikan layanan…`);
  const force = setTimeout(() => {
    console.error('[SIKAP] Penghentian melebihi 15 detik; keluar paksa.');
    process.exit(1);
  }, 15_000);
  force.unref();
  // Stop accepting, let in-flight requests finish, close idle keep-alive sockets.
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
  await sessionPool.end().catch(() => {});
  await disconnectDb().catch(() => {});
  if (database.embedded) await database.embedded.stop().catch(() => {});
  say('Berhenti dengan bersih.');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

/** npm run db:migrate | db:seed | db:reset — same database selection as `npm start`. */
import dotenv from 'dotenv';
import { parseConfig } from '../config/env.js';
import { EMBEDDED_DB_NAME, ensureDatabaseExists } from './database.js';
import { startEmbeddedPostgres } from './embedded.js';
import { migrate } from './migrate.js';
import { connectDb, disconnectDb } from './client.js';
import { seedDemo } from './seed/index.js';
import pg from 'pg';

// A .env file next to package.json (see .env.example) fills variables not set in the environment.
dotenv.config({ quiet: true });

const cmd = process.argv[2];
const say = (m: string) => console.log(`[SIKAP] ${m}`);
const config = parseConfig();

async function withUrl<T>(fn: (url: string) => Promise<T>): Promise<T> {
  if (config.DATABASE_URL) return fn(config.DATABASE_URL);
  const cluster = await startEmbeddedPostgres({ dataDir: config.embeddedPgDir, port: config.EMBEDDED_PG_PORT, log: say });
  try {
    await ensureDatabaseExists(cluster, EMBEDDED_DB_NAME);
    return await fn(cluster.urlFor(EMBEDDED_DB_NAME));
  } finally {
    await cluster.stop();
  }
}

if (cmd === 'migrate') {
  await withUrl(async (url) => {
    const r = await migrate(url, say);
    say(`${r.applied.length} migrasi baru; ${r.alreadyApplied} sudah ada.`);
  });
} else if (cmd === 'seed') {
  await withUrl(async (url) => {
    await migrate(url, say);
    const prisma = connectDb(url);
    await seedDemo(prisma, { password: config.DEMO_PASSWORD, log: say });
    await disconnectDb();
    say('Data contoh dimuat (yang sudah ada tidak diubah).');
  });
} else if (cmd === 'reset') {
  await withUrl(async (url) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await client.end();
    say('Skema dikosongkan.');
    await migrate(url, say);
    const prisma = connectDb(url);
    await seedDemo(prisma, { password: config.DEMO_PASSWORD, log: say });
    await disconnectDb();
    say('Basis data dibangun ulang dengan data contoh.');
  });
} else {
  console.error('Pemakaian: tsx src/db/cli.ts migrate|seed|reset');
  process.exit(2);
}

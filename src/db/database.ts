import pg from 'pg';
import type { AppConfig } from '../config/env.js';
import { startEmbeddedPostgres, type EmbeddedCluster } from './embedded.js';
import { migrate } from './migrate.js';
import { connectDb, type Db } from './client.js';
import { seedDemo } from './seed/index.js';

export const EMBEDDED_DB_NAME = 'sikap';

export interface Database {
  url: string;
  prisma: Db;
  embedded: EmbeddedCluster | null;
  seeded: boolean;
}

export async function ensureDatabaseExists(cluster: EmbeddedCluster, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: cluster.urlFor('postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Without DATABASE_URL: starts the embedded PostgreSQL (initialising it on first use).
 * Then applies migrations and, on an empty database, loads the demo data.
 */
export async function openDatabase(config: AppConfig, log: (m: string) => void): Promise<Database> {
  let embedded: EmbeddedCluster | null = null;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.embeddedPgDir, port: config.EMBEDDED_PG_PORT, log });
    await ensureDatabaseExists(embedded, EMBEDDED_DB_NAME);
    url = embedded.urlFor(EMBEDDED_DB_NAME);
    log(`PostgreSQL bawaan berjalan di port ${config.EMBEDDED_PG_PORT} (data: ${embedded.dataDir}).`);
  }
  try {
    const m = await migrate(url, log);
    if (m.applied.length) log(`${m.applied.length} migrasi diterapkan.`);
    const prisma = connectDb(url, config.DB_POOL_SIZE);
    let seeded = false;
    if (config.SEED_DEMO && (await prisma.unitKerja.count()) === 0) {
      log('Basis data baru: memuat data contoh…');
      await seedDemo(prisma, { password: config.DEMO_PASSWORD, log });
      seeded = true;
    }
    return { url, prisma, embedded, seeded };
  } catch (err) {
    if (embedded) await embedded.stop().catch(() => {});
    throw err;
  }
}

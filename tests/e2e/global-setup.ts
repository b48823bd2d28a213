/**
 * Browser tests run against the real app with the full demo data: an embedded PostgreSQL in
 * the temp dir, migrations, the demo seed, and the app listening on a free port. Uploads go to
 * the app's default UPLOAD_DIR (`.data/uploads` under the project), as in a default `npm start`;
 * at the end the files this run stored are deleted (and the folders it created, if empty).
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import http from 'node:http';
import pg from 'pg';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';
import { ensureDatabaseExists } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { connectDb, disconnectDb } from '../../src/db/client.js';
import { seedDemo } from '../../src/db/seed/index.js';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import { storedLocations, uploadCleanup } from '../helpers/files.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    demoPassword: string;
    /** The demo database, for a test that starts a second app on it (tests/e2e/sso.e2e.ts). */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = path.join(os.tmpdir(), `sikap-e2e-pg-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const cluster = await startEmbeddedPostgres({ dataDir: dir, port: 59000 + (process.pid % 4000), log: () => {} });
  await ensureDatabaseExists(cluster, 'sikap_e2e');
  const url = cluster.urlFor('sikap_e2e');
  await migrate(url);
  const config = parseConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    SESSION_SECRET: 'e2e-secret-e2e-secret-e2e-secret-012345',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT_PER_15MIN: '1000',
  });
  const uploads = uploadCleanup(config.uploadDir);
  const prisma = connectDb(url);
  await seedDemo(prisma, { password: config.DEMO_PASSWORD });
  const sessionPool = new pg.Pool({ connectionString: url, max: 5 });
  // At teardown PostgreSQL may close an idle pooled socket before the pool has ended it.
  sessionPool.on('error', () => {});
  const app = createApp({ prisma, config, sessionPool, logger: pino({ level: 'silent' }) });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address() as { port: number };
  project.provide('baseUrl', `http://127.0.0.1:${addr.port}`);
  project.provide('demoPassword', config.DEMO_PASSWORD);
  project.provide('databaseUrl', url);
  return async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await sessionPool.end();
    uploads.clean(await storedLocations(prisma));
    await disconnectDb();
    await cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * One PostgreSQL cluster per test run (embedded, in the temp dir), one migrated template
 * database; every test file then gets its own copy (CREATE DATABASE … TEMPLATE, ~100 ms).
 * TEST_DATABASE_URL points the run at an external server instead (its user needs CREATEDB).
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../src/db/embedded.js';
import { migrate } from '../src/db/migrate.js';

const TEMPLATE = 'sikap_test_template';
let cluster: EmbeddedCluster | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    pgBaseUrl: string;
    pgTemplate: string;
  }
}

function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  let base: string;
  if (process.env.TEST_DATABASE_URL) {
    base = process.env.TEST_DATABASE_URL;
  } else {
    const dir = path.join(os.tmpdir(), `sikap-test-pg-${process.pid}`);
    fs.rmSync(dir, { recursive: true, force: true });
    cluster = await startEmbeddedPostgres({ dataDir: dir, port: 55000 + (process.pid % 4000), log: () => {} });
    base = cluster.urlFor('postgres');
  }
  const admin = new pg.Client({ connectionString: withDb(base, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  await admin.end();
  await migrate(withDb(base, TEMPLATE));
  project.provide('pgBaseUrl', base);
  project.provide('pgTemplate', TEMPLATE);
  return async () => {
    if (cluster) {
      const dir = cluster.dataDir;
      await cluster.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

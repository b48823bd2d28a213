import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export function dbUrl(db: string): string {
  const u = new URL(inject('pgBaseUrl'));
  u.pathname = `/${db}`;
  return u.toString();
}

/** A fresh, migrated database for one test file (a copy of the run's template). */
export async function createTestDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `sikap_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: dbUrl('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
  await admin.end();
  return {
    url: dbUrl(name),
    name,
    drop: async () => {
      const c = new pg.Client({ connectionString: dbUrl('postgres') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

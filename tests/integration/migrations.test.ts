import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import pg from 'pg';
import { createTestDatabase } from '../helpers/db.js';
import { migrate, MIGRATIONS_DIR } from '../../src/db/migrate.js';

function modelTables(): string[] {
  const schema = fs.readFileSync(path.resolve('prisma/schema.prisma'), 'utf8');
  const tables: string[] = [];
  for (const m of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const map = m[2]!.match(/@@map\("([^"]+)"\)/);
    tables.push(map ? map[1]! : m[1]!);
  }
  return tables;
}

describe('migrations', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: pg.Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('when migrated, then every Prisma model has its table', async () => {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    const have = new Set(rows.map((r) => r.table_name));
    const want = modelTables();
    expect(want.length).toBeGreaterThan(30);
    for (const t of want) expect(have, `tabel ${t}`).toContain(t);
    const { rows: recorded } = await client.query(`SELECT migration_name, checksum FROM "_prisma_migrations"`);
    const dirs = fs.readdirSync(MIGRATIONS_DIR).filter((d) => fs.existsSync(path.join(MIGRATIONS_DIR, d, 'migration.sql')));
    expect(recorded.length).toBe(dirs.length);
  });

  it('when run again, then nothing is applied twice', async () => {
    const r = await migrate(db.url);
    expect(r.applied).toEqual([]);
    expect(r.alreadyApplied).toBeGreaterThan(0);
  });

  it('when an applied migration file was edited, then start-up stops with a clear message', async () => {
    await client.query(
      `UPDATE "_prisma_migrations" SET checksum = 'x' WHERE migration_name = (SELECT min(migration_name) FROM "_prisma_migrations")`,
    );
    await expect(migrate(db.url)).rejects.toThrow(/telah diubah/);
  });

  it('when two instances migrate at once, then both succeed and each migration is recorded once', async () => {
    const other = await createTestDatabase();
    const c = new pg.Client({ connectionString: other.url });
    await c.connect();
    await c.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    const [a, b] = await Promise.all([migrate(other.url), migrate(other.url)]);
    expect(a.applied.length + b.applied.length).toBeGreaterThan(0);
    expect(Math.min(a.applied.length, b.applied.length)).toBe(0);
    const { rows } = await c.query(`SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY 1 HAVING count(*) > 1`);
    expect(rows).toEqual([]);
    await c.end();
    await other.drop();
  });
});

/**
 * Writes a new migration from the change between the schema as of the last migration
 * (prisma/migrations/schema.snapshot.prisma) and prisma/schema.prisma, using the WebAssembly
 * build of Prisma's schema engine (the native one cannot be downloaded offline).
 *
 *   npm run db:diff -- <name>        e.g. npm run db:diff -- add_feedback
 *
 * The engine wants a live connection even for a datamodel-to-datamodel diff, so a throw-away
 * embedded PostgreSQL is started under the system temp dir. Why a snapshot and not the
 * migrations folder: no shadow database is needed. See docs/decisions/002-prisma-offline.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';

const schemaPath = path.join(PROJECT_ROOT, 'prisma/schema.prisma');
const migrationsDir = path.join(PROJECT_ROOT, 'prisma/migrations');
const snapshotPath = path.join(migrationsDir, 'schema.snapshot.prisma');

const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
if (!name) {
  console.error('Usage: npm run db:diff -- <migration_name>');
  process.exit(2);
}

type Engine = { diff: (p: unknown) => Promise<{ exitCode: number; stdout?: string }> };
const { SchemaEngine } = (await import('@prisma/schema-engine-wasm')) as unknown as {
  SchemaEngine: { new: (o: unknown, log: (s: string) => void, adapter: unknown) => Promise<Engine> };
};

// Several people (or agents) may run this at once: one at a time, or two migrations would
// both contain the same change.
const lockDir = path.join(migrationsDir, '.diff-lock');
for (let i = 0; ; i++) {
  try {
    fs.mkdirSync(lockDir);
    break;
  } catch {
    if (i > 600) throw new Error(`Kunci ${lockDir} tertahan; hapus folder itu jika tidak ada db:diff lain yang berjalan.`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
process.on('exit', () => fs.rmSync(lockDir, { recursive: true, force: true }));

const cluster = await startEmbeddedPostgres({
  dataDir: path.join(os.tmpdir(), 'sikap-migration-diff'),
  port: 54400 + Math.floor(Math.random() * 500),
  log: () => {},
});
try {
  const current = fs.readFileSync(schemaPath, 'utf8');
  const previous = fs.existsSync(snapshotPath) ? fs.readFileSync(snapshotPath, 'utf8') : null;
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: cluster.urlFor('postgres') }) as never);
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, current]] }, () => {}, adapter);
  const result = await engine.diff({
    from: previous ? { tag: 'schemaDatamodel', files: [{ path: snapshotPath, content: previous }] } : { tag: 'empty' },
    to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: current }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  const sql = (result.stdout ?? '').trim();
  if (!sql || /^-- This is an empty migration/.test(sql)) {
    console.log('No schema change: no migration written.');
  } else {
    const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'migration.sql'), sql + '\n');
    fs.writeFileSync(snapshotPath, current);
    const lock = path.join(migrationsDir, 'migration_lock.toml');
    if (!fs.existsSync(lock)) fs.writeFileSync(lock, 'provider = "postgresql"\n');
    console.log(`Wrote ${path.relative(PROJECT_ROOT, dir)}/migration.sql`);
  }
} finally {
  await cluster.stop();
}

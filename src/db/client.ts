import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client.js';

export type Db = PrismaClient;
let prisma: PrismaClient | undefined;

/** Distinct statements a process prepares at most; later new texts run unnamed (never refused). */
export const MAX_PREPARED_STATEMENTS = 2000;

/**
 * Names for the adapter's prepared-statement cache (`statementNameGenerator` of
 * @prisma/adapter-pg): without a name, pg sends every statement unnamed and PostgreSQL parses and
 * plans it again on every call — 2–3 ms of planning for the self-assessment's relation-join query.
 * With one, each pooled connection parses it once and PostgreSQL may reuse a generic plan.
 *
 * - One name per SQL text, numbered in this process: a name never stands for two texts, which
 *   pg refuses ("Prepared statements must be unique"). Each pool connection prepares a name on its
 *   first use, so a connection opened later (pool growth, reconnect) is fine.
 * - Bounded: Prisma's text varies with list lengths (`IN ($1,$2,…)`), so after
 *   MAX_PREPARED_STATEMENTS distinct texts new ones run unnamed; a backend keeps at most that many.
 * - Schema changes: PostgreSQL re-plans a prepared statement itself when a table it uses changes
 *   (tests/integration/prepared-statements.test.ts adds a column under a live statement). Only a
 *   change of a result column's type would make it fail ("cached plan must not change result
 *   type"); migrations run before the server listens and a release restarts the processes.
 */
export function statementNames(max = MAX_PREPARED_STATEMENTS): (q: { sql: string }) => string {
  const names = new Map<string, string>();
  return (q) => {
    let n = names.get(q.sql);
    if (n === undefined && names.size < max) {
      n = `s${names.size}`;
      names.set(q.sql, n);
    }
    // undefined = unnamed, as without the option (the type says string; pg treats it as absent).
    return n as string;
  };
}

/** A PrismaClient on its own pool, with prepared statements (the app's and the tests' way). */
export function createPrismaClient(url: string, poolSize = 10, opsi: { pool?: pg.Pool; log?: Prisma.LogDefinition[] } = {}): PrismaClient {
  const pool = opsi.pool ?? new pg.Pool({ connectionString: url, max: poolSize });
  const adapter = new PrismaPg(pool, { statementNameGenerator: statementNames(), disposeExternalPool: true });
  const client = new PrismaClient({ adapter, ...(opsi.log ? { log: opsi.log } : {}) });
  kolam.set(client, pool);
  return client;
}

/** The pg pool under each client this module made (the same connections Prisma uses). */
const kolam = new WeakMap<object, pg.Pool>();

/**
 * The client's own pg pool, for the few hot reads that skip Prisma's query engine (decision 101):
 * `pool.query({ name, text, values })` prepares the statement once per connection, beside the
 * adapter's (`s0`, `s1`, … — pick another prefix). Null for a transaction client, which must
 * keep to its own connection: use `$queryRawUnsafe` there.
 */
export function kolamLangsung(db: unknown): pg.Pool | null {
  return db !== null && typeof db === 'object' ? (kolam.get(db) ?? null) : null;
}

/** The one PrismaClient of the process. */
export function connectDb(url: string, poolSize = 10): PrismaClient {
  prisma ??= createPrismaClient(url, poolSize);
  return prisma;
}

export function db(): PrismaClient {
  if (!prisma) throw new Error('Database belum terhubung (connectDb belum dipanggil).');
  return prisma;
}

export async function disconnectDb(): Promise<void> {
  if (prisma) await prisma.$disconnect();
  prisma = undefined;
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase } from '../helpers/db.js';
import { createPrismaClient, statementNames } from '../../src/db/client.js';
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import { makeOrg } from '../helpers/factories.js';

describe('prepared statements (statementNameGenerator of @prisma/adapter-pg)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let prisma: PrismaClient;
  let admin: pg.Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = createPrismaClient(db.url, 3);
    admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    await makeOrg(prisma);
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await admin.end();
    await db.drop();
  });

  /** The statements prepared on whichever pooled connection answers (all three are warm by then). */
  const prepared = async () => prisma.$queryRawUnsafe<{ statement: string }[]>('SELECT statement FROM pg_prepared_statements');

  it('when the same query runs again on every pooled connection, then it is prepared once per connection and answers the same', async () => {
    const q = () => prisma.pegawai.findMany({ where: { aktif: true }, include: { jabatan: true, unit: true }, orderBy: { id: 'asc' } });
    const first = await q();
    const again = await Promise.all(Array.from({ length: 12 }, q));
    for (const r of again) expect(r).toEqual(first);
    expect((await prepared()).some((p) => p.statement.includes('"Pegawai"'))).toBe(true);
  });

  it('when a migration adds a column and an index under live prepared statements, then the same queries still answer (PostgreSQL re-plans them)', async () => {
    const q = () => prisma.pegawai.findMany({ where: { aktif: true }, select: { id: true, nama: true }, orderBy: { id: 'asc' } });
    const before = await Promise.all(Array.from({ length: 6 }, q));
    await admin.query(`ALTER TABLE "Pegawai" ADD COLUMN "kolomUji" text`);
    await admin.query(`CREATE INDEX "Pegawai_kolomUji_idx" ON "Pegawai" ("kolomUji")`);
    const after = await Promise.all(Array.from({ length: 6 }, q));
    expect(after).toEqual(before);
    await admin.query(`ALTER TABLE "Pegawai" DROP COLUMN "kolomUji"`);
    expect(await Promise.all(Array.from({ length: 6 }, q))).toEqual(before);
  });

  it('when a transaction fails, then the connection and its statements stay usable', async () => {
    const p = await prisma.pegawai.findFirstOrThrow();
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.pegawai.update({ where: { id: p.id }, data: { nama: 'Sementara' } });
        throw new Error('batal');
      }),
    ).rejects.toThrow('batal');
    const again = await Promise.all(Array.from({ length: 6 }, () => prisma.pegawai.findUniqueOrThrow({ where: { id: p.id } })));
    for (const r of again) expect(r.nama).toBe(p.nama);
  });

  it('when more distinct texts arrive than the cap, then one name stays one text and the rest run unnamed', () => {
    const gen = statementNames(2);
    expect(gen({ sql: 'SELECT 1' })).toBe('s0');
    expect(gen({ sql: 'SELECT 2' })).toBe('s1');
    expect(gen({ sql: 'SELECT 1' })).toBe('s0');
    expect(gen({ sql: 'SELECT 3' })).toBeUndefined();
  });
});

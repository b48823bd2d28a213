/**
 * Round trips per request are the cost that matters at 50,000 staff (docs/performance.md): this
 * guards the self-assessment page and the supervisor list against N+1 regressions.
 */
import pg from 'pg';
import { pino } from 'pino';
import { createPrismaClient } from '../../src/db/client.js';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { type PrismaClient } from '../../src/generated/prisma/client.js';
import { createApp } from '../../src/app.js';
import { setupApp, login, type TestContext, type Agent } from '../helpers/app.js';
import { makeOrg, makePegawai, makePeriode, PASSWORD } from '../helpers/factories.js';
import { makeKompetensi } from '../helpers/penilaian-factories.js';

let ctx: TestContext;
let counted: { app: ReturnType<typeof createApp>; prisma: PrismaClient; pool: pg.Pool; n: () => number; reset: () => void };
let org: Awaited<ReturnType<typeof makeOrg>>;
let staf: { agent: Agent; csrf: string };
let pid: number;

beforeAll(async () => {
  ctx = await setupApp();
  org = await makeOrg(ctx.prisma);
  await makePeriode(ctx.prisma);
  for (const nama of ['Integritas', 'Kerja sama', 'Komunikasi'])
    await makeKompetensi(ctx.prisma, { nama, jabatanIds: [org.jabatan.jStaf.id], level: 2 });
  // The same app, with every SQL statement counted: Prisma's query events and the session store's pool.
  let n = 0;
  // The app's own client; the hot reads that skip Prisma (decision 101) run on its pool with names
  // starting "sikap_", counted there (Prisma's own statements are counted by its query events).
  const prismaPool = new pg.Pool({ connectionString: ctx.url, max: 3 });
  const poolQuery = prismaPool.query.bind(prismaPool) as (...a: unknown[]) => unknown;
  (prismaPool as unknown as { query: (...a: unknown[]) => unknown }).query = (...a: unknown[]) => {
    if (String((a[0] as { name?: string } | undefined)?.name ?? '').startsWith('sikap_')) n += 1;
    return poolQuery(...a);
  };
  const prisma = createPrismaClient(ctx.url, 3, { pool: prismaPool, log: [{ emit: 'event', level: 'query' }] }) as PrismaClient<'query'>;
  prisma.$on('query', () => (n += 1));
  const pool = new pg.Pool({ connectionString: ctx.url, max: 2 });
  const query = pool.query.bind(pool) as (...a: unknown[]) => unknown;
  (pool as unknown as { query: (...a: unknown[]) => unknown }).query = (...a: unknown[]) => {
    n += 1;
    return query(...a);
  };
  counted = {
    app: createApp({ prisma, config: ctx.config, sessionPool: pool, logger: pino({ level: 'silent' }) }),
    prisma,
    pool,
    n: () => n,
    reset: () => (n = 0),
  };
  staf = await login(counted.app, org.users.staf.username, PASSWORD);
  const res = await staf.agent.post('/penilaian/mulai').type('form').send({ _csrf: staf.csrf });
  pid = Number(res.headers.location.split('/').pop());
});
afterAll(async () => {
  await counted.prisma.$disconnect();
  await counted.pool.end();
  await ctx.close();
});

async function tambahRhk(i: number) {
  await staf.agent
    .post(`/penilaian/${pid}/rhk`)
    .type('form')
    .send({ _csrf: staf.csrf, uraian: `Rencana hasil kerja ${i}` })
    .expect(302);
  const rhk = await ctx.prisma.rencanaHasilKerja.findFirstOrThrow({ where: { penilaianId: pid }, orderBy: { id: 'desc' } });
  for (const j of [1, 2]) {
    await staf.agent
      .post(`/penilaian/${pid}/rhk/${rhk.id}/iki`)
      .type('form')
      .send({ _csrf: staf.csrf, uraian: `Indikator ${i}.${j}`, jenisTarget: 'KUANTITATIF', targetNilai: '90', satuan: '%' })
      .expect(302);
  }
}

async function statementsFor(agent: Agent, path: string): Promise<number> {
  await agent.get(path).expect(200); // warm: the session's sliding expiry is touched at most once a minute
  counted.reset();
  await agent.get(path).expect(200);
  return counted.n();
}

describe('SQL statements per request', () => {
  it('the self-assessment page needs at most 2 statements (session with the principal and configuration versions, appraisal; the deadlines come from the configuration cache), however many work targets and competencies it shows', async () => {
    await tambahRhk(1);
    const few = await statementsFor(staf.agent, `/penilaian/${pid}/diri`);
    for (const i of [2, 3, 4]) await tambahRhk(i);
    const many = await statementsFor(staf.agent, `/penilaian/${pid}/diri`);
    expect(few).toBeLessThanOrEqual(2);
    expect(many).toBe(few);
  });

  it('the supervisor list does not grow with the number of staff on the page', async () => {
    const kasi = await login(counted.app, org.users.kasi.username, PASSWORD);
    const two = await statementsFor(kasi.agent, '/tim');
    for (let i = 0; i < 5; i++) {
      await makePegawai(ctx.prisma, {
        unitId: org.units.seksi.id,
        jabatanId: org.jabatan.jStaf.id,
        atasanId: org.pegawai.kasi.id,
        nama: `Staf Tambahan ${i}`,
      });
    }
    const seven = await statementsFor(kasi.agent, '/tim');
    expect(seven).toBe(two);
  });
});

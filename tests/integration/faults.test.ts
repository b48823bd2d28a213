/**
 * Faults: the database going away mid-typing, several app instances on one database, and a storm
 * of concurrent autosaves on one appraisal. (Concurrent migrations applying once are covered in
 * migrations.test.ts: "when two instances migrate at once …".)
 */
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import pg from 'pg';
import { pino } from 'pino';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../src/generated/prisma/client.js';
import { createApp } from '../../src/app.js';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../../src/db/embedded.js';
import { migrate } from '../../src/db/migrate.js';
import { setupApp, login, csrfFrom, testConfig, type TestContext, type Agent } from '../helpers/app.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';
import { makeKompetensi } from '../helpers/penilaian-factories.js';

async function startAppraisal(prisma: PrismaClient, app: ReturnType<typeof createApp>, username: string) {
  const s = await login(app, username, PASSWORD);
  const res = await s.agent.post('/penilaian/mulai').type('form').send({ _csrf: s.csrf });
  expect(res.status).toBe(302);
  const pid = Number(res.headers.location.split('/').pop());
  return { ...s, pid, p: await prisma.penilaianKinerja.findUniqueOrThrow({ where: { id: pid } }) };
}

const autosave = (a: Agent, csrf: string, pid: number, body: object) =>
  a.post(`/penilaian/${pid}/autosave`).set('x-csrf-token', csrf).set('Accept', 'application/json').send(body);

// The embedded server is reached through its Unix socket; an external one (DATABASE_URL) over TCP.
// The two fail differently (ENOENT vs ECONNREFUSED), so both are tested.
describe.each(['socket', 'tcp'] as const)('when PostgreSQL (over %s) becomes unreachable while people type', (via) => {
  let cluster: EmbeddedCluster;
  let dir: string;
  let port: number;
  let prisma: PrismaClient;
  let pool: pg.Pool;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    dir = path.join(os.tmpdir(), `sikap-fault-pg-${process.pid}-${via}`);
    fs.rmSync(dir, { recursive: true, force: true });
    port = 50000 + (process.pid % 4000) + (via === 'tcp' ? 4000 : 0);
    cluster = await startEmbeddedPostgres({ dataDir: dir, port, log: () => {} });
    await cluster.admin('CREATE DATABASE sikap_fault');
    const url = via === 'tcp' ? cluster.urlFor('sikap_fault').replace(/\?host=.*$/, '') : cluster.urlFor('sikap_fault');
    if (via === 'socket') expect(url).toContain('?host=');
    await migrate(url);
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
    pool = new pg.Pool({ connectionString: url, max: 2 });
    pool.on('error', () => {}); // as in server.ts: a dropped idle connection is not a crash
    app = createApp({ prisma, config: testConfig({}, url), sessionPool: pool, logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await prisma?.$disconnect().catch(() => {});
    await pool?.end().catch(() => {});
    await cluster?.stop().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('then autosave answers 503 JSON, pages answer a 503 page, the app keeps running, and the text saves once the database is back', async () => {
    const org = await makeOrg(prisma);
    await makePeriode(prisma);
    const s = await startAppraisal(prisma, app, org.users.staf.username);
    const typed = 'Saya menyelesaikan laporan tepat waktu — diketik ketika basis data mati.';
    const body = { versi: s.p.versi, fields: { 'perilaku-AKUNTABEL': typed }, base: { 'perilaku-AKUNTABEL': '' } };

    await cluster.stop();
    const down = await autosave(s.agent, s.csrf, s.pid, body);
    expect(down.status).toBe(503);
    expect(down.headers['content-type']).toMatch(/json/);
    expect(down.headers['retry-after']).toBe('5');
    const page = await s.agent.get(`/penilaian/${s.pid}/diri`);
    expect(page.status).toBe(503);
    expect(page.headers['content-type']).toMatch(/html/);
    expect(page.text).toContain('lang="id"');
    const health = await request(app).get('/healthz');
    expect(health.status).toBe(503);

    cluster = await startEmbeddedPostgres({ dataDir: dir, port, log: () => {} });
    // The pools notice dead connections on first use; the client's retry (public/js/autosave.js) resends.
    let up = await autosave(s.agent, s.csrf, s.pid, body);
    for (let i = 0; i < 5 && up.status === 503; i++) up = await autosave(s.agent, s.csrf, s.pid, body);
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    expect(up.body.saved).toEqual(['perilaku-AKUNTABEL']);
    const row = await prisma.perilakuKerja.findFirstOrThrow({ where: { penilaianId: s.pid, nilai: 'AKUNTABEL' } });
    expect(row.refleksiDiri).toBe(typed);
    expect((await request(app).get('/healthz')).status).toBe(200);
  }, 60_000);
});

describe('several instances and many tabs on one database', () => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof makeOrg>>;

  beforeAll(async () => {
    ctx = await setupApp();
    org = await makeOrg(ctx.prisma);
    await makePeriode(ctx.prisma);
    await makeKompetensi(ctx.prisma, { nama: 'Komunikasi', jabatanIds: [org.jabatan.jStaf.id] });
  });
  afterAll(() => ctx.close());

  it('when a user signs in on one instance, then the other instance knows the session; logging out on one ends it on both', async () => {
    const pool = new pg.Pool({ connectionString: ctx.url, max: 2 });
    const other = createApp({ prisma: ctx.prisma, config: testConfig({}, ctx.url), sessionPool: pool, logger: pino({ level: 'silent' }) });
    try {
      const { agent } = await login(ctx.app, org.users.kasi.username, PASSWORD);
      const home = await agent.get('/beranda');
      const cookie = String(home.request.cookies);
      const there = await request(other).get('/beranda').set('Cookie', cookie);
      expect(there.status).toBe(200);
      expect(there.text).toContain('Atasan Uji');
      // A form read on instance B is accepted by instance A (the CSRF secret lives in the shared session).
      await request(other)
        .post('/keluar')
        .set('Cookie', cookie)
        .type('form')
        .send({ _csrf: csrfFrom(there.text) })
        .expect(302);
      expect((await agent.get('/beranda')).status).toBe(302);
    } finally {
      await pool.end();
    }
  });

  it('when 200 autosaves hit one appraisal at once from two tabs, then none is lost: same field → one wins and the rest get 409 conflicts; different fields → all saved', async () => {
    const s = await startAppraisal(ctx.prisma, ctx.app, org.users.staf.username);
    // Enough fields for 100 distinct edits: 50 indicators × (realisasi, narasi).
    const rhk = await ctx.prisma.rencanaHasilKerja.create({ data: { penilaianId: s.pid, uraian: 'RHK uji beban' } });
    await ctx.prisma.indikatorKinerja.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({
        rhkId: rhk.id,
        urutan: i,
        uraian: `Indikator ${i}`,
        jenisTarget: 'KUALITATIF' as const,
        targetKualitatif: 'Selesai',
      })),
    });
    const iki = await ctx.prisma.indikatorKinerja.findMany({ where: { rhkId: rhk.id }, orderBy: { urutan: 'asc' } });
    const distinct = iki.flatMap((k) => [`iki-${k.id}-realisasi`, `iki-${k.id}-narasi`]);
    expect(distinct).toHaveLength(100);
    const tabB = await login(ctx.app, org.users.staf.username, PASSWORD);
    const tabs = [{ agent: s.agent, csrf: s.csrf }, tabB];
    const versi0 = (await ctx.prisma.penilaianKinerja.findUniqueOrThrow({ where: { id: s.pid } })).versi;

    const same = Array.from({ length: 100 }, (_, i) => ({
      tab: tabs[i % 2]!,
      key: 'perilaku-AKUNTABEL',
      value: `Versi tab ${i % 2 ? 'B' : 'A'} nomor ${i}`,
    }));
    const diff = distinct.map((key, i) => ({ tab: tabs[i % 2]!, key, value: `Isian ${key}` }));
    const all = [...same, ...diff].sort(() => Math.random() - 0.5);
    // Like public/js/autosave.js: a 503 (busy, nothing written) is sent again after a pause.
    const results = await Promise.all(
      all.map(async (r) => {
        const send = () => autosave(r.tab.agent, r.tab.csrf, s.pid, { versi: versi0, fields: { [r.key]: r.value }, base: { [r.key]: '' } });
        let res = await send();
        for (let i = 0; i < 5 && res.status === 503; i++) {
          await new Promise((ok) => setTimeout(ok, 500));
          res = await send();
        }
        return { r, res };
      }),
    );

    const statuses = results.map((x) => x.res.status);
    expect(
      statuses.filter((st) => st !== 200 && st !== 409),
      `unexpected: ${[...new Set(statuses)]}`,
    ).toEqual([]);
    const sameRes = results.filter((x) => x.r.key === 'perilaku-AKUNTABEL');
    const winners = sameRes.filter((x) => x.res.status === 200);
    expect(winners).toHaveLength(1);
    for (const loser of sameRes.filter((x) => x.res.status === 409)) {
      expect(loser.res.body.conflicts[0]).toMatchObject({
        key: 'perilaku-AKUNTABEL',
        tersimpan: winners[0]!.r.value,
        isianAnda: loser.r.value,
      });
    }
    expect(
      results.filter((x) => x.r.key !== 'perilaku-AKUNTABEL').every((x) => x.res.status === 200 && x.res.body.saved[0] === x.r.key),
    ).toBe(true);

    const after = await ctx.prisma.penilaianKinerja.findUniqueOrThrow({
      where: { id: s.pid },
      include: { perilaku: true, rhk: { include: { indikator: true } } },
    });
    expect(after.perilaku.find((p) => p.nilai === 'AKUNTABEL')!.refleksiDiri).toBe(winners[0]!.r.value);
    const stored = after.rhk.find((r) => r.id === rhk.id)!.indikator;
    for (const k of stored) {
      expect(k.realisasiKualitatif).toBe(`Isian iki-${k.id}-realisasi`);
      expect(k.narasi).toBe(`Isian iki-${k.id}-narasi`);
    }
    // Every accepted write bumped the version exactly once: 1 winner + 100 distinct fields.
    expect(after.versi).toBe(versi0 + 101);
  }, 60_000);
});

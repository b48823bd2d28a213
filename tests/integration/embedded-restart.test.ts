/**
 * The embedded PostgreSQL is supervised by the real server process (src/server.ts,
 * src/db/embedded.ts): when its postmaster is killed (kill -9, as the kernel's OOM killer does)
 * while people type, it is started again, the typed text is saved on the client's retry, the
 * signed-in session still works and /healthz is green again. When it cannot come back, the app
 * exits non-zero so a service manager restarts it. Single process and WEB_CONCURRENCY=2 (where
 * the primary owns the database and the workers hold the pools).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../src/generated/prisma/client.js';
import { jedaPercobaan } from '../../src/db/embedded.js';
import { login, type Agent } from '../helpers/app.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('back-off between restart attempts', () => {
  it('grows 0.5, 1, 2, 4, 8 s and stays at 10 s', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(jedaPercobaan)).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });
});

describe.each([1, 2])('when the embedded PostgreSQL is killed (WEB_CONCURRENCY=%i)', (workers) => {
  const dir = path.join(os.tmpdir(), `sikap-restart-pg-${process.pid}-${workers}`);
  const pgPort = 58000 + (process.pid % 1000) * 2 + workers;
  let proc: ChildProcess;
  let out = '';
  let base = '';
  let prisma: PrismaClient;

  beforeAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      EMBEDDED_PG_DIR: dir,
      EMBEDDED_PG_PORT: String(pgPort),
      EMBEDDED_PG_RESTARTS: '3',
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      SESSION_SECRET: 'restart-test-secret-0123456789abcdef',
      UPLOAD_DIR: path.join(dir, '..', `sikap-restart-up-${process.pid}`),
      WEB_CONCURRENCY: String(workers),
    };
    delete env.DATABASE_URL;
    proc = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout!.on('data', (b: Buffer) => (out += b.toString()));
    proc.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    const t0 = Date.now();
    while (!/Siap dalam .*:(\d+)/.test(out)) {
      if (Date.now() - t0 > 90_000 || proc.exitCode !== null) throw new Error(`server did not start:\n${out}`);
      await sleep(100);
    }
    base = `http://127.0.0.1:${out.match(/Siap dalam .*:(\d+)/)![1]}`;
    // The test's own connection to the same database, for the fixtures and to read what was saved.
    prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: `postgresql://postgres:sikap-embedded@127.0.0.1:${pgPort}/sikap`, max: 2 }),
    });
  }, 120_000);

  afterAll(async () => {
    await prisma?.$disconnect().catch(() => {});
    if (proc && proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await Promise.race([exited, sleep(20_000)]);
      if (proc.exitCode === null) proc.kill('SIGKILL');
    }
    const pid = postmasterPid();
    if (pid) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  function postmasterPid(): number | undefined {
    try {
      const pid = Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(pid, 0);
      return pid;
    } catch {
      return undefined;
    }
  }

  it('then it is started again, the text typed meanwhile is saved on retry, the session still works and /healthz recovers', async () => {
    const org = await makeOrg(prisma);
    await makePeriode(prisma);
    const s = await login(base as never, org.users.staf.username, PASSWORD);
    const start = await s.agent.post('/penilaian/mulai').type('form').send({ _csrf: s.csrf });
    expect(start.status).toBe(302);
    const pid = Number(start.headers.location.split('/').pop());
    const key = 'perilaku-AKUNTABEL';

    // A typist: every 150 ms the field holds new text and autosave sends it, as public/js/autosave.js
    // does (base = the last text the server confirmed; a 503 is sent again with the newest text).
    let lastSaved = '';
    let n = 0;
    const statuses: number[] = [];
    let typing = true;
    const send = async (agent: Agent, text: string) => {
      const res = await agent
        .post(`/penilaian/${pid}/autosave`)
        .set('x-csrf-token', s.csrf)
        .set('Accept', 'application/json')
        .send({ versi: -1, fields: { [key]: text }, base: { [key]: lastSaved } })
        .timeout(20_000)
        .catch((err: { status?: number; response?: { status: number; body: unknown } }) => err.response ?? { status: 0, body: null });
      const body = res.body as { conflicts?: { tersimpan: string }[] } | null;
      // A save whose commit went through just before the kill but whose answer was lost: the next
      // send meets our own earlier text as "stored" — the user's own text, not someone else's.
      if (res.status === 409 && body?.conflicts?.[0]?.tersimpan?.startsWith('Ketikan ')) lastSaved = body.conflicts[0].tersimpan;
      if (res.status === 200) lastSaved = text;
      statuses.push(res.status);
      return res.status;
    };
    const typist = (async () => {
      while (typing) {
        n += 1;
        await send(s.agent, `Ketikan ${n}: laporan rujukan diselesaikan tepat waktu.`);
        await sleep(150);
      }
    })();
    while (statuses.filter((x) => x === 200).length < 3) await sleep(50);

    const oldPid = postmasterPid();
    expect(oldPid).toBeDefined();
    const killedAt = Date.now();
    process.kill(oldPid!, 'SIGKILL');

    // Down: pages and autosaves answer 503, never a crash of the app or a lost session.
    let down = false;
    while (!down && Date.now() - killedAt < 3000) {
      down = (await fetch(`${base}/healthz`)).status === 503;
      if (!down) await sleep(20);
    }
    expect(down, out).toBe(true);
    // Back: /healthz is green again without anyone restarting anything.
    let health = 0;
    while (Date.now() - killedAt < 60_000) {
      health = await fetch(`${base}/healthz`).then(
        (r) => r.status,
        () => 0,
      );
      if (health === 200) break;
      await sleep(100);
    }
    const healthyAfter = Date.now() - killedAt;
    expect(health, out).toBe(200);
    // The typist's retries go through: the text typed during the outage reaches the database.
    const seen = statuses.length;
    while (statuses.slice(seen).filter((x) => x === 200).length < 2 && Date.now() - killedAt < 90_000) await sleep(50);
    typing = false;
    await typist;
    const savedAfter = Date.now() - killedAt;

    expect(proc.exitCode, out).toBeNull();
    expect(postmasterPid()).not.toBe(oldPid);
    expect(out).toContain('PostgreSQL bawaan berhenti tiba-tiba (sinyal SIGKILL)');
    expect(out).toMatch(/PostgreSQL bawaan pulih setelah [\d.]+ dtk/);
    // Every answer was a save, a "try again" (503, retried) or — at most once — our own save
    // whose answer was lost; never a 500, a sign-in page or a refused CSRF token.
    expect(
      statuses.filter((x) => x !== 200 && x !== 503 && x !== 409),
      `statuses: ${statuses.join(',')}\n${out}`,
    ).toEqual([]);
    expect(statuses.filter((x) => x === 409).length).toBeLessThanOrEqual(1);
    expect(statuses).toContain(503);

    const typed = 'Teks terakhir yang diketik setelah basis data pulih.';
    expect(await send(s.agent, typed)).toBe(200);
    const row = await prisma.perilakuKerja.findFirstOrThrow({ where: { penilaianId: pid, nilai: 'AKUNTABEL' } });
    expect(row.refleksiDiri).toBe(typed);
    // The same signed-in browser, no new sign-in: the session lived through the restart.
    const page = await s.agent.get(`/penilaian/${pid}/diri`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(typed);
    const supervisorLines = out.split('\n').filter((l) => /PostgreSQL bawaan (berhenti|pulih)|Percobaan/.test(l));
    console.log(
      `[embedded-restart W=${workers}] /healthz 200 again ${healthyAfter} ms after kill -9; typed text saved ${savedAfter} ms after; ${statuses.filter((x) => x === 503).length} autosaves answered 503 meanwhile\n${supervisorLines.join('\n')}`,
    );
  }, 120_000);

  it('then, when it cannot be started again, the app exits with a non-zero code', async () => {
    const oldPid = postmasterPid();
    expect(oldPid).toBeDefined();
    const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
    process.kill(oldPid!, 'SIGKILL');
    // Something else takes PostgreSQL's port before the first restart attempt (0.5 s later).
    const blocker = net.createServer();
    const t0 = Date.now();
    for (;;) {
      const ok = await new Promise<boolean>((resolve) => {
        blocker.once('error', () => resolve(false));
        blocker.listen(pgPort, '127.0.0.1', () => resolve(true));
      });
      if (ok) break;
      if (Date.now() - t0 > 400) throw new Error('port did not come free');
      await sleep(10);
    }
    try {
      const code = await Promise.race([exited, sleep(60_000).then(() => 'timeout')]);
      expect(code, out).toBe(1);
      expect(out).toMatch(/Percobaan \d dari 3 menjalankan ulang PostgreSQL gagal/);
      expect(out).toContain('PostgreSQL bawaan tidak dapat dijalankan ulang setelah 3 percobaan');
      expect(out).toContain('Berhenti (kode 1)');
    } finally {
      blocker.close();
    }
  }, 90_000);
});

/**
 * Graceful shutdown of the real server process (src/server.ts): on SIGTERM it stops accepting,
 * lets a request that is still arriving finish with a full response, then exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDatabase } from '../helpers/db.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let proc: ChildProcess;
let out = '';
let port = 0;

async function start(workers: number) {
  out = '';
  proc = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      SESSION_SECRET: 'shutdown-test-secret-0123456789abcdef',
      WEB_CONCURRENCY: String(workers),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  proc.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  const t0 = Date.now();
  while (!/Siap dalam .*:(\d+)/.test(out)) {
    if (Date.now() - t0 > 60_000 || proc.exitCode !== null) throw new Error(`server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  port = Number(out.match(/Siap dalam .*:(\d+)/)![1]);
}

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  if (proc && proc.exitCode === null) proc.kill('SIGKILL');
  await db.drop();
});

function rawRequest(): { socket: net.Socket; response: Promise<string> } {
  const socket = net.connect(port, '127.0.0.1');
  const response = new Promise<string>((resolve, reject) => {
    let text = '';
    socket.on('data', (b) => (text += b.toString()));
    socket.on('end', () => resolve(text));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
  return { socket, response };
}

describe.each([1, 2])('graceful shutdown with WEB_CONCURRENCY=%i', (workers) => {
  beforeAll(() => start(workers), 90_000);

  it('when SIGTERM arrives while a request is still being received, then that request gets its full answer, new connections are refused, and the process exits 0', async () => {
    const body = 'identitas=seseorang&sandi=rahasia&_csrf=x';
    const { socket, response } = rawRequest();
    await new Promise<void>((r) => socket.once('connect', () => r()));
    // Headers and half the body now; the rest after the signal.
    socket.write(
      `POST /masuk HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((r) => setTimeout(r, 300));

    const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
    proc.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    // The listener is closed: a new connection is refused.
    const refused = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        resolve(false);
      });
      s.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
    expect(proc.exitCode, out).toBeNull(); // still draining

    socket.write(body.slice(10));
    const text = await response;
    // A complete HTTP answer (403: the CSRF token is forged) with its body.
    expect(text).toMatch(/^HTTP\/1\.1 403/);
    expect(text).toContain('</html>');
    expect(await exited, out).toBe(0);
    expect(out).toContain('Berhenti dengan bersih');
  }, 60_000);
});

/** Child process ids of a pid, from /proc (Linux). */
function childrenOf(pid: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return Number(fs.readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('worker processes (WEB_CONCURRENCY=2)', () => {
  beforeAll(() => start(2), 90_000);
  afterAll(async () => {
    if (proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
  }, 30_000);

  it('when a worker dies, then the others keep answering and a replacement starts', async () => {
    // A connection the primary handed to the worker as it died is lost with it; a client retries on a
    // new one. Each try is bounded, so a lost connection is a retry, not a hang until the test times out.
    const get = async (): Promise<number> => {
      for (let i = 0; ; i++) {
        try {
          return (await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(10_000) })).status;
        } catch (err) {
          if (i === 2) throw err;
        }
      }
    };
    const before = childrenOf(proc.pid!);
    expect(before).toHaveLength(2);
    process.kill(before[0]!, 'SIGKILL');
    for (let i = 0; i < 5; i++) expect(await get()).toBe(200);
    const t0 = Date.now();
    let after = childrenOf(proc.pid!);
    while ((after.length < 2 || after.includes(before[0]!)) && Date.now() - t0 < 30_000) {
      await new Promise((r) => setTimeout(r, 200));
      after = childrenOf(proc.pid!);
    }
    expect(after).toHaveLength(2);
    expect(after).not.toContain(before[0]);
    expect(await get()).toBe(200);
  }, 120_000);
});

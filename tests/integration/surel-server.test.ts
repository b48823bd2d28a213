/**
 * The e-mail queue in the real server process (src/server.ts): off without SMTP_URL (no pg-boss,
 * no schema, the app as before); with it, pg-boss runs in exactly one process of the instance
 * (the single process, or the cluster primary, not the HTTP workers) and stops with the server
 * on SIGTERM (exit 0, its registration gone).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDatabase } from '../helpers/db.js';
import { mulaiSmtp, tunggu, type SmtpUji } from '../helpers/smtp.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let smtp: SmtpUji;
let proc: ChildProcess | null = null;
let out = '';

async function start(env: Record<string, string>) {
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
      SESSION_SECRET: 'surel-server-test-secret-0123456789abcdef',
      SMTP_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  proc.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  await tunggu(() => /Siap dalam .*:(\d+)/.test(out) || proc!.exitCode !== null, 'server siap', 60_000);
  if (proc.exitCode !== null) throw new Error(`server did not start:\n${out}`);
}

async function stop(): Promise<number | null> {
  const p = proc!;
  const exited = new Promise<number | null>((r) => p.once('exit', (code) => r(code)));
  p.kill('SIGTERM');
  const code = await exited;
  proc = null;
  return code;
}

async function sql<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await mulaiSmtp();
});

afterAll(async () => {
  if (proc && proc.exitCode === null) proc.kill('SIGKILL');
  await smtp.tutup();
  await db.drop();
});

describe('e-mail queue in the server process', () => {
  it('when SMTP_URL is unset, then the server starts and stops as before and no queue runs (no pgboss schema)', async () => {
    await start({});
    expect(out).not.toContain('Surel aktif');
    expect(await sql(`SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'`)).toHaveLength(0);
    expect(await stop()).toBe(0);
    expect(out).toContain('Berhenti dengan bersih.');
    expect(await sql(`SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'`)).toHaveLength(0);
  }, 90_000);

  it.each([1, 2])(
    'when SMTP_URL is set with WEB_CONCURRENCY=%i, then one process runs pg-boss and SIGTERM stops it with the server (exit 0)',
    async (workers) => {
      await start({ SMTP_URL: smtp.url, WEB_CONCURRENCY: String(workers) });
      await tunggu(() => out.includes('Surel aktif'), 'antrean surel dimulai', 30_000);
      const instances = await sql<{ pid: number }>('SELECT pid FROM pgboss.instance WHERE stopped_on IS NULL');
      expect(instances.map((i) => i.pid)).toEqual([proc!.pid]);
      const code = await stop();
      expect(code, out).toBe(0);
      expect(out).toContain('Berhenti dengan bersih.');
      expect(await sql('SELECT pid FROM pgboss.instance WHERE stopped_on IS NULL')).toHaveLength(0);
      // The process has exited; PostgreSQL ends its backends as it reads the closed sockets (a few ms, longer under load).
      // Only this test's database: other test files share the cluster and may run their own queue.
      await tunggu(
        async () =>
          (await sql(`SELECT 1 FROM pg_stat_activity WHERE application_name = 'sikap-surel' AND datname = current_database()`)).length ===
          0,
        'koneksi antrean surel ditutup',
        10_000,
      );
    },
    90_000,
  );
});

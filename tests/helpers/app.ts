import pg from 'pg';
import request from 'supertest';
import { pino } from 'pino';
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import { createPrismaClient } from '../../src/db/client.js';
import { createApp } from '../../src/app.js';
import { parseConfig, type AppConfig } from '../../src/config/env.js';
import { createTestDatabase } from './db.js';
import { kodeDemoTotp } from '../../src/db/seed/dua-faktor.js';

export interface TestContext {
  app: ReturnType<typeof createApp>;
  prisma: PrismaClient;
  config: AppConfig;
  url: string;
  close(): Promise<void>;
}

/**
 * Pass to setupApp()/testConfig() to run with the app's own default UPLOAD_DIR (`.data/uploads`,
 * relative, under the project) instead of a folder under /tmp: an `undefined` value in `extra`
 * removes the test default, so the app's default applies. Tests using it delete the files they
 * store (see `tests/helpers/files.ts`).
 */
export const DEFAULT_UPLOAD_DIR = { UPLOAD_DIR: undefined } as const;

/** Pass to setupApp()/testConfig() to run with the app's default TOTP_REQUIRED_ROLES (ADMIN_BKD). */
export const DEFAULT_TOTP = { TOTP_REQUIRED_ROLES: undefined } as const;

export function testConfig(extra: Record<string, string | undefined> = {}, url = 'postgresql://x@127.0.0.1/x'): AppConfig {
  return parseConfig({
    NODE_ENV: 'test',
    SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
    LOG_LEVEL: 'silent',
    DATABASE_URL: url,
    UPLOAD_DIR: `/tmp/sikap-test-uploads-${process.pid}`,
    // makeOrg()'s admin signs in with a password only; the TOTP tests pass DEFAULT_TOTP (the app's
    // default: required for Admin BKD) — tests/integration/dua-faktor.test.ts.
    TOTP_REQUIRED_ROLES: 'none',
    ...extra,
  });
}

/** The real app on its own fresh database. */
export async function setupApp(extra: Record<string, string | undefined> = {}): Promise<TestContext> {
  const db = await createTestDatabase();
  const config = testConfig(extra, db.url);
  const prisma = createPrismaClient(db.url, 5);
  const sessionPool = new pg.Pool({ connectionString: db.url, max: 3 });
  // DROP DATABASE … WITH (FORCE) at teardown may end an idle pooled connection before the pool does.
  sessionPool.on('error', () => {});
  const app = createApp({ prisma, config, sessionPool, logger: pino({ level: 'silent' }) });
  return {
    app,
    prisma,
    config,
    url: db.url,
    async close() {
      await prisma.$disconnect();
      await sessionPool.end();
      await db.drop();
    },
  };
}

/** Pulls the CSRF token out of a rendered page. */
export function csrfFrom(html: string): string {
  const m = html.match(/name="_csrf" value="([^"]+)"/);
  if (!m) throw new Error('Tidak ada token CSRF di halaman');
  return m[1]!;
}

export type Agent = ReturnType<typeof request.agent>;

/** Signs in through the real login form; returns the agent and a fresh CSRF token. */
export async function login(app: TestContext['app'], identitas: string, sandi: string): Promise<{ agent: Agent; csrf: string }> {
  const agent = request.agent(app);
  const page = await agent.get('/masuk');
  const res = await agent
    .post('/masuk')
    .type('form')
    .send({ _csrf: csrfFrom(page.text), identitas, sandi });
  if (res.status !== 302) throw new Error(`Login gagal untuk ${identitas}: ${res.status}`);
  // The demo admin.bkd has the demo authenticator secret (src/db/seed/dua-faktor.ts).
  if (res.headers.location === '/masuk/kode') await kodeDemo(agent);
  let home = await agent.get('/beranda');
  // A temporary password leads to the change form first.
  if (home.status === 302) home = await agent.get(home.headers.location as string);
  return { agent, csrf: csrfFrom(home.text) };
}

/**
 * The code step with the demo TOTP secret. A code is accepted once per 30-second step, so a
 * second sign-in within the same step uses the next step's code (accepted one step early), and
 * a third waits for the step to change.
 */
async function kodeDemo(agent: Agent): Promise<void> {
  for (let i = 0; i < 4; i++) {
    const page = await agent.get('/masuk/kode');
    const now = Date.now() + (i % 2) * 30_000;
    const kode = await kodeDemoTotp(now);
    const res = await agent
      .post('/masuk/kode')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), kode });
    if (res.status === 302) return;
    if (i === 1) await new Promise((r) => setTimeout(r, 30_000 - (Date.now() % 30_000) + 200));
  }
  throw new Error('Kode TOTP demo ditolak');
}

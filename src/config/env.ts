import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { z } from 'zod';
import { PROJECT_ROOT } from '../lib/paths.js';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'harus diawali postgres:// atau postgresql://')
    .optional(),
  EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** Start attempts after the embedded PostgreSQL dies, before the app gives up and exits 1. */
  EMBEDDED_PG_RESTARTS: z.coerce.number().int().min(1).max(100).default(5),
  SESSION_SECRET: z.string().min(32, 'minimal 32 karakter').optional(),
  SESSION_MAX_AGE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(480),
  TRUST_PROXY: z.string().default('false'),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  APP_TIMEZONE: z
    .string()
    .default('Asia/Jakarta')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('id-ID', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'zona waktu IANA tidak dikenal (contoh: Asia/Jakarta, Asia/Makassar, Asia/Jayapura)'),
  LOGIN_MAX_FAILED: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  LOGIN_RATE_LIMIT_PER_15MIN: z.coerce.number().int().min(1).default(30),
  /** Password hashes computed at once (default: half the cores) and sign-ins allowed to wait. */
  PASSWORD_HASH_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(Math.max(1, Math.floor(os.availableParallelism() / 2))),
  PASSWORD_HASH_QUEUE: z.coerce.number().int().min(1).max(10_000).default(100),
  /** How long a one-time password reset link made by Admin BKD stays valid. */
  PASSWORD_RESET_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  UPLOAD_DIR: z.string().default('.data/uploads'),
  UPLOAD_MAX_MB: z.coerce.number().min(0.1).max(100).default(5),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: bool.default(true),
  DEMO_PASSWORD: z.string().min(8).default('Sikap#2026'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** HTTP worker processes (node:cluster); 1 = a single process. Each worker has its own DB pool. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(1),
  /** gzip level for pages and JSON (brotli at quality 4 when offered); 0 = off, e.g. when nginx compresses. */
  HTTP_COMPRESSION_LEVEL: z.coerce.number().int().min(0).max(9).default(4),
  /** E-mail (issue 18): off unless set, e.g. smtp://user:pass@mail.pemda.go.id:587 or smtps://…:465. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'harus diawali smtp:// atau smtps://')
    .optional(),
  SMTP_FROM: z.string().min(3).default('SIKAP <sikap@localhost>'),
  /** The address staff open SIKAP at; links in e-mails start with it. Default: http://localhost:PORT. */
  PUBLIC_BASE_URL: z
    .string()
    .regex(/^https?:\/\/[^/\s]+(\/[^\s]*)?$/, 'harus alamat http:// atau https://, contoh https://sikap.pemda.go.id')
    .optional(),
  /** Local hour (APP_TIMEZONE) from which the day's reminders and digests are made. */
  SUREL_JAM_HARIAN: z.coerce.number().int().min(0).max(23).default(7),
  /** Attempts after the first failed one, with exponential back-off starting at SUREL_JEDA_DETIK. */
  SUREL_PERCOBAAN_ULANG: z.coerce.number().int().min(0).max(20).default(5),
  SUREL_JEDA_DETIK: z.coerce.number().int().min(1).max(3600).default(60),
});

export type AppConfig = z.infer<typeof schema> & {
  sessionSecret: string;
  trustProxy: boolean | number | string;
  uploadDir: string;
  embeddedPgDir: string;
  /** PUBLIC_BASE_URL without a trailing slash (default http://localhost:PORT). */
  publicBaseUrl: string;
};

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError with one readable line per problem. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Konfigurasi tidak valid (periksa .env / variabel lingkungan):\n${lines.join('\n')}`);
  }
  const c = result.data;
  if (c.NODE_ENV === 'production' && !c.SESSION_SECRET) {
    throw new ConfigError('Konfigurasi tidak valid:\n  - SESSION_SECRET: wajib diisi (minimal 32 karakter) saat NODE_ENV=production');
  }
  const tp = c.TRUST_PROXY.trim();
  const trustProxy = tp === 'true' ? true : tp === 'false' ? false : /^\d+$/.test(tp) ? Number(tp) : tp;
  return {
    ...c,
    sessionSecret: c.SESSION_SECRET ?? devSessionSecret(),
    trustProxy,
    uploadDir: path.resolve(PROJECT_ROOT, c.UPLOAD_DIR),
    embeddedPgDir: path.resolve(PROJECT_ROOT, c.EMBEDDED_PG_DIR),
    publicBaseUrl: (c.PUBLIC_BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
  };
}

/** Outside production a secret is generated once and kept under .data so sessions survive restarts. */
function devSessionSecret(): string {
  const file = path.join(PROJECT_ROOT, '.data', 'session-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const secret = crypto.randomBytes(32).toString('hex');
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, secret, { mode: 0o600 });
    } catch {
      /* read-only checkout: a per-process secret is fine */
    }
    return secret;
  }
}

let cached: AppConfig | undefined;
export function config(): AppConfig {
  cached ??= parseConfig();
  return cached;
}
export function setConfigForTests(c: AppConfig): void {
  cached = c;
}

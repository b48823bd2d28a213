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
  /** The address people open SIKAP at (e.g. https://sikap.example.go.id), for links made outside a request (SSO redirect, e-mails; default http://localhost:PORT). */
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Single sign-on (OpenID Connect, decision 130): on when OIDC_ISSUER and OIDC_CLIENT_ID are set. */
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  /** Empty for a public client (PKCE only). */
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().default('openid profile'),
  /** The claim (ID token or userinfo) carrying the NIP that matches the SIKAP account. */
  OIDC_NIP_CLAIM: z.string().min(1).default('nip'),
  OIDC_BUTTON_LABEL: z.string().min(1).max(60).default('Masuk dengan SSO'),
  /** A provider user with no SIKAP account gets one (role Pegawai ASN only) when a staff record has their NIP. */
  OIDC_AUTO_CREATE: bool.default(false),
  /** Roles that must sign in through SSO (password refused), e.g. PEGAWAI,ATASAN,PIMPINAN,ADMIN_BKD. */
  SSO_REQUIRED_ROLES: z.string().default(''),
  /** Usernames that may still use their password although a role above requires SSO (break-glass). */
  PASSWORD_LOGIN_BREAK_GLASS: z.string().default(''),
  /** Roles whose password sign-in needs an authenticator code (TOTP); `none` = optional for everyone. */
  TOTP_REQUIRED_ROLES: z.string().default('ADMIN_BKD'),
  /** Encrypts the stored TOTP secrets (AES-256-GCM) with a key kept outside the database. */
  TOTP_ENCRYPTION_KEY: z.string().min(32, 'minimal 32 karakter').optional(),
  /** E-mail (issue 18): off unless set, e.g. smtp://user:pass@mail.pemda.go.id:587 or smtps://…:465. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'harus diawali smtp:// atau smtps://')
    .optional(),
  SMTP_FROM: z.string().min(3).default('SIKAP <sikap@localhost>'),
  /** Local hour (APP_TIMEZONE) from which the day's reminders and digests are made. */
  SUREL_JAM_HARIAN: z.coerce.number().int().min(0).max(23).default(7),
  /** Attempts after the first failed one, with exponential back-off starting at SUREL_JEDA_DETIK. */
  SUREL_PERCOBAAN_ULANG: z.coerce.number().int().min(0).max(20).default(5),
  SUREL_JEDA_DETIK: z.coerce.number().int().min(1).max(3600).default(60),
});

const ROLES = ['PEGAWAI', 'ATASAN', 'ADMIN_BKD', 'PIMPINAN'] as const;
type RoleName = (typeof ROLES)[number];

/** A comma list of roles; an unknown name is a configuration error (a typo must not switch a control off). */
function roleList(raw: string, name: string, problems: string[]): RoleName[] {
  const out: RoleName[] = [];
  // "none": an explicit empty list (an empty variable means "use the default").
  if (raw.trim().toLowerCase() === 'none') return out;
  for (const part of raw
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean)) {
    if ((ROLES as readonly string[]).includes(part)) out.push(part as RoleName);
    else problems.push(`  - ${name}: peran tidak dikenal "${part}" (pilihan: ${ROLES.join(', ')})`);
  }
  return out;
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  scopes: string;
  nipClaim: string;
  buttonLabel: string;
  autoCreate: boolean;
  /** http:// issuers are accepted outside production only (the local test provider). */
  allowHttp: boolean;
}

export type AppConfig = z.infer<typeof schema> & {
  sessionSecret: string;
  trustProxy: boolean | number | string;
  uploadDir: string;
  embeddedPgDir: string;
  /** null when single sign-on is not configured. */
  oidc: OidcSettings | null;
  ssoRequiredRoles: RoleName[];
  passwordBreakGlass: string[];
  totpRequiredRoles: RoleName[];
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
  const problems: string[] = [];
  const ssoRequiredRoles = roleList(c.SSO_REQUIRED_ROLES, 'SSO_REQUIRED_ROLES', problems);
  const totpRequiredRoles = roleList(c.TOTP_REQUIRED_ROLES, 'TOTP_REQUIRED_ROLES', problems);
  const oidc: OidcSettings | null =
    c.OIDC_ISSUER && c.OIDC_CLIENT_ID
      ? {
          issuer: c.OIDC_ISSUER,
          clientId: c.OIDC_CLIENT_ID,
          clientSecret: c.OIDC_CLIENT_SECRET,
          scopes: [...new Set(['openid', ...c.OIDC_SCOPES.split(/[\s,]+/).filter(Boolean)])].join(' '),
          nipClaim: c.OIDC_NIP_CLAIM,
          buttonLabel: c.OIDC_BUTTON_LABEL,
          autoCreate: c.OIDC_AUTO_CREATE,
          allowHttp: c.NODE_ENV !== 'production',
        }
      : null;
  if ((c.OIDC_ISSUER && !c.OIDC_CLIENT_ID) || (!c.OIDC_ISSUER && c.OIDC_CLIENT_ID))
    problems.push('  - OIDC_ISSUER, OIDC_CLIENT_ID: isi keduanya untuk mengaktifkan SSO, atau kosongkan keduanya');
  if (oidc && c.NODE_ENV === 'production' && oidc.issuer.startsWith('http:'))
    problems.push('  - OIDC_ISSUER: harus https:// saat NODE_ENV=production');
  if (oidc && c.NODE_ENV === 'production' && !c.PUBLIC_BASE_URL)
    problems.push('  - PUBLIC_BASE_URL: wajib diisi saat SSO aktif dan NODE_ENV=production (alamat kembali dari penyedia identitas)');
  if (ssoRequiredRoles.length && !oidc) problems.push('  - SSO_REQUIRED_ROLES: memerlukan SSO aktif (OIDC_ISSUER dan OIDC_CLIENT_ID)');
  if (problems.length) throw new ConfigError(`Konfigurasi tidak valid (periksa .env / variabel lingkungan):\n${problems.join('\n')}`);
  const tp = c.TRUST_PROXY.trim();
  const trustProxy = tp === 'true' ? true : tp === 'false' ? false : /^\d+$/.test(tp) ? Number(tp) : tp;
  return {
    ...c,
    sessionSecret: c.SESSION_SECRET ?? devSessionSecret(),
    trustProxy,
    uploadDir: path.resolve(PROJECT_ROOT, c.UPLOAD_DIR),
    embeddedPgDir: path.resolve(PROJECT_ROOT, c.EMBEDDED_PG_DIR),
    oidc,
    ssoRequiredRoles,
    passwordBreakGlass: c.PASSWORD_LOGIN_BREAK_GLASS.split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
    totpRequiredRoles,
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

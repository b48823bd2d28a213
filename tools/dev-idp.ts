/**
 * `npm run dev:idp`: a local OpenID Connect provider for trying single sign-on — the same
 * oidc-provider setup the tests use (tests/helpers/idp.ts). Sign in there with a SIKAP demo
 * username (e.g. pegawai.rujukan; any password): the provider sends that account's NIP from the
 * SIKAP database as the `nip` claim. An 18-digit NIP typed as the login is sent as is (to try a
 * NIP SIKAP does not know). Development only: the provider checks no password.
 *
 *   IDP_PORT (default 3999), SIKAP_URL (default http://localhost:3000)
 */
import dotenv from 'dotenv';
import pg from 'pg';
import { startIdp } from '../tests/helpers/idp.js';
import { parseConfig } from '../src/config/env.js';
import { EMBEDDED_DB_NAME } from '../src/db/database.js';

dotenv.config({ quiet: true });
const config = parseConfig({ ...process.env, OIDC_ISSUER: undefined, OIDC_CLIENT_ID: undefined, SSO_REQUIRED_ROLES: undefined });
const port = Number(process.env.IDP_PORT ?? 3999);
const sikap = (process.env.SIKAP_URL ?? config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
const dbUrl = config.DATABASE_URL ?? `postgresql://postgres:sikap-embedded@127.0.0.1:${config.EMBEDDED_PG_PORT}/${EMBEDDED_DB_NAME}`;
const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
pool.on('error', () => {});

async function akun(login: string): Promise<{ nip?: string; name?: string } | undefined> {
  if (/^\d{18}$/.test(login)) return { nip: login };
  try {
    const r = await pool.query<{ nip: string | null; nama: string | null }>(
      'SELECT p.nip, p.nama FROM "User" u LEFT JOIN "Pegawai" p ON p.id = u."pegawaiId" WHERE u.username = $1',
      [login.trim().toLowerCase()],
    );
    const row = r.rows[0];
    if (!row) console.log(`[dev:idp] ${login}: tidak ada di basis data SIKAP; dikirim tanpa NIP`);
    return row ? { nip: row.nip ?? undefined, name: row.nama ?? undefined } : undefined;
  } catch (e) {
    console.log(
      `[dev:idp] basis data SIKAP tidak terhubung (${(e as Error).message}); jalankan npm start dulu. ${login} dikirim tanpa NIP.`,
    );
    return undefined;
  }
}

const idp = await startIdp({
  akun,
  port,
  host: 'localhost',
  redirectUris: [`${sikap}/masuk/sso/kembali`],
  postLogoutRedirectUris: [`${sikap}/masuk`],
  clientId: 'sikap-lokal',
  clientSecret: 'rahasia-sikap-lokal-hanya-untuk-mencoba',
});

console.log(`Penyedia identitas uji berjalan di ${idp.issuer}

Jalankan SIKAP (di terminal lain) dengan:

  OIDC_ISSUER=${idp.issuer} \\
  OIDC_CLIENT_ID=${idp.clientId} \\
  OIDC_CLIENT_SECRET=${idp.clientSecret} \\
  OIDC_SCOPES="openid profile nip" \\
  OIDC_BUTTON_LABEL="Masuk dengan SSO Pemda" \\
  PUBLIC_BASE_URL=${sikap} \\
  PORT=${new URL(sikap).port || '80'} \\
  npm start

lalu buka ${sikap}/masuk, tekan "Masuk dengan SSO Pemda", dan masuk di penyedia ini dengan
nama pengguna demo (mis. pegawai.rujukan; kata sandi apa saja). Hentikan dengan Ctrl+C.`);

const stop = async () => {
  await idp.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

/**
 * Issue 18's "done means" in a browser, on the demo data: with the local test provider running
 * (the one `npm run dev:idp` starts), pegawai.rujukan signs in through SSO; admin.bkd, signing in
 * with a password, is asked for a TOTP code. A second app on the demo database has SSO on.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { pino } from 'pino';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  launch,
  newPage,
  shot,
  expectAccessible,
  tataLetak,
  kodeTotp,
  signIn,
  password,
  base as demoBase,
  PHONE,
  DESKTOP,
} from './browser.js';
import { startIdp, type Idp } from '../helpers/idp.js';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import { createPrismaClient } from '../../src/db/client.js';

let browser: Browser;
let idp: Idp;
let server: http.Server;
let sessionPool: pg.Pool;
let prisma: ReturnType<typeof createPrismaClient>;
let base = '';

beforeAll(async () => {
  const url = inject('databaseUrl');
  prisma = createPrismaClient(url, 3);
  sessionPool = new pg.Pool({ connectionString: url, max: 3 });
  sessionPool.on('error', () => {});
  server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  idp = await startIdp({
    // As dev:idp: the login name is a SIKAP username; its NIP comes from the demo data.
    akun: async (login) => {
      if (/^\d{18}$/.test(login)) return { nip: login };
      const u = await prisma.user.findUnique({ where: { username: login }, select: { pegawai: { select: { nip: true, nama: true } } } });
      return u?.pegawai?.nip ? { nip: u.pegawai.nip, name: u.pegawai.nama } : undefined;
    },
    redirectUris: [`${base}/masuk/sso/kembali`],
    postLogoutRedirectUris: [`${base}/masuk`],
  });
  const config = parseConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    SESSION_SECRET: 'e2e-secret-e2e-secret-e2e-secret-012345',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT_PER_15MIN: '1000',
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_SCOPES: 'openid profile nip',
    OIDC_BUTTON_LABEL: 'Masuk dengan SSO Pemda',
    PUBLIC_BASE_URL: base,
  });
  server.on('request', createApp({ prisma, config, sessionPool, logger: pino({ level: 'silent' }) }));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  await idp?.close();
  await sessionPool?.end();
  await prisma?.$disconnect();
});

describe('single sign-on and two-factor sign-in in the browser', () => {
  it('pegawai.rujukan signs in through the local provider and out again, offered the provider logout', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await newPage(browser, viewport);
      await page.goto(`${base}/masuk`);
      await expectAccessible(page);
      expect(await tataLetak(page)).toEqual([]);
      if (viewport === PHONE) await shot(page, 'sso-masuk-360');
      await page.getByRole('link', { name: 'Masuk dengan SSO Pemda' }).click();
      await page.locator('input[name="login"]').fill('pegawai.rujukan');
      await page.locator('input[name="password"]').fill('apa-saja');
      await page.locator('button[type="submit"]').click();
      await page.waitForURL(`${base}/beranda`);
      const u = await prisma.user.findUniqueOrThrow({
        where: { username: 'pegawai.rujukan' },
        select: { pegawai: { select: { nama: true } } },
      });
      expect(await page.textContent('body')).toContain(u.pegawai!.nama);
      if (viewport === DESKTOP) {
        // Out of SIKAP; the provider's logout is offered, not forced.
        await page.locator('#menu-akun').click();
        await page.getByRole('button', { name: 'Keluar' }).click();
        await page.waitForURL(`${base}/masuk`);
        await expect.poll(async () => (await page.textContent('main')) ?? '').toContain('Keluar juga dari penyedia identitas');
        await expectAccessible(page);
      }
      await page.context().close();
    }
  });

  it('a NIP SIKAP does not know gets a page naming it and pointing to BKD', async () => {
    const page = await newPage(browser, PHONE);
    await page.goto(`${base}/masuk/sso`);
    await page.locator('input[name="login"]').fill('198001012010011999');
    await page.locator('input[name="password"]').fill('apa-saja');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/masuk\/sso\/kembali/);
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain('19800101 201001 1 999');
    expect(main).toContain('Hubungi BKD');
    await expectAccessible(page);
    expect(await tataLetak(page)).toEqual([]);
    await shot(page, 'sso-nip-tidak-dikenal-360');
    await page.context().close();
  });

  it('admin.bkd, signing in with a password, is asked for a TOTP code; the profile shows the second factor', async () => {
    const page = await newPage(browser, PHONE);
    await page.goto(`${base}/masuk`);
    await page.getByLabel('NIP atau nama pengguna').fill('admin.bkd');
    await page.getByLabel('Kata sandi').fill(password());
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${base}/masuk/kode`);
    await expectAccessible(page);
    expect(await tataLetak(page)).toEqual([]);
    await shot(page, 'totp-kode-360');
    // A wrong code first: the message is at the field.
    await page.getByLabel('Kode verifikasi').fill('000000');
    await page.getByRole('button', { name: 'Lanjutkan' }).click();
    await expect.poll(async () => (await page.textContent('main')) ?? '').toContain('Kode verifikasi salah');
    await expectAccessible(page);
    await kodeTotp(page);
    await page.waitForURL(`${base}/beranda`);
    await page.goto(`${base}/profil/dua-faktor`);
    expect((await page.textContent('main')) ?? '').toContain('aktif');
    await expectAccessible(page);
    await page.context().close();
  });

  it('the shared browser sign-in helper gets admin.bkd through the code step on the demo app', async () => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, 'admin.bkd');
    await page.goto(`${demoBase()}/admin`);
    expect(new URL(page.url()).pathname).toBe('/admin');
    await page.context().close();
  });

  it('the enrolment page (QR code drawn on the page) fits a phone', async () => {
    const page = await newPage(browser, PHONE);
    await page.goto(`${base}/masuk`);
    await page.getByLabel('NIP atau nama pengguna').fill('kadis.kesehatan');
    await page.getByLabel('Kata sandi').fill(password());
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${base}/beranda`);
    await page.goto(`${base}/profil/dua-faktor`);
    await expect.poll(() => page.locator('.qr-totp svg').count()).toBe(1);
    await expectAccessible(page);
    expect(await tataLetak(page)).toEqual([]);
    await shot(page, 'totp-daftar-360');
    await page.context().close();
  });
});

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider, tests/helpers/idp.ts)
 * started here: the client library talks to it over HTTP (discovery, token, userinfo, JWKS).
 * Redirects are followed by hand between the SIKAP agent and the provider's agent.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import pg from 'pg';
import net from 'node:net';
import request from 'supertest';
import { pino } from 'pino';
import { setupApp, testConfig, csrfFrom, login, type TestContext, type Agent } from '../helpers/app.js';
import { makeOrg, makePegawai, PASSWORD } from '../helpers/factories.js';
import { startIdp, type Idp } from '../helpers/idp.js';
import { createApp } from '../../src/app.js';

const BASE = 'http://sikap.test';
let ctx: TestContext;
let idp: Idp;
let org: Awaited<ReturnType<typeof makeOrg>>;
const nipOf = new Map<string, string>();

function ssoEnv(issuer: string, extra: Record<string, string> = {}) {
  return {
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: 'sikap',
    OIDC_CLIENT_SECRET: 'rahasia-klien-uji-0123456789',
    OIDC_SCOPES: 'openid profile nip',
    OIDC_BUTTON_LABEL: 'Masuk dengan SSO Pemda',
    PUBLIC_BASE_URL: BASE,
    LOGIN_RATE_LIMIT_PER_15MIN: '1000',
    ...extra,
  };
}

beforeAll(async () => {
  idp = await startIdp({
    akun: (login) => (nipOf.has(login) ? { nip: nipOf.get(login)!, name: login } : /^\d{18}$/.test(login) ? { nip: login } : undefined),
    redirectUris: [`${BASE}/masuk/sso/kembali`],
    postLogoutRedirectUris: [`${BASE}/masuk`],
  });
  ctx = await setupApp(ssoEnv(idp.issuer));
  org = await makeOrg(ctx.prisma);
  nipOf.set('staf.idp', org.pegawai.staf.nip!);
  nipOf.set('kadis.idp', org.pegawai.kadis.nip!);
});
afterAll(async () => {
  await ctx?.close();
  await idp?.close();
});

const path = (loc: string) => {
  const u = new URL(loc, BASE);
  return u.pathname + u.search;
};

/** From SIKAP's /masuk/sso to the provider's answer: returns the callback path (with code and state). */
async function diPenyedia(agent: Agent, login: string): Promise<string> {
  const mulai = await agent.get('/masuk/sso');
  expect(mulai.status).toBe(302);
  const auth = new URL(mulai.headers.location as string);
  expect(auth.origin).toBe(idp.issuer);
  expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
  expect(auth.searchParams.get('state')).toBeTruthy();
  expect(auth.searchParams.get('nonce')).toBeTruthy();
  const p = request.agent(idp.issuer);
  let res = await p.get(auth.pathname + auth.search);
  for (let i = 0; i < 10 && res.status >= 300 && res.status < 400; i++) {
    const loc = res.headers.location as string;
    if (loc.startsWith(BASE)) return path(loc);
    res = await p.get(path(loc));
  }
  // The provider's sign-in form.
  expect(res.status).toBe(200);
  const action = /action="([^"]+)"/.exec(res.text)![1]!;
  res = await p.post(path(action)).type('form').send({ prompt: 'login', login, password: 'apa-saja' });
  for (let i = 0; i < 10; i++) {
    expect(res.status, res.text).toBeGreaterThanOrEqual(300);
    const loc = res.headers.location as string;
    if (loc.startsWith(BASE)) return path(loc);
    res = await p.get(path(loc));
  }
  throw new Error('penyedia tidak kembali ke SIKAP');
}

describe('single sign-on (OpenID Connect)', () => {
  it('when SSO is configured, then the sign-in page shows its button beside the password form', async () => {
    const res = await request(ctx.app).get('/masuk');
    expect(res.text).toContain('href="/masuk/sso"');
    expect(res.text).toContain('Masuk dengan SSO Pemda');
    expect(res.text).toContain('name="sandi"');
  });

  it('when a provider user has the NIP of a SIKAP account, then they are signed in as that account, with a new session id, audited as SSO', async () => {
    const agent = request.agent(ctx.app);
    await agent.get('/masuk');
    const before = (await ctx.prisma.session.findMany({ select: { sid: true } })).map((s) => s.sid);
    const kembali = await diPenyedia(agent, 'staf.idp');
    expect(kembali).toMatch(/^\/masuk\/sso\/kembali\?code=/);
    const res = await agent.get(kembali);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/beranda');
    const home = await agent.get('/beranda');
    expect(home.status).toBe(200);
    expect(home.text).toContain('Staf Uji');
    // passport regenerated the session at sign-in: the signed-in session is a new row.
    const rows = await ctx.prisma.session.findMany({ select: { sid: true, sess: true } });
    const mine = rows.find((r) => (r.sess as { passport?: { user?: number } }).passport?.user === org.users.staf.id)!;
    expect(before).not.toContain(mine.sid);
    await new Promise((r) => setTimeout(r, 100));
    const a = await ctx.prisma.auditLog.findFirst({ where: { aksi: 'MASUK', userId: org.users.staf.id }, orderBy: { id: 'desc' } });
    expect(a?.keterangan).toContain('SSO (OpenID Connect)');
    expect(a?.keterangan).toContain('sub staf.idp');

    // Logout ends SIKAP's session and offers the provider's logout (RP-initiated) once.
    const csrf = csrfFrom(home.text);
    const out = await agent.post('/keluar').type('form').send({ _csrf: csrf });
    expect(out.headers.location).toBe('/masuk');
    expect((await agent.get('/beranda')).status).toBe(302);
    const masuk = await agent.get('/masuk');
    const link = /href="([^"]*\/session\/end[^"]*)"/.exec(masuk.text)?.[1];
    expect(link).toBeTruthy();
    const end = new URL(link!.replace(/&amp;/g, '&'));
    expect(end.origin).toBe(idp.issuer);
    expect(end.searchParams.get('id_token_hint')).toBeTruthy();
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${BASE}/masuk`);
    expect((await agent.get('/masuk')).text).not.toContain('/session/end');
  });

  it('when the provider sends a NIP no SIKAP account has, then a page names the NIP and says to contact BKD; no account is made', async () => {
    const agent = request.agent(ctx.app);
    const nip = '198001012010011999';
    const users = await ctx.prisma.user.count();
    const res = await agent.get(await diPenyedia(agent, nip));
    expect(res.status).toBe(403);
    expect(res.text).toContain('19800101 201001 1 999');
    expect(res.text).toContain('Hubungi BKD');
    expect(res.text).not.toMatch(/at \w+ \(|Error:/);
    expect(await ctx.prisma.user.count()).toBe(users);
    expect((await agent.get('/beranda')).status).toBe(302);
  });

  it('when the state that comes back is not the one this session sent, then sign-in is refused plainly', async () => {
    const agent = request.agent(ctx.app);
    const kembali = await diPenyedia(agent, 'staf.idp');
    const u = new URL(kembali, BASE);
    u.searchParams.set('state', 'state-palsu');
    const res = await agent.get(u.pathname + u.search);
    expect(res.status).toBe(400);
    expect(res.text).toContain('state berbeda');
    expect(res.text).not.toMatch(/at \w+ \(|Error:/);
    expect((await agent.get('/beranda')).status).toBe(302);
    // Another browser presenting a genuine answer has no request of its own in its session.
    const lain = request.agent(ctx.app);
    const res2 = await lain.get(await diPenyedia(request.agent(ctx.app), 'staf.idp'));
    expect(res2.status).toBe(400);
    expect(res2.text).toContain('tidak ditemukan atau sudah kedaluwarsa');
  });

  it('when the person cancels at the provider, then its error is shown plainly', async () => {
    const agent = request.agent(ctx.app);
    const mulai = await agent.get('/masuk/sso');
    const p = request.agent(idp.issuer);
    let res = await p.get(path(mulai.headers.location as string));
    while (res.status >= 300 && res.status < 400) res = await p.get(path(res.headers.location as string));
    const uid = /\/interaction\/([^/"]+)/.exec(res.text)![1]!;
    res = await p.get(`/interaction/${uid}/abort`);
    while (!(res.headers.location as string).startsWith(BASE)) res = await p.get(path(res.headers.location as string));
    const out = await agent.get(path(res.headers.location as string));
    expect(out.status).toBe(400);
    expect(out.text).toContain('Penyedia identitas menolak permintaan masuk (access_denied');
    expect(out.text).not.toMatch(/at \w+ \(|Error:/);
  });

  it('when the authorization code has expired, then the provider refuses it and the page says to sign in again', async () => {
    idp.codeTtl = 1;
    try {
      const agent = request.agent(ctx.app);
      const kembali = await diPenyedia(agent, 'staf.idp');
      await new Promise((r) => setTimeout(r, 2_100));
      const res = await agent.get(kembali);
      expect(res.status).toBe(400);
      expect(res.text).toContain('kedaluwarsa atau sudah dipakai');
      expect((await agent.get('/beranda')).status).toBe(302);
    } finally {
      idp.codeTtl = 60;
    }
  });

  it('when the ID token was altered on the way, then its signature check fails and nobody is signed in', async () => {
    idp.tamper = true;
    try {
      const agent = request.agent(ctx.app);
      const res = await agent.get(await diPenyedia(agent, 'staf.idp'));
      expect(res.status).toBe(502);
      expect(res.text).toContain('Tanda tangan token identitas dari penyedia tidak sah');
      expect(res.text).not.toMatch(/at \w+ \(|Error:/);
      expect((await agent.get('/beranda')).status).toBe(302);
    } finally {
      idp.tamper = false;
    }
  });

  it('when a role requires SSO, then its password is refused with a pointer to SSO, while a break-glass admin still uses a password', async () => {
    const c2 = testConfig(
      ssoEnv(idp.issuer, { SSO_REQUIRED_ROLES: 'PEGAWAI,ADMIN_BKD', PASSWORD_LOGIN_BREAK_GLASS: org.users.admin.username }),
      ctx.url,
    );
    const pool = new pg.Pool({ connectionString: ctx.url, max: 2 });
    pool.on('error', () => {});
    try {
      const app2 = createApp({ prisma: ctx.prisma, config: c2, sessionPool: pool, logger: pino({ level: 'silent' }) });
      const agent = request.agent(app2);
      const page = await agent.get('/masuk');
      const res = await agent
        .post('/masuk')
        .type('form')
        .send({ _csrf: csrfFrom(page.text), identitas: org.users.staf.username, sandi: PASSWORD });
      expect(res.status).toBe(403);
      expect(res.text).toContain('wajib masuk melalui Masuk dengan SSO Pemda');
      // A wrong password gets the ordinary answer (nothing learned without the password).
      const salah = await agent
        .post('/masuk')
        .type('form')
        .send({ _csrf: csrfFrom(page.text), identitas: org.users.staf.username, sandi: 'salah-sekali-123' });
      expect(salah.status).toBe(401);
      await login(app2, org.users.admin.username, PASSWORD);
      // SSO still signs the same person in.
      const a2 = request.agent(app2);
      expect((await a2.get(await diPenyedia(a2, 'staf.idp'))).headers.location).toBe('/beranda');
    } finally {
      await pool.end();
    }
  });

  it('when auto-creation is allowed, then a staff record without an account gets one with the Pegawai role only; without a staff record, still none', async () => {
    const baru = await makePegawai(ctx.prisma, { unitId: org.units.seksi.id, jabatanId: org.jabatan.jStaf.id, nama: 'Pegawai Baru SSO' });
    nipOf.set('baru.idp', baru.nip!);
    const c2 = testConfig(ssoEnv(idp.issuer, { OIDC_AUTO_CREATE: 'true' }), ctx.url);
    const pool = new pg.Pool({ connectionString: ctx.url, max: 2 });
    pool.on('error', () => {});
    try {
      const app2 = createApp({ prisma: ctx.prisma, config: c2, sessionPool: pool, logger: pino({ level: 'silent' }) });
      const agent = request.agent(app2);
      expect((await agent.get(await diPenyedia(agent, 'baru.idp'))).headers.location).toBe('/beranda');
      const u = await ctx.prisma.user.findUniqueOrThrow({ where: { pegawaiId: baru.id } });
      expect(u.roles).toEqual(['PEGAWAI']);
      expect(u.username).toBe(baru.nip);
      const a = await ctx.prisma.auditLog.findFirst({ where: { aksi: 'BUAT', entitasId: String(u.id) } });
      expect(a?.keterangan).toContain('otomatis');
      const lain = request.agent(app2);
      const res = await lain.get(await diPenyedia(lain, '198001012010011998'));
      expect(res.status).toBe(403);
      expect(res.text).toContain('Hubungi BKD');
    } finally {
      await pool.end();
    }
  });

  it('when the provider is down, then the SSO button leads to a clear page and password sign-in still works', async () => {
    // A port nobody listens on.
    const srv = net.createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as net.AddressInfo).port;
    await new Promise<void>((r) => srv.close(() => r()));
    const c2 = testConfig(ssoEnv(`http://127.0.0.1:${port}`), ctx.url);
    const pool = new pg.Pool({ connectionString: ctx.url, max: 2 });
    pool.on('error', () => {});
    try {
      const app2 = createApp({ prisma: ctx.prisma, config: c2, sessionPool: pool, logger: pino({ level: 'silent' }) });
      const agent = request.agent(app2);
      expect((await agent.get('/masuk')).text).toContain('href="/masuk/sso"');
      const res = await agent.get('/masuk/sso');
      expect(res.status).toBe(503);
      expect(res.text).toContain('tidak dapat dihubungi');
      expect(res.text).toContain('href="/masuk"');
      expect(res.text).not.toMatch(/at \w+ \(|Error:|ECONNREFUSED/);
      const { agent: a2 } = await login(app2, org.users.kasi.username, PASSWORD);
      expect((await a2.get('/beranda')).status).toBe(200);
    } finally {
      await pool.end();
    }
  });

  it('when the provider goes down after discovery, then the callback says it cannot be reached', async () => {
    const agent = request.agent(ctx.app);
    const kembali = await diPenyedia(agent, 'kadis.idp');
    await idp.close();
    const res = await agent.get(kembali);
    expect(res.status).toBe(503);
    expect(res.text).toContain('tidak dapat dihubungi');
  });
});

describe('without SSO configured', () => {
  it('when no issuer is set, then there is no button and /masuk/sso does not exist', async () => {
    const c2 = testConfig({}, ctx.url);
    const pool = new pg.Pool({ connectionString: ctx.url, max: 2 });
    pool.on('error', () => {});
    try {
      const app2 = createApp({ prisma: ctx.prisma, config: c2, sessionPool: pool, logger: pino({ level: 'silent' }) });
      expect((await request(app2).get('/masuk')).text).not.toContain('/masuk/sso');
      expect((await request(app2).get('/masuk/sso')).status).toBe(404);
    } finally {
      await pool.end();
    }
  });
});

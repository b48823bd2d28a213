import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import { setupApp, csrfFrom, login, type TestContext } from '../helpers/app.js';
import { makeOrg, PASSWORD } from '../helpers/factories.js';
import { unmaskToken } from '../../src/web/csrf.js';
import { createPassport } from '../../src/modules/auth/passport.js';

let ctx: TestContext;
let org: Awaited<ReturnType<typeof makeOrg>>;

beforeAll(async () => {
  ctx = await setupApp({ LOGIN_MAX_FAILED: '3', LOGIN_LOCK_MINUTES: '10' });
  org = await makeOrg(ctx.prisma);
});
afterAll(() => ctx.close());

async function postLogin(agent: ReturnType<typeof request.agent>, identitas: string, sandi: string) {
  const page = await agent.get('/masuk');
  return agent
    .post('/masuk')
    .type('form')
    .send({ _csrf: csrfFrom(page.text), identitas, sandi });
}

describe('sign-in', () => {
  it('when the password is right, then the user lands on the dashboard', async () => {
    const agent = request.agent(ctx.app);
    const res = await postLogin(agent, org.users.staf.username, PASSWORD);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/beranda');
    const home = await agent.get('/beranda');
    expect(home.status).toBe(200);
    expect(home.text).toContain('Staf Uji');
    const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: org.users.staf.id } });
    expect(user.loginTerakhir).not.toBeNull();
  });

  it('when signing in with the 18-digit NIP, then it works too', async () => {
    const agent = request.agent(ctx.app);
    const res = await postLogin(agent, org.pegawai.staf2.nip!, PASSWORD);
    expect(res.status).toBe(302);
  });

  it('when the password is wrong, then the form shows a clear message and keeps the typed NIP', async () => {
    const agent = request.agent(ctx.app);
    const res = await postLogin(agent, org.users.kasiLain.username, 'salah');
    expect(res.status).toBe(401);
    expect(res.text).toContain('kata sandi salah');
    expect(res.text).toContain(`value="${org.users.kasiLain.username}"`);
  });

  it('when a field is empty, then 400 with the message next to the field', async () => {
    const agent = request.agent(ctx.app);
    const page = await agent.get('/masuk');
    const res = await agent
      .post('/masuk')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), identitas: '', sandi: '' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Isi NIP atau nama pengguna.');
    expect(res.text).toContain('Isi kata sandi.');
  });

  it('when the password fails repeatedly, then the account locks even for the right password', async () => {
    const agent = request.agent(ctx.app);
    const name = org.users.stafLain.username;
    await postLogin(agent, name, 'salah1');
    const second = await postLogin(agent, name, 'salah2');
    expect(second.text).toContain('Sisa 1 percobaan');
    const third = await postLogin(agent, name, 'salah3');
    expect(third.status).toBe(423);
    expect(third.text).toContain('dikunci sementara');
    const right = await postLogin(agent, name, PASSWORD);
    expect(right.status).toBe(423);
    const u = await ctx.prisma.user.findUniqueOrThrow({ where: { id: org.users.stafLain.id } });
    expect(u.terkunciHingga!.getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
    // After the lock expires the right password works again.
    await ctx.prisma.user.update({ where: { id: u.id }, data: { terkunciHingga: new Date(Date.now() - 1000) } });
    expect((await postLogin(agent, name, PASSWORD)).status).toBe(302);
  });

  it('when the account is inactive, then sign-in is refused', async () => {
    await ctx.prisma.user.update({ where: { id: org.users.staf2.id }, data: { aktif: false } });
    const res = await postLogin(request.agent(ctx.app), org.users.staf2.username, PASSWORD);
    expect(res.status).toBe(403);
    expect(res.text).toContain('tidak aktif');
    await ctx.prisma.user.update({ where: { id: org.users.staf2.id }, data: { aktif: true } });
  });

  it('when signing in, then the session id changes (no fixation)', async () => {
    const agent = request.agent(ctx.app);
    const page = await agent.get('/masuk?kembali=/profil');
    // The login page itself creates a session for the CSRF token.
    const before = String(page.headers['set-cookie'] ?? '').match(/sikap\.sid=([^;]+)/)?.[1];
    expect(before).toBeTruthy();
    const res = await agent
      .post('/masuk')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), identitas: org.users.kasi.username, sandi: PASSWORD, kembali: '/profil' });
    const after = String(res.headers['set-cookie'] ?? '').match(/sikap\.sid=([^;]+)/)?.[1];
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
    expect(res.headers.location).toBe('/profil');
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/i);
    expect(String(res.headers['set-cookie'])).toMatch(/SameSite=Lax/i);
  });

  it('when the return address points off-site, then it is ignored', async () => {
    const agent = request.agent(ctx.app);
    const page = await agent.get('/masuk');
    const res = await agent
      .post('/masuk')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), identitas: org.users.kasi.username, sandi: PASSWORD, kembali: '//evil.example/x' });
    expect(res.headers.location).toBe('/beranda');
  });
});

describe('CSRF and logout', () => {
  it('when a POST has no CSRF token, then it is rejected with 403 and nothing happens', async () => {
    const res = await request(ctx.app).post('/masuk').type('form').send({ identitas: org.users.staf.username, sandi: PASSWORD });
    expect(res.status).toBe(403);
    expect(res.text).toContain('Formulir kedaluwarsa');
  });

  it('when a POST has a wrong CSRF token, then it is rejected', async () => {
    const agent = request.agent(ctx.app);
    await agent.get('/masuk');
    const res = await agent.post('/masuk').type('form').send({ _csrf: 'palsu', identitas: org.users.staf.username, sandi: PASSWORD });
    expect(res.status).toBe(403);
  });

  it('when logging out, then the old session no longer works server-side', async () => {
    const { agent, csrf } = await login(ctx.app, org.users.kasi.username, PASSWORD);
    const cookie = (await agent.get('/beranda')).request.cookies as unknown as string;
    const out = await agent.post('/keluar').type('form').send({ _csrf: csrf });
    expect(out.status).toBe(302);
    expect(out.headers.location).toBe('/masuk');
    const after = await agent.get('/beranda');
    expect(after.status).toBe(302);
    expect(after.headers.location).toMatch(/^\/masuk/);
    // Replaying the old cookie does not bring the session back.
    const replay = await request(ctx.app).get('/beranda').set('Cookie', cookie);
    expect(replay.status).toBe(302);
  });

  it('when a page is rendered twice, then each carries a different masked token that unmasks to the session token, both work, and the raw token never appears (BREACH)', async () => {
    const agent = request.agent(ctx.app);
    const a = csrfFrom((await agent.get('/masuk')).text);
    const pageB = (await agent.get('/masuk')).text;
    const b = csrfFrom(pageB);
    expect(a).not.toBe(b);
    const raw = unmaskToken(a)!;
    expect(unmaskToken(b)).toBe(raw);
    expect(raw.length).toBeGreaterThan(20);
    expect(pageB).not.toContain(raw);
    // A tampered mask unmasks to something else and is refused.
    const [pad, x] = b.split('.') as [string, string];
    // Change the first character: all six of its bits carry data (the last one's low bits are
    // base64 padding, so changing it can decode to the very same bytes).
    const tampered = `${pad}.${x.startsWith('A') ? 'B' : 'A'}${x.slice(1)}`;
    expect((await agent.post('/masuk').type('form').send({ _csrf: tampered, identitas: 'x', sandi: 'y' })).status).toBe(403);
    expect((await agent.post('/masuk').type('form').send({ _csrf: '.', identitas: 'x', sandi: 'y' })).status).toBe(403);
    // Either rendered token is accepted (the login itself then fails on the password: 200 with the form).
    expect((await agent.post('/masuk').type('form').send({ _csrf: a, identitas: 'x', sandi: 'y' })).status).not.toBe(403);
    expect((await agent.post('/masuk').type('form').send({ _csrf: b, identitas: 'x', sandi: 'y' })).status).not.toBe(403);
  });

  it('logout by GET does not exist', async () => {
    const { agent } = await login(ctx.app, org.users.kasi.username, PASSWORD);
    const res = await agent.get('/keluar');
    expect(res.status).toBe(404);
    expect((await agent.get('/beranda')).status).toBe(200);
  });
});

describe('baseline', () => {
  it('healthz reports the database', async () => {
    const res = await request(ctx.app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok' });
  });
  it('sends strict security headers', async () => {
    const res = await request(ctx.app).get('/masuk');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
  it('unknown pages answer 404 inside the layout, in Indonesian', async () => {
    const res = await request(ctx.app).get('/tidak-ada');
    expect(res.status).toBe(404);
    expect(res.text).toContain('Halaman tidak ditemukan');
    expect(res.text).toContain('lang="id"');
  });
  it('pages are compressed for browsers that accept it (brotli or gzip), and plain otherwise', async () => {
    const gz = await request(ctx.app).get('/masuk').set('Accept-Encoding', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toContain('Masuk');
    const br = await request(ctx.app).get('/masuk').set('Accept-Encoding', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    const plain = await request(ctx.app).get('/masuk').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toContain('Masuk');
  });
  it('assets are served locally', async () => {
    expect((await request(ctx.app).get('/assets/bootstrap/css/bootstrap.min.css')).status).toBe(200);
    expect((await request(ctx.app).get('/static/css/app.css')).status).toBe(200);
    const page = await request(ctx.app).get('/masuk');
    expect(page.text).not.toMatch(/https?:\/\/(cdn|fonts|unpkg|cdnjs)/);
  });
});

describe('password change', () => {
  it('when BKD set a temporary password, then every page leads to the change form until it is replaced', async () => {
    await ctx.prisma.user.update({ where: { id: org.users.kadis.id }, data: { harusGantiSandi: true } });
    // login() follows the redirect to the change form and takes its CSRF token.
    const { agent, csrf } = await login(ctx.app, org.users.kadis.username, PASSWORD);
    const home = await agent.get('/beranda');
    expect(home.status).toBe(302);
    expect(home.headers.location).toBe('/profil/sandi');
    const bad = await agent
      .post('/profil/sandi')
      .type('form')
      .send({ _csrf: csrf, sandiLama: PASSWORD, sandiBaru: 'pendek', ulangi: 'pendek' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('minimal 10 karakter');
    const wrong = await agent
      .post('/profil/sandi')
      .type('form')
      .send({ _csrf: csrf, sandiLama: 'salah', sandiBaru: 'SandiBaru2026', ulangi: 'SandiBaru2026' });
    expect(wrong.text).toContain('Kata sandi saat ini salah.');
    const ok = await agent
      .post('/profil/sandi')
      .type('form')
      .send({ _csrf: csrf, sandiLama: PASSWORD, sandiBaru: 'SandiBaru2026', ulangi: 'SandiBaru2026' });
    expect(ok.status).toBe(302);
    expect((await agent.get('/beranda')).status).toBe(200);
    const u = await ctx.prisma.user.findUniqueOrThrow({ where: { id: org.users.kadis.id } });
    expect(u.harusGantiSandi).toBe(false);
    // The new password works, the old one does not.
    const fresh = request.agent(ctx.app);
    const page = await fresh.get('/masuk');
    expect(
      (
        await fresh
          .post('/masuk')
          .type('form')
          .send({ _csrf: csrfFrom(page.text), identitas: org.users.kadis.username, sandi: PASSWORD })
      ).status,
    ).toBe(401);
  });
});

describe("passport's LocalStrategy", () => {
  /** Runs the app's local strategy the way passport.authenticate does, without HTTP. */
  function runLocal(identitas: string, sandi: string): Promise<{ user?: { id: number }; info?: { reason?: string } }> {
    const passport = createPassport(ctx.prisma, { maxFailed: 3, lockMinutes: 10 });
    const strategy = Object.create((passport as unknown as { _strategy(n: string): object })._strategy('local')) as {
      authenticate(req: unknown): void;
      success(u: { id: number }): void;
      fail(info: { reason?: string }): void;
      error(e: unknown): void;
    };
    return new Promise((resolve, reject) => {
      strategy.success = (user) => resolve({ user });
      strategy.fail = (info) => resolve({ info });
      strategy.error = reject;
      strategy.authenticate({ body: { identitas, sandi }, query: {} });
    });
  }

  it('when the form fields identitas/sandi carry a right password, then the strategy yields that user', async () => {
    const res = await runLocal(org.users.kasi.username, PASSWORD);
    expect(res.user?.id).toBe(org.users.kasi.id);
  });

  it('when the password is wrong, then the strategy fails with the reason the page explains', async () => {
    const res = await runLocal(org.users.kasi.username, 'salah-sekali');
    expect(res.user).toBeUndefined();
    expect(res.info?.reason).toBe('INVALID');
    await ctx.prisma.user.update({ where: { id: org.users.kasi.id }, data: { gagalLogin: 0 } });
  });
});

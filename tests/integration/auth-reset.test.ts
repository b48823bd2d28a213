import crypto from 'node:crypto';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import { setupApp, csrfFrom, login, type TestContext, type Agent } from '../helpers/app.js';
import { makeOrg, PASSWORD } from '../helpers/factories.js';

let ctx: TestContext;
let org: Awaited<ReturnType<typeof makeOrg>>;
let admin: { agent: Agent; csrf: string };
const BARU = 'SandiBaru#2027';

beforeAll(async () => {
  ctx = await setupApp({ PASSWORD_RESET_HOURS: '24' });
  org = await makeOrg(ctx.prisma);
  admin = await login(ctx.app, org.users.admin.username, PASSWORD);
});
afterAll(() => ctx.close());

/** Admin makes a link; returns the token from the page. */
async function buatTautan(userId: number): Promise<string> {
  const res = await admin.agent.post(`/admin/akun/${userId}/tautan-sandi`).type('form').send({ _csrf: admin.csrf });
  expect(res.status).toBe(200);
  expect(res.headers['cache-control']).toBe('no-store');
  const m = res.text.match(/\/sandi\/atur\/([A-Za-z0-9_-]{43})</);
  expect(m).not.toBeNull();
  return m![1]!;
}

async function kirim(token: string, sandiBaru: string, ulangi = sandiBaru, agent = request.agent(ctx.app)) {
  const page = await agent.get(`/sandi/atur/${token}`);
  const csrf = page.status === 200 ? csrfFrom(page.text) : csrfFrom((await agent.get('/masuk')).text);
  return agent.post(`/sandi/atur/${token}`).type('form').send({ _csrf: csrf, sandiBaru, ulangi });
}

describe('password reset links', () => {
  it('when an admin makes a link, then only its hash is stored, it works once, the old password stops working, and a second use is refused', async () => {
    const u = org.users.staf;
    const token = await buatTautan(u.id);
    const rows = await ctx.prisma.tokenResetSandi.findMany({ where: { userId: u.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(crypto.createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(await ctx.prisma.auditLog.count({ where: { aksi: 'TAUTAN_RESET_SANDI', entitasId: String(u.id) } })).toBe(1);

    const page = await request(ctx.app).get(`/sandi/atur/${token}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(u.username);
    expect(page.headers['referrer-policy']).toBe('no-referrer');

    const ok = await kirim(token, BARU);
    expect(ok.status).toBe(302);
    expect(ok.headers.location).toBe('/masuk');
    await expect(login(ctx.app, u.username, BARU)).resolves.toBeTruthy();
    await expect(login(ctx.app, u.username, PASSWORD)).rejects.toThrow();

    const again = await request(ctx.app).get(`/sandi/atur/${token}`);
    expect(again.status).toBe(410);
    expect(again.text).toContain('tidak berlaku');
    const reuse = await kirim(token, 'LainLagi#2028');
    expect(reuse.status).toBe(410);
    await expect(login(ctx.app, u.username, 'LainLagi#2028')).rejects.toThrow();
  });

  it('when the password breaks the rule, then the form says why in Indonesian and the link stays valid', async () => {
    const token = await buatTautan(org.users.staf2.id);
    const weak = await kirim(token, 'pendek');
    expect(weak.status).toBe(400);
    expect(weak.text).toContain('minimal 10 karakter');
    const mismatch = await kirim(token, BARU, BARU + 'x');
    expect(mismatch.status).toBe(400);
    expect(mismatch.text).toContain('Ulangan kata sandi tidak sama');
    expect((await request(ctx.app).get(`/sandi/atur/${token}`)).status).toBe(200);
    expect((await kirim(token, BARU)).status).toBe(302);
  });

  it('when a link has expired or a newer link was made, then it is refused', async () => {
    const u = org.users.kasiLain;
    const first = await buatTautan(u.id);
    const second = await buatTautan(u.id);
    expect((await request(ctx.app).get(`/sandi/atur/${first}`)).status).toBe(410);
    expect((await kirim(first, BARU)).status).toBe(410);
    await ctx.prisma.tokenResetSandi.updateMany({
      where: { userId: u.id, dipakaiPada: null },
      data: { kedaluwarsa: new Date(Date.now() - 1000) },
    });
    expect((await request(ctx.app).get(`/sandi/atur/${second}`)).status).toBe(410);
    expect((await kirim(second, BARU)).status).toBe(410);
    await expect(login(ctx.app, u.username, PASSWORD)).resolves.toBeTruthy();
  });

  it('when tokens are made up, malformed or for a deactivated account, then 410 and never a 500', async () => {
    for (const bad of ['x', '1', 'A'.repeat(43), '%00', 'a'.repeat(500), crypto.randomBytes(32).toString('base64url')]) {
      const res = await request(ctx.app).get(`/sandi/atur/${encodeURIComponent(bad)}`);
      expect([404, 410]).toContain(res.status);
    }
    const u = org.users.stafLain;
    const token = await buatTautan(u.id);
    await ctx.prisma.user.update({ where: { id: u.id }, data: { aktif: false } });
    expect((await request(ctx.app).get(`/sandi/atur/${token}`)).status).toBe(410);
    await ctx.prisma.user.update({ where: { id: u.id }, data: { aktif: true } });
  });

  it('when the link is used, then every session of the account ends, including one open in the same browser', async () => {
    const u = org.users.kadis;
    const other = await login(ctx.app, u.username, PASSWORD);
    const same = await login(ctx.app, u.username, PASSWORD);
    const token = await buatTautan(u.id);
    const res = await kirim(token, BARU, BARU, same.agent);
    expect(res.status).toBe(302);
    const masuk = await same.agent.get('/masuk');
    expect(masuk.status).toBe(200);
    expect(masuk.text).toContain('Kata sandi baru tersimpan');
    expect((await other.agent.get('/beranda')).status).toBe(302);
    expect((await same.agent.get('/beranda')).status).toBe(302);
  });

  it('when two submissions of one link race, then exactly one sets the password', async () => {
    const u = org.users.kasi;
    const token = await buatTautan(u.id);
    const a = request.agent(ctx.app);
    const b = request.agent(ctx.app);
    const [ca, cb] = [csrfFrom((await a.get(`/sandi/atur/${token}`)).text), csrfFrom((await b.get(`/sandi/atur/${token}`)).text)];
    const [ra, rb] = await Promise.all([
      a.post(`/sandi/atur/${token}`).type('form').send({ _csrf: ca, sandiBaru: 'Pertama#20261', ulangi: 'Pertama#20261' }),
      b.post(`/sandi/atur/${token}`).type('form').send({ _csrf: cb, sandiBaru: 'Kedua#202612', ulangi: 'Kedua#202612' }),
    ]);
    expect([ra.status, rb.status].sort()).toEqual([302, 410]);
    const winner = ra.status === 302 ? 'Pertama#20261' : 'Kedua#202612';
    await expect(login(ctx.app, u.username, winner)).resolves.toBeTruthy();
  });

  it('when a non-admin or a request without CSRF tries to make a link, then it is refused', async () => {
    const live = () => ctx.prisma.tokenResetSandi.count({ where: { userId: org.users.stafLain.id } });
    const before = await live();
    const staf = await login(ctx.app, org.users.staf2.username, BARU);
    const res = await staf.agent.post(`/admin/akun/${org.users.stafLain.id}/tautan-sandi`).type('form').send({ _csrf: staf.csrf });
    expect([403, 404]).toContain(res.status);
    const noCsrf = await admin.agent.post(`/admin/akun/${org.users.stafLain.id}/tautan-sandi`).type('form').send({});
    expect(noCsrf.status).toBe(403);
    expect(await live()).toBe(before);
  });

  it('the sign-in page links to the explanation of how to get a link', async () => {
    const res = await request(ctx.app).get('/masuk');
    expect(res.text).toContain('href="/sandi/lupa"');
    const lupa = await request(ctx.app).get('/sandi/lupa');
    expect(lupa.status).toBe(200);
    expect(lupa.text).toContain('Admin BKD');
  });
});

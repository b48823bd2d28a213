/**
 * Two-factor sign-in (TOTP) with the app's default settings: required for Admin BKD, optional
 * for everyone else (DEFAULT_TOTP removes the test default that switches the requirement off).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import { generate } from 'otplib';
import { setupApp, csrfFrom, login, DEFAULT_TOTP, type TestContext, type Agent } from '../helpers/app.js';
import { makeOrg, makeUser, makePegawai, PASSWORD } from '../helpers/factories.js';
import { hashKodePemulihan } from '../../src/modules/auth/dua-faktor.service.js';

let ctx: TestContext;
let org: Awaited<ReturnType<typeof makeOrg>>;

beforeAll(async () => {
  ctx = await setupApp({ ...DEFAULT_TOTP, LOGIN_RATE_LIMIT_PER_15MIN: '1000' });
  org = await makeOrg(ctx.prisma);
});
afterAll(async () => {
  await ctx?.close();
});

/** A code for the step `langkah` steps from now (0 = current). */
const kodeUntuk = (rahasia: string, langkah = 0) => generate({ secret: rahasia, epoch: Math.floor(Date.now() / 1000) + langkah * 30 });

const cookie = (res: { headers: Record<string, unknown> }) =>
  ((res.headers['set-cookie'] as string[] | undefined) ?? []).find((c) => c.startsWith('sikap.sid='))?.split(';')[0];

async function langkahSandi(agent: Agent, identitas: string) {
  const page = await agent.get('/masuk');
  return agent
    .post('/masuk')
    .type('form')
    .send({ _csrf: csrfFrom(page.text), identitas, sandi: PASSWORD });
}

async function kirimKode(agent: Agent, kode: string) {
  const page = await agent.get('/masuk/kode');
  return agent
    .post('/masuk/kode')
    .type('form')
    .send({ _csrf: csrfFrom(page.text), kode });
}

/** Enrols through the profile page; returns the secret and the recovery codes shown. */
async function daftar(agent: Agent): Promise<{ rahasia: string; kodePemulihan: string[] }> {
  const page = await agent.get('/profil/dua-faktor');
  expect(page.status).toBe(200);
  expect(page.text).toContain('<svg');
  const rahasia = /id="kunci-rahasia">([^<]+)</.exec(page.text)![1]!.replace(/\s+/g, '');
  const res = await agent
    .post('/profil/dua-faktor/aktifkan')
    .type('form')
    .send({ _csrf: csrfFrom(page.text), kode: await kodeUntuk(rahasia) });
  expect(res.status).toBe(200);
  expect(res.headers['cache-control']).toContain('no-store');
  const kodePemulihan = [...res.text.matchAll(/<li>([a-z2-9]{5}-[a-z2-9]{5})<\/li>/g)].map((m) => m[1]!);
  return { rahasia, kodePemulihan };
}

describe('two-factor sign-in, default settings', () => {
  let adminRahasia = '';
  let adminKode: string[] = [];

  it('when an Admin BKD without a second factor signs in with a password, then only enrolment is open until a code confirms it', async () => {
    const agent = request.agent(ctx.app);
    const res = await langkahSandi(agent, org.users.admin.username);
    expect(res.headers.location).toBe('/profil/dua-faktor');
    const admin = await agent.get('/admin');
    expect(admin.status).toBe(303);
    expect(admin.headers.location).toBe('/profil/dua-faktor');
    // A POST elsewhere is refused the same way.
    const page = await agent.get('/profil/dua-faktor');
    expect(page.text).toContain('Peran Anda mewajibkan verifikasi dua langkah');
    expect(page.text).not.toContain('Matikan verifikasi');
    const post = await agent
      .post('/admin/akun/baru')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), username: 'x' });
    expect(post.status).toBe(303);

    // A wrong code is refused at the field; the same QR code stays.
    const rahasia = /id="kunci-rahasia">([^<]+)</.exec(page.text)![1]!;
    const salah = await agent
      .post('/profil/dua-faktor/aktifkan')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), kode: '000000' });
    expect(salah.status).toBe(400);
    expect(salah.text).toContain('Kode tidak cocok');
    expect(salah.text).toContain('aria-invalid="true"');
    expect(salah.text).toContain(rahasia);

    const out = await daftar(agent);
    adminRahasia = out.rahasia;
    adminKode = out.kodePemulihan;
    expect(adminKode).toHaveLength(10);
    expect(new Set(adminKode).size).toBe(10);
    // Hashed at rest: the stored values are sha-256 of the codes, never the codes.
    const rows = await ctx.prisma.kodePemulihan.findMany({ where: { userId: org.users.admin.id } });
    expect(rows).toHaveLength(10);
    for (const r of rows) expect(adminKode).not.toContain(r.kodeHash);
    expect(rows.map((r) => r.kodeHash).sort()).toEqual(adminKode.map(hashKodePemulihan).sort());
    // Shown once: the page does not show them again.
    expect((await agent.get('/profil/dua-faktor')).text).not.toContain(adminKode[0]!);
    expect((await agent.get('/admin')).status).toBe(200);
    const a = await ctx.prisma.auditLog.findFirst({ where: { aksi: 'DUA_FAKTOR_AKTIF', userId: org.users.admin.id } });
    expect(a).toBeTruthy();
  });

  it('when an enrolled user gives the right password, then nobody is signed in until the code, and the code step makes a new session id', async () => {
    const agent = request.agent(ctx.app);
    const res = await langkahSandi(agent, org.users.admin.username);
    expect(res.headers.location).toBe('/masuk/kode');
    const setengah = cookie(res);
    expect(setengah).toBeTruthy();
    // Half signed in: no page opens.
    const home = await agent.get('/beranda');
    expect(home.status).toBe(302);
    expect(home.headers.location).toMatch(/^\/masuk/);
    const sesi = await ctx.prisma.session.findMany({ select: { sess: true } });
    const half = sesi.find((s) => (s.sess as { masukSebagian?: { userId: number } }).masukSebagian?.userId === org.users.admin.id);
    expect(half).toBeTruthy();
    expect((half!.sess as { passport?: unknown }).passport).toBeUndefined();

    // The same code as enrolment cannot be replayed; the next step's code (one step early) passes.
    const replay = await kirimKode(agent, await kodeUntuk(adminRahasia));
    expect(replay.status).toBe(401);
    expect(replay.text).toContain('Kode verifikasi salah');
    const ok = await kirimKode(agent, await kodeUntuk(adminRahasia, 1));
    expect(ok.status).toBe(302);
    expect(ok.headers.location).toBe('/beranda');
    expect(cookie(ok)).toBeTruthy();
    expect(cookie(ok)).not.toBe(setengah);
    expect((await agent.get('/admin')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    const a = await ctx.prisma.auditLog.findFirst({ where: { aksi: 'MASUK', userId: org.users.admin.id }, orderBy: { id: 'desc' } });
    expect(a?.keterangan).toBe('Metode: kata sandi + kode autentikator');
  });

  it('when a recovery code is used, then it signs in once and never again', async () => {
    const kode = adminKode[0]!;
    const a1 = request.agent(ctx.app);
    await langkahSandi(a1, org.users.admin.username);
    const ok = await kirimKode(a1, kode.toUpperCase());
    expect(ok.status).toBe(302);
    const beranda = await a1.get('/beranda');
    expect(beranda.text).toContain('Sisa 9 kode pemulihan');
    const a2 = request.agent(ctx.app);
    await langkahSandi(a2, org.users.admin.username);
    const lagi = await kirimKode(a2, kode);
    expect(lagi.status).toBe(401);
    expect(await ctx.prisma.kodePemulihan.count({ where: { userId: org.users.admin.id, dipakaiPada: null } })).toBe(9);
    await ctx.prisma.user.update({ where: { id: org.users.admin.id }, data: { gagalLogin: 0 } });
  });

  it('when wrong codes are typed, then they count like wrong passwords and lock the account', async () => {
    const u = await makeUser(ctx.prisma, { username: 'admin.kunci', roles: ['ADMIN_BKD'] });
    const a0 = request.agent(ctx.app);
    await langkahSandi(a0, u.username);
    await daftar(a0);
    const agent = request.agent(ctx.app);
    expect((await langkahSandi(agent, u.username)).headers.location).toBe('/masuk/kode');
    for (let i = 1; i <= 4; i++) {
      const res = await kirimKode(agent, '123456');
      expect(res.status).toBe(401);
      if (i === 3) expect(res.text).toContain('Sisa 2 percobaan');
    }
    const kunci = await kirimKode(agent, '123456');
    expect(kunci.status).toBe(423);
    expect(kunci.text).toContain('Akun dikunci sementara');
    // Locked: the half-signed-in state is gone, and the right password is refused too.
    const kode = await agent.get('/masuk/kode');
    expect(kode.headers.location).toBe('/masuk');
    const again = await langkahSandi(request.agent(ctx.app), u.username);
    expect(again.status).toBe(423);
    const audit = await ctx.prisma.auditLog.findFirst({ where: { aksi: 'AKUN_TERKUNCI', userId: u.id } });
    expect(audit?.keterangan).toContain('kode verifikasi salah');
  });

  it('when the code step is flooded from one address, then the sign-in rate limit answers 429', async () => {
    const c = await setupApp({ ...DEFAULT_TOTP, LOGIN_RATE_LIMIT_PER_15MIN: '3' });
    try {
      const o = await makeOrg(c.prisma);
      await c.prisma.user.update({
        where: { id: o.users.staf.id },
        data: { totpRahasia: 'SIKAPDEMOADMINBKDRAHASIATOTPQRST', totpAktifSejak: new Date() },
      });
      const agent = request.agent(c.app);
      expect((await langkahSandi(agent, o.users.staf.username)).headers.location).toBe('/masuk/kode');
      expect((await kirimKode(agent, '111111')).status).toBe(401);
      expect((await kirimKode(agent, '222222')).status).toBe(401);
      const limited = await kirimKode(agent, '333333');
      expect(limited.status).toBe(429);
      expect(limited.text).toContain('Terlalu banyak percobaan');
    } finally {
      await c.close();
    }
  });

  it('when Admin BKD resets a person’s second factor, then it is audited, their sessions end, and they enrol again', async () => {
    const peg = await makePegawai(ctx.prisma, { unitId: org.units.seksi.id, jabatanId: org.jabatan.jStaf.id });
    const u = await makeUser(ctx.prisma, { username: 'admin.hilang', pegawaiId: peg.id, roles: ['PEGAWAI', 'ADMIN_BKD'] });
    const own = request.agent(ctx.app);
    await langkahSandi(own, u.username);
    await daftar(own);
    expect((await own.get('/beranda')).status).toBe(200);

    const admin = request.agent(ctx.app);
    await langkahSandi(admin, org.users.admin.username);
    await kirimKode(admin, adminKode[1]!);
    const detail = await admin.get(`/admin/akun/${u.id}`);
    expect(detail.text).toContain('Atur ulang verifikasi dua langkah');
    const res = await admin
      .post(`/admin/akun/${u.id}/reset-dua-faktor`)
      .type('form')
      .send({ _csrf: csrfFrom(detail.text) });
    expect(res.status).toBe(302);
    const after = await ctx.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(after.totpRahasia).toBeNull();
    expect(await ctx.prisma.kodePemulihan.count({ where: { userId: u.id } })).toBe(0);
    const a = await ctx.prisma.auditLog.findFirst({ where: { aksi: 'RESET_DUA_FAKTOR', entitasId: String(u.id) } });
    expect(a?.userId).toBe(org.users.admin.id);
    expect((await own.get('/beranda')).status).toBe(302);
    // Next password sign-in: straight to enrolment again (the role requires it).
    expect((await langkahSandi(request.agent(ctx.app), u.username)).headers.location).toBe('/profil/dua-faktor');
  });

  it('when someone whose role does not require it signs in, then no code is asked; they may turn it on and off', async () => {
    const { agent } = await login(ctx.app, org.users.staf.username, PASSWORD);
    const page = await agent.get('/profil');
    expect(page.text).toContain('href="/profil/dua-faktor"');
    const { rahasia, kodePemulihan } = await daftar(agent);
    const a2 = request.agent(ctx.app);
    expect((await langkahSandi(a2, org.users.staf.username)).headers.location).toBe('/masuk/kode');
    expect((await kirimKode(a2, kodePemulihan[0]!)).status).toBe(302);
    const p2 = await a2.get('/profil/dua-faktor');
    expect(p2.text).toContain('Matikan verifikasi dua langkah');
    // A wrong code is refused at the field; wrong codes here are limited per account.
    const salah = await a2
      .post('/profil/dua-faktor/nonaktifkan')
      .type('form')
      .send({ _csrf: csrfFrom(p2.text), kode: '000000' });
    expect(salah.status).toBe(400);
    expect(salah.text).toContain('Kode tidak cocok');
    expect(salah.text).toContain('aria-invalid="true"');
    const mati = await a2
      .post('/profil/dua-faktor/nonaktifkan')
      .type('form')
      .send({ _csrf: csrfFrom(p2.text), kode: await kodeUntuk(rahasia, 1) });
    expect(mati.status).toBe(302);
    expect((await langkahSandi(request.agent(ctx.app), org.users.staf.username)).headers.location).toBe('/beranda');
    // Ten wrong codes in 15 minutes (the one above counts), then the forms answer 429.
    const p3 = await a2.get('/profil/dua-faktor');
    for (let i = 0; i < 9; i++)
      expect(
        (
          await a2
            .post('/profil/dua-faktor/aktifkan')
            .type('form')
            .send({ _csrf: csrfFrom(p3.text), kode: '000000' })
        ).status,
      ).toBe(400);
    const batas = await a2
      .post('/profil/dua-faktor/aktifkan')
      .type('form')
      .send({ _csrf: csrfFrom(p3.text), kode: '000000' });
    expect(batas.status).toBe(429);
    expect(batas.text).toContain('Terlalu banyak percobaan');
  });

  it('when TOTP_ENCRYPTION_KEY is set, then the stored secret is encrypted and sign-in still works', async () => {
    const c = await setupApp({ ...DEFAULT_TOTP, TOTP_ENCRYPTION_KEY: 'kunci-enkripsi-totp-uji-0123456789abcdef' });
    try {
      const o = await makeOrg(c.prisma);
      const a0 = request.agent(c.app);
      await langkahSandi(a0, o.users.admin.username);
      const { rahasia } = await daftar(a0);
      const stored = (await c.prisma.user.findUniqueOrThrow({ where: { id: o.users.admin.id } })).totpRahasia!;
      expect(stored.startsWith('v1:')).toBe(true);
      expect(stored).not.toContain(rahasia);
      const agent = request.agent(c.app);
      await langkahSandi(agent, o.users.admin.username);
      expect((await kirimKode(agent, await kodeUntuk(rahasia, 1))).headers.location).toBe('/beranda');
    } finally {
      await c.close();
    }
  });
});

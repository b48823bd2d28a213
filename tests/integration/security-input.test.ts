/**
 * Security probes on what people type and send: XSS payloads in every free-text field rendered
 * escaped on every page, sign-in hardening (lockout, rate limit, session fixation, logout,
 * cookie flags, headers) and uploads (size, disguised type, traversal names, no public path).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import pg from 'pg';
import { pino } from 'pino';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import { PROJECT_ROOT } from '../../src/lib/paths.js';
import { setupApp, login, csrfFrom, testConfig, type TestContext } from '../helpers/app.js';
import { PASSWORD } from '../helpers/factories.js';
import { routeTable, expand, rawText, ProbeLog, makeWorld, type World, type SuperAgent } from '../helpers/security.js';

let ctx: TestContext;
let w: World;
const log = new ProbeLog();
const as: Record<string, { agent: SuperAgent; csrf: string }> = {};

const XSS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", 'javascript:alert(1)'];
const ALL = XSS.join(' ');
/** What must never reach a page raw. */
const RAW = [
  /<script>alert\(1\)<\/script>/i,
  /<img src=x onerror/i,
  /<svg onload/i,
  /(href|src|action|formaction)\s*=\s*["']?\s*javascript:/i,
];

beforeAll(async () => {
  ctx = await setupApp({ UPLOAD_MAX_MB: '0.5' });
  w = await makeWorld(ctx.prisma, ctx.config.uploadDir);
  for (const [k, u] of Object.entries({
    staf: w.org.users.staf,
    staf2: w.org.users.staf2,
    kasi: w.org.users.kasi,
    kadis: w.org.users.kadis,
    admin: w.org.users.admin,
  })) {
    as[k] = await login(ctx.app, u.username, PASSWORD);
  }
});
afterAll(async () => {
  log.report('masukan: XSS + auth + unggahan');
  await ctx?.close();
});

async function fresh(a: SuperAgent, p = '/beranda') {
  return csrfFrom((await a.get(p)).text);
}

describe('XSS: payloads typed into free-text fields come back escaped wherever they are shown', () => {
  let kasiPen: number;

  beforeAll(async () => {
    const { org, komp } = w;
    // Typed through the real endpoints.
    const own = w.ownPen;
    const iki = own.rhk[0]!.indikator[0]!;
    const s = await as
      .staf!.agent.post(`/penilaian/${own.id}/autosave`)
      .set('x-csrf-token', await fresh(as.staf!.agent))
      .set('Accept', 'application/json')
      .send({
        versi: own.versi,
        fields: { 'perilaku-AKUNTABEL': ALL, 'perilaku-LOYAL': XSS[1], [`iki-${iki.id}-narasi`]: ALL },
        base: {
          'perilaku-AKUNTABEL': 'Refleksi milik staf',
          'perilaku-LOYAL': 'Refleksi milik staf',
          [`iki-${iki.id}-narasi`]: 'Narasi milik staf',
        },
      });
    expect(s.status, JSON.stringify(s.body)).toBe(200);
    const r = await as
      .kasi!.agent.post(`/tim/penilaian/${w.staf2Pen.id}/autosave`)
      .set('x-csrf-token', await fresh(as.kasi!.agent))
      .set('Accept', 'application/json')
      .send({
        versi: w.staf2Pen.versi,
        fields: { umpanBalik: ALL, catatanPengembangan: XSS[2] },
        base: { umpanBalik: '', catatanPengembangan: '' },
      });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const d = await as
      .kasi!.agent.post(`/umpanbalik/dialog/${org.pegawai.staf.id}`)
      .type('form')
      .send({ _csrf: as.kasi!.csrf, jenis: 'CHECKIN', tanggal: '2026-03-03', catatan: ALL, tindakLanjut: XSS[0], sasaran: '' });
    expect(d.status).toBe(302);
    // The supervisor's own final appraisal, so they can lodge an objection with a payload as the reason.
    const p = await ctx.prisma.penilaianKinerja.create({
      data: {
        periodeId: w.periode.id,
        pegawaiId: org.pegawai.kasi.id,
        unitId: org.pegawai.kasi.unitId,
        jabatanId: org.pegawai.kasi.jabatanId,
        penilaiId: org.pegawai.kadis.id,
        status: 'FINAL',
        ratingHasilKerja: 'SESUAI',
        ratingPerilaku: 'DI_BAWAH',
        predikat: 'BUTUH_PERBAIKAN',
        difinalkanPada: new Date(),
      },
    });
    kasiPen = p.id;
    const k = await as
      .kasi!.agent.post(`/penilaian/${p.id}/keberatan`)
      .type('form')
      .send({ _csrf: as.kasi!.csrf, alasan: `Keberatan ${ALL}` });
    expect(k.status).toBe(302);
    // Stored directly where the form belongs to another team's module (same columns the forms write).
    await ctx.prisma.notifikasi.create({
      data: { userId: org.users.staf.id, judul: `Judul ${XSS[0]}`, pesan: ALL, tautan: 'javascript:alert(1)' },
    });
    await ctx.prisma.pegawai.update({ where: { id: org.pegawai.staf2.id }, data: { nama: `Dua ${XSS[1]}`, gelarBelakang: XSS[0] } });
    await ctx.prisma.unitKerja.update({ where: { id: org.units.seksi.id }, data: { nama: `Seksi ${XSS[2]}` } });
    await ctx.prisma.jabatan.update({ where: { id: org.jabatan.jStaf.id }, data: { nama: `Jabatan ${XSS[0]}` } });
    await ctx.prisma.kompetensi.update({ where: { id: komp.id }, data: { definisi: ALL } });
    await ctx.prisma.penghargaan.create({
      data: {
        pegawaiId: org.pegawai.staf.id,
        periodeId: w.periode.id,
        kategori: XSS[1],
        alasan: ALL,
        tanggal: new Date('2026-04-02T00:00:00Z'),
        dicatatOleh: org.users.admin.id,
      },
    });
    await ctx.prisma.kontenSosialisasi.create({
      data: {
        jenis: 'HALAMAN',
        judul: `Panduan ${XSS[0]}`,
        slug: 'panduan-xss',
        status: 'TERBIT',
        diterbitkanPada: new Date(),
        isi: `# Judul\n\n${ALL}\n\n[klik](javascript:alert(1)) <a href="javascript:alert(1)">a</a> <iframe src="https://x"></iframe>`,
      },
    });
    await ctx.prisma.kontenSosialisasi.create({
      data: {
        jenis: 'PENGUMUMAN',
        judul: `Pengumuman ${XSS[1]}`,
        slug: 'pengumuman-xss',
        status: 'TERBIT',
        diterbitkanPada: new Date(),
        isi: ALL,
      },
    });
    const t = await ctx.prisma.tautanUmpanBalikPublik.create({
      data: { token: 'tokenxss', unitId: org.units.opd.id, pegawaiId: org.pegawai.staf.id },
    });
    await ctx.prisma.umpanBalikPublik.create({
      data: {
        tautanId: t.id,
        unitId: org.units.opd.id,
        pegawaiId: org.pegawai.staf.id,
        skor: 4,
        komentar: ALL,
        jenisLayanan: XSS[0],
        status: 'DISETUJUI',
      },
    });
    await ctx.prisma.riwayatPelatihan.create({
      data: {
        pegawaiId: org.pegawai.staf.id,
        judul: `Pelatihan ${XSS[0]}`,
        penyelenggara: XSS[1],
        tanggalMulai: new Date('2026-02-01T00:00:00Z'),
        tanggalSelesai: new Date('2026-02-02T00:00:00Z'),
        jp: 8,
      },
    });
  });

  function ids(param: string): string[] {
    const o = w.org;
    switch (param) {
      case 'id':
        return [String(w.ownPen.id), String(w.staf2Pen.id), String(kasiPen), String(o.pegawai.staf.id)];
      case 'pegawaiId':
        return [String(o.pegawai.staf.id), String(o.pegawai.staf2.id)];
      case 'slug':
        return ['panduan-xss', 'pengumuman-xss'];
      case 'token':
        return ['tokenxss'];
      case 'unitId':
        return [String(o.units.opd.id), String(o.units.seksi.id)];
      case 'periodeId':
        return [String(w.periode.id)];
      default:
        return ['1'];
    }
  }

  it('when every page is opened by every role, then no payload appears raw and the typed text shows escaped', async () => {
    const pages = routeTable(ctx.app)
      .filter((r) => r.method === 'GET')
      .flatMap((r) => expand(r, ids, 4));
    // Keberatan: the decider is the supervisor's own atasan.
    const k = await ctx.prisma.keberatan.findFirstOrThrow({ where: { penilaianId: kasiPen } });
    pages.push(`/keberatan/${k.id}`);
    const escapedSeen = new Set<string>();
    for (const who of ['staf', 'staf2', 'kasi', 'kadis', 'admin']) {
      for (let i = 0; i < pages.length; i += 6) {
        await Promise.all(
          pages.slice(i, i + 6).map(async (url) => {
            const res = await as[who]!.agent.get(url).buffer(true).parse(rawText);
            if (!/html/.test(String(res.headers['content-type'] ?? ''))) return;
            const body = String(res.body ?? '');
            for (const re of RAW) log.check(!re.test(body), `raw ${re.source} in ${who} GET ${url} (${res.status})`);
            if (res.status === 200 && body.includes('&lt;script&gt;alert(1)&lt;/script&gt;')) escapedSeen.add(url.replace(/\d+/g, ':n'));
          }),
        );
      }
    }
    expect(log.fresh()).toEqual([]);
    // The payloads really were rendered (escaped), so this test can fail.
    for (const p of ['/penilaian/:n/diri', '/tim/penilaian/:n', '/umpanbalik/dialog/:n', '/notifikasi', '/keberatan/:n', '/tim']) {
      expect([...escapedSeen], p).toContain(p);
    }
  }, 120_000);
});

describe('sign-in hardening', () => {
  it('when passwords are guessed, then the account locks and the address is rate-limited', async () => {
    const pool = new pg.Pool({ connectionString: ctx.url, max: 2 });
    const cfg = testConfig({ LOGIN_MAX_FAILED: '3', LOGIN_RATE_LIMIT_PER_15MIN: '8' }, ctx.url);
    const app = createApp({ prisma: ctx.prisma, config: cfg, sessionPool: pool, logger: pino({ level: 'silent' }) });
    try {
      const agent = request.agent(app);
      const csrf = csrfFrom((await agent.get('/masuk')).text);
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        const res = await agent
          .post('/masuk')
          .type('form')
          .send({ _csrf: csrf, identitas: w.org.users.staf2.username, sandi: `tebakan${i}` });
        statuses.push(res.status);
      }
      // 2 wrong → 401, then locked (423) even if the guess were right, then the limiter (429).
      log.check(statuses[0] === 401 && statuses[1] === 401, `first guesses: ${statuses}`);
      log.check(statuses[2] === 423 && statuses.slice(3, 8).every((s) => s === 423), `lockout: ${statuses}`);
      log.check(
        statuses.slice(8).every((s) => s === 429),
        `rate limit: ${statuses}`,
      );
      const locked = await ctx.prisma.user.findUniqueOrThrow({ where: { id: w.org.users.staf2.id } });
      log.check(!!locked.terkunciHingga && locked.terkunciHingga > new Date(), 'account not locked in the database');
      const right = await agent.post('/masuk').type('form').send({ _csrf: csrf, identitas: w.org.users.kadis.username, sandi: PASSWORD });
      log.check(right.status === 429, `limiter also stops a right password from the same address: ${right.status}`);
      expect(log.fresh()).toEqual([]);
    } finally {
      await ctx.prisma.user.update({ where: { id: w.org.users.staf2.id }, data: { terkunciHingga: null, gagalLogin: 0 } });
      await pool.end();
    }
  });

  it('when signing in, then the session id changes; when signing out, then the old cookie is dead server-side', async () => {
    const agent = request.agent(ctx.app);
    const page = await agent.get('/masuk');
    const before = String(page.headers['set-cookie'] ?? '').match(/sikap\.sid=([^;]+)/)?.[1];
    const res = await agent
      .post('/masuk')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), identitas: w.org.users.kadis.username, sandi: PASSWORD });
    const cookie = String(res.headers['set-cookie'] ?? '');
    const after = cookie.match(/sikap\.sid=([^;]+)/)?.[1];
    log.check(!!before && !!after && before !== after, 'session id kept across login (fixation)');
    log.check(/HttpOnly/i.test(cookie), 'cookie without HttpOnly');
    log.check(/SameSite=Lax/i.test(cookie), 'cookie without SameSite=Lax');
    log.check(!/;\s*Secure/i.test(cookie), 'Secure cookie over plain http with COOKIE_SECURE=auto');
    const old = `sikap.sid=${after}`;
    log.check((await request(ctx.app).get('/beranda').set('Cookie', old)).status === 200, 'fresh session does not work');
    const csrf = csrfFrom((await agent.get('/beranda')).text);
    await agent.post('/keluar').type('form').send({ _csrf: csrf });
    const replay = await request(ctx.app).get('/beranda').set('Cookie', old);
    log.check(
      replay.status === 302 && /^\/masuk/.test(replay.headers.location ?? ''),
      `old cookie still works after logout: ${replay.status}`,
    );
    const sid = decodeURIComponent(after ?? '')
      .replace(/^s:/, '')
      .split('.')[0]!;
    const rows = await ctx.prisma.$queryRawUnsafe<{ sess: string }[]>(`SELECT sess::text AS sess FROM session WHERE sid = $1`, sid);
    log.check(
      rows.every((r) => !r.sess.includes('"passport"') || !r.sess.includes('"user"')),
      'session row still holds the user after logout',
    );
    expect(log.fresh()).toEqual([]);
  });

  it('when COOKIE_SECURE=true behind an HTTPS proxy, then the cookie is Secure and HSTS is sent', async () => {
    const pool = new pg.Pool({ connectionString: ctx.url, max: 2 });
    const cfg = testConfig({ COOKIE_SECURE: 'true', TRUST_PROXY: '1' }, ctx.url);
    const app = createApp({ prisma: ctx.prisma, config: cfg, sessionPool: pool, logger: pino({ level: 'silent' }) });
    try {
      const res = await request(app).get('/masuk').set('X-Forwarded-Proto', 'https');
      log.check(/;\s*Secure/i.test(String(res.headers['set-cookie'] ?? '')), 'no Secure flag with COOKIE_SECURE=true');
      log.check(/max-age=\d+/.test(String(res.headers['strict-transport-security'] ?? '')), 'no HSTS with COOKIE_SECURE=true');
      log.check(String(res.headers['content-security-policy']).includes('upgrade-insecure-requests'), 'no upgrade-insecure-requests');
      expect(log.fresh()).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  it('when an expired-session autosave carries a malformed Origin, then it is refused, not a crash', async () => {
    for (const origin of ['null', 'not a url', 'http://evil.example']) {
      const res = await request(ctx.app)
        .post(`/penilaian/${w.ownPen.id}/autosave`)
        .set('Origin', origin)
        .set('Accept', 'application/json')
        .send({ fields: { 'perilaku-AKUNTABEL': 'x' } });
      log.check(res.status === 403, `autosave after expiry with Origin ${origin}: ${res.status}`);
    }
    expect(log.fresh()).toEqual([]);
  });

  it('when sign-in, reset and public feedback forms get control characters, then no 500 and nothing is stored with them', async () => {
    const anon = request.agent(ctx.app);
    const csrf = csrfFrom((await anon.get('/masuk')).text);
    for (const [identitas, sandi] of [
      [`${w.org.users.staf2.username}\u0000`, PASSWORD],
      [w.org.users.staf2.username, `\u0000${PASSWORD}\u001b`],
      ['\u0000', '\u0000'],
    ]) {
      const res = await anon.post('/masuk').type('form').send({ _csrf: csrf, identitas, sandi });
      log.check(res.status < 500, `sign-in with control characters: ${res.status}`);
    }
    await ctx.prisma.user.update({ where: { id: w.org.users.staf2.id }, data: { terkunciHingga: null, gagalLogin: 0 } });
    for (const url of ['/sandi/atur/a%00b', '/u/a%00b', '/sandi/lupa?x=%00']) log.check((await anon.get(url)).status < 500, `GET ${url}`);
    log.check(
      (await anon.post('/sandi/atur/a%00b').type('form').send({ _csrf: csrf, sandiBaru: 'a\u0000b', ulangi: 'a\u0000b' })).status < 500,
      'reset form with NUL',
    );
    const tautan = await ctx.prisma.tautanUmpanBalikPublik.create({
      data: { token: 'tautan-kendali-0123456', unitId: w.org.units.opd.id },
    });
    const page = await anon.get(`/u/${tautan.token}`);
    const res = await anon
      .post(`/u/${tautan.token}`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), skor: '4', komentar: 'Ramah\u0000 sekali\u0001', jenisLayanan: 'Rujukan\u001b' });
    log.check(res.status === 303, `public feedback with control characters: ${res.status}`);
    const saved = await ctx.prisma.umpanBalikPublik.findFirst({ where: { tautanId: tautan.id }, orderBy: { id: 'desc' } });
    log.check(
      saved?.komentar === 'Ramah sekali' && saved?.jenisLayanan === 'Rujukan',
      `stored: ${JSON.stringify(saved?.komentar)} ${JSON.stringify(saved?.jenisLayanan)}`,
    );
    expect(log.fresh()).toEqual([]);
  });

  it('when any kind of page is served, then the security headers are strict', async () => {
    const urls = ['/masuk', '/beranda', '/tidak-ada', '/static/css/app.css', '/penilaian/99999', '/healthz'];
    for (const url of urls) {
      for (const a of [request(ctx.app), as.staf!.agent]) {
        const res = await a.get(url);
        const csp = String(res.headers['content-security-policy'] ?? '');
        log.check(
          csp.includes("default-src 'self'") &&
            csp.includes("frame-ancestors 'none'") &&
            !csp.includes('unsafe-inline') &&
            !csp.includes('unsafe-eval'),
          `CSP on ${url}: ${csp}`,
        );
        log.check(res.headers['x-content-type-options'] === 'nosniff', `nosniff on ${url}`);
        log.check(res.headers['referrer-policy'] === 'same-origin', `referrer-policy on ${url}`);
        log.check(res.headers['x-powered-by'] === undefined, `x-powered-by on ${url}`);
        log.check(res.headers['x-frame-options'] === 'SAMEORIGIN' || csp.includes("frame-ancestors 'none'"), `framing on ${url}`);
      }
    }
    expect(log.fresh()).toEqual([]);
  });
});

describe('uploads', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

  it('when files are oversized, disguised or carry traversal names, then they are refused or stored under a random name that no public path serves', async () => {
    const iki = w.ownPen.rhk[0]!.indikator[0]!;
    const url = `/penilaian/${w.ownPen.id}/iki/${iki.id}/bukti`;
    const a = as.staf!.agent;
    const csrf = await fresh(a, `/penilaian/${w.ownPen.id}/diri`);
    const count = () => ctx.prisma.buktiDukung.count({ where: { indikatorId: iki.id } });
    const refused: [Buffer, string][] = [
      [Buffer.concat([PNG, Buffer.alloc(600 * 1024)]), 'besar.png'],
      [Buffer.from('<script>alert(1)</script>'), 'gambar.png'],
      [Buffer.from('<html><body onload=alert(1)>'), 'dokumen.pdf'],
      [Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 'setup.pdf'],
      [Buffer.from('PK\x03\x04 not really a document', 'latin1'), 'arsip.pdf'],
      [Buffer.from('GIF89a;<script>alert(1)</script>', 'latin1'), 'poliglot.jpg'],
      [Buffer.alloc(0), 'kosong.pdf'],
    ];
    for (const [buf, name] of refused) {
      const n0 = await count();
      const res = await a.post(url).field('_csrf', csrf).attach('berkas', buf, name);
      // Refused: the self-assessment again, the message at the upload form (400).
      log.check(res.status === 400 && (await count()) === n0, `accepted ${name}: ${res.status}`);
    }
    for (const name of [
      '../../etc/passwd.pdf',
      '..\\..\\windows\\win.ini.pdf',
      '/etc/cron.d/x.pdf',
      'a<script>.pdf',
      '%2e%2e%2f%2e%2e%2fx.pdf',
    ]) {
      const res = await a.post(url).field('_csrf', csrf).attach('berkas', PDF, name);
      log.check(res.status === 302, `traversal name refused oddly: ${name} ${res.status}`);
      const b = await ctx.prisma.buktiDukung.findFirstOrThrow({ where: { indikatorId: iki.id }, orderBy: { id: 'desc' } });
      log.check(/^bukti\/\d{4}\/[0-9a-f-]{36}\.pdf$/.test(b.lokasi ?? ''), `stored path derived from the name: ${b.lokasi}`);
      log.check(
        !(b.namaBerkas ?? '').includes('/') && !(b.namaBerkas ?? '').includes('\\') && !(b.namaBerkas ?? '').includes('<'),
        `display name kept path parts: ${b.namaBerkas}`,
      );
      const abs = path.resolve(ctx.config.uploadDir, b.lokasi!);
      log.check(abs.startsWith(path.resolve(ctx.config.uploadDir) + path.sep) && fs.existsSync(abs), `file outside the upload dir: ${abs}`);
      const rel = b.lokasi!;
      for (const pub of [
        `/static/${rel}`,
        `/static/../.data/uploads/${rel}`,
        `/static/%2e%2e/%2e%2e/${rel}`,
        `/assets/bootstrap/../../${rel}`,
        `/assets/bootstrap/%2e%2e/%2e%2e/%2e%2e/.data/uploads/${rel}`,
        `/${rel}`,
        `/uploads/${rel}`,
      ]) {
        const got = await request(ctx.app).get(pub);
        log.check(got.status !== 200, `stored file served publicly at ${pub}`);
      }
      const dl = await a.get(`/berkas/penilaian/${w.ownPen.id}/bukti/${b.id}`);
      log.check(
        dl.status === 200 &&
          /attachment/.test(String(dl.headers['content-disposition'])) &&
          /sandbox/.test(String(dl.headers['content-security-policy'])),
        `download headers: ${dl.status}`,
      );
    }
    // The default upload folder lies outside the public folders.
    const def = parseConfig({ NODE_ENV: 'test' }).uploadDir;
    for (const pubDir of ['public', 'node_modules/bootstrap/dist', 'node_modules/chart.js/dist']) {
      log.check(path.relative(path.join(PROJECT_ROOT, pubDir), def).startsWith('..'), `upload dir inside ${pubDir}`);
    }
    expect(log.fresh()).toEqual([]);
  });
});

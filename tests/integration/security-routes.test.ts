/**
 * Security probes over the whole route table (read from createApp()'s router stack, so a new
 * route is probed without touching this file): IDOR on every GET with params, CSRF on every POST.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import { setupApp, login, type TestContext } from '../helpers/app.js';
import { PASSWORD } from '../helpers/factories.js';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/lib/paths.js';
import { csrfFrom } from '../helpers/app.js';
import {
  routeTable,
  expand,
  rawText,
  formsOf,
  ProbeLog,
  makeWorld,
  MARKER,
  VICTIM_NAMES,
  type FormInfo,
  type RouteInfo,
  type World,
  type SuperAgent,
} from '../helpers/security.js';

let ctx: TestContext;
let w: World;
let routes: RouteInfo[];
const agents: Record<string, SuperAgent> = {};
const log = new ProbeLog();

const ROLES = ['anonim', 'pegawai', 'atasan', 'pimpinan', 'admin'] as const;
type Peran = (typeof ROLES)[number];

/**
 * Reads that a role is entitled to, though the data is another person's: BKD reads and
 * administers the whole government; a public feedback link (/u/:token) names its employee by
 * design (the unguessable token is the protection). BKD writes sosialisasi content, so it
 * previews drafts.
 */
function entitled(role: Peran, path: string): boolean {
  if (path.startsWith('/u/')) return true;
  if (role !== 'admin') return false;
  return /^\/(admin|laporan|kalibrasi|talenta|keberatan|berkas\/penilaian|pengembangan|umpanbalik|progres|sosialisasi\/(kelola|lampiran|konten))(\/|$)/.test(
    path,
  );
}

beforeAll(async () => {
  // The malformed-input probes below post to /masuk too; the per-address limiter is not under test here.
  // SSO configured (its provider unreachable) so the /masuk/sso routes are in the table and probed.
  ctx = await setupApp({ LOGIN_RATE_LIMIT_PER_15MIN: '10000', OIDC_ISSUER: 'http://127.0.0.1:9', OIDC_CLIENT_ID: 'sikap-probe' });
  w = await makeWorld(ctx.prisma, ctx.config.uploadDir);
  routes = routeTable(ctx.app);
  agents.anonim = request.agent(ctx.app);
  agents.pegawai = (await login(ctx.app, w.org.users.staf.username, PASSWORD)).agent;
  agents.atasan = (await login(ctx.app, w.org.users.kasi.username, PASSWORD)).agent;
  agents.pimpinan = (await login(ctx.app, w.org.users.kadis.username, PASSWORD)).agent;
  agents.admin = (await login(ctx.app, w.org.users.admin.username, PASSWORD)).agent;
  await new Promise((r) => setTimeout(r, 100)); // login audit rows are written after the redirect
});
afterAll(async () => {
  log.report('rute: IDOR + CSRF');
  await ctx?.close();
});

const BIG = ['2147483648', 'abc'];

function victimCandidates(param: string): string[] {
  const v = w.victimIds;
  const all = [
    ...v.penilaian,
    v.keberatan,
    v.notifikasi,
    v.dialog,
    v.tugas,
    v.rekomendasi,
    v.riwayat,
    v.tautan,
    v.publik,
    v.penghargaan,
    v.konten,
    v.lampiran,
    v.rencana,
    v.bukti,
    ...v.pegawai,
    v.unit,
    v.talenta,
  ];
  switch (param) {
    case 'id':
      return [...new Set(all.map(String)), 'impor-rahasia', ...BIG];
    case 'pegawaiId':
      return [...v.pegawai.map(String), ...BIG.slice(0, 2)];
    case 'buktiId':
      return [String(v.bukti), BIG[0]!];
    case 'rhkId':
      return [String(v.rhk)];
    case 'ikiId':
      return [String(v.iki)];
    case 'periodeId':
      return [String(v.periode), BIG[0]!];
    case 'unitId':
      return [String(v.unit), BIG[0]!, 'abc'];
    case 'token':
      return [w.vTautan.token, 'tidak-ada'];
    case 'slug':
      return [w.vKonten.slug, 'tidak-ada'];
    case 'berkas':
      return ['../../etc/passwd', 'x.pdf'];
    case 'jenis':
      return ['pegawai'];
    case 'format':
      return ['csv', 'exe'];
    default:
      return ['1', BIG[0]!];
  }
}

const leaks = (body: string) => body.includes(MARKER) || VICTIM_NAMES.some((n) => body.includes(n));

describe('IDOR: every GET route with params, as every role, with ids that belong to someone else', () => {
  it('when the route table is read, then it holds the known parameterised routes', () => {
    const withParams = routes.filter((r) => r.method === 'GET' && r.params.length);
    expect(withParams.length).toBeGreaterThan(30);
    expect(routes.some((r) => r.path === '/admin/pegawai/:id')).toBe(true);
    expect(routes.some((r) => r.path === '/penilaian/:id/diri')).toBe(true);
  });

  it('when BKD opens the victim in administration, then the leak detector sees the name (so it can fail)', async () => {
    const res = await agents.admin!.get(`/admin/pegawai/${w.victimIds.pegawai[0]}`);
    expect(res.status).toBe(200);
    expect(leaks(res.text)).toBe(true);
  });

  for (const role of ROLES) {
    it(`when signed in as ${role}, then nobody else's record is shown (404/403/redirect), and no id crashes the app`, async () => {
      const already = log.findings.length;
      const gets = routes.filter((r) => r.method === 'GET' && r.params.length);
      // Below /admin a role guard decides before any id is read: two ids show it for non-admins.
      const urls = gets.flatMap((route) =>
        expand(route, victimCandidates, 16)
          .slice(0, role !== 'admin' && route.path.startsWith('/admin/') ? 2 : 16)
          .map((url) => ({ route, url })),
      );
      // A few requests in flight at once keep the run short; each is judged on its own.
      for (let i = 0; i < urls.length; i += 6) {
        await Promise.all(
          urls.slice(i, i + 6).map(async ({ route, url }) => {
            const res = await agents[role]!.get(url).buffer(true).parse(rawText);
            const body = String(res.body ?? '');
            const where = `${role} GET ${url} → ${res.status}`;
            log.check(res.status < 500, `server error: ${where}`);
            if (route.path.startsWith('/sandi/atur/')) {
              // A made-up reset token never shows the form, whoever asks.
              log.check(res.status === 410, `reset form for a made-up token: ${where}`);
            } else if (role === 'anonim' && !route.path.startsWith('/u/')) {
              log.check(
                (res.status === 302 && /^\/masuk/.test(res.headers.location ?? '')) ||
                  res.status === 404 ||
                  res.status === 401 ||
                  res.status === 403,
                `anonymous reached ${where}`,
              );
            }
            if (!entitled(role, route.path)) log.check(!(res.status === 200 && leaks(body)), `leak: ${where}`);
          }),
        );
      }
      expect(log.findings.slice(already)).toEqual([]);
    }, 60_000);
  }
});

describe('CSRF: every POST route without a token and with a wrong token', () => {
  async function snapshot() {
    const rows = await ctx.prisma.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT
      (SELECT count(*) FROM "AuditLog")::int AS audit,
      (SELECT count(*) FROM "Notifikasi")::int AS notif,
      (SELECT count(*) FROM "PenilaianKinerja")::int AS pen,
      (SELECT max("updatedAt") FROM "PenilaianKinerja")::text AS pen_upd,
      (SELECT count(*) FROM "DialogKinerja")::int AS dialog,
      (SELECT count(*) FROM "Keberatan")::int AS keb,
      (SELECT max("updatedAt") FROM "User")::text AS user_upd,
      (SELECT max("updatedAt") FROM "Pegawai")::text AS peg_upd,
      (SELECT count(*) FROM "UnitKerja")::int AS unit,
      (SELECT count(*) FROM "KontenSosialisasi")::int AS konten,
      (SELECT count(*) FROM "UmpanBalikPublik")::int AS publik,
      (SELECT count(*) FROM "ImportJob")::int AS impor,
      (SELECT count(*) FROM "Penghargaan")::int AS penghargaan,
      (SELECT count(*) FROM "RekomendasiPelatihan")::int AS rek,
      (SELECT count(*) FROM "RiwayatPelatihan")::int AS riwayat,
      (SELECT count(*) FROM "BuktiDukung")::int AS bukti,
      (SELECT count(*) FROM "PeriodePenilaian")::int AS periode,
      (SELECT count(*) FROM "ReviewTalenta")::int AS review_talenta,
      (SELECT max("dikalibrasiPada") FROM "PenempatanTalenta")::text AS kalibrasi_talenta,
      (SELECT count(*) FROM "HukumanDisiplin")::int AS hukuman,
      (SELECT count(*) FROM "JabatanKritikal")::int AS kritikal`);
    return rows[0];
  }

  function ownCandidates(param: string): string[] {
    const own: Record<string, number> = {
      id: w.ownPen.id,
      rhkId: w.ownPen.rhk[0]!.id,
      ikiId: w.ownPen.rhk[0]!.indikator[0]!.id,
      pegawaiId: w.org.pegawai.staf.id,
      periodeId: w.periode.id,
      unitId: w.org.units.opd.id,
    };
    if (param === 'token') return [w.vTautan.token];
    if (param === 'slug') return ['panduan'];
    return [String(own[param] ?? 1)];
  }

  it('when a POST carries no token or a forged one, then 403 and nothing in the database changes', async () => {
    const already = log.findings.length;
    const before = await snapshot();
    const posts = routes.filter((r) => r.method === 'POST');
    expect(posts.length).toBeGreaterThan(60);
    for (const role of ['anonim', 'pegawai', 'admin'] as const) {
      await Promise.all(
        [0, 1, 2, 3, 4, 5].map(async (lane) => {
          for (const route of posts.filter((_r, i) => i % 6 === lane)) {
            const [url] = expand(route, ownCandidates, 1);
            const a = agents[role]!;
            const body = {
              alasan: 'Alasan cukup panjang untuk lolos',
              catatan: 'x',
              nama: 'Ganti',
              uraian: 'x',
              judul: 'x',
              isi: 'x',
              skor: '5',
              identitas: w.org.users.staf.username,
              sandi: PASSWORD,
            };
            const tries = [
              { how: 'form, no token', res: await a.post(url!).type('form').send(body) },
              {
                how: 'form, forged token',
                res: await a
                  .post(url!)
                  .type('form')
                  .send({ ...body, _csrf: 'palsu-123' }),
              },
              {
                how: 'json, forged header',
                res: await a
                  .post(url!)
                  .set('x-csrf-token', 'palsu-123')
                  .set('Accept', 'application/json')
                  .send({ fields: { 'perilaku-AKUNTABEL': 'x' }, base: {}, versi: 1 }),
              },
              ...(role === 'anonim'
                ? []
                : [
                    {
                      how: 'multipart, no token',
                      res: await a.post(url!).field('judul', 'x').attach('berkas', Buffer.from('%PDF-1.4\n%%EOF\n'), 'x.pdf'),
                    },
                  ]),
            ];
            // 403 from the CSRF check, or a guard that refused before anything ran (login redirect, 404).
            for (const t of tries) {
              const refused =
                t.res.status === 403 ||
                t.res.status === 404 ||
                t.res.status === 401 ||
                (t.res.status === 302 && /^\/masuk/.test(t.res.headers.location ?? ''));
              log.check(refused, `CSRF not enforced: ${role} POST ${url} (${t.how}) → ${t.res.status} ${t.res.headers.location ?? ''}`);
            }
          }
        }),
      );
    }
    expect(await snapshot()).toEqual(before);
    expect(log.findings.slice(already)).toEqual([]);
  }, 60_000);
});

/**
 * Malformed input in every field (issue 13): a NUL byte and the other C0 control characters in
 * text, non-numeric and out-of-range numbers where ids go, repeated parameters (arrays where a
 * string is expected), in every query field and every form field of every route, as the
 * employee, the supervisor and BKD. Whatever a route decides (save the cleaned text, 400 with the
 * typed text, 404), it never answers 500. Query field names come from the GET forms the pages
 * render and from the sources (req.query.x); form fields from the forms the pages render, each
 * field changed on its own with the others left as rendered, plus every POST route with all
 * known field names at once.
 */
describe('malformed input: control characters and non-numeric ids in every field', () => {
  const TEKS = 'Uji a\u0000b\u0001c\u0008d\u000be\u000cf\u001bg\u007fh';
  const ANGKA = ['abc', '2147483648'];
  const numeric = (name: string, value: string) =>
    /^-?\d+$/.test(value) ||
    /(^id$|Id$|periode|unit|tahun|^jp$|skor|urutan|level|pagu|halaman|versi|induk|kelompok|program|pegawai|atasan|jabatan|kompetensi)/i.test(
      name,
    );
  const PROBE_ROLES = ['pegawai', 'atasan', 'admin'] as const;
  const csrf: Record<string, string> = {};
  const forms: Record<string, FormInfo[]> = {};
  const queryNames = new Set<string>(['halaman', 'q']);
  const formNames = new Set<string>();
  let spareUserId = 0;

  /** Ids that open real pages for each role (own records); admin pages get the other OPD's, never the signed-in accounts. */
  function ids(param: string, route: RouteInfo): string[] {
    const v = w.victimIds;
    const own: Record<string, number> = {
      id: w.ownPen.id,
      rhkId: w.ownPen.rhk[0]!.id,
      ikiId: w.ownPen.rhk[0]!.indikator[0]!.id,
      pegawaiId: w.org.pegawai.staf.id,
      periodeId: w.periode.id,
      unitId: w.org.units.opd.id,
      buktiId: v.bukti,
      lid: v.lampiran,
      bid: 1,
    };
    const p = route.path;
    if (param === 'token') return [w.vTautan.token];
    if (param === 'slug') return ['draf-rahasia'];
    if (param === 'berkas') return ['x.pdf'];
    if (param === 'jenis') return ['pegawai'];
    if (param === 'format') return ['csv'];
    if (param !== 'id') return [String(own[param] ?? 1)];
    if (p.startsWith('/admin/akun/')) return [String(spareUserId)];
    if (p.startsWith('/admin/pegawai/')) return [String(v.pegawai[0])];
    if (p.startsWith('/admin/unit/') || p.startsWith('/admin/standar/unit/')) return [String(v.unit)];
    if (p.startsWith('/admin/jabatan/') || p.startsWith('/admin/standar/')) return [String(w.org.jabatan.jLain.id)];
    if (p.startsWith('/admin/kamus/')) return [String(w.komp.id)];
    if (p.startsWith('/admin/periode/')) return [String(w.periode.id)];
    if (p.startsWith('/admin/impor/')) return [w.vImpor.id];
    if (p.startsWith('/admin/pelatihan/')) return [String(w.program.id)];
    if (p.startsWith('/tim/penilaian/')) return [String(w.staf2Pen.id)];
    if (p.startsWith('/pengembangan/pegawai/')) return [String(w.org.pegawai.staf2.id)];
    if (p.startsWith('/pengembangan/rekomendasi/')) return [String(v.rekomendasi)];
    if (p.startsWith('/pengembangan/bkd/rencana/')) return [String(v.rencana)];
    if (p.startsWith('/pengembangan/riwayat/')) return [String(v.riwayat)];
    if (p.startsWith('/sosialisasi/kelola/')) return [String(v.konten)];
    if (p.startsWith('/sosialisasi/lampiran/')) return [String(v.lampiran)];
    if (p.startsWith('/umpanbalik/360/tugas/')) return [String(v.tugas)];
    if (p.startsWith('/umpanbalik/publik/tautan/')) return [String(v.tautan)];
    if (p.startsWith('/umpanbalik/publik/moderasi/')) return [String(v.publik)];
    if (p.startsWith('/keberatan/')) return [String(v.keberatan)];
    if (p.startsWith('/notifikasi/')) return [String(v.notifikasi)];
    return [String(own.id)];
  }

  /** Routes whose success would end the probing session itself. */
  const skip = (p: string) => p === '/keluar';

  const check = (res: { status: number }, what: string) => log.check(res.status < 500, `server error ${res.status}: ${what}`);

  /** Runs async jobs a few at a time. */
  async function lanes<T>(items: T[], n: number, fn: (x: T) => Promise<void>) {
    let i = 0;
    await Promise.all(
      Array.from({ length: n }, async () => {
        while (i < items.length) await fn(items[i++]!);
      }),
    );
  }

  beforeAll(async () => {
    const spare = await ctx.prisma.user.create({ data: { username: 'akun.cadangan', passwordHash: 'x', roles: ['PEGAWAI'] } });
    spareUserId = spare.id;
    for (const f of fs.readdirSync(path.join(PROJECT_ROOT, 'src'), { recursive: true }) as string[]) {
      if (!f.endsWith('.ts')) continue;
      for (const m of fs.readFileSync(path.join(PROJECT_ROOT, 'src', f), 'utf8').matchAll(/\bquery\.(\w+)/g)) queryNames.add(m[1]!);
    }
    // Discovery: every GET page each role can open, and the forms on it.
    for (const role of PROBE_ROLES) {
      const seen = new Map<string, FormInfo>();
      const pages = routes.filter((r) => r.method === 'GET').flatMap((r) => expand(r, ids, 1));
      await lanes(pages, 6, async (url) => {
        const res = await agents[role]!.get(url);
        if (res.status !== 200 || !/html/.test(String(res.headers['content-type']))) return;
        csrf[role] ??= (res.text.match(/name="_csrf" value="([^"]+)"/) ?? [])[1] ?? '';
        for (const f of formsOf(res.text, url.split('?')[0]!)) {
          const key = `${f.method} ${f.action} ${f.fields
            .map(([n]) => n)
            .sort()
            .join(',')}`;
          if (!seen.has(key)) seen.set(key, f);
          for (const [n] of f.fields) (f.method === 'GET' ? queryNames : formNames).add(n);
        }
      });
      forms[role] = [...seen.values()];
      csrf[role] ||= csrfFrom((await agents[role]!.get('/beranda')).text);
    }
  }, 120_000);

  it('when forms are read from the pages, then the probes know the fields to send', () => {
    const posts = Object.fromEntries(PROBE_ROLES.map((role) => [role, forms[role]!.filter((f) => f.method === 'POST').length]));
    console.log(
      `malformed-input probes: POST forms found ${JSON.stringify(posts)}, query fields ${queryNames.size}, form fields ${formNames.size}`,
    );
    expect(posts.pegawai).toBeGreaterThan(5);
    expect(posts.atasan).toBeGreaterThan(8);
    expect(posts.admin).toBeGreaterThan(30);
    expect([...queryNames]).toEqual(expect.arrayContaining(['q', 'unit', 'periode', 'halaman', 'status']));
    expect([...formNames]).toEqual(expect.arrayContaining(['catatan', 'periodeId', 'nama']));
  });

  for (const role of PROBE_ROLES) {
    it(`when ${role} sends control characters, non-numeric ids or repeated parameters in every query field and in the path, then no 500`, async () => {
      const already = log.findings.length;
      const gets = routes.filter((r) => r.method === 'GET');
      const jobs: string[] = [];
      for (const r of gets) {
        const [url] = expand(r, ids, 1);
        const qs = (v: (n: string) => string) =>
          [...queryNames].map((n) => `${encodeURIComponent(n)}=${encodeURIComponent(v(n))}`).join('&');
        jobs.push(
          `${url}?${qs(() => TEKS)}`,
          `${url}?${qs(() => ANGKA[0]!)}`,
          `${url}?${qs(() => ANGKA[1]!)}`,
          `${url}?${qs((n) => `1&${n}=2`)
            .replace(/%26/g, '&')
            .replace(/%3D/g, '=')}`,
        );
        // A control character or a non-number in each path parameter.
        for (const bad of ['a\u0000b', 'x\u001b', '12abc'])
          if (r.params.length) jobs.push(...expand(r, (p, rt) => (p === r.params[0] ? [bad] : ids(p, rt)), 1));
      }
      await lanes(jobs, 6, async (url) => {
        const res = await agents[role]!.get(url).buffer(true).parse(rawText);
        check(res, `${role} GET ${url}`);
      });
      expect(log.findings.slice(already)).toEqual([]);
      // The session survived, so the probes reached the routes.
      expect((await agents[role]!.get('/beranda')).status).toBe(200);
    }, 180_000);

    it(`when ${role} sends control characters and non-numeric ids in every form field, then no 500`, async () => {
      const already = log.findings.length;
      const a = agents[role]!;
      const send = async (method: string, action: string, multipart: boolean, files: string[], body: [string, string][], what: string) => {
        if (skip(action.split('?')[0]!)) return;
        let req = a.post(action);
        if (multipart) {
          req = req.field('_csrf', csrf[role]!);
          for (const [n, v] of body) req = req.field(n, v);
          for (const f of files) req = req.attach(f, Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), 'uji.pdf');
        } else {
          req = req.type('form').send(new URLSearchParams([['_csrf', csrf[role]!], ...body]).toString());
        }
        const res = await req.buffer(true).parse(rawText);
        check(res, `${role} ${method} ${action} ${what}`);
      };
      // Each rendered form as the page fills it in, one field changed at a time (so the others
      // pass validation and the value reaches the database): free text gets the control
      // characters, an id or number field a non-number; then every field at once.
      const TEXT = new Set(['text', 'textarea', 'search', 'password', 'tel', 'email', 'url']);
      for (const f of forms[role]!.filter((x) => x.method === 'POST')) {
        const with_ = (pick: (n: string) => boolean, v: string) => f.fields.map(([n, x]): [string, string] => [n, pick(n) ? v : x]);
        for (const [name, value] of f.fields) {
          const bad = !TEXT.has(f.kind[name] ?? '') && numeric(name, value) ? ANGKA[0]! : TEKS;
          await send(
            'POST',
            f.action,
            f.multipart,
            f.files,
            with_((n) => n === name, bad),
            `${name}=${bad === TEKS ? 'TEKS' : bad}`,
          );
        }
        await send(
          'POST',
          f.action,
          f.multipart,
          f.files,
          with_(() => true, TEKS),
          'all fields=TEKS',
        );
      }
      // Every POST route, every known field name at once (routes without a rendered form too); multipart where a page posts multipart.
      const multipart = new Map(forms[role]!.filter((f) => f.multipart).map((f) => [f.action.split('?')[0]!, f.files]));
      for (const r of routes.filter((x) => x.method === 'POST' && !skip(x.path))) {
        const [url] = expand(r, ids, 1);
        for (const v of [TEKS, ...ANGKA]) {
          const body = [...formNames].map((n): [string, string] => [n, v]);
          await send('POST', url!, false, [], body, `all fields=${v === TEKS ? 'TEKS' : v}`);
          if (multipart.has(url!))
            await send('POST', url!, true, multipart.get(url!)!, body, `multipart, all fields=${v === TEKS ? 'TEKS' : v}`);
        }
        if (url!.endsWith('/autosave')) {
          for (const body of [
            { versi: 'abc', fields: { x: TEKS }, base: {} },
            {
              versi: 1,
              fields: Object.fromEntries([...formNames].map((n) => [n, TEKS])),
              base: Object.fromEntries([...formNames].map((n) => [n, TEKS])),
            },
          ]) {
            const res = await a.post(url!).set('x-csrf-token', csrf[role]!).set('Accept', 'application/json').send(body);
            check(res, `${role} POST ${url} JSON ${JSON.stringify(body).slice(0, 60)}`);
          }
        }
      }
      expect(log.findings.slice(already)).toEqual([]);
      expect((await a.get('/beranda')).status).toBe(200);
    }, 300_000);
  }
});

/**
 * Security probes over the whole route table (read from createApp()'s router stack, so a new
 * route is probed without touching this file): IDOR on every GET with params, CSRF on every POST.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import { setupApp, login, type TestContext } from '../helpers/app.js';
import { PASSWORD } from '../helpers/factories.js';
import { routeTable, expand, rawText, ProbeLog, makeWorld, MARKER, VICTIM_NAMES, type RouteInfo, type World, type SuperAgent } from '../helpers/security.js';

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
  return /^\/(admin|laporan|kalibrasi|keberatan|berkas\/penilaian|pengembangan|umpanbalik|sosialisasi\/(kelola|lampiran|konten))(\/|$)/.test(path);
}

beforeAll(async () => {
  ctx = await setupApp();
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
  const all = [...v.penilaian, v.keberatan, v.notifikasi, v.dialog, v.tugas, v.rekomendasi, v.riwayat, v.tautan, v.publik, v.penghargaan, v.konten, v.lampiran, v.rencana, v.bukti, ...v.pegawai, v.unit];
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
      const urls = gets.flatMap((route) => expand(route, victimCandidates, 16).slice(0, role !== 'admin' && route.path.startsWith('/admin/') ? 2 : 16).map((url) => ({ route, url })));
      // A few requests in flight at once keep the run short; each is judged on its own.
      for (let i = 0; i < urls.length; i += 6) {
        await Promise.all(urls.slice(i, i + 6).map(async ({ route, url }) => {
          const res = await agents[role]!.get(url).buffer(true).parse(rawText);
          const body = String(res.body ?? '');
          const where = `${role} GET ${url} → ${res.status}`;
          log.check(res.status < 500, `server error: ${where}`);
          if (route.path.startsWith('/sandi/atur/')) {
            // A made-up reset token never shows the form, whoever asks.
            log.check(res.status === 410, `reset form for a made-up token: ${where}`);
          } else if (role === 'anonim' && !route.path.startsWith('/u/')) {
            log.check(res.status === 302 && /^\/masuk/.test(res.headers.location ?? '') || res.status === 404 || res.status === 401 || res.status === 403, `anonymous reached ${where}`);
          }
          if (!entitled(role, route.path)) log.check(!(res.status === 200 && leaks(body)), `leak: ${where}`);
        }));
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
      (SELECT count(*) FROM "PeriodePenilaian")::int AS periode`);
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
      await Promise.all([0, 1, 2, 3, 4, 5].map(async (lane) => {
      for (const route of posts.filter((_r, i) => i % 6 === lane)) {
        const [url] = expand(route, ownCandidates, 1);
        const a = agents[role]!;
        const body = { alasan: 'Alasan cukup panjang untuk lolos', catatan: 'x', nama: 'Ganti', uraian: 'x', judul: 'x', isi: 'x', skor: '5', identitas: w.org.users.staf.username, sandi: PASSWORD };
        const tries = [
          { how: 'form, no token', res: await a.post(url!).type('form').send(body) },
          { how: 'form, forged token', res: await a.post(url!).type('form').send({ ...body, _csrf: 'palsu-123' }) },
          { how: 'json, forged header', res: await a.post(url!).set('x-csrf-token', 'palsu-123').set('Accept', 'application/json').send({ fields: { 'perilaku-AKUNTABEL': 'x' }, base: {}, versi: 1 }) },
          ...(role === 'anonim' ? [] : [{ how: 'multipart, no token', res: await a.post(url!).field('judul', 'x').attach('berkas', Buffer.from('%PDF-1.4\n%%EOF\n'), 'x.pdf') }]),
        ];
        // 403 from the CSRF check, or a guard that refused before anything ran (login redirect, 404).
        for (const t of tries) {
          const refused = t.res.status === 403 || t.res.status === 404 || t.res.status === 401 || (t.res.status === 302 && /^\/masuk/.test(t.res.headers.location ?? ''));
          log.check(refused, `CSRF not enforced: ${role} POST ${url} (${t.how}) → ${t.res.status} ${t.res.headers.location ?? ''}`);
        }
      }
      }));
    }
    expect(await snapshot()).toEqual(before);
    expect(log.findings.slice(already)).toEqual([]);
  }, 60_000);
});

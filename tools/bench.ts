/**
 * npm run bench — load test of the real server on the 50k data (npm run demo:large first).
 *
 * The server runs in production mode in a child process (same database selection as npm start);
 * autocannon drives it from this process, over 127.0.0.1 only. Many distinct users sign in first
 * (cookies + CSRF tokens), then each scenario runs BENCH_CONNECTIONS (100) connections for
 * BENCH_SECONDS (10). Prints a Markdown table for docs/performance.md.
 *
 *   npm run bench                 all scenarios
 *   npm run bench -- --startup    also: first start with the demo seed (fresh cluster) and restart
 *   BENCH_ONLY=diri,autosave npm run bench
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import autocannon from 'autocannon';
import { parseConfig } from '../src/config/env.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';

const config = parseConfig();
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const ONLY = process.env.BENCH_ONLY?.split(',') ?? null;
const SECRET = 'bench-session-secret-0123456789abcdef-0123456789';
const say = (m: string) => console.log(`[bench] ${m}`);

/** Children are stopped however this process ends (a crash must not leave a server running). */
const children = new Set<ChildProcess>();
for (const ev of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(ev, (err) => {
    console.error(err);
    for (const c of children) c.kill('SIGTERM');
    setTimeout(() => process.exit(1), 3000);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

/** Spawns a process and resolves when a stdout line matches `ready` (with the time it took). */
function startChild(args: string[], env: NodeJS.ProcessEnv, ready: RegExp, timeoutMs = 240_000): Promise<{ proc: ChildProcess; ms: number; line: string }> {
  const t0 = Date.now();
  // As npm start runs it: node with the tsx loader (no relay process in between).
  const proc = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(proc);
  proc.once('exit', () => children.delete(proc));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`tidak siap dalam ${timeoutMs} ms:\n${out.slice(-2000)}`)), timeoutMs);
    const onData = (b: Buffer) => {
      out += b.toString();
      const line = out.split('\n').find((l) => ready.test(l));
      if (line) {
        clearTimeout(timer);
        proc.stdout!.off('data', onData);
        proc.stdout!.resume();
        resolve({ proc, ms: Date.now() - t0, line });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`proses berhenti (kode ${code}):\n${out.slice(-2000)}`));
    });
  });
}

async function stopChild(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return;
  proc.removeAllListeners('exit');
  await new Promise<void>((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
    setTimeout(() => proc.kill('SIGKILL'), 20_000).unref();
  });
}

function serverEnv(port: number, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    SESSION_SECRET: SECRET,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    // Hundreds of sign-ins from one address in a minute: the per-address limiter would stop the run.
    LOGIN_RATE_LIMIT_PER_15MIN: '10000000',
    // e.g. BENCH_SERVER_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server.
    ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}),
    ...extra,
  };
}

// ── Sessions ──
interface Session {
  cookie: string;
  csrf: string;
}
const cookieOf = (res: Response) => (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).find((c) => c.startsWith('sikap.sid=')) ?? '';
const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';

async function loginForm(base: string): Promise<Session> {
  const page = await fetch(`${base}/masuk`);
  return { cookie: cookieOf(page), csrf: csrfOf(await page.text()) };
}

async function signIn(base: string, username: string, password: string): Promise<Session> {
  const form = await loginForm(base);
  const res = await fetch(`${base}/masuk`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: form.csrf, identitas: username, sandi: password }).toString(),
  });
  if (res.status !== 302) throw new Error(`masuk gagal untuk ${username}: ${res.status}`);
  const cookie = cookieOf(res);
  const home = await fetch(`${base}/beranda`, { headers: { cookie } });
  return { cookie, csrf: csrfOf(await home.text()) };
}

async function inPool<T, R>(items: T[], width: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

// ── Measuring ──
export interface Row {
  skenario: string;
  koneksi: number;
  detik: number;
  permintaan: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  galat: number;
}

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
}

const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

type SetupRequest = (req: autocannon.Request, context: object) => autocannon.Request;

async function run(name: string, opts: { url: string; setupRequest?: SetupRequest; ok?: number[]; connections?: number; seconds?: number; amount?: number; method?: 'GET' | 'POST' }): Promise<Row> {
  const connections = opts.connections ?? CONNECTIONS;
  const ok = opts.ok ?? [200];
  const lat: number[] = [];
  let bad = 0;
  const badCodes = new Map<number, number>();
  const inst = autocannon({
    url: opts.url,
    connections,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds ?? SECONDS }),
    timeout: 30,
    // What every browser sends; the app gzips pages (decision 092).
    headers: BROWSER_HEADERS,
    requests: [{ method: opts.method ?? 'GET', ...(opts.setupRequest ? { setupRequest: opts.setupRequest } : {}) }],
  }) as unknown as import('node:events').EventEmitter & Promise<autocannon.Result>; // the tracker is both
  inst.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    lat.push(ms);
    if (!ok.includes(status)) {
      bad += 1;
      badCodes.set(status, (badCodes.get(status) ?? 0) + 1);
    }
  });
  const result = await inst;
  lat.sort((a, b) => a - b);
  const seconds = result.duration;
  const row: Row = {
    skenario: name,
    koneksi: connections,
    detik: Math.round(seconds * 10) / 10,
    permintaan: lat.length,
    rps: Math.round(lat.length / seconds),
    p50: pct(lat, 50),
    p95: pct(lat, 95),
    p99: pct(lat, 99),
    galat: bad + result.errors + result.timeouts,
  };
  say(`${name}: ${row.rps} req/s, p50 ${row.p50} ms, p95 ${row.p95} ms, p99 ${row.p99} ms, galat ${row.galat}${badCodes.size ? ` (${[...badCodes].map(([c, n]) => `${c}×${n}`).join(', ')})` : ''}`);
  return row;
}

const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
const want = (k: string) => !ONLY || ONLY.includes(k);

export function table(rows: Row[]): string {
  const head = '| skenario | koneksi | detik | permintaan | req/s | p50 ms | p95 ms | p99 ms | galat |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  return [head, ...rows.map((r) => `| ${r.skenario} | ${r.koneksi} | ${r.detik} | ${r.permintaan} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.galat} |`)].join('\n');
}

async function startupTimes(): Promise<string[]> {
  const dir = path.join(os.tmpdir(), `sikap-bench-start-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const env = serverEnv(await freePort(), { EMBEDDED_PG_DIR: dir, EMBEDDED_PG_PORT: String(await freePort()), DATABASE_URL: '' });
  const lines: string[] = [];
  try {
    const first = await startChild(['src/server.ts'], env, /Siap dalam/);
    lines.push(`first start (fresh cluster, migrations, demo seed) to "Siap": ${(first.ms / 1000).toFixed(1)} s (server's own figure: ${first.line.match(/Siap dalam ([\d.]+)/)?.[1]} s)`);
    await stopChild(first.proc);
    const again = await startChild(['src/server.ts'], env, /Siap dalam/);
    lines.push(`restart (existing cluster) to "Siap": ${(again.ms / 1000).toFixed(1)} s (server's own figure: ${again.line.match(/Siap dalam ([\d.]+)/)?.[1]} s)`);
    await stopChild(again.proc);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const l of lines) say(l);
  return lines;
}

async function main() {
  const startup = process.argv.includes('--startup') ? await startupTimes() : [];
  const port = await freePort();
  say('server produksi dijalankan…');
  const server = await startChild(['src/server.ts'], serverEnv(port), /Siap dalam/);
  const helloPort = await freePort();
  const hello = await startChild(['tools/bench-hello.ts'], { ...process.env, PORT: String(helloPort) }, /^Siap/);
  const base = `http://127.0.0.1:${port}`;
  const dbUrl = config.DATABASE_URL ?? `postgresql://postgres:sikap-embedded@127.0.0.1:${config.EMBEDDED_PG_PORT}/sikap`;
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  const rows: Row[] = [];
  try {
    const large = await db.query(`SELECT count(*)::int AS n FROM "Pegawai"`);
    say(`pegawai di basis data: ${large.rows[0].n}`);
    if (large.rows[0].n < 10_000) say('PERINGATAN: data kecil; jalankan npm run demo:large dahulu untuk angka yang berarti.');
    const staf = (
      await db.query<{ username: string; pid: number; teks: string | null }>(`
        SELECT u.username, pk.id AS pid, pr."refleksiDiri" AS teks FROM "User" u
          JOIN "PenilaianKinerja" pk ON pk."pegawaiId" = u."pegawaiId"
          JOIN "PeriodePenilaian" pe ON pe.id = pk."periodeId" AND pe.status = 'BERJALAN'
          JOIN "PerilakuKerja" pr ON pr."penilaianId" = pk.id AND pr.nilai = 'AKUNTABEL'
         WHERE u.aktif AND pk.status IN ('DRAFT', 'DIKEMBALIKAN') AND u.username LIKE 'besar.%'
         ORDER BY random() LIMIT $1`, [CONNECTIONS + 20])
    ).rows;
    const atasan = (
      await db.query<{ username: string }>(`
        SELECT u.username FROM "User" u JOIN "Pegawai" p ON p.id = u."pegawaiId"
         WHERE u.username LIKE 'besar.%' AND EXISTS (SELECT 1 FROM "Pegawai" b WHERE b."atasanId" = p.id)
         ORDER BY random() LIMIT 20`)
    ).rows;
    say(`masuk sebagai ${staf.length} pegawai, ${atasan.length} atasan dan admin.bkd…`);
    const t0 = Date.now();
    const stafS = await inPool(staf, 8, async (s) => ({ ...s, ...(await signIn(base, s.username, config.DEMO_PASSWORD)) }));
    const atasanS = await inPool(atasan, 8, (a) => signIn(base, a.username, config.DEMO_PASSWORD));
    const admin = await signIn(base, 'admin.bkd', config.DEMO_PASSWORD);
    say(`${stafS.length + atasanS.length + 1} sesi dalam ${((Date.now() - t0) / 1000).toFixed(1)} dtk`);

    const withCookie = (s: Session, extra: Record<string, string> = {}) => ({ ...BROWSER_HEADERS, cookie: s.cookie, ...extra });
    if (want('hello')) rows.push(await run('(1) Express+EJS polos (batas atas)', { url: `http://127.0.0.1:${helloPort}/` }));
    if (want('beranda')) rows.push(await run('(2) /beranda pegawai', { url: `${base}/beranda`, setupRequest: (req) => ({ ...req, headers: withCookie(pick(stafS)) }) }));
    // A random employee opening their own self-assessment.
    const diriRequest: SetupRequest = (req) => {
      const s = pick(stafS);
      return { ...req, path: `/penilaian/${s.pid}/diri`, headers: withCookie(s) };
    };
    if (want('diri')) rows.push(await run('(3) GET /penilaian/:id/diri', { url: base, setupRequest: diriRequest }));
    if (want('autosave')) {
      // One employee per connection, so no two in-flight saves race on the same field.
      let nextUser = 0;
      rows.push(await run('(4) POST autosave (sesi + CSRF)', {
        url: base,
        method: 'POST',
        setupRequest: (req, context) => {
          const ctx = context as { s?: (typeof stafS)[number] };
          ctx.s ??= stafS[nextUser++ % stafS.length];
          const s = ctx.s as (typeof stafS)[number] & { n?: number };
          const prev = s.teks ?? '';
          s.n = (s.n ?? 0) + 1;
          const teks = `Refleksi akuntabilitas, draf ke-${s.n}: menyelesaikan laporan tepat waktu.`;
          s.teks = teks;
          return {
            ...req,
            method: 'POST',
            path: `/penilaian/${s.pid}/autosave`,
            headers: withCookie(s, { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': s.csrf }),
            body: JSON.stringify({ versi: 0, fields: { 'perilaku-AKUNTABEL': teks }, base: { 'perilaku-AKUNTABEL': prev } }),
          };
        },
      }));
    }
    if (want('tim')) rows.push(await run('(5) /tim atasan', { url: `${base}/tim`, setupRequest: (req) => ({ ...req, headers: withCookie(pick(atasanS)) }) }));
    const laporan = await fetch(`${base}/laporan/progres`, { headers: { cookie: admin.cookie } });
    if (want('laporan')) {
      if (laporan.status !== 200) {
        say(`laporan belum tersedia (${laporan.status}); dilewati`);
      } else {
        // A handful of BKD staff read reports, not a hundred at once.
        const c = Math.min(10, CONNECTIONS);
        rows.push(await run('(6a) /laporan/progres BKD', { url: `${base}/laporan/progres`, connections: c, setupRequest: (req) => ({ ...req, headers: withCookie(admin) }) }));
        rows.push(await run('(6b) /laporan/distribusi BKD', { url: `${base}/laporan/distribusi`, connections: c, setupRequest: (req) => ({ ...req, headers: withCookie(admin) }) }));
      }
    }
    if (want('login')) {
      const n = Number(process.env.BENCH_LOGINS ?? 150);
      const users = (await db.query<{ username: string }>(`SELECT username FROM "User" WHERE username LIKE 'besar.%' ORDER BY random() LIMIT $1`, [n])).rows;
      const forms = await inPool(users, 16, async (u) => ({ u: u.username, ...(await loginForm(base)) }));
      let i = 0;
      // While the sign-in storm runs, 10 users keep opening their self-assessment: does hashing
      // starve the pages (libuv's thread pool also runs gzip)? Compare with (3) at 10 connections.
      const diriDuringStorm = want('diri')
        ? run('(7b) GET /penilaian/:id/diri selama badai masuk', { url: base, connections: 10, seconds: 8, setupRequest: diriRequest })
        : null;
      rows.push(await run('(7) POST /masuk (argon2id)', {
        url: `${base}/masuk`,
        method: 'POST',
        amount: forms.length,
        ok: [302],
        setupRequest: (req) => {
          const f = forms[i++ % forms.length]!;
          return {
            ...req,
            method: 'POST',
            headers: { cookie: f.cookie, 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ _csrf: f.csrf, identitas: f.u, sandi: config.DEMO_PASSWORD }).toString(),
          };
        },
      }));
      if (diriDuringStorm) rows.push(await diriDuringStorm);
    }
  } finally {
    await db.end();
    await stopChild(hello.proc);
    await stopChild(server.proc);
  }
  const cpu = os.cpus();
  console.log(`\n### ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, load avg ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
  console.log(table(rows));
  for (const l of startup) console.log(`\n- ${l}`);
  fs.mkdirSync(path.join(PROJECT_ROOT, '.data'), { recursive: true });
  fs.writeFileSync(path.join(PROJECT_ROOT, '.data', 'bench-terakhir.json'), JSON.stringify({ at: new Date().toISOString(), rows, startup }, null, 2));
}

await main();
process.exit(0);

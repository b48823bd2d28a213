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
 *
 * Next to req/s and p50/p95/p99, every row has the CPU milliseconds per request of the Node
 * server and of PostgreSQL (postmaster + backends, from /proc/<pid>/stat, before and after the
 * run) and the SQL statements per request (pg_stat_statements, loaded into the bench cluster on
 * first use). Wall-clock figures swing 2–3× on a shared VM; CPU per request does not.
 * BENCH_WARMUP (2) seconds of unmeasured load precede each scenario. BENCH_SERVER_LOG=/path keeps
 * the server's output (e.g. LOG_LEVEL warnings for 4xx answers) in a file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import autocannon from 'autocannon';
import { kodeDemoTotp } from '../src/db/seed/dua-faktor.js';
import { parseConfig } from '../src/config/env.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';

const config = parseConfig();
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
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
function startChild(
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  timeoutMs = 240_000,
): Promise<{ proc: ChildProcess; ms: number; line: string }> {
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
        if (process.env.BENCH_SERVER_LOG) proc.stdout!.on('data', (b: Buffer) => fs.appendFileSync(process.env.BENCH_SERVER_LOG!, b));
        else proc.stdout!.resume();
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
    // The bench measures pages, not enrolment: an admin.bkd of a cluster seeded before issue 18
    // has no authenticator and would be sent to enrol. An enrolled one types the demo code.
    TOTP_REQUIRED_ROLES: 'none',
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
const cookieOf = (res: Response) =>
  (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).find((c) => c.startsWith('sikap.sid=')) ?? '';
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
  let cookie = cookieOf(res);
  // admin.bkd must type its authenticator code (issue 18): the demo secret gives it, as
  // `npm run demo:totp` does; a code used once is refused, so the next step's code is the retry.
  if (res.headers.get('location') === '/masuk/kode') cookie = await kodeDemo(base, cookie);
  const home = await fetch(`${base}/beranda`, { headers: { cookie } });
  return { cookie, csrf: csrfOf(await home.text()) };
}

async function kodeDemo(base: string, cookie: string): Promise<string> {
  for (let i = 0; i < 4; i++) {
    const page = await fetch(`${base}/masuk/kode`, { headers: { cookie } });
    const kode = await kodeDemoTotp(Date.now() + (i % 2) * 30_000);
    const res = await fetch(`${base}/masuk/kode`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfOf(await page.text()), kode }).toString(),
    });
    if (res.status === 302 && res.headers.get('location') !== '/masuk/kode') return cookieOf(res) || cookie;
    if (i === 1) await new Promise((r) => setTimeout(r, 30_000 - (Date.now() % 30_000) + 200));
  }
  throw new Error('kode verifikasi demo ditolak');
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

// ── CPU per request, read from /proc (stable on a noisy shared machine, unlike req/s) ──
const CLK_TCK = 100; // getconf CLK_TCK on Linux x86-64

interface ProcStat {
  ppid: number;
  /** utime + stime of the process itself (all its threads), in ticks. */
  self: number;
  /** cutime + cstime: CPU of children it has waited for (exited backends, for the postmaster). */
  children: number;
  /** stime alone: the kernel's share (system calls: socket writes, epoll, reads). */
  sys: number;
}

function procStat(pid: number): ProcStat | null {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), self: Number(f[11]) + Number(f[12]), children: Number(f[13]) + Number(f[14]), sys: Number(f[12]) };
  } catch {
    return null;
  }
}

/** CPU ms so far of one process (threads included: libuv's pool does gzip and argon2). */
function cpuMsOf(pid: number | undefined): number {
  const st = pid ? procStat(pid) : null;
  return st ? (st.self * 1000) / CLK_TCK : NaN;
}

/** The kernel's part of cpuMsOf (stime). */
function sysMsOf(pid: number | undefined): number {
  const st = pid ? procStat(pid) : null;
  return st ? (st.sys * 1000) / CLK_TCK : NaN;
}

/**
 * CPU ms so far of a PostgreSQL server: the postmaster, every live child (backends, walwriter,
 * checkpointer, io workers …) and the children that already exited (the postmaster's cutime).
 */
function pgCpuMs(postmaster: number | null): number {
  if (!postmaster) return NaN;
  const pm = procStat(postmaster);
  if (!pm) return NaN;
  let ticks = pm.self + pm.children;
  for (const e of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    const st = procStat(Number(e));
    if (st && st.ppid === postmaster) ticks += st.self;
  }
  return (ticks * 1000) / CLK_TCK;
}

/** What a scenario measures besides latency: which processes, and pg_stat_statements if loaded. */
interface Probe {
  nodePid?: number;
  postmaster: number | null;
  db: pg.Client | null;
  pgss: boolean;
}

async function statementsSnapshot(probe: Probe): Promise<void> {
  if (probe.db && probe.pgss) await probe.db.query('SELECT pg_stat_statements_reset()');
}

interface StatementCost {
  calls: number;
  top: { query: string; calls: number; planMs: number; execMs: number }[];
}

async function statementsSince(probe: Probe): Promise<StatementCost | null> {
  if (!probe.db || !probe.pgss) return null;
  const r = await probe.db.query<{ query: string; calls: string; plan: number; exec: number }>(`
    SELECT query, calls, total_plan_time AS plan, total_exec_time AS exec FROM pg_stat_statements
     WHERE query NOT ILIKE '%pg_stat_statements%' AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
     ORDER BY total_plan_time + total_exec_time DESC`);
  const calls = r.rows.reduce((a, x) => a + Number(x.calls), 0);
  return {
    calls,
    top: r.rows
      .slice(0, Number(process.env.BENCH_TOP ?? 4))
      .map((x) => ({ query: x.query.replace(/\s+/g, ' ').slice(0, 110), calls: Number(x.calls), planMs: x.plan, execMs: x.exec })),
  };
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
  /** CPU ms per request of the Node server process (threads included), from /proc. */
  nodeMs: number;
  /** CPU ms per request of PostgreSQL (postmaster + backends + its helpers), from /proc. */
  pgMs: number;
  /** SQL statements per request (pg_stat_statements, session store included); NaN when not loaded. */
  sql: number;
}

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
}

const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

type SetupRequest = (req: autocannon.Request, context: object) => autocannon.Request;

let probe: Probe = { postmaster: null, db: null, pgss: false };
/** Costly statements of the last runs, printed after the table (for the breakdown of a miss). */
const statementReport: string[] = [];

async function run(
  name: string,
  opts: {
    url: string;
    setupRequest?: SetupRequest;
    ok?: number[];
    connections?: number;
    seconds?: number;
    amount?: number;
    method?: 'GET' | 'POST';
    nodePid?: number;
    quiet?: boolean;
  },
): Promise<Row> {
  const nodePid = opts.nodePid ?? probe.nodePid;
  // A short unmeasured run first: JIT, view cache, pools and PostgreSQL's caches warm up.
  if (!opts.quiet && !opts.amount && WARMUP > 0) await run(name, { ...opts, seconds: WARMUP, quiet: true });
  if (!opts.quiet) await statementsSnapshot(probe);
  const node0 = cpuMsOf(nodePid);
  const nodeSys0 = sysMsOf(nodePid);
  const pg0 = pgCpuMs(probe.postmaster);
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
  const nodeCpu = cpuMsOf(nodePid) - node0;
  const nodeSys = sysMsOf(nodePid) - nodeSys0;
  const pgCpu = pgCpuMs(probe.postmaster) - pg0;
  const stmts = opts.quiet ? null : await statementsSince(probe);
  lat.sort((a, b) => a - b);
  const per = (x: number) => (lat.length ? Math.round((x / lat.length) * 100) / 100 : NaN);
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
    nodeMs: per(nodeCpu),
    pgMs: per(pgCpu),
    sql: stmts ? Math.round((stmts.calls / Math.max(1, lat.length)) * 10) / 10 : NaN,
  };
  if (stmts && lat.length) {
    statementReport.push(`${name}:`);
    for (const t of stmts.top)
      statementReport.push(
        `  ${(t.calls / lat.length).toFixed(2)}×/req  plan ${(t.planMs / t.calls).toFixed(3)} ms  exec ${(t.execMs / t.calls).toFixed(3)} ms  ${t.query}`,
      );
  }
  if (!opts.quiet)
    say(
      `${name}: CPU/req Node ${row.nodeMs} ms (kernel ${per(nodeSys)}), PostgreSQL ${row.pgMs} ms, SQL/req ${row.sql}; ${row.rps} req/s, p50 ${row.p50} ms, p95 ${row.p95} ms, p99 ${row.p99} ms, galat ${row.galat}${badCodes.size ? ` (${[...badCodes].map(([c, n]) => `${c}×${n}`).join(', ')})` : ''}`,
    );
  return row;
}

const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
const want = (k: string) => !ONLY || ONLY.includes(k);

export function table(rows: Row[]): string {
  const head =
    '| skenario | koneksi | detik | permintaan | req/s | % of (1) | p50 ms | p95 ms | p99 ms | galat | CPU Node ms/req | CPU PostgreSQL ms/req | SQL/req |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const ceiling = rows.find((r) => r.skenario.startsWith('(1)'))?.rps;
  const f = (x: number) => (Number.isFinite(x) ? String(x) : '–');
  return [
    head,
    ...rows.map(
      (r) =>
        `| ${r.skenario} | ${r.koneksi} | ${r.detik} | ${r.permintaan} | ${r.rps} | ${ceiling ? `${((100 * r.rps) / ceiling).toFixed(1)} %` : '–'} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.galat} | ${f(r.nodeMs)} | ${f(r.pgMs)} | ${f(r.sql)} |`,
    ),
  ].join('\n');
}

async function startupTimes(): Promise<string[]> {
  const dir = path.join(os.tmpdir(), `sikap-bench-start-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const env = serverEnv(await freePort(), { EMBEDDED_PG_DIR: dir, EMBEDDED_PG_PORT: String(await freePort()), DATABASE_URL: '' });
  const lines: string[] = [];
  try {
    const first = await startChild(['src/server.ts'], env, /Siap dalam/);
    lines.push(
      `first start (fresh cluster, migrations, demo seed) to "Siap": ${(first.ms / 1000).toFixed(1)} s (server's own figure: ${first.line.match(/Siap dalam ([\d.]+)/)?.[1]} s)`,
    );
    await stopChild(first.proc);
    const again = await startChild(['src/server.ts'], env, /Siap dalam/);
    lines.push(
      `restart (existing cluster) to "Siap": ${(again.ms / 1000).toFixed(1)} s (server's own figure: ${again.line.match(/Siap dalam ([\d.]+)/)?.[1]} s)`,
    );
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
  let server = await startChild(['src/server.ts'], serverEnv(port), /Siap dalam/);
  const helloPort = await freePort();
  const hello = await startChild(['tools/bench-hello.ts'], { ...process.env, PORT: String(helloPort) }, /^Siap/);
  const base = `http://127.0.0.1:${port}`;
  const dbUrl = config.DATABASE_URL ?? `postgresql://postgres:sikap-embedded@127.0.0.1:${config.EMBEDDED_PG_PORT}/sikap`;
  let db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  // Statements per request come from pg_stat_statements. The embedded bench cluster gets it
  // once (ALTER SYSTEM, kept in its postgresql.auto.conf) and the server is restarted to load it.
  const preload = String((await db.query('SHOW shared_preload_libraries')).rows[0].shared_preload_libraries);
  if (!preload.includes('pg_stat_statements') && !config.DATABASE_URL && process.env.BENCH_PGSS !== '0') {
    say('pg_stat_statements dimuat ke klaster bench (sekali), server dijalankan ulang…');
    await db.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await db.query(`ALTER SYSTEM SET pg_stat_statements.track_planning = on`);
    await db.end();
    await stopChild(server.proc);
    server = await startChild(['src/server.ts'], serverEnv(port), /Siap dalam/);
    db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
  }
  let pgss = false;
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await db.query('SELECT pg_stat_statements_reset()');
    pgss = true;
  } catch {
    say('pg_stat_statements tidak tersedia: kolom SQL/req kosong.');
  }
  // The postmaster's pid from its data folder (readable when PostgreSQL runs on this machine).
  let postmaster: number | null = null;
  try {
    const dir = String((await db.query('SHOW data_directory')).rows[0].data_directory);
    postmaster = Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
  } catch {
    say('PID PostgreSQL tidak terbaca (server lain?): kolom CPU PostgreSQL kosong.');
  }
  probe = { nodePid: server.proc.pid, postmaster, db, pgss };
  const rows: Row[] = [];
  try {
    const large = await db.query(`SELECT count(*)::int AS n FROM "Pegawai"`);
    say(`pegawai di basis data: ${large.rows[0].n}`);
    if (large.rows[0].n < 10_000) say('PERINGATAN: data kecil; jalankan npm run demo:large dahulu untuk angka yang berarti.');
    const staf = (
      await db.query<{ username: string; pid: number; teks: string | null }>(
        `
        SELECT u.username, pk.id AS pid, pr."refleksiDiri" AS teks FROM "User" u
          JOIN "PenilaianKinerja" pk ON pk."pegawaiId" = u."pegawaiId"
          JOIN "PeriodePenilaian" pe ON pe.id = pk."periodeId" AND pe.status = 'BERJALAN'
          JOIN "PerilakuKerja" pr ON pr."penilaianId" = pk.id AND pr.nilai = 'AKUNTABEL'
         WHERE u.aktif AND pk.status IN ('DRAFT', 'DIKEMBALIKAN') AND u.username LIKE 'besar.%'
         ORDER BY random() LIMIT $1`,
        // Enough for the warm-up's connections and the measured run's to save as different people:
        // a warm-up save still in flight when the run starts would otherwise race the run's first
        // save of the same person, and every later save of that person would be a conflict (409).
        [2 * CONNECTIONS + 20],
      )
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
    if (want('hello'))
      rows.push(await run('(1) Express+EJS polos (batas atas)', { url: `http://127.0.0.1:${helloPort}/`, nodePid: hello.proc.pid }));
    if (want('beranda'))
      rows.push(
        await run('(2) /beranda pegawai', {
          url: `${base}/beranda`,
          setupRequest: (req) => ({ ...req, headers: withCookie(pick(stafS)) }),
        }),
      );
    // A random employee opening their own self-assessment.
    const diriRequest: SetupRequest = (req) => {
      const s = pick(stafS);
      return { ...req, path: `/penilaian/${s.pid}/diri`, headers: withCookie(s) };
    };
    if (want('diri')) rows.push(await run('(3) GET /penilaian/:id/diri', { url: base, setupRequest: diriRequest }));
    if (want('autosave')) {
      // One employee per connection, so no two in-flight saves race on the same field.
      let nextUser = 0;
      rows.push(
        await run('(4) POST autosave (sesi + CSRF)', {
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
        }),
      );
    }
    if (want('tim'))
      rows.push(
        await run('(5) /tim atasan', { url: `${base}/tim`, setupRequest: (req) => ({ ...req, headers: withCookie(pick(atasanS)) }) }),
      );
    if (want('nilai')) {
      // A supervisor opening the rating page of one of their staff's sent self-assessments.
      const pasangan = (
        await db.query<{ username: string; pid: number }>(`
          SELECT u.username, pk.id AS pid FROM "PenilaianKinerja" pk
            JOIN "PeriodePenilaian" pe ON pe.id = pk."periodeId" AND pe.status = 'BERJALAN'
            JOIN "Pegawai" p ON p.id = pk."pegawaiId"
            JOIN "User" u ON u."pegawaiId" = p."atasanId" AND u.aktif
           WHERE pk.status = 'DIKIRIM' AND u.username LIKE 'besar.%'
           ORDER BY random() LIMIT 20`)
      ).rows;
      const penilaiS = await inPool(pasangan, 8, async (x) => ({ ...x, ...(await signIn(base, x.username, config.DEMO_PASSWORD)) }));
      rows.push(
        await run('(5b) GET /tim/penilaian/:id (halaman penilaian atasan)', {
          url: base,
          setupRequest: (req) => {
            const s = pick(penilaiS);
            return { ...req, path: `/tim/penilaian/${s.pid}`, headers: withCookie(s) };
          },
        }),
      );
    }
    const laporan = await fetch(`${base}/laporan/progres`, { headers: { cookie: admin.cookie } });
    if (want('laporan')) {
      if (laporan.status !== 200) {
        say(`laporan belum tersedia (${laporan.status}); dilewati`);
      } else {
        // A handful of BKD staff read reports, not a hundred at once.
        const c = Math.min(10, CONNECTIONS);
        rows.push(
          await run('(6a) /laporan/progres BKD', {
            url: `${base}/laporan/progres`,
            connections: c,
            setupRequest: (req) => ({ ...req, headers: withCookie(admin) }),
          }),
        );
        rows.push(
          await run('(6b) /laporan/distribusi BKD', {
            url: `${base}/laporan/distribusi`,
            connections: c,
            setupRequest: (req) => ({ ...req, headers: withCookie(admin) }),
          }),
        );
      }
    }
    if (want('login')) {
      const n = Number(process.env.BENCH_LOGINS ?? 150);
      const users = (
        await db.query<{ username: string }>(`SELECT username FROM "User" WHERE username LIKE 'besar.%' ORDER BY random() LIMIT $1`, [n])
      ).rows;
      const forms = await inPool(users, 16, async (u) => ({ u: u.username, ...(await loginForm(base)) }));
      let i = 0;
      // While the sign-in storm runs, 10 users keep opening their self-assessment: does hashing
      // starve the pages (libuv's thread pool also runs gzip)? Compare with (3) at 10 connections.
      const diriDuringStorm = want('diri')
        ? run('(7b) GET /penilaian/:id/diri selama badai masuk', { url: base, connections: 10, seconds: 8, setupRequest: diriRequest })
        : null;
      rows.push(
        await run('(7) POST /masuk (argon2id)', {
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
        }),
      );
      if (diriDuringStorm) rows.push(await diriDuringStorm);
    }
  } finally {
    await db.end();
    await stopChild(hello.proc);
    await stopChild(server.proc);
  }
  const cpu = os.cpus();
  console.log(
    `\n### ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, load avg ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}\n`,
  );
  console.log(table(rows));
  if (statementReport.length)
    console.log(
      `\nCostliest statements per scenario (pg_stat_statements; mean plan/exec time per call):\n\n\`\`\`\n${statementReport.join('\n')}\n\`\`\``,
    );
  for (const l of startup) console.log(`\n- ${l}`);
  fs.mkdirSync(path.join(PROJECT_ROOT, '.data'), { recursive: true });
  fs.writeFileSync(
    path.join(PROJECT_ROOT, '.data', 'bench-terakhir.json'),
    JSON.stringify({ at: new Date().toISOString(), rows, startup }, null, 2),
  );
}

await main();
process.exit(0);

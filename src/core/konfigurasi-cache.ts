import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Configuration that nearly every page reads and almost nothing writes — the running period and
 * evaluation, per-unit deadlines, settings such as the JP rules — kept in this process between
 * requests (decision 140, issue 15).
 *
 * The key is the `konfigurasi` version, read with the session in the same statement on every
 * request (src/app.ts). Triggers on the tables behind it (migration versi_data) bump it in the
 * writer's own transaction, so a write by any worker, an import or raw SQL is seen by the very
 * next request of every worker; there is no time-to-live and nothing stale. Only reads made while
 * serving a GET or HEAD use the cache (`dalamPermintaanBaca`): a request that writes reads the
 * database, also after its own write. Code outside a request (jobs, tests, the CLI) always reads
 * the database.
 *
 * Values are frozen and shared by every request: nobody may change them in place.
 */
const konteks = new AsyncLocalStorage<{ versi: number; umum: string; baca: boolean }>();
const MAKS = 50_000;

let versiCache = -1;
const isi = new Map<string, Promise<unknown>>();

/**
 * Runs `lanjut` (the rest of a GET/HEAD request) with the versions read with its session: the
 * configuration's, and `principal_umum` (names of units and jabatan).
 */
export function dalamPermintaanBaca(versi: number, lanjut: () => void, umum = ''): void {
  konteks.run({ versi, umum, baca: true }, lanjut);
}

/** The same for any other request: the versions are known, the configuration cache is not used. */
export function dalamPermintaanTulis(versi: number, lanjut: () => void, umum = ''): void {
  konteks.run({ versi, umum, baca: false }, lanjut);
}

/**
 * Inside a request with a session: the global part of a cache key for data that shows
 * configuration and names of units or jabatan (the form cache, decision 143, which checks its own
 * per-appraisal version on every read); undefined elsewhere.
 */
export function versiGlobal(): string | undefined {
  const k = konteks.getStore();
  return k ? `${k.versi}.${k.umum}` : undefined;
}

/** Deep-freezes plain objects and arrays (not Dates, Decimals or other instances): a value shared by every request. */
export function bekukan<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    const proto = Object.getPrototypeOf(v) as unknown;
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return v;
    for (const x of Object.values(v)) bekukan(x);
    Object.freeze(v);
  }
  return v;
}

/**
 * The value under `kunci` for the current version, loaded with `muat` when missing. Outside a
 * GET/HEAD request, or in a request that read an older version than the cache holds, `muat` runs.
 */
export function dariKonfigurasi<T>(kunci: string, muat: () => Promise<T>): Promise<T> {
  const k = konteks.getStore();
  const versi = k?.baca ? k.versi : undefined;
  if (versi === undefined || versi < versiCache) return muat();
  if (versi > versiCache) {
    versiCache = versi;
    isi.clear();
  }
  const ada = isi.get(kunci) as Promise<T> | undefined;
  if (ada) return ada;
  if (isi.size >= MAKS) isi.clear();
  const janji = muat().then(bekukan);
  isi.set(kunci, janji);
  // A failed load is not kept: the next request tries again.
  janji.catch(() => {
    if (isi.get(kunci) === janji) isi.delete(kunci);
  });
  return janji;
}

/** For tests: forget everything. */
export function kosongkanKonfigurasi(): void {
  versiCache = -1;
  isi.clear();
}

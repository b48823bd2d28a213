import type { Db } from '../../db/client.js';
import { bekukan } from '../../core/konfigurasi-cache.js';

/**
 * BKD's aggregate reports, kept in this process until the data under them changes (decision 141,
 * issue 15). /laporan/progres over 50,000 staff costs ~270 ms of PostgreSQL alone; ten BKD users
 * at once queued behind each other for 1.5–2 s.
 *
 * A report is computed in a REPEATABLE READ, read-only transaction and kept with that
 * transaction's snapshot. Statement triggers on every table the reports read write a row with the
 * writer's transaction id into "LogPerubahan" (migration log_perubahan). Before a kept report is
 * served, one indexed statement asks whether any committed row there is invisible to its
 * snapshot, i.e. committed after it was computed; if so it is computed again. So a report is as
 * fresh as one computed at the moment of the check (which is after the request arrived), and
 * writers share no lock. Concurrent requests for the same report wait for one computation and
 * then check it the same way.
 *
 * Kept at most UMUR_MAKS; log rows are pruned after HORISON, which must stay well above UMUR_MAKS
 * plus the longest transaction (the app's longest, an import, takes minutes).
 */
const UMUR_MAKS = 10 * 60_000;
const HORISON = '1 hour';
const MAKS_ENTRI = 500;

interface Entri {
  snapshot: string;
  nilai: unknown;
  pada: number;
}
const entri = new Map<string, Entri>();
const sedang = new Map<string, Promise<void>>();
let pangkasTerakhir = 0;

async function berubahSejak(prisma: Db, snapshot: string): Promise<boolean> {
  const [r] = await prisma.$queryRaw<{ berubah: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "LogPerubahan"
       WHERE "xid" >= pg_snapshot_xmin(${snapshot}::pg_snapshot) AND NOT pg_visible_in_snapshot("xid", ${snapshot}::pg_snapshot)
    ) AS berubah`;
  return r!.berubah;
}

async function hitung<T>(prisma: Db, kunci: string, muat: (db: Db) => Promise<T>): Promise<void> {
  const { snapshot, nilai } = await prisma.$transaction(
    async (tx) => {
      // The first statement fixes the transaction's snapshot; every read of `muat` shares it.
      const [s] = await tx.$queryRaw<{ s: string }[]>`SELECT pg_current_snapshot()::text AS s`;
      return { snapshot: s!.s, nilai: await muat(tx as unknown as Db) };
    },
    { isolationLevel: 'RepeatableRead', timeout: 60_000 },
  );
  if (entri.size >= MAKS_ENTRI) entri.clear();
  entri.set(kunci, { snapshot, nilai: bekukan(nilai), pada: Date.now() });
  if (Date.now() - pangkasTerakhir > UMUR_MAKS) {
    pangkasTerakhir = Date.now();
    await prisma.$executeRawUnsafe(`DELETE FROM "LogPerubahan" WHERE "pada" < clock_timestamp() - interval '${HORISON}'`);
  }
}

/** The report under `kunci` (every parameter of it, and the day), computed by `muat` when it is missing or stale. */
export async function laporanTersimpan<T>(prisma: Db, kunci: string, muat: (db: Db) => Promise<T>): Promise<T> {
  for (let coba = 0; coba < 3; coba++) {
    const e = entri.get(kunci);
    if (e && Date.now() - e.pada < UMUR_MAKS && !(await berubahSejak(prisma, e.snapshot))) return e.nilai as T;
    let jalan = sedang.get(kunci);
    if (!jalan) {
      jalan = hitung(prisma, kunci, muat).finally(() => sedang.delete(kunci));
      sedang.set(kunci, jalan);
    }
    await jalan;
  }
  // Changed three times while we waited: read it once more, without keeping it.
  return muat(prisma);
}

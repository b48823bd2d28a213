import type { Prisma } from '../../../generated/prisma/client.js';
import type { Actor } from '../shared/http.js';

export type Hasil = 'BARU' | 'UBAH' | 'SAMA' | 'GALAT';
export const LABEL_HASIL: Record<Hasil, string> = { BARU: 'Baru', UBAH: 'Berubah', SAMA: 'Tidak berubah', GALAT: 'Galat' };

export interface BarisHasil {
  /** Row number as the spreadsheet shows it (header = 1). */
  baris: number;
  kunci: string;
  nama: string;
  hasil: Hasil;
  pesan?: string;
  /** [column label, old, new] */
  beda?: [string, string, string][];
}

export type Progres = (selesai: number) => Promise<void>;

/** A dry-run result: what each row would do, and how to do it (in one transaction). */
export interface Rencana {
  baris: BarisHasil[];
  terapkan(tx: Prisma.TransactionClient, by: Actor, progres: Progres): Promise<void>;
}

export function hitung(baris: BarisHasil[]): Record<Hasil, number> {
  const c: Record<Hasil, number> = { BARU: 0, UBAH: 0, SAMA: 0, GALAT: 0 };
  for (const b of baris) c[b.hasil]++;
  return c;
}

/** Same outcome for every row (to detect that the data changed between preview and confirm). */
export function tandaRencana(baris: BarisHasil[]): string {
  return baris.map((b) => `${b.baris}:${b.hasil}:${b.kunci}:${(b.beda ?? []).map((d) => d.join('|')).join(';')}`).join('\n');
}

export function potong<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export interface AuditBaris {
  userId: number;
  ip: string | null;
  aksi: string;
  entitas: string;
  entitasId: string;
  sebelum?: unknown;
  sesudah?: unknown;
}

/** Many audit rows at once (one statement per 10,000), same columns audit() writes. */
export async function catatAudit(tx: Prisma.TransactionClient, logs: AuditBaris[]): Promise<void> {
  const j = (v: unknown) => (v === undefined ? null : JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)));
  for (const c of potong(logs, 10_000)) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "AuditLog" ("userId", ip, aksi, entitas, "entitasId", sebelum, sesudah)
       SELECT v.u, v.ip, v.aksi, v.ent, v.eid, v.seb::jsonb, v.ses::jsonb FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS v(u, ip, aksi, ent, eid, seb, ses)`,
      c.map((l) => l.userId), c.map((l) => l.ip), c.map((l) => l.aksi), c.map((l) => l.entitas), c.map((l) => l.entitasId), c.map((l) => j(l.sebelum)), c.map((l) => j(l.sesudah)),
    );
  }
}

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
       SELECT v.u, v.ip, v.aksi, v.ent, v.eid, v.seb::jsonb, v.ses::jsonb
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
         AS v(u, ip, aksi, ent, eid, seb, ses)`,
      c.map((l) => l.userId),
      c.map((l) => l.ip),
      c.map((l) => l.aksi),
      c.map((l) => l.entitas),
      c.map((l) => l.entitasId),
      c.map((l) => j(l.sebelum)),
      c.map((l) => j(l.sesudah)),
    );
  }
}

/** [column label, old, new] for each column whose shown value differs. */
export function bandingkan<T>(kolom: readonly (readonly [string, (r: T) => string])[], lama: T, baru: T): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const [label, tampil] of kolom) {
    const [a, b] = [tampil(lama), tampil(baru)];
    if (a !== b) out.push([label, a, b]);
  }
  return out;
}

/** A row's outcome: Galat with its messages, Baru when nothing matched its key, else Berubah or Tidak berubah. */
export function hasilBaris(
  b: { baris: number; kunci: string; nama: string },
  galat: string[],
  ada: boolean,
  beda: [string, string, string][] = [],
): BarisHasil {
  if (galat.length) return { ...b, hasil: 'GALAT', pesan: galat.join(' ') };
  if (!ada) return { ...b, hasil: 'BARU' };
  return beda.length ? { ...b, hasil: 'UBAH', beda } : { ...b, hasil: 'SAMA' };
}

/** Remembers where each key was first seen: the earlier row of a repeated key, else undefined. */
export function penandaDuplikat(): (kunci: string, baris: number) => number | undefined {
  const seen = new Map<string, number>();
  return (kunci, baris) => {
    const n = seen.get(kunci);
    if (n === undefined) seen.set(kunci, baris);
    return n;
  };
}

/** The audit rows of an import: one IMPOR_BUAT per new record, one IMPOR_UBAH (old and new of each changed column) per change. */
export function auditBuat(by: Actor, entitas: string, entitasId: string, sesudah: unknown): AuditBaris {
  return { userId: by.userId, ip: by.ip, aksi: 'IMPOR_BUAT', entitas, entitasId, sesudah };
}
export function auditUbah(by: Actor, entitas: string, entitasId: string, beda: [string, string, string][]): AuditBaris {
  const sebelum = Object.fromEntries(beda.map((b) => [b[0], b[1]]));
  const sesudah = Object.fromEntries(beda.map((b) => [b[0], b[2]]));
  return { userId: by.userId, ip: by.ip, aksi: 'IMPOR_UBAH', entitas, entitasId, sebelum, sesudah };
}

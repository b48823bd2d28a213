import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';

type Tx = Db | Prisma.TransactionClient;

export interface AuditEntry {
  userId: number | null;
  aksi: string;
  entitas: string;
  entitasId?: string | number | null;
  sebelum?: unknown;
  sesudah?: unknown;
  keterangan?: string | null;
  ip?: string | null;
}

/** Records who did what to which record, with before/after; call inside the service's transaction. */
export async function audit(tx: Tx, e: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: e.userId,
      aksi: e.aksi,
      entitas: e.entitas,
      entitasId: e.entitasId === undefined || e.entitasId === null ? null : String(e.entitasId),
      sebelum: e.sebelum === undefined ? undefined : (json(e.sebelum) as Prisma.InputJsonValue),
      sesudah: e.sesudah === undefined ? undefined : (json(e.sesudah) as Prisma.InputJsonValue),
      keterangan: e.keterangan ?? null,
      ip: e.ip ?? null,
    },
  });
}

/** Dates, BigInt and Decimal made JSON-safe. */
function json(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v, (_k, val) => (typeof val === 'bigint' ? val.toString() : val)));
}

/** An admin switched a record on or off: one audit shape for every such switch. */
export function auditAktif(
  tx: Tx,
  by: { userId: number | null; ip?: string | null },
  entitas: string,
  entitasId: number,
  sebelum: boolean,
  aktif: boolean,
): Promise<void> {
  return audit(tx, {
    userId: by.userId,
    ip: by.ip,
    aksi: aktif ? 'AKTIFKAN' : 'NONAKTIFKAN',
    entitas,
    entitasId,
    sebelum: { aktif: sebelum },
    sesudah: { aktif },
  });
}

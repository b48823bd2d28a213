import type { Db } from '../../../db/client.js';
import type { Prisma } from '../../../generated/prisma/client.js';

export interface AuditFilter {
  siapa: string;
  entitas: string;
  entitasId: string;
  aksi: string;
  dari: Date | null;
  sampai: Date | null;
}

export function bacaFilter(q: Record<string, unknown>): AuditFilter {
  const s = (k: string) => (typeof q[k] === 'string' ? (q[k] as string).trim().slice(0, 80) : '');
  const d = (k: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s(k)) ? new Date(`${s(k)}T00:00:00Z`) : null);
  return { siapa: s('siapa'), entitas: s('entitas'), entitasId: s('entitasId'), aksi: s('aksi'), dari: d('dari'), sampai: d('sampai') };
}

/** Newest first; filters by user, entity (and id), action and date range (in the deployment's days, approximated in UTC+7). */
export async function listAudit(prisma: Db, f: AuditFilter, skip: number, take: number) {
  const offset = 7 * 3600_000;
  const where: Prisma.AuditLogWhereInput = {
    ...(f.siapa ? { user: { username: { contains: f.siapa, mode: 'insensitive' } } } : {}),
    ...(f.entitas ? { entitas: f.entitas } : {}),
    ...(f.entitasId ? { entitasId: f.entitasId } : {}),
    ...(f.aksi ? { aksi: { contains: f.aksi, mode: 'insensitive' } } : {}),
    ...(f.dari || f.sampai
      ? {
          createdAt: {
            ...(f.dari ? { gte: new Date(f.dari.getTime() - offset) } : {}),
            ...(f.sampai ? { lt: new Date(f.sampai.getTime() + 86_400_000 - offset) } : {}),
          },
        }
      : {}),
  };
  const [items, total, entitas] = await Promise.all([
    prisma.auditLog.findMany({ where, orderBy: { id: 'desc' }, skip, take, include: { user: { select: { username: true } } } }),
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({ distinct: ['entitas'], select: { entitas: true }, orderBy: { entitas: 'asc' } }),
  ]);
  return { items, total, entitas: entitas.map((e) => e.entitas) };
}

/** Small request helpers shared by the admin pages. */
import type { Request } from 'express';
import { NotFoundError, ValidationError } from '../../../core/errors.js';
import { pageParams, makePage, type Page } from '../../../web/pagination.js';

export interface Actor {
  userId: number;
  ip: string | null;
}

export function actor(req: Request): Actor {
  return { userId: req.user!.id, ip: req.ip ?? null };
}

/** Route id → number, or 404. */
export function idParam(req: Request, name = 'id'): number {
  const n = Number(req.params[name]);
  if (!Number.isInteger(n) || n <= 0 || n > 2_147_483_647) throw new NotFoundError();
  return n;
}

export type StatusFilter = 'aktif' | 'nonaktif' | 'semua';

/** ?q=…&status=…&halaman=N for every list. */
export function listQuery(req: Request, perPage = 25) {
  const query = req.query as Record<string, unknown>;
  const q = typeof query.q === 'string' ? query.q.trim().slice(0, 100) : '';
  const s = query.status;
  const status: StatusFilter = s === 'nonaktif' || s === 'semua' ? s : 'aktif';
  const { page, skip } = pageParams(query, perPage);
  return {
    q,
    status,
    page,
    perPage,
    skip,
    aktifWhere: status === 'semua' ? {} : { aktif: status === 'aktif' },
    pageFor: (base: string, total: number): Page => makePage(base, query, page, perPage, total),
  };
}

/** Runs a service call; field errors come back as data so the form can be shown again. */
export async function attempt<T>(fn: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; errors: Record<string, string> }> {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    if (e instanceof ValidationError) return { ok: false, errors: e.fieldErrors };
    throw e;
  }
}

/** Case-insensitive "contains" filter on several columns. */
export function cari(q: string, fields: string[]): object {
  if (!q) return {};
  return { OR: fields.map((f) => ({ [f]: { contains: q, mode: 'insensitive' } })) };
}

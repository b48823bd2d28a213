import type { Request, Response, ErrorRequestHandler } from 'express';
import { AppError } from '../core/errors.js';
import { wantsJson } from './guards.js';
import { t } from '../locales/id.js';

function isDbUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string; cause?: { code?: string } } | undefined;
  const code = e?.code ?? e?.cause?.code;
  return (
    // P2024: no pooled connection in time; P2028: a transaction could not start in time (busy, retry).
    ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P03', 'P1001', 'P1017', 'ETIMEDOUT', 'P2024', 'P2028'].includes(code ?? '') ||
    // "connect ENOENT /tmp/.s.PGSQL.5432": PostgreSQL's Unix socket is gone (the server is down).
    /Can't reach database|Connection terminated|connect ECONNREFUSED|terminating connection|ENOENT.*\.s\.PGSQL/i.test(e?.message ?? '')
  );
}

/** An id in the URL beyond PostgreSQL's int4 ("/penilaian/99999999999") names no record: 404, not 500. */
function isIdOutOfRange(err: unknown): boolean {
  const e = err as { name?: string; code?: string; message?: string; cause?: { code?: string } } | undefined;
  const code = e?.code ?? e?.cause?.code;
  return (
    (e?.name === 'PrismaClientValidationError' && /Unable to fit (integer )?value/i.test(e.message ?? '')) ||
    code === '22003' ||
    /out of range for type integer/i.test(e?.message ?? '')
  );
}

/**
 * Input the database or Prisma refused as a value (decision 094). Validation and the input
 * cleaning come first; this is the safety net so a value that slipped past them is a 400, not a
 * 500: PostgreSQL 22021 (a NUL or an invalid byte in text), 22P05 (untranslatable character),
 * 22P02 (text where a number goes), and Prisma's refusal of a non-integer where an Int id goes.
 */
function isBadInput(err: unknown): boolean {
  const e = err as { name?: string; code?: string; message?: string; cause?: { code?: string; originalCode?: string } } | undefined;
  const code = e?.cause?.originalCode ?? e?.code ?? e?.cause?.code;
  return (
    ['22021', '22P05', '22P02'].includes(code ?? '') ||
    /invalid byte sequence for encoding|unsupported Unicode escape sequence|untranslatable character/i.test(e?.message ?? '') ||
    (e?.name === 'PrismaClientValidationError' &&
      /Expected Int|provided (NaN|Float|String)|Invalid value for argument/i.test(e.message ?? ''))
  );
}

/** Errors the request parsers raise for malformed requests (http-errors: status 4xx, expose). */
function clientErrorStatus(err: unknown): number | null {
  const e = err as { status?: number; statusCode?: number; expose?: boolean } | undefined;
  const status = e?.status ?? e?.statusCode;
  return e?.expose && typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The error page without layout, locals or database: enough to say what happened, in Indonesian. */
function plainPage(title: string, pesan: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)} — SIKAP</title><link rel="stylesheet" href="/assets/bootstrap/css/bootstrap.min.css"></head><body><main class="container py-4"><h1 class="h3">${esc(title)}</h1><p>${esc(pesan)}</p><p><a href="">Muat ulang</a></p></main></body></html>`;
}

export function notFoundHandler(req: Request, res: Response): void {
  if (wantsJson(req)) {
    res.status(404).json({ error: 'TIDAK_DITEMUKAN' });
    return;
  }
  res.page('error', { title: t('galat.judul404'), pesan: t('galat.isi404') }, 404);
}

/** The one error handler: typed errors become pages; anything else is logged and shown as 500. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const reqId = String(req.id ?? '');
  let status = 500;
  let title = t('galat.judul500');
  let pesan = t('galat.isi500', { id: reqId });
  const code = (err as { code?: string }).code;
  if (code === 'EBADCSRFTOKEN' || ((err as { name?: string }).name === 'ForbiddenError' && /csrf/i.test(String(err.message)))) {
    status = 403;
    title = t('galat.judul403');
    pesan = t('galat.csrf');
  } else if (err instanceof AppError) {
    status = err.status;
    title = status === 404 ? t('galat.judul404') : status === 403 ? t('galat.judul403') : err.message;
    pesan = status === 404 ? t('galat.isi404') : err.message;
  } else if (isIdOutOfRange(err)) {
    status = 404;
    title = t('galat.judul404');
    pesan = t('galat.isi404');
  } else if ((err as { type?: string }).type === 'entity.too.large') {
    status = 413;
    title = 'Isian terlalu besar';
    pesan = 'Data yang dikirim melebihi batas ukuran.';
  } else if (isBadInput(err) || clientErrorStatus(err) !== null) {
    status = clientErrorStatus(err) ?? 400;
    title = 'Isian tidak dapat diproses';
    pesan = 'Ada isian yang tidak sah (misalnya karakter kendali atau angka yang tidak valid). Periksa isian lalu kirim lagi.';
    req.log?.warn({ err }, 'isian ditolak');
  } else if (isDbUnavailable(err)) {
    status = 503;
    title = t('galat.judul503');
    pesan = t('galat.isi503');
    req.log?.error({ err }, 'database tidak tersedia');
  } else {
    req.log?.error({ err }, 'galat tak tertangani');
  }
  if (res.headersSent) return;
  if (status === 503) res.set('Retry-After', '5');
  if (wantsJson(req)) {
    res.status(status).json({ error: status, pesan });
    return;
  }
  // A form post that failed on the server: show the typed text and let the user send it again.
  const body = req.body as Record<string, unknown> | undefined;
  // A refused value (safety net above) keeps the typed text too; resending as is would fail again.
  const refused = status === 400 && isBadInput(err);
  const typed =
    (status >= 500 || refused) && req.method === 'POST' && body && typeof body === 'object' && !req.is('multipart/form-data')
      ? Object.entries(body).filter(([k, v]) => typeof v === 'string' && !k.startsWith('_') && k !== 'sandi')
      : [];
  if (typed.length) {
    const hidden = Object.entries(body!).filter(([k, v]) => typeof v === 'string' && k !== 'sandi') as [string, string][];
    try {
      res.page('error-post', { title, pesan, action: req.originalUrl, hidden, typed, perbaiki: refused }, status);
    } catch {
      res.status(status).type('text').send(pesan);
    }
    return;
  }
  if (typeof res.page !== 'function') {
    // Failed before the page renderer was installed (e.g. the session store's database is down).
    res.status(status).type('html').send(plainPage(title, pesan));
    return;
  }
  try {
    res.page('error', { title, pesan }, status);
  } catch {
    res.status(status).type('html').send(plainPage(title, pesan));
  }
};

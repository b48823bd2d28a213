import type { Request, Response, NextFunction, RequestHandler } from 'express';
import type { Role } from '../generated/prisma/enums.js';
import { ForbiddenError, NotFoundError } from '../core/errors.js';
import { t } from '../locales/id.js';
import { flash } from './flash.js';

/** fetch() callers ask for JSON; pages get HTML. */
export function wantsJson(req: Request): boolean {
  return req.xhr || (req.get('accept') ?? '').includes('application/json');
}

/** Signed-in users only. Pages redirect to the login form and come back; fetch calls get 401 JSON. */
export const requireAuth: RequestHandler = (req, res, next) => {
  if (req.user) return next();
  if (wantsJson(req)) {
    res.status(401).json({ error: 'SESI_BERAKHIR', pesan: t('auth.sesiBerakhir') });
    return;
  }
  if (req.method === 'GET') {
    flash(req, 'info', t('auth.perluMasuk'));
    res.redirect(`/masuk?kembali=${encodeURIComponent(req.originalUrl)}`);
    return;
  }
  res.redirect('/masuk');
};

/** Any of the given roles. Admin pages answer 403 to signed-in users without the role. */
export function requireRole(...roles: Role[]): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!req.user) return requireAuth(req, _res, next);
    if (roles.some((r) => req.user!.roles.includes(r))) return next();
    next(new ForbiddenError());
  };
}

/** Only people with a Pegawai record (BKD-only accounts have none). */
export const requirePegawai: RequestHandler = (req, res, next) => {
  if (!req.user) return requireAuth(req, res, next);
  if (req.user.pegawaiId) return next();
  next(new NotFoundError());
};

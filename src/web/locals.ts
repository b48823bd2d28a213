import type { Request, Response, NextFunction } from 'express';
import { t } from '../locales/id.js';
import * as fmt from '../lib/format.js';
import * as labels from '../modules/domain/labels.js';
import { formatNip } from '../modules/domain/nip.js';
import { navFor } from './nav.js';
import { roleKeys } from './principal.js';
import { maskToken } from './csrf.js';

/** What every view can use: t(), formatters, labels, the signed-in user, CSRF token, navigation. */
export function viewLocals(req: Request, res: Response, next: NextFunction): void {
  res.locals.t = t;
  res.locals.fmt = { ...fmt, nip: formatNip };
  res.locals.labels = labels;
  res.locals.currentUser = req.user ?? null;
  res.locals.currentPath = req.path;
  res.locals.csrfToken = typeof req.csrfToken === 'function' ? maskToken(req.csrfToken()) : '';
  res.locals.nav = req.user ? navFor(req.user, req.path) : [];
  res.locals.roleLabels = req.user ? roleKeys(req.user).map((k) => t(`peran.${k}`)) : [];
  res.locals.scripts = [];
  res.locals.styles = [];
  next();
}

import type { Request, Response, NextFunction } from 'express';
import { t } from '../locales/id.js';
import * as fmt from '../lib/format.js';
import * as labels from '../modules/domain/labels.js';
import { formatNip } from '../modules/domain/nip.js';
import { navFor } from './nav.js';
import { roleKeys } from '../core/principal.js';
import { maskToken } from './csrf.js';
import { levelTeks } from '../modules/penilaian/level-teks.js';

/** What every view can use: t(), formatters, labels, the signed-in user, CSRF token, navigation. */
export function viewLocals(req: Request, res: Response, next: NextFunction): void {
  res.locals.t = t;
  res.locals.fmt = { ...fmt, nip: formatNip };
  res.locals.labels = labels;
  res.locals.levelTeks = levelTeks;
  res.locals.currentUser = req.user ?? null;
  res.locals.currentPath = req.path;
  res.locals.csrfToken = typeof req.csrfToken === 'function' ? maskToken(req.csrfToken()) : '';
  res.locals.nav = req.user ? navFor(req.user, req.path) : [];
  res.locals.roleLabels = req.user ? roleKeys(req.user).map((k) => t(`peran.${k}`)) : [];
  res.locals.scripts = [];
  res.locals.styles = [];
  // A view or partial that needs a module stylesheet asks for it with <% stylesheet(href) %>, so
  // every page that includes it gets the stylesheet (the layout is rendered after the page body).
  const requested: string[] = [];
  res.locals.requestedStyles = requested;
  res.locals.stylesheet = (href: string): string => {
    if (!requested.includes(href)) requested.push(href);
    return '';
  };
  next();
}

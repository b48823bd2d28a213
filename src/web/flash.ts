import type { Request, Response, NextFunction } from 'express';

export type FlashKind = 'sukses' | 'info' | 'peringatan' | 'galat';
export interface FlashMessage {
  kind: FlashKind;
  text: string;
}

declare module 'express-session' {
  interface SessionData {
    flash?: FlashMessage[];
  }
}

export function flash(req: Request, kind: FlashKind, text: string): void {
  if (!req.session) return;
  req.session.flash = [...(req.session.flash ?? []), { kind, text }];
}

/** Moves queued flash messages into the view of the next rendered page. */
export function flashMiddleware(req: Request, res: Response, next: NextFunction): void {
  res.locals.flash = req.session?.flash ?? [];
  if (req.session?.flash) delete req.session.flash;
  next();
}

/**
 * Saves the session before a redirect leaves, so the flash message queued by the handler is in the
 * store when the browser asks for the next page (otherwise a fast browser can win the race).
 */
export function saveBeforeRedirect(req: Request, res: Response, next: NextFunction): void {
  const original = res.redirect.bind(res) as (...a: unknown[]) => void;
  res.redirect = ((...args: unknown[]) => {
    if (req.session && req.session.flash?.length) req.session.save(() => original(...args));
    else original(...args);
  }) as typeof res.redirect;
  next();
}

import { csrfSync } from 'csrf-sync';
import type { Request } from 'express';

/**
 * Synchronizer-token CSRF protection (token kept in the session). Forms send `_csrf`; fetch()
 * calls send the `x-csrf-token` header. Multipart forms are parsed by multer first, so the body
 * field is there by the time this runs on those routes.
 */
export const { csrfSynchronisedProtection, generateToken } = csrfSync({
  getTokenFromRequest: (req: Request) =>
    (req.body && typeof req.body._csrf === 'string' ? req.body._csrf : undefined) ??
    (req.get('x-csrf-token') || undefined),
});

/** Global guard: multipart bodies are not parsed yet here, so those routes check after multer. */
export function csrfUnlessMultipart(req: Request, res: import('express').Response, next: import('express').NextFunction): void {
  if (req.is('multipart/form-data')) {
    // Still give views a token, and mark that the route must check after parsing.
    req.csrfToken = () => generateToken(req);
    (req as Request & { csrfPending?: boolean }).csrfPending = true;
    return next();
  }
  csrfSynchronisedProtection(req, res, next);
}

import crypto from 'node:crypto';
import { csrfSync } from 'csrf-sync';
import type { Request } from 'express';

/**
 * Pages are gzip-compressed (decision 092), which makes a secret repeated verbatim in every page
 * guessable byte by byte from response sizes (BREACH). So the session's token never appears as
 * such: every page carries `pad.(token XOR pad)` with a fresh random pad, and the server unmasks.
 */
export function maskToken(token: string): string {
  const raw = Buffer.from(token, 'utf8');
  const pad = crypto.randomBytes(raw.length);
  const x = Buffer.alloc(raw.length);
  for (let i = 0; i < raw.length; i++) x[i] = raw[i]! ^ pad[i]!;
  return `${pad.toString('base64url')}.${x.toString('base64url')}`;
}

export function unmaskToken(sent: string | undefined): string | undefined {
  if (!sent) return undefined;
  const dot = sent.indexOf('.');
  if (dot < 1) return sent;
  const pad = Buffer.from(sent.slice(0, dot), 'base64url');
  const x = Buffer.from(sent.slice(dot + 1), 'base64url');
  if (pad.length !== x.length || pad.length === 0) return undefined;
  const raw = Buffer.alloc(x.length);
  for (let i = 0; i < x.length; i++) raw[i] = x[i]! ^ pad[i]!;
  return raw.toString('utf8');
}

/**
 * Synchronizer-token CSRF protection (token kept in the session). Forms send `_csrf`; fetch()
 * calls send the `x-csrf-token` header. Multipart forms are parsed by multer first, so the body
 * field is there by the time this runs on those routes.
 */
export const { csrfSynchronisedProtection, generateToken } = csrfSync({
  getTokenFromRequest: (req: Request) =>
    unmaskToken((req.body && typeof req.body._csrf === 'string' ? req.body._csrf : undefined) ?? (req.get('x-csrf-token') || undefined)),
});

/** Marks the multer step of uploadOne(): a route holding it checks the token after parsing. */
export const UPLOAD_STEP = Symbol('sikap.upload');

interface LayerLike {
  /** router 2.x returns false or { path } (the matched prefix); older versions set layer.path. */
  match(path: string): boolean | { path: string };
  path?: string;
  route?: { methods: Record<string, boolean>; stack: { handle: unknown }[] };
  handle?: { stack?: LayerLike[] };
}

/**
 * Would this POST be handled by a route that runs uploadOne()? Walks the router stack the way
 * Express dispatches (first matching POST route wins). Any other route receiving a multipart body
 * would never check the token, so it must be checked here (and, with no parsed body, fail).
 */
function reachesUpload(stack: LayerLike[] | undefined, path: string): boolean | undefined {
  for (const layer of stack ?? []) {
    const m = layer.match(path);
    if (!m) continue;
    if (layer.route) {
      if (!layer.route.methods.post && !layer.route.methods._all) continue;
      return layer.route.stack.some((l) => !!(l.handle as Record<symbol, unknown>)[UPLOAD_STEP]);
    }
    if (layer.handle?.stack) {
      const rest = path.slice((typeof m === 'object' ? m.path : (layer.path ?? '')).length) || '/';
      const found = reachesUpload(layer.handle.stack, rest.startsWith('/') ? rest : `/${rest}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Global guard: multipart bodies are not parsed yet here, so upload routes check after multer. */
export function csrfUnlessMultipart(req: Request, res: import('express').Response, next: import('express').NextFunction): void {
  const router = (req.app as unknown as { router?: { stack: LayerLike[] } }).router;
  if (req.is('multipart/form-data') && req.method === 'POST' && reachesUpload(router?.stack, req.path) === true) {
    // Still give views a token, and mark that the route must check after parsing.
    req.csrfToken = () => generateToken(req);
    (req as Request & { csrfPending?: boolean }).csrfPending = true;
    return next();
  }
  csrfSynchronisedProtection(req, res, next);
}

import crypto from 'node:crypto';
import type { Request, Response, NextFunction, RequestHandler } from 'express';
import { t } from '../../locales/id.js';

const PATH = /^\/(penilaian|tim\/penilaian)\/(\d+)\/autosave$/;

/** The page each side of an appraisal types on: where a draft caught after expiry returns to. */
export function halamanForm(sisi: 'PEGAWAI' | 'PENILAI', id: number): string {
  return sisi === 'PEGAWAI' ? `/penilaian/${id}/diri` : `/tim/penilaian/${id}`;
}

/**
 * Whose draft it is. A draft caught after the session expired arrives without a user (the old
 * session is gone: the cookie expired, or the store dropped it), so each form page carries a mark
 * signed by the server, `<userId>.<nonce>.<hmac>`, bound to the user and the page; autosave.js
 * sends it with every save. The draft is kept only with a valid mark, and after sign-in it is
 * restored only for that same account: anyone else signing in on the browser never sees it.
 * The fresh nonce makes the mark differ on every page view (nothing fixed to guess from the
 * compressed page's size).
 */
function macDraf(secret: string, userId: number, page: string, nonce: string): string {
  return crypto.createHmac('sha256', secret).update(`sikap-draf|${userId}|${page}|${nonce}`).digest('base64url');
}

export function tandaPemilik(secret: string, userId: number, page: string): string {
  const nonce = crypto.randomBytes(9).toString('base64url');
  return `${userId}.${nonce}.${macDraf(secret, userId, page, nonce)}`;
}

/** The user id a mark was signed for on this page, or null (missing, malformed, forged, other page). */
export function pemilikDari(secret: string, mark: unknown, page: string): number | null {
  const m = typeof mark === 'string' ? /^(\d{1,10})\.([\w-]{12})\.([\w-]{43})$/.exec(mark) : null;
  if (!m) return null;
  const userId = Number(m[1]);
  const sent = Buffer.from(m[3]!);
  const expected = Buffer.from(macDraf(secret, userId, page, m[2]!));
  return sent.length === expected.length && crypto.timingSafeEqual(sent, expected) ? userId : null;
}

/**
 * The one restore path for both sides (employee self-assessment and supervisor rating): a draft
 * kept when the session expired, for this page, is laid over the stored values (text typed in the
 * current request wins), with the "restored" notice; the form is marked so autosave.js sends the
 * restored fields at once. The draft is dropped by `lupakanDraf` once a save goes through.
 */
export function pulihkanDraf(
  req: Request,
  sisi: 'PEGAWAI' | 'PENILAI',
  id: number,
  extra: { overlay?: Record<string, string>; notice?: string } = {},
): { overlay: Record<string, string>; notice: string | undefined; restored: boolean } {
  const pending = req.session.pendingDraft;
  const mine = pending && pending.path === halamanForm(sisi, id) && pending.userId === req.user?.id;
  if (!mine) return { overlay: extra.overlay ?? {}, notice: extra.notice, restored: false };
  return { overlay: { ...pending.fields, ...(extra.overlay ?? {}) }, notice: t('penilaian.dipulihkan'), restored: true };
}

/** After a save by the signed-in user the kept draft has done its work. */
export function lupakanDraf(req: Request): void {
  delete req.session.pendingDraft;
}

/** Host of an Origin header; a malformed one ("null", junk) matches nothing instead of throwing. */
function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Runs before the CSRF check. When an autosave arrives after the session expired, the text is
 * kept in the (new) session, tied to the user named by the page's signed mark, and the user is
 * asked to sign in; after signing in as that user they land on the same page with the text
 * restored. Accepted only from this site's own pages (Origin/Sec-Fetch-Site), because the old
 * CSRF token died with the old session. Without a valid mark nothing is kept on the server (the
 * browser still holds the text in localStorage).
 */
export function autosaveAfterExpiry(secret: string): RequestHandler {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'POST' || req.user) return next();
    const m = PATH.exec(req.path);
    if (!m) return next();
    const origin = req.get('origin');
    const site = req.get('sec-fetch-site');
    const host = req.get('host');
    const sameOrigin = (origin ? hostOf(origin) === host : false) || site === 'same-origin';
    if (!sameOrigin) {
      res.status(403).json({ error: 'ASAL_TIDAK_SAH' });
      return;
    }
    const page = halamanForm(m[1] === 'penilaian' ? 'PEGAWAI' : 'PENILAI', Number(m[2]));
    const body = (req.body ?? {}) as { fields?: Record<string, unknown>; _pemilik?: unknown };
    const masuk = `/masuk?kembali=${encodeURIComponent(page)}`;
    const answer = () => res.status(401).json({ error: 'SESI_BERAKHIR', pesan: t('auth.sesiBerakhir'), masuk });
    const userId = pemilikDari(secret, body._pemilik, page);
    if (userId === null) {
      answer();
      return;
    }
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(body.fields ?? {})) {
      if (typeof v === 'string' && /^[\w-]{1,80}$/.test(k) && Object.keys(fields).length < 500) fields[k] = v.slice(0, 5000);
    }
    const prev = req.session.pendingDraft;
    const same = prev?.path === page && prev.userId === userId ? prev.fields : {};
    req.session.pendingDraft = { path: page, userId, fields: { ...same, ...fields }, savedAt: new Date().toISOString() };
    req.session.save(answer);
  };
}

import type { Request, Response, NextFunction } from 'express';
import { t } from '../../locales/id.js';

const PATH = /^\/(penilaian|tim\/penilaian)\/(\d+)\/autosave$/;

/**
 * Runs before the CSRF check. When an autosave arrives after the session expired, the text is
 * kept in the (new) session and the user is asked to sign in; after login they land on the same
 * page with the text restored. Accepted only from this site's own pages (Origin/Sec-Fetch-Site),
 * because the old CSRF token died with the old session.
 */
/** Host of an Origin header; a malformed one ("null", junk) matches nothing instead of throwing. */
function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export function autosaveAfterExpiry(req: Request, res: Response, next: NextFunction): void {
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
  const page = m[1] === 'penilaian' ? `/penilaian/${m[2]}/diri` : `/tim/penilaian/${m[2]}`;
  const body = (req.body ?? {}) as { fields?: Record<string, unknown> };
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(body.fields ?? {})) {
    if (typeof v === 'string' && /^[\w-]{1,80}$/.test(k) && Object.keys(fields).length < 500) fields[k] = v.slice(0, 5000);
  }
  const prev = req.session.pendingDraft?.path === page ? req.session.pendingDraft.fields : {};
  req.session.pendingDraft = { path: page, fields: { ...prev, ...fields }, savedAt: new Date().toISOString() };
  req.session.save(() => {
    res.status(401).json({ error: 'SESI_BERAKHIR', pesan: t('auth.sesiBerakhir'), masuk: `/masuk?kembali=${encodeURIComponent(page)}` });
  });
}

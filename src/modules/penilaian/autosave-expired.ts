import type { Request, Response, NextFunction } from 'express';
import { t } from '../../locales/id.js';

const PATH = /^\/(penilaian|tim\/penilaian)\/(\d+)\/autosave$/;

/** The page each side of an appraisal types on: where a draft caught after expiry returns to. */
export function halamanForm(sisi: 'PEGAWAI' | 'PENILAI', id: number): string {
  return sisi === 'PEGAWAI' ? `/penilaian/${id}/diri` : `/tim/penilaian/${id}`;
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
  if (!pending || pending.path !== halamanForm(sisi, id)) return { overlay: extra.overlay ?? {}, notice: extra.notice, restored: false };
  return { overlay: { ...pending.fields, ...(extra.overlay ?? {}) }, notice: t('penilaian.dipulihkan'), restored: true };
}

/** After a save by the signed-in user the kept draft has done its work. */
export function lupakanDraf(req: Request): void {
  delete req.session.pendingDraft;
}

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
  const page = halamanForm(m[1] === 'penilaian' ? 'PEGAWAI' : 'PENILAI', Number(m[2]));
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

import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { parse } from '../../web/validate.js';
import { flash } from '../../web/flash.js';
import { t } from '../../locales/id.js';
import { periksaToken, pakaiToken, TautanTidakBerlakuError } from './reset.service.js';
import { aturSandiSchema } from './auth.schema.js';

const V = 'auth/';

/**
 * Public pages: "Lupa kata sandi?" explains where a reset link comes from (Admin BKD), and the
 * one-time link itself sets a new password. The link's page is never cached and sends no referrer.
 */
export function resetRoutes({ prisma }: AppDeps): Router {
  const r = Router();
  const noStore = (res: Response) => res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });

  r.get('/sandi/lupa', (_req, res) => res.page(`${V}lupa`, { title: t('auth.lupaSandi') }));

  const form = (req: Request, res: Response, username: string, errors: Record<string, string> = {}, status = 200) =>
    noStore(res).page(`${V}atur`, { title: 'Atur kata sandi baru', username, token: req.params.token, errors }, status);
  const gone = (res: Response) => noStore(res).page(`${V}tautan-tidak-berlaku`, { title: 'Tautan tidak berlaku' }, 410);

  r.get('/sandi/atur/:token', async (req, res) => {
    try {
      const user = await periksaToken(prisma, String(req.params.token));
      form(req, res, user.username);
    } catch (err) {
      if (err instanceof TautanTidakBerlakuError) return gone(res);
      throw err;
    }
  });

  r.post('/sandi/atur/:token', async (req, res) => {
    const token = String(req.params.token);
    try {
      const user = await periksaToken(prisma, token);
      const v = parse(aturSandiSchema, req.body);
      if (!v.ok) return form(req, res, user.username, v.errors, 400);
      await pakaiToken(prisma, token, user.id, v.data.sandiBaru, req.ip ?? null);
    } catch (err) {
      if (err instanceof TautanTidakBerlakuError) return gone(res);
      throw err;
    }
    // A fresh session: the account's sessions were just deleted, and this browser's (whoever was
    // signed in on it) must not be written back with its sign-in at the end of the request.
    await new Promise<void>((resolve, reject) => req.session.regenerate((e) => (e ? reject(e) : resolve())));
    flash(req, 'sukses', t('auth.sandiDiatur'));
    res.redirect('/masuk');
  });
  return r;
}

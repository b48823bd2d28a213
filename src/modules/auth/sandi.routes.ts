import { Router, type Request, type Response, type NextFunction } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { requireAuth } from '../../web/guards.js';
import { prosesForm, type Isian } from '../../web/form.js';
import { flash } from '../../web/flash.js';
import { gantiSandi } from './auth.service.js';
import { gantiSandiSchema } from './auth.schema.js';

const VIEW = 'auth/sandi';

/** While a temporary password is in force, every page leads to the change form first. */
export function requirePasswordChange(req: Request, res: Response, next: NextFunction): void {
  if (!req.user?.harusGantiSandi || req.method !== 'GET') return next();
  if (req.path === '/profil/sandi' || req.path === '/healthz') return next();
  res.redirect('/profil/sandi');
}

export function sandiRoutes({ prisma }: AppDeps): Router {
  const r = Router();
  r.use('/profil/sandi', requireAuth);
  const render = (req: Request, res: Response, errors: Record<string, string> = {}, status = 200) =>
    res.page(
      VIEW,
      {
        title: 'Ganti kata sandi',
        crumbs: [{ label: 'Profil saya', href: '/profil' }, { label: 'Ganti kata sandi' }],
        errors,
        wajib: req.user!.harusGantiSandi,
      },
      status,
    );

  r.get('/profil/sandi', (req, res) => render(req, res));
  r.post('/profil/sandi', async (req, res) => {
    // Passwords are never sent back into the form: only the messages return.
    const lagi = ({ errors }: Isian) => render(req, res, errors, 400);
    const ganti = (d: { sandiLama: string; sandiBaru: string }) =>
      gantiSandi(prisma, req.user!.id, req.sessionID, d.sandiLama, d.sandiBaru);
    const ok = await prosesForm(req.body, gantiSandiSchema, lagi, ganti);
    if (!ok) return;
    flash(req, 'sukses', 'Kata sandi diganti.');
    res.redirect('/beranda');
  });
  return r;
}

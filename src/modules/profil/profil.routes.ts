import { Router } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { requireAuth } from '../../web/guards.js';
import { profilPegawai } from './profil.service.js';

export function profilRoutes({ prisma }: AppDeps): Router {
  const r = Router();
  r.get('/profil', requireAuth, async (req, res) => {
    const user = req.user!;
    const pegawai = user.pegawaiId ? await profilPegawai(prisma, user.pegawaiId) : null;
    res.page('profil/profil', { title: 'Profil saya', crumbs: [{ label: 'Profil saya' }], pegawai });
  });
  return r;
}

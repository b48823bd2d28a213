import { Router } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { requireAuth } from '../../web/guards.js';
import { dashboardFor } from './dashboard.service.js';
import { hariIni } from '../../lib/format.js';
import { pengembanganWidget } from '../pengembangan/widget.js';

export function dashboardRoutes({ prisma }: AppDeps): Router {
  const r = Router();
  r.get('/beranda', requireAuth, async (req, res) => {
    // Independent reads: the page waits for the slower of the two, not their sum.
    const [data, pengembangan] = await Promise.all([dashboardFor(prisma, req.user!), pengembanganWidget(prisma, req.user!)]);
    res.page('dashboard/beranda', { title: 'Beranda', ...data, hariIni: hariIni(), pengembangan });
  });
  return r;
}

import { Router } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { requireAuth } from '../../web/guards.js';
import { pageParams, makePage } from '../../web/pagination.js';
import { bukaNotifikasi, listNotifikasi, tandaiDibaca } from './notifikasi.service.js';
import { safeReturnTo } from '../../web/safe-redirect.js';
import { flash } from '../../web/flash.js';

export function notifikasiRoutes({ prisma }: AppDeps): Router {
  const r = Router();
  r.get('/notifikasi', requireAuth, async (req, res) => {
    const { page, perPage, skip } = pageParams(req.query as Record<string, unknown>, 20);
    const { items, total } = await listNotifikasi(prisma, req.user!.id, skip, perPage);
    res.page('notifikasi/daftar', {
      title: 'Notifikasi',
      crumbs: [{ label: 'Notifikasi' }],
      items,
      page: makePage('/notifikasi', req.query as Record<string, unknown>, page, perPage, total),
    });
  });
  r.post('/notifikasi/:id/buka', requireAuth, async (req, res) => {
    const id = Number(req.params.id);
    const tautan = await bukaNotifikasi(prisma, req.user!.id, id);
    res.redirect(tautan === null ? '/notifikasi' : safeReturnTo(tautan, '/notifikasi'));
  });
  r.post('/notifikasi/baca-semua', requireAuth, async (req, res) => {
    await tandaiDibaca(prisma, req.user!.id);
    flash(req, 'sukses', 'Semua notifikasi ditandai sudah dibaca.');
    res.redirect('/notifikasi');
  });
  return r;
}

import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { requireAuth } from '../../web/guards.js';
import { registerNav } from '../../web/nav.js';
import { flash } from '../../web/flash.js';
import { parse } from '../../web/validate.js';
import { t } from '../../locales/id.js';
import './penilaian.strings.js';
import { daftarKeberatan, getKeberatan, putuskan } from './keberatan.service.js';
import { keputusanSchema } from './penilaian.schema.js';

registerNav({ href: '/keberatan', label: 'Keberatan', show: (p) => p.isAtasan || p.roles.includes('ADMIN_BKD') });

export function keberatanRoutes({ prisma }: AppDeps): Router {
  const r = Router();
  r.use('/keberatan', requireAuth);
  r.get('/keberatan', async (req, res) => {
    const items = await daftarKeberatan(prisma, req.user!);
    res.page('penilaian/keberatan-daftar', { title: 'Keberatan', crumbs: [{ label: 'Keberatan' }], items });
  });
  async function render(
    req: Request,
    res: Response,
    errors: Record<string, string> = {},
    values: Record<string, unknown> = {},
    status = 200,
  ) {
    const k = await getKeberatan(prisma, req.user!, Number(req.params.id));
    res.page(
      'penilaian/keberatan',
      { title: 'Keberatan', crumbs: [{ label: 'Keberatan', href: '/keberatan' }, { label: k.penilaian.pegawai.nama }], k, errors, values },
      status,
    );
  }
  r.get('/keberatan/:id', (req, res) => render(req, res));
  r.post('/keberatan/:id', async (req, res) => {
    const v = parse(keputusanSchema, req.body);
    if (!v.ok) return render(req, res, v.errors, v.values, 400);
    await putuskan(prisma, req.user!, Number(req.params.id), v.data);
    flash(req, 'sukses', t('penilaian.keputusan'));
    res.redirect(`/keberatan/${req.params.id}`);
  });
  return r;
}

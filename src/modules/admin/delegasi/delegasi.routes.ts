import { Router, type Response } from 'express';
import type { AppDeps } from '../../../core/deps.js';
import { parse } from '../../../web/validate.js';
import { flash } from '../../../web/flash.js';
import { actor, attempt, idParam, listQuery } from '../shared/http.js';
import { unitOptions } from '../unit/unit.service.js';
import { delegasiSchema } from './delegasi.schema.js';
import { listDelegasi, createDelegasi, setDelegasiAktif } from './delegasi.service.js';

const V = 'admin/delegasi/';
const crumbs = (last?: string) => [
  { label: 'Administrasi', href: '/admin' },
  { label: 'Delegasi Plt/Plh', href: '/admin/delegasi' },
  ...(last ? [{ label: last }] : []),
];

export function delegasiRoutes({ prisma }: AppDeps): Router {
  const r = Router();
  async function form(res: Response, values: Record<string, unknown>, errors: Record<string, string> = {}, status = 200) {
    res.page(
      `${V}form`,
      { title: 'Tambah delegasi Plt/Plh', crumbs: crumbs('Tambah'), values, errors, unitOptions: await unitOptions(prisma) },
      status,
    );
  }
  r.get('/', async (req, res) => {
    const lq = listQuery(req);
    const { items, total } = await listDelegasi(prisma, lq);
    res.page(`${V}daftar`, {
      title: 'Delegasi Plt/Plh',
      crumbs: crumbs(),
      items,
      q: lq.q,
      status: lq.status,
      page: lq.pageFor('/admin/delegasi', total),
    });
  });
  r.get('/baru', (_req, res) => form(res, { jenis: 'PLT' }));
  r.post('/baru', async (req, res) => {
    const p = parse(delegasiSchema, req.body);
    if (!p.ok) return form(res, p.values, p.errors, 400);
    const out = await attempt(() => createDelegasi(prisma, p.data, actor(req)));
    if (!out.ok) return form(res, req.body, out.errors, 400);
    flash(req, 'sukses', 'Delegasi disimpan.');
    res.redirect('/admin/delegasi');
  });
  r.post('/:id/aktif', async (req, res) => {
    const aktif = req.body.aktif === '1';
    await setDelegasiAktif(prisma, idParam(req), aktif, actor(req));
    flash(req, 'sukses', aktif ? 'Delegasi diaktifkan.' : 'Delegasi diakhiri.');
    res.redirect('/admin/delegasi');
  });
  return r;
}

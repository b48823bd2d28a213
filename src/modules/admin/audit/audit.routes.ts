import { Router } from 'express';
import type { AppDeps } from '../../../core/deps.js';
import { listQuery } from '../shared/http.js';
import { isoTanggal } from '../../../core/fields.js';
import { bacaFilter, listAudit } from './audit.service.js';

export function auditRoutes({ prisma }: AppDeps): Router {
  const r = Router();
  r.get('/', async (req, res) => {
    const lq = listQuery(req, 50);
    const f = bacaFilter(req.query as Record<string, unknown>);
    const { items, total, entitas } = await listAudit(prisma, f, lq.skip, lq.perPage);
    res.page('admin/audit/daftar', {
      title: 'Log audit',
      crumbs: [{ label: 'Administrasi', href: '/admin' }, { label: 'Log audit' }],
      items,
      entitas,
      f: { ...f, dari: isoTanggal(f.dari), sampai: isoTanggal(f.sampai) },
      page: lq.pageFor('/admin/audit', total),
      json: (v: unknown) => JSON.stringify(v, null, 1),
    });
  });
  return r;
}

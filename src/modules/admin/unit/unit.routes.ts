import { Router, type Response } from 'express';
import type { AppDeps } from '../../../core/deps.js';
import { parse } from '../../../web/validate.js';
import { flash } from '../../../web/flash.js';
import { actor, attempt, idParam, listQuery } from '../shared/http.js';
import { unitSchema, JENIS_UNIT, JENIS_UNIT_LABEL } from './unit.schema.js';
import { listUnit, unitOptions, getUnit, createUnit, updateUnit, setUnitAktif } from './unit.service.js';

const V = 'admin/unit/';
const crumbs = (last?: string) => [
  { label: 'Administrasi', href: '/admin' },
  { label: 'Unit kerja', href: '/admin/unit' },
  ...(last ? [{ label: last }] : []),
];
const jenisOptions = JENIS_UNIT.map((j) => ({ value: j, label: JENIS_UNIT_LABEL[j] }));

export function unitRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  async function form(
    res: Response,
    o: { id?: number; jalur?: string; values: Record<string, unknown>; errors?: Record<string, string> },
    status = 200,
  ) {
    res.page(
      `${V}form`,
      {
        title: o.id ? 'Ubah unit kerja' : 'Tambah unit kerja',
        crumbs: crumbs(o.id ? 'Ubah' : 'Tambah'),
        id: o.id,
        values: o.values,
        errors: o.errors ?? {},
        jenisOptions,
        indukOptions: await unitOptions(prisma, o.jalur),
      },
      status,
    );
  }

  r.get('/', async (req, res) => {
    const lq = listQuery(req);
    const { items, total } = await listUnit(prisma, lq);
    res.page(`${V}daftar`, {
      title: 'Unit kerja',
      crumbs: crumbs(),
      items,
      q: lq.q,
      status: lq.status,
      page: lq.pageFor('/admin/unit', total),
      JENIS_UNIT_LABEL,
    });
  });

  r.get('/baru', (req, res) => form(res, { values: { jenis: 'BIDANG', indukId: req.query.induk ?? '' } }));
  r.post('/baru', async (req, res) => {
    const p = parse(unitSchema, req.body);
    if (!p.ok) return form(res, { values: p.values, errors: p.errors }, 400);
    const out = await attempt(() => createUnit(prisma, p.data, actor(req)));
    if (!out.ok) return form(res, { values: req.body, errors: out.errors }, 400);
    flash(req, 'sukses', `Unit ${out.value.nama} ditambahkan.`);
    res.redirect('/admin/unit');
  });

  r.get('/:id', async (req, res) => {
    const u = await getUnit(prisma, idParam(req));
    await form(res, { id: u.id, jalur: u.jalur, values: { ...u, indukId: u.indukId ?? '', layananPublik: u.layananPublik } });
  });
  r.post('/:id', async (req, res) => {
    const u = await getUnit(prisma, idParam(req));
    const p = parse(unitSchema, req.body);
    if (!p.ok) return form(res, { id: u.id, jalur: u.jalur, values: p.values, errors: p.errors }, 400);
    const out = await attempt(() => updateUnit(prisma, u.id, p.data, actor(req)));
    if (!out.ok) return form(res, { id: u.id, jalur: u.jalur, values: req.body, errors: out.errors }, 400);
    flash(req, 'sukses', `Unit ${p.data.nama} disimpan.`);
    res.redirect('/admin/unit');
  });

  r.post('/:id/aktif', async (req, res) => {
    const aktif = req.body.aktif === '1';
    const out = await attempt(() => setUnitAktif(prisma, idParam(req), aktif, actor(req)));
    if (out.ok) flash(req, 'sukses', `Unit ${out.value.nama} ${aktif ? 'diaktifkan' : 'dinonaktifkan'}.`);
    else flash(req, 'galat', Object.values(out.errors).join(' '));
    res.redirect('/admin/unit');
  });
  return r;
}

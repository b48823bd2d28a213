import { Router, type Response } from 'express';
import type { AppDeps } from '../../../core/deps.js';
import { parse } from '../../../web/validate.js';
import { flash } from '../../../web/flash.js';
import { JENIS_JABATAN as LABEL_JENIS, JENJANG as LABEL_JENJANG } from '../../domain/labels.js';
import { actor, attempt, idParam, listQuery } from '../shared/http.js';
import { unitOptions } from '../unit/unit.service.js';
import { jabatanSchema, JENIS_JABATAN, JENJANG } from './jabatan.schema.js';
import { listJabatan, getJabatan, createJabatan, updateJabatan, setJabatanAktif } from './jabatan.service.js';

const V = 'admin/jabatan/';
const crumbs = (last?: string) => [
  { label: 'Administrasi', href: '/admin' },
  { label: 'Jabatan', href: '/admin/jabatan' },
  ...(last ? [{ label: last }] : []),
];
const jenisOptions = JENIS_JABATAN.map((j) => ({ value: j, label: LABEL_JENIS[j] }));
const jenjangOptions = JENJANG.map((j) => ({ value: j, label: LABEL_JENJANG[j] }));

export function jabatanRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  async function form(res: Response, o: { id?: number; values: Record<string, unknown>; errors?: Record<string, string> }, status = 200) {
    res.page(
      `${V}form`,
      {
        title: o.id ? 'Ubah jabatan' : 'Tambah jabatan',
        crumbs: crumbs(o.id ? 'Ubah' : 'Tambah'),
        id: o.id,
        values: o.values,
        errors: o.errors ?? {},
        jenisOptions,
        jenjangOptions,
        unitOptions: await unitOptions(prisma),
      },
      status,
    );
  }

  r.get('/', async (req, res) => {
    const lq = listQuery(req);
    const unitId = Number(req.query.unit) || undefined;
    const { items, total } = await listJabatan(prisma, { ...lq, unitId });
    res.page(`${V}daftar`, {
      title: 'Jabatan',
      crumbs: crumbs(),
      items,
      q: lq.q,
      status: lq.status,
      page: lq.pageFor('/admin/jabatan', total),
    });
  });

  r.get('/baru', (req, res) => form(res, { values: { jenis: 'PELAKSANA', unitId: req.query.unit ?? '' } }));
  r.post('/baru', async (req, res) => {
    const p = parse(jabatanSchema, req.body);
    if (!p.ok) return form(res, { values: p.values, errors: p.errors }, 400);
    const out = await attempt(() => createJabatan(prisma, p.data, actor(req)));
    if (!out.ok) return form(res, { values: req.body, errors: out.errors }, 400);
    flash(req, 'sukses', `Jabatan ${out.value.nama} ditambahkan. Tetapkan standar kompetensinya.`);
    res.redirect(`/admin/standar/${out.value.id}`);
  });

  r.get('/:id', async (req, res) => {
    const j = await getJabatan(prisma, idParam(req));
    await form(res, { id: j.id, values: { ...j, jenjang: j.jenjang ?? '', kelasJabatan: j.kelasJabatan ?? '' } });
  });
  r.post('/:id', async (req, res) => {
    const j = await getJabatan(prisma, idParam(req));
    const p = parse(jabatanSchema, req.body);
    if (!p.ok) return form(res, { id: j.id, values: p.values, errors: p.errors }, 400);
    const out = await attempt(() => updateJabatan(prisma, j.id, p.data, actor(req)));
    if (!out.ok) return form(res, { id: j.id, values: req.body, errors: out.errors }, 400);
    flash(req, 'sukses', `Jabatan ${p.data.nama} disimpan.`);
    res.redirect('/admin/jabatan');
  });

  r.post('/:id/aktif', async (req, res) => {
    const aktif = req.body.aktif === '1';
    const out = await attempt(() => setJabatanAktif(prisma, idParam(req), aktif, actor(req)));
    if (out.ok) flash(req, 'sukses', `Jabatan ${out.value.nama} ${aktif ? 'diaktifkan' : 'dinonaktifkan'}.`);
    else flash(req, 'galat', Object.values(out.errors).join(' '));
    res.redirect('/admin/jabatan');
  });
  return r;
}

import { Router, type Response } from 'express';
import type { AppDeps } from '../../../core/deps.js';
import { parse } from '../../../web/validate.js';
import { flash } from '../../../web/flash.js';
import { actor, attempt, idParam, listQuery } from '../shared/http.js';
import { programSchema, bacaKompetensi, METODE, BENTUK, LABEL_BENTUK } from './pelatihan.schema.js';
import { listProgram, getProgram, kompetensiOptions, createProgram, updateProgram, setProgramAktif } from './pelatihan.service.js';

const V = 'admin/pelatihan/';
const crumbs = (last?: string) => [
  { label: 'Administrasi', href: '/admin' },
  { label: 'Katalog pelatihan', href: '/admin/pelatihan' },
  ...(last ? [{ label: last }] : []),
];

export function pelatihanRoutes({ prisma }: AppDeps): Router {
  const r = Router();
  async function form(
    res: Response,
    o: {
      id?: number;
      values: Record<string, unknown>;
      komp: { kompetensiId: unknown; levelMin: unknown; levelMax: unknown }[];
      errors?: Record<string, string>;
    },
    status = 200,
  ) {
    const komp = [...o.komp, ...Array.from({ length: 3 }, () => ({ kompetensiId: '', levelMin: '1', levelMax: '5' }))];
    res.page(
      `${V}form`,
      {
        title: o.id ? 'Ubah program pelatihan' : 'Tambah program pelatihan',
        crumbs: crumbs(o.id ? 'Ubah' : 'Tambah'),
        id: o.id,
        values: o.values,
        komp,
        errors: o.errors ?? {},
        metodeOptions: METODE.map((m) => ({ value: m, label: m === 'KLASIKAL' ? 'Klasikal' : 'Nonklasikal' })),
        bentukOptions: BENTUK.map((b) => ({ value: b, label: LABEL_BENTUK[b] })),
        kompetensiOptions: await kompetensiOptions(prisma),
      },
      status,
    );
  }
  const kompDari = (body: Record<string, unknown>) => {
    const ids = ([] as unknown[]).concat(body.kompetensiId ?? []);
    const mins = ([] as unknown[]).concat(body.levelMin ?? []);
    const maxs = ([] as unknown[]).concat(body.levelMax ?? []);
    return ids.map((k, i) => ({ kompetensiId: k, levelMin: mins[i], levelMax: maxs[i] })).filter((x) => x.kompetensiId);
  };

  r.get('/', async (req, res) => {
    const lq = listQuery(req);
    const { items, total } = await listProgram(prisma, lq);
    res.page(`${V}daftar`, {
      title: 'Katalog pelatihan',
      crumbs: crumbs(),
      items,
      q: lq.q,
      status: lq.status,
      page: lq.pageFor('/admin/pelatihan', total),
      LABEL_BENTUK,
    });
  });
  r.get('/baru', (_req, res) => form(res, { values: { metode: 'KLASIKAL', bentuk: 'PELATIHAN', biaya: '0' }, komp: [] }));
  r.post('/baru', async (req, res) => {
    const p = parse(programSchema, req.body);
    const k = bacaKompetensi(req.body);
    if (!p.ok || Object.keys(k.errors).length)
      return form(res, { values: req.body, komp: kompDari(req.body), errors: { ...(p.ok ? {} : p.errors), ...k.errors } }, 400);
    const out = await attempt(() => createProgram(prisma, p.data, k.rows, actor(req)));
    if (!out.ok) return form(res, { values: req.body, komp: kompDari(req.body), errors: out.errors }, 400);
    flash(req, 'sukses', `Program ${out.value.judul} ditambahkan.`);
    res.redirect('/admin/pelatihan');
  });
  r.get('/:id', async (req, res) => {
    const p = await getProgram(prisma, idParam(req));
    await form(res, { id: p.id, values: { ...p, biaya: p.biaya.toString() }, komp: p.kompetensi });
  });
  r.post('/:id', async (req, res) => {
    const id = idParam(req);
    await getProgram(prisma, id);
    const p = parse(programSchema, req.body);
    const k = bacaKompetensi(req.body);
    if (!p.ok || Object.keys(k.errors).length)
      return form(res, { id, values: req.body, komp: kompDari(req.body), errors: { ...(p.ok ? {} : p.errors), ...k.errors } }, 400);
    const out = await attempt(() => updateProgram(prisma, id, p.data, k.rows, actor(req)));
    if (!out.ok) return form(res, { id, values: req.body, komp: kompDari(req.body), errors: out.errors }, 400);
    flash(req, 'sukses', `Program ${p.data.judul} disimpan.`);
    res.redirect('/admin/pelatihan');
  });
  r.post('/:id/aktif', async (req, res) => {
    const aktif = req.body.aktif === '1';
    const p = await setProgramAktif(prisma, idParam(req), aktif, actor(req));
    flash(req, 'sukses', `Program ${p.judul} ${aktif ? 'diaktifkan' : 'dinonaktifkan'}.`);
    res.redirect('/admin/pelatihan');
  });
  return r;
}

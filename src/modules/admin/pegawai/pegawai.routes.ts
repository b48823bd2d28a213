import { Router, type Response } from 'express';
import type { AppDeps } from '../../../core/deps.js';
import { parse } from '../../../web/validate.js';
import { flash } from '../../../web/flash.js';
import { GOLONGAN as LABEL_GOL } from '../../domain/labels.js';
import { isoTanggal } from '../../../core/fields.js';
import { actor, attempt, idParam, listQuery } from '../shared/http.js';
import { pegawaiSchema, GOLONGAN } from './pegawai.schema.js';
import { listPegawai, getPegawai, createPegawai, updatePegawai, setPegawaiAktif, cariAtasan, jabatanOptions } from './pegawai.service.js';

const V = 'admin/pegawai/';
const crumbs = (last?: string) => [
  { label: 'Administrasi', href: '/admin' },
  { label: 'Pegawai', href: '/admin/pegawai' },
  ...(last ? [{ label: last }] : []),
];
const golonganOptions = GOLONGAN.map((g) => ({ value: g, label: `${LABEL_GOL[g].label} — ${LABEL_GOL[g].pangkat}` }));

export function pegawaiRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  async function form(
    res: Response,
    o: { id?: number; values: Record<string, unknown>; errors?: Record<string, string>; atasanNama?: string | null },
    status = 200,
  ) {
    res.page(
      `${V}form`,
      {
        title: o.id ? 'Ubah data pegawai' : 'Tambah pegawai',
        crumbs: crumbs(o.id ? 'Ubah' : 'Tambah'),
        id: o.id,
        values: o.values,
        errors: o.errors ?? {},
        atasanNama: o.atasanNama ?? null,
        golonganOptions,
        jabatanOptions: await jabatanOptions(prisma),
        scripts: ['/static/js/admin-atasan.js'],
      },
      status,
    );
  }

  r.get('/', async (req, res) => {
    const lq = listQuery(req);
    const unitId = Number(req.query.unit) || undefined;
    const { items, total } = await listPegawai(prisma, { ...lq, unitId });
    res.page(`${V}daftar`, {
      title: 'Pegawai',
      crumbs: crumbs(),
      items,
      q: lq.q,
      status: lq.status,
      page: lq.pageFor('/admin/pegawai', total),
    });
  });

  /** JSON for the supervisor search box (progressive enhancement). */
  r.get('/cari-atasan', async (req, res) => {
    res.json(await cariAtasan(prisma, typeof req.query.q === 'string' ? req.query.q.slice(0, 60) : ''));
  });

  r.get('/baru', (_req, res) => form(res, { values: { status: 'PNS' } }));
  r.post('/baru', async (req, res) => {
    const p = parse(pegawaiSchema, req.body);
    if (!p.ok) return form(res, { values: p.values, errors: p.errors }, 400);
    const out = await attempt(() => createPegawai(prisma, p.data, actor(req)));
    if (!out.ok) return form(res, { values: req.body, errors: out.errors }, 400);
    flash(req, 'sukses', `Pegawai ${out.value.nama} ditambahkan.`);
    res.redirect('/admin/pegawai');
  });

  r.get('/:id', async (req, res) => {
    const p = await getPegawai(prisma, idParam(req));
    await form(res, {
      id: p.id,
      atasanNama: p.atasan?.nama,
      values: {
        ...p,
        nip: p.nip ?? '',
        niPppk: p.niPppk ?? '',
        siasnId: p.siasnId ?? '',
        golongan: p.golongan ?? '',
        tanggalLahir: isoTanggal(p.tanggalLahir),
        tmtGolongan: isoTanggal(p.tmtGolongan),
        tmtJabatan: isoTanggal(p.tmtJabatan),
        atasan: p.atasan ? (p.atasan.nip ?? p.atasan.niPppk) : '',
      },
    });
  });
  r.post('/:id', async (req, res) => {
    const cur = await getPegawai(prisma, idParam(req));
    const p = parse(pegawaiSchema, req.body);
    if (!p.ok) return form(res, { id: cur.id, values: p.values, errors: p.errors }, 400);
    const out = await attempt(() => updatePegawai(prisma, cur.id, p.data, actor(req)));
    if (!out.ok) return form(res, { id: cur.id, values: req.body, errors: out.errors }, 400);
    flash(req, 'sukses', `Data ${p.data.nama} disimpan.`);
    res.redirect('/admin/pegawai');
  });

  r.post('/:id/aktif', async (req, res) => {
    const aktif = req.body.aktif === '1';
    const out = await attempt(() => setPegawaiAktif(prisma, idParam(req), aktif, actor(req)));
    if (out.ok) flash(req, 'sukses', `${out.value.nama} ${aktif ? 'diaktifkan' : 'dinonaktifkan'}.`);
    else flash(req, 'galat', Object.values(out.errors).join(' '));
    res.redirect('/admin/pegawai');
  });
  return r;
}

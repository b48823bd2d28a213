import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../../core/deps.js';
import { flash } from '../../../web/flash.js';
import { JENIS_JABATAN as LABEL_JENIS, JENJANG as LABEL_JENJANG } from '../../domain/labels.js';
import { actor, attempt, idParam, listQuery } from '../shared/http.js';
import { listJabatan } from '../jabatan/jabatan.service.js';
import { jabatanOptions } from '../pegawai/pegawai.service.js';
import { matriksUnit, simpanMatriksUnit, bawaanUnit } from './standar-unit.service.js';
import {
  matriksJabatan,
  bacaIsian,
  simpanStandar,
  salinStandar,
  terapkanBawaan,
  bacaBawaan,
  simpanBawaan,
  levelBawaan,
  KUNCI_BAWAAN_DAFTAR,
  type KunciBawaan,
} from './standar.service.js';

const V = 'admin/standar/';
const crumbs = (last?: string) => [
  { label: 'Administrasi', href: '/admin' },
  { label: 'Standar kompetensi', href: '/admin/standar' },
  ...(last ? [{ label: last }] : []),
];
const labelKunci = (k: string) => (LABEL_JENIS as Record<string, string>)[k] ?? (LABEL_JENJANG as Record<string, string>)[k] ?? k;

export function standarRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  type EditorOpsi = { values?: Record<string, unknown>; errors?: Record<string, string>; salinDari?: string };
  async function editor(res: Response, jabatanId: number, o: EditorOpsi = {}, status = 200) {
    const { jabatan, kompetensi, level } = await matriksJabatan(prisma, jabatanId);
    const values: Record<string, unknown> = o.values ?? Object.fromEntries(kompetensi.map((k) => [`k_${k.id}`, level.get(k.id) ?? '']));
    const bawaan = levelBawaan(await bacaBawaan(prisma), jabatan.jenis, jabatan.jenjang);
    res.page(
      `${V}editor`,
      {
        title: `Standar kompetensi: ${jabatan.nama}`,
        crumbs: crumbs(jabatan.nama),
        jabatan,
        kompetensi,
        values,
        errors: o.errors ?? {},
        bawaan,
        sumberOptions: (await jabatanOptions(prisma)).filter((j) => j.value !== jabatan.id),
        salinDari: o.salinDari ?? '',
      },
      status,
    );
  }

  r.get('/', async (req, res) => {
    const lq = listQuery(req);
    const { items, total } = await listJabatan(prisma, lq);
    res.page(`${V}daftar`, {
      title: 'Standar kompetensi jabatan',
      crumbs: crumbs(),
      items,
      q: lq.q,
      status: lq.status,
      page: lq.pageFor('/admin/standar', total),
    });
  });

  r.get('/bawaan', async (_req, res) => {
    const nilai = await bacaBawaan(prisma);
    res.page(`${V}bawaan`, {
      title: 'Level bawaan per jenis jabatan',
      crumbs: crumbs('Level bawaan'),
      values: nilai,
      errors: {},
      kunci: KUNCI_BAWAAN_DAFTAR.map((k) => ({ k, label: labelKunci(k) })),
    });
  });
  r.post('/bawaan', async (req, res) => {
    const errors: Record<string, string> = {};
    const nilai = {} as Record<KunciBawaan, number>;
    for (const k of KUNCI_BAWAAN_DAFTAR) {
      const v = String(req.body[k] ?? '');
      if (!/^[1-5]$/.test(v)) errors[k] = 'Level harus 1 sampai 5.';
      else nilai[k] = Number(v);
    }
    if (Object.keys(errors).length) {
      return res.page(
        `${V}bawaan`,
        {
          title: 'Level bawaan per jenis jabatan',
          crumbs: crumbs('Level bawaan'),
          values: req.body,
          errors,
          kunci: KUNCI_BAWAAN_DAFTAR.map((k) => ({ k, label: labelKunci(k) })),
        },
        400,
      );
    }
    await simpanBawaan(prisma, nilai, actor(req));
    flash(req, 'sukses', 'Level bawaan disimpan. Terapkan ke jabatan lewat tombol "Terapkan level bawaan" di editor standar.');
    res.redirect('/admin/standar/bawaan');
  });

  async function unitPage(
    req: Request,
    res: Response,
    unitId: number,
    values: Record<string, unknown> = {},
    errors: Record<string, string> = {},
    status = 200,
  ) {
    // A failed save shows the page that was posted (its q/halaman travel as hidden fields).
    const lq = listQuery(status === 200 ? req : ({ query: { q: req.body?.q, halaman: req.body?.halaman } } as unknown as Request), 25);
    const m = await matriksUnit(prisma, unitId, { q: lq.q, skip: lq.skip, take: lq.perPage });
    const page = lq.pageFor(`/admin/standar/unit/${unitId}`, m.total);
    res.page(
      `${V}unit`,
      { title: `Standar kompetensi: ${m.unit.nama}`, crumbs: crumbs(m.unit.nama), ...m, q: lq.q, page, values, errors },
      status,
    );
  }
  r.get('/unit/:id', (req, res) => unitPage(req, res, idParam(req)));
  r.post('/unit/:id', async (req, res) => {
    const id = idParam(req);
    const out = await simpanMatriksUnit(prisma, id, req.body, actor(req));
    if (Object.keys(out.errors).length) return unitPage(req, res, id, req.body, out.errors, 400);
    flash(req, 'sukses', out.n ? `Matriks standar disimpan (${out.n} perubahan).` : 'Tidak ada perubahan.');
    const back = new URLSearchParams();
    if (typeof req.body.q === 'string' && req.body.q) back.set('q', req.body.q.slice(0, 100));
    if (typeof req.body.halaman === 'string' && /^\d{1,6}$/.test(req.body.halaman) && req.body.halaman !== '1')
      back.set('halaman', req.body.halaman);
    res.redirect(`/admin/standar/unit/${id}${back.size ? `?${back}` : ''}`);
  });
  r.post('/unit/:id/bawaan', async (req, res) => {
    const id = idParam(req);
    const out = await bawaanUnit(prisma, id, actor(req));
    flash(req, 'sukses', `Level bawaan diterapkan ke ${out.jabatan} jabatan (${out.n} perubahan).`);
    res.redirect(`/admin/standar/unit/${id}`);
  });

  r.get('/:id', async (req, res) => editor(res, idParam(req)));
  r.post('/:id', async (req, res) => {
    const id = idParam(req);
    const { kompetensi } = await matriksJabatan(prisma, id);
    const { levels, errors } = bacaIsian(
      req.body,
      kompetensi.map((k) => k.id),
    );
    if (Object.keys(errors).length) return editor(res, id, { values: req.body, errors }, 400);
    const n = await simpanStandar(prisma, id, levels, actor(req));
    flash(req, 'sukses', n ? `Standar kompetensi disimpan (${n} perubahan).` : 'Tidak ada perubahan.');
    res.redirect(`/admin/standar/${id}`);
  });
  r.post('/:id/salin', async (req, res) => {
    const id = idParam(req);
    const out = await attempt(() => salinStandar(prisma, id, Number(req.body.dariJabatanId) || 0, actor(req)));
    if (!out.ok) return editor(res, id, { errors: out.errors, salinDari: String(req.body.dariJabatanId ?? '') }, 400);
    flash(req, 'sukses', `Standar disalin dari ${out.value.sumber.nama} (${out.value.n} perubahan).`);
    res.redirect(`/admin/standar/${id}`);
  });
  r.post('/:id/bawaan', async (req, res) => {
    const id = idParam(req);
    const out = await terapkanBawaan(prisma, id, actor(req));
    flash(req, 'sukses', `Level bawaan ${out.level} diterapkan pada kompetensi manajerial dan sosial kultural (${out.n} perubahan).`);
    res.redirect(`/admin/standar/${id}`);
  });
  return r;
}

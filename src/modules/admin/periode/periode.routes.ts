import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../../core/deps.js';
import { parse } from '../../../web/validate.js';
import { flash } from '../../../web/flash.js';
import { isoTanggal } from '../../../core/fields.js';
import { actor, attempt, idParam, listQuery } from '../shared/http.js';
import { unitOptions } from '../unit/unit.service.js';
import { periodeSchema, batasUnitSchema } from './periode.schema.js';
import { listPeriode, getPeriode, createPeriode, updatePeriode, ubahStatus } from './periode.service.js';
import {
  aturanPeriode,
  simpanMatriks,
  simpanPola,
  simpanPredikatUnit,
  simpanBatasUnit,
  hapusBatasUnit,
  RATINGS,
  PREDIKATS,
  PREDIKAT_ORG,
} from './periode-aturan.service.js';
import { belumKirim, kirimPengingat } from './periode-pengingat.service.js';

const V = 'admin/periode/';
const crumbs = (...more: { label: string; href?: string }[]) => [
  { label: 'Administrasi', href: '/admin' },
  { label: 'Periode penilaian', href: '/admin/periode' },
  ...more,
];
const LABEL_ORG: Record<string, string> = {
  ISTIMEWA: 'Istimewa',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan/Cukup',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

export function periodeRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  function form(res: Response, o: { id?: number; values: Record<string, unknown>; errors?: Record<string, string> }, status = 200) {
    res.page(
      `${V}form`,
      {
        title: o.id ? 'Ubah periode' : 'Buat periode',
        crumbs: crumbs({ label: o.id ? 'Ubah' : 'Buat' }),
        id: o.id,
        values: o.values,
        errors: o.errors ?? {},
      },
      status,
    );
  }

  async function detail(
    req: Request,
    res: Response,
    extra: { errors?: Record<string, string>; values?: Record<string, unknown> } = {},
    status = 200,
  ) {
    const periode = await getPeriode(prisma, idParam(req));
    const aturan = await aturanPeriode(prisma, periode.id);
    const belum = await belumKirim(prisma, periode.id, { skip: 0, perPage: 1 });
    res.page(
      `${V}detail`,
      {
        title: periode.nama,
        crumbs: crumbs({ label: periode.nama }),
        periode,
        ...aturan,
        belumKirim: belum.total,
        RATINGS,
        PREDIKATS,
        PREDIKAT_ORG,
        LABEL_ORG,
        unitOptions: await unitOptions(prisma),
        errors: extra.errors ?? {},
        values: extra.values ?? {},
      },
      status,
    );
  }

  r.get('/', async (req, res) => {
    const lq = listQuery(req);
    const { items, total } = await listPeriode(prisma, lq);
    res.page(`${V}daftar`, {
      title: 'Periode penilaian',
      crumbs: crumbs(),
      items,
      q: lq.q,
      status: lq.status,
      page: lq.pageFor('/admin/periode', total),
    });
  });

  r.get('/baru', (_req, res) => {
    const y = new Date().getUTCFullYear();
    form(res, {
      values: {
        tahun: y,
        jenis: 'TAHUNAN',
        nama: `Penilaian Kinerja Tahunan ${y}`,
        tanggalMulai: `${y}-01-01`,
        tanggalSelesai: `${y}-12-31`,
        batasRencana: `${y}-01-31`,
        batasPenilaianDiri: `${y}-12-15`,
        batasPenilaianAtasan: `${y}-12-31`,
      },
    });
  });
  r.post('/baru', async (req, res) => {
    const p = parse(periodeSchema, req.body);
    if (!p.ok) return form(res, { values: p.values, errors: p.errors }, 400);
    const out = await attempt(() => createPeriode(prisma, p.data, actor(req)));
    if (!out.ok) return form(res, { values: req.body, errors: out.errors }, 400);
    flash(req, 'sukses', `${out.value.nama} dibuat dengan matriks predikat dan pola distribusi bawaan. Buka periode bila sudah siap.`);
    res.redirect(`/admin/periode/${out.value.id}`);
  });

  r.get('/:id', (req, res) => detail(req, res));

  r.get('/:id/ubah', async (req, res) => {
    const p = await getPeriode(prisma, idParam(req));
    form(res, {
      id: p.id,
      values: {
        ...p,
        triwulan: p.triwulan ?? '',
        tanggalMulai: isoTanggal(p.tanggalMulai),
        tanggalSelesai: isoTanggal(p.tanggalSelesai),
        batasRencana: isoTanggal(p.batasRencana),
        batasPenilaianDiri: isoTanggal(p.batasPenilaianDiri),
        batasPenilaianAtasan: isoTanggal(p.batasPenilaianAtasan),
      },
    });
  });
  r.post('/:id/ubah', async (req, res) => {
    const id = idParam(req);
    const p = parse(periodeSchema, req.body);
    if (!p.ok) return form(res, { id, values: p.values, errors: p.errors }, 400);
    const out = await attempt(() => updatePeriode(prisma, id, p.data, actor(req)));
    if (!out.ok) return form(res, { id, values: req.body, errors: out.errors }, 400);
    flash(req, 'sukses', 'Periode disimpan.');
    res.redirect(`/admin/periode/${id}`);
  });

  r.post('/:id/status', async (req, res) => {
    const id = idParam(req);
    const tujuan = req.body.status === 'DITUTUP' ? 'DITUTUP' : 'BERJALAN';
    const p = await ubahStatus(prisma, id, tujuan, actor(req));
    flash(
      req,
      'sukses',
      tujuan === 'BERJALAN'
        ? `${p.nama} dibuka; pegawai sudah dapat mulai mengisi.`
        : `${p.nama} ditutup. Penilaian tidak dapat diubah lagi, kecuali melalui keberatan.`,
    );
    res.redirect(`/admin/periode/${id}`);
  });

  const aturanPost = (path: string, fn: (id: number, req: Request) => Promise<unknown>, pesan: string) =>
    r.post(`/:id/${path}`, async (req, res) => {
      const id = idParam(req);
      const out = await attempt(() => fn(id, req));
      if (!out.ok) return detail(req, res, { errors: out.errors, values: req.body }, 400);
      flash(req, 'sukses', pesan);
      res.redirect(`/admin/periode/${id}#${path}`);
    });
  aturanPost('matriks', (id, req) => simpanMatriks(prisma, id, req.body, actor(req)), 'Matriks predikat disimpan.');
  aturanPost('pola', (id, req) => simpanPola(prisma, id, req.body, actor(req)), 'Pola distribusi disimpan.');
  aturanPost('predikat-unit', (id, req) => simpanPredikatUnit(prisma, id, req.body, actor(req)), 'Predikat organisasi unit disimpan.');
  r.post('/:id/batas-unit', async (req, res) => {
    const id = idParam(req);
    const p = parse(batasUnitSchema, req.body);
    const out = p.ok ? await attempt(() => simpanBatasUnit(prisma, id, p.data, actor(req))) : { ok: false as const, errors: p.errors };
    if (!out.ok) return detail(req, res, { errors: out.errors, values: req.body }, 400);
    flash(req, 'sukses', 'Batas waktu unit disimpan.');
    res.redirect(`/admin/periode/${id}#batas-unit`);
  });
  r.post('/:id/batas-unit/:bid/hapus', async (req, res) => {
    const id = idParam(req);
    await hapusBatasUnit(prisma, id, idParam(req, 'bid'), actor(req));
    flash(req, 'sukses', 'Batas waktu unit dihapus; unit itu kembali memakai batas periode.');
    res.redirect(`/admin/periode/${id}#batas-unit`);
  });

  r.get('/:id/pengingat', async (req, res) => {
    const periode = await getPeriode(prisma, idParam(req));
    const lq = listQuery(req, 50);
    const unitId = Number(req.query.unit) || undefined;
    const { items, total } = await belumKirim(prisma, periode.id, { unitId, skip: lq.skip, perPage: lq.perPage });
    res.page(`${V}pengingat`, {
      title: `Belum mengirim: ${periode.nama}`,
      crumbs: crumbs({ label: periode.nama, href: `/admin/periode/${periode.id}` }, { label: 'Pengingat' }),
      periode,
      items,
      total,
      unitId: unitId ?? '',
      unitOptions: await unitOptions(prisma),
      page: lq.pageFor(`/admin/periode/${periode.id}/pengingat`, total),
    });
  });
  r.post('/:id/pengingat', async (req, res) => {
    const id = idParam(req);
    const unitId = Number(req.body.unit) || undefined;
    const n = await kirimPengingat(prisma, id, unitId, actor(req));
    flash(req, 'sukses', `Pengingat dikirim kepada ${n} pegawai.`);
    res.redirect(`/admin/periode/${id}/pengingat${unitId ? `?unit=${unitId}` : ''}`);
  });
  return r;
}

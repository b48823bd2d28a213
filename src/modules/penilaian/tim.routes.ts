import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { requirePegawai } from '../../web/guards.js';
import { registerNav } from '../../web/nav.js';
import { flash } from '../../web/flash.js';
import { parse } from '../../web/validate.js';
import { pageParams, makePage } from '../../web/pagination.js';
import { t } from '../../locales/id.js';
import { hariIni } from '../../lib/format.js';
import { PREDIKAT } from '../domain/labels.js';
import { findActivePeriod, deadlinesFor } from '../periode/periode.repo.js';
import './penilaian.strings.js';
import { finalkan, kembalikan, loadAsPenilai, nilai, simpan, unsavedOf } from './penilaian.service.js';
import { putusRencana } from './rencana.service.js';
import { alasanSchema, keputusanRencanaSchema, saveInputFrom } from './penilaian.schema.js';
import { daftarTim, type FilterStatus } from './tim.service.js';
import { detailExtras, formModel, matriksJson } from './penilaian.view.js';
import { canTransition, penilaiMayEdit } from './state.js';
import { konteksUmpanBalik } from '../umpanbalik/konteks.js';
import { lupakanDraf, pulihkanDraf } from './autosave-expired.js';

/** A refused return (of the self-assessment or of the plan): which form, its message and the typed text. */
interface AlasanGalat {
  form: 'kembalikan' | 'rencana';
  pesan: string;
  teks: string;
}
const teksDari = (v: unknown) => (typeof v === 'string' ? v : '');

registerNav({ href: '/tim', label: 'Tim saya', show: (p) => p.isAtasan });

const id = (req: Request) => Number(req.params.id);
const STATUSES = ['BELUM_MULAI', 'DRAFT', 'DIKIRIM', 'DIKEMBALIKAN', 'DINILAI', 'FINAL'];

export function timRoutes({ prisma }: AppDeps): Router {
  const r = Router();
  r.use('/tim', requirePegawai);

  r.get('/tim', async (req, res) => {
    const periode = await findActivePeriod(prisma);
    const q = typeof req.query.q === 'string' ? req.query.q.trim().slice(0, 100) : '';
    const status = (typeof req.query.status === 'string' && STATUSES.includes(req.query.status) ? req.query.status : '') as FilterStatus;
    const { page, perPage, skip } = pageParams(req.query as Record<string, unknown>, 25);
    const data = periode ? await daftarTim(prisma, req.user!, periode.id, { q, status, skip, take: perPage }) : null;
    const batas = periode ? await deadlinesFor(prisma, periode.id, req.user!.unitId) : null;
    res.page('penilaian/tim', {
      title: 'Tim saya',
      crumbs: [{ label: 'Tim saya' }],
      periode,
      data,
      q,
      status,
      batas,
      hariIni: hariIni(),
      page: data ? makePage('/tim', req.query as Record<string, unknown>, page, perPage, data.total) : null,
    });
  });

  async function renderNilai(req: Request, res: Response, extra: { overlay?: Record<string, string>; errors?: Record<string, string>; conflicts?: unknown[]; kurang?: unknown[]; alasanGalat?: AlasanGalat; notice?: string } = {}, status = 200) {
    const p = await loadAsPenilai(prisma, req.user!, id(req));
    const { overlay, notice, restored } = pulihkanDraf(req, 'PENILAI', p.id, extra);
    const [ex, matriks, konteks] = await Promise.all([
      detailExtras(prisma, p),
      matriksJson(prisma, p.periodeId),
      konteksUmpanBalik(prisma, { penilaianId: p.id, pegawaiId: p.pegawaiId, periodeId: p.periodeId, unitId: p.unitId }),
    ]);
    const diri = formModel(p, 'PEGAWAI');
    res.page(
      'penilaian/nilai',
      {
        title: `Penilaian ${ex.pegawai.nama}`,
        crumbs: [{ label: 'Tim saya', href: '/tim' }, { label: ex.pegawai.nama }],
        p,
        ...ex,
        ...formModel(p, 'PENILAI', overlay),
        diri: diri.values,
        konteks,
        matriks,
        bolehUbah: penilaiMayEdit(p.status, p.periode.status),
        bolehFinal: canTransition(p.status, 'finalkan', 'PENILAI', p.periode.status),
        bolehKembalikan: canTransition(p.status, 'kembalikan', 'PENILAI', p.periode.status),
        errors: extra.errors ?? {},
        conflicts: extra.conflicts ?? [],
        kurang: extra.kurang ?? [],
        alasanGalat: extra.alasanGalat ?? null,
        notice,
        restored,
        scripts: ['/static/js/autosave.js', '/static/js/predikat.js'],
      },
      status,
    );
  }

  r.get('/tim/penilaian/:id', (req, res) => renderNilai(req, res));

  r.post('/tim/penilaian/:id', async (req, res) => {
    const input = saveInputFrom(req.body);
    const result = await simpan(prisma, req.user!, id(req), 'PENILAI', input);
    lupakanDraf(req);
    const unsaved = unsavedOf(input.values, result);
    if (Object.keys(result.errors).length || result.conflicts.length) {
      return renderNilai(req, res, { overlay: unsaved, errors: result.errors, conflicts: result.conflicts }, result.conflicts.length ? 409 : 400);
    }
    if (req.body.aksi === 'nilai') {
      const n = await nilai(prisma, req.user!, id(req));
      if (!n.ok) return renderNilai(req, res, { kurang: n.kurang }, 400);
      const p = await loadAsPenilai(prisma, req.user!, id(req));
      flash(req, 'sukses', t('penilaian.dinilai', { predikat: p.predikat ? PREDIKAT[p.predikat] : '—' }));
    } else {
      flash(req, 'sukses', t('penilaian.tersimpan'));
    }
    res.redirect(`/tim/penilaian/${id(req)}`);
  });

  r.post('/tim/penilaian/:id/autosave', async (req, res) => {
    const result = await simpan(prisma, req.user!, id(req), 'PENILAI', saveInputFrom(req.body));
    lupakanDraf(req);
    res.status(result.conflicts.length ? 409 : Object.keys(result.errors).length ? 422 : 200).json(result);
  });

  r.post('/tim/penilaian/:id/finalkan', async (req, res) => {
    await finalkan(prisma, req.user!, id(req));
    flash(req, 'sukses', t('penilaian.difinalkan'));
    res.redirect(`/tim/penilaian/${id(req)}`);
  });

  r.post('/tim/penilaian/:id/kembalikan', async (req, res) => {
    const v = parse(alasanSchema, req.body);
    if (!v.ok) return renderNilai(req, res, { alasanGalat: { form: 'kembalikan', pesan: v.errors.alasan ?? 'Tuliskan alasannya.', teks: teksDari(req.body?.alasan) } }, 400);
    await kembalikan(prisma, req.user!, id(req), v.data.alasan);
    flash(req, 'sukses', t('penilaian.dikembalikan'));
    res.redirect('/tim');
  });

  r.post('/tim/penilaian/:id/rencana', async (req, res) => {
    const v = parse(keputusanRencanaSchema, req.body);
    if (!v.ok) return renderNilai(req, res, {}, 400);
    const setuju = v.data.keputusan === 'setujui';
    if (!setuju && !v.data.catatan) return renderNilai(req, res, { alasanGalat: { form: 'rencana', pesan: 'Tuliskan alasan pengembalian rencana.', teks: teksDari(req.body?.catatan) } }, 400);
    await putusRencana(prisma, req.user!, id(req), setuju, v.data.catatan || null);
    flash(req, 'sukses', t(setuju ? 'penilaian.rencanaDisetujui' : 'penilaian.rencanaDikembalikan'));
    res.redirect(`/tim/penilaian/${id(req)}`);
  });

  return r;
}

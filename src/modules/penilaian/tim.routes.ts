import { Router, type Request } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { requirePegawai } from '../../web/guards.js';
import { registerNav } from '../../web/nav.js';
import { flash } from '../../web/flash.js';
import { parse } from '../../web/validate.js';
import { pageParams, makePage } from '../../web/pagination.js';
import { t } from '../../locales/id.js';
import { hariIni } from '../../lib/format.js';
import { deadlinesFor } from '../periode/periode.repo.js';
import { evaluasiTerbuka, linimasa } from '../evaluasi/evaluasi.service.js';
import { progresEvaluasi } from '../evaluasi/progres.service.js';
import './penilaian.strings.js';
import { finalkan, kembalikan } from './penilaian.service.js';
import { putusRencana } from './rencana.service.js';
import { alasanSchema, keputusanRencanaSchema } from './penilaian.schema.js';
import { daftarTim, type FilterStatus } from './tim.service.js';
import { detailExtras, formModel, matriksJson } from './penilaian.view.js';
import { canTransition, penilaiMayEdit } from './state.js';
import { konteksUmpanBalik } from '../umpanbalik/konteks.js';
import { simpanFlow, type FormTambahan } from './simpan.flow.js';

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

export function timRoutes(deps: AppDeps): Router {
  const { prisma } = deps;
  const r = Router();
  r.use('/tim', requirePegawai);

  r.get('/tim', async (req, res) => {
    // The open evaluation of the running year (a periodic one while it runs, else the year end).
    const periode = await evaluasiTerbuka(prisma);
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

  // ── Rating: the one save flow (simpan.flow.ts), the rater's side ──
  const rating = simpanFlow<FormTambahan & { alasanGalat?: AlasanGalat }>(deps, 'PENILAI', async (_req, p, overlay, extra) => {
    const [ex, matriks, konteks] = await Promise.all([
      detailExtras(prisma, p),
      matriksJson(prisma, p.periodeId),
      konteksUmpanBalik(prisma, { penilaianId: p.id, pegawaiId: p.pegawaiId, periodeId: p.periodeId, unitId: p.unitId }),
    ]);
    return {
      view: 'penilaian/nilai',
      locals: {
        title: `Penilaian ${ex.pegawai.nama}`,
        crumbs: [{ label: 'Tim saya', href: '/tim' }, { label: ex.pegawai.nama }],
        p,
        ...ex,
        ...formModel(p, 'PENILAI', overlay),
        diri: formModel(p, 'PEGAWAI').values,
        konteks,
        matriks,
        // Issue 16: the progress log beside each indicator, and at the year end the periodic results.
        progres: progresEvaluasi(p),
        hasilPeriodik:
          p.periode.jenis === 'TAHUNAN' && p.periode.ritme !== 'TAHUNAN'
            ? (await linimasa(prisma, p.pegawaiId, p.periodeId)).items.filter((e) => !e.akhirTahun)
            : [],
        bolehUbah: penilaiMayEdit(p.status, p.periode.status),
        bolehFinal: canTransition(p.status, 'finalkan', 'PENILAI', p.periode.status),
        bolehKembalikan: canTransition(p.status, 'kembalikan', 'PENILAI', p.periode.status),
        alasanGalat: extra.alasanGalat ?? null,
        scripts: ['/static/js/autosave.js', '/static/js/predikat.js'],
      },
    };
  });
  r.get('/tim/penilaian/:id', rating.tampil);
  r.post('/tim/penilaian/:id', rating.simpanForm);
  r.post('/tim/penilaian/:id/autosave', rating.autosave);

  r.post('/tim/penilaian/:id/finalkan', async (req, res) => {
    await finalkan(prisma, req.user!, id(req));
    flash(req, 'sukses', t('penilaian.difinalkan'));
    res.redirect(`/tim/penilaian/${id(req)}`);
  });

  r.post('/tim/penilaian/:id/kembalikan', async (req, res) => {
    const v = parse(alasanSchema, req.body);
    if (!v.ok) {
      const pesan = v.errors.alasan ?? 'Tuliskan alasannya.';
      const alasanGalat: AlasanGalat = { form: 'kembalikan', pesan, teks: teksDari(req.body?.alasan) };
      return rating.render(req, res, { alasanGalat }, 400);
    }
    await kembalikan(prisma, req.user!, id(req), v.data.alasan);
    flash(req, 'sukses', t('penilaian.dikembalikan'));
    res.redirect('/tim');
  });

  r.post('/tim/penilaian/:id/rencana', async (req, res) => {
    const v = parse(keputusanRencanaSchema, req.body);
    if (!v.ok) return rating.render(req, res, {}, 400);
    const setuju = v.data.keputusan === 'setujui';
    if (!setuju && !v.data.catatan) {
      const pesan = 'Tuliskan alasan pengembalian rencana.';
      const alasanGalat: AlasanGalat = { form: 'rencana', pesan, teks: teksDari(req.body?.catatan) };
      return rating.render(req, res, { alasanGalat }, 400);
    }
    await putusRencana(prisma, req.user!, id(req), setuju, v.data.catatan || null);
    flash(req, 'sukses', t(setuju ? 'penilaian.rencanaDisetujui' : 'penilaian.rencanaDikembalikan'));
    res.redirect(`/tim/penilaian/${id(req)}`);
  });

  return r;
}

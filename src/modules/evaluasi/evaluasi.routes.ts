import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { requireAuth, requirePegawai, requireRole } from '../../web/guards.js';
import { registerNav } from '../../web/nav.js';
import { flash } from '../../web/flash.js';
import { parse } from '../../web/validate.js';
import { pageParams, makePage } from '../../web/pagination.js';
import { uploadOne, sendStoredFile } from '../../web/upload.js';
import { isoTanggal } from '../../core/fields.js';
import { NotFoundError } from '../../core/errors.js';
import { isAdminBkd } from '../../core/principal.js';
import { hariIni } from '../../lib/format.js';
import { t } from '../../locales/id.js';
import { actor, attempt, idParam } from '../admin/shared/http.js';
import './evaluasi.strings.js';
import { staffScope } from '../penilaian/tim.service.js';
import { aturRitme, mulaiEvaluasi, tahunDari, ubahEvaluasi } from './evaluasi.service.js';
import { catatanTerbaca, catatProgres, daftarProgres, daftarSepi, skpBerjalan, tanggapiProgres } from './progres.service.js';
import { evaluasiSchema, progresSchema, ritmeSchema, tanggapanProgresSchema } from './evaluasi.schema.js';

registerNav({ href: '/progres', label: 'Catatan progres', show: (p) => !!p.pegawaiId });
registerNav({ href: '/progres/sepi', label: 'Belum mencatat progres', show: (p) => p.isAtasan || isAdminBkd(p) });

const MINGGU = [2, 4, 8];

export function evaluasiRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  // ── The employee starts an open periodic evaluation of their SKP ──
  r.post('/penilaian/evaluasi/:periodeId/mulai', requirePegawai, async (req, res) => {
    const pid = await mulaiEvaluasi(prisma, req.user!, idParam(req, 'periodeId'));
    flash(req, 'sukses', t('evaluasi.dimulai'));
    res.redirect(`/penilaian/${pid}/diri`);
  });

  // ── Progress log: the employee's own ──
  async function halamanProgres(
    req: Request,
    res: Response,
    extra: { errors?: Record<string, string>; values?: Record<string, unknown> } = {},
    status = 200,
  ) {
    const { tahun, skp } = await skpBerjalan(prisma, req.user!);
    const { page, perPage, skip } = pageParams(req.query as Record<string, unknown>, 20);
    const data = skp
      ? await daftarProgres(prisma, req.user!, req.user!.pegawaiId!, { skip, take: perPage, skpId: skp.id })
      : { items: [], total: 0 };
    res.page(
      'evaluasi/progres',
      {
        title: 'Catatan progres',
        crumbs: [{ label: 'Catatan progres' }],
        tahun,
        skp,
        items: data.items,
        page: makePage('/progres', req.query as Record<string, unknown>, page, perPage, data.total),
        errors: extra.errors ?? {},
        values: extra.values ?? { tanggal: isoTanggal(hariIni()) },
        styles: ['/static/css/evaluasi.css'],
      },
      status,
    );
  }
  r.get('/progres', requirePegawai, (req, res) => halamanProgres(req, res));
  r.post('/progres', requirePegawai, ...uploadOne('berkas', ['pdf', 'jpg', 'png']), async (req, res) => {
    const v = parse(progresSchema, req.body ?? {});
    const values = (v.ok ? req.body : v.values) as Record<string, unknown>;
    const errors: Record<string, string> = v.ok ? {} : { ...v.errors };
    if (req.uploadError) errors.berkas = req.uploadError;
    if (!v.ok || req.uploadError) return halamanProgres(req, res, { errors, values }, 400);
    const out = await attempt(() => catatProgres(prisma, req.user!, v.data, req.checkedFile ?? null));
    if (!out.ok) return halamanProgres(req, res, { errors: out.errors, values }, 400);
    flash(req, 'sukses', t('evaluasi.progresTercatat'));
    res.redirect('/progres');
  });
  r.get('/progres/berkas/:id', requireAuth, async (req, res) => {
    const c = await catatanTerbaca(prisma, req.user!, idParam(req));
    if (!c.lokasi) throw new NotFoundError();
    sendStoredFile(res, c.lokasi, c.mimeType ?? 'application/octet-stream', c.namaBerkas ?? 'berkas');
  });

  // ── A rater (or BKD) reads one employee's log and reacts ──
  async function halamanPegawai(
    req: Request,
    res: Response,
    extra: { errors?: Record<string, string>; values?: Record<string, unknown>; catatanId?: number } = {},
    status = 200,
  ) {
    const pegawaiId = idParam(req, 'pegawaiId');
    const { page, perPage, skip } = pageParams(req.query as Record<string, unknown>, 20);
    const data = await daftarProgres(prisma, req.user!, pegawaiId, { skip, take: perPage });
    const pegawai = await prisma.pegawai.findUnique({
      where: { id: pegawaiId },
      select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true },
    });
    // Nothing readable and not BKD: the same "not found" as a stranger's record.
    if (!pegawai || (!data.total && !isAdminBkd(req.user!) && !(await bolehLihat(req, pegawaiId)))) throw new NotFoundError();
    res.page(
      'evaluasi/progres-pegawai',
      {
        title: `Catatan progres ${pegawai.nama}`,
        crumbs: [{ label: 'Tim saya', href: '/tim' }, { label: `Catatan progres ${pegawai.nama}` }],
        pegawai,
        items: data.items,
        page: makePage(`/progres/pegawai/${pegawaiId}`, req.query as Record<string, unknown>, page, perPage, data.total),
        errors: extra.errors ?? {},
        values: extra.values ?? {},
        catatanId: extra.catatanId ?? null,
        styles: ['/static/css/evaluasi.css'],
      },
      status,
    );
  }
  /** A rater may open the (still empty) log of someone they rate: their staff, or an appraisal they rate. */
  async function bolehLihat(req: Request, pegawaiId: number) {
    const me = req.user!.pegawaiId;
    if (!me) return false;
    const [staf, dinilai] = await Promise.all([
      prisma.pegawai.count({ where: { AND: [await staffScope(prisma, req.user!), { id: pegawaiId }] } }),
      prisma.penilaianKinerja.count({ where: { pegawaiId, OR: [{ penilaiId: me }, { atasanPenilaiId: me }] } }),
    ]);
    return staf + dinilai > 0;
  }
  r.get('/progres/pegawai/:pegawaiId', requireAuth, (req, res) => halamanPegawai(req, res));
  r.post('/progres/:id/tanggapi', requireAuth, async (req, res) => {
    const cid = idParam(req);
    const v = parse(tanggapanProgresSchema, req.body ?? {});
    const c = await catatanTerbaca(prisma, req.user!, cid);
    if (!v.ok) {
      req.params.pegawaiId = String(c.pegawaiId);
      return halamanPegawai(req, res, { errors: v.errors, values: v.values as Record<string, unknown>, catatanId: cid }, 400);
    }
    await tanggapiProgres(prisma, req.user!, cid, v.data.komentar);
    flash(req, 'sukses', v.data.komentar ? t('evaluasi.ditanggapi') : t('evaluasi.ditandai'));
    res.redirect(`/progres/pegawai/${c.pegawaiId}#catatan-${cid}`);
  });

  // ── Nudge list: who has logged nothing for N weeks ──
  r.get('/progres/sepi', requireAuth, async (req, res) => {
    if (!req.user!.isAtasan && !isAdminBkd(req.user!)) throw new NotFoundError();
    const minggu = MINGGU.includes(Number(req.query.minggu)) ? Number(req.query.minggu) : 4;
    const q = typeof req.query.q === 'string' ? req.query.q.trim().slice(0, 100) : '';
    const { page, perPage, skip } = pageParams(req.query as Record<string, unknown>, 25);
    const data = await daftarSepi(prisma, req.user!, minggu, { q, skip, take: perPage });
    res.page('evaluasi/sepi', {
      title: 'Belum mencatat progres',
      crumbs: [{ label: 'Tim saya', href: '/tim' }, { label: 'Belum mencatat progres' }],
      minggu,
      MINGGU,
      q,
      ...data,
      page: makePage('/progres/sepi', req.query as Record<string, unknown>, page, perPage, data.total),
    });
  });

  // ── BKD: a year's rhythm, annual rule and per-evaluation settings ──
  const admin = requireRole('ADMIN_BKD');
  async function halamanRitme(
    req: Request,
    res: Response,
    extra: { errors?: Record<string, string>; values?: Record<string, unknown>; evaluasiId?: number } = {},
    status = 200,
  ) {
    const tahun = await tahunDari(prisma, idParam(req));
    if (tahun.id !== idParam(req)) throw new NotFoundError();
    res.page(
      'evaluasi/ritme',
      {
        title: `Evaluasi ${tahun.nama}`,
        crumbs: [
          { label: 'Administrasi', href: '/admin' },
          { label: 'Periode penilaian', href: '/admin/periode' },
          { label: tahun.nama, href: `/admin/periode/${tahun.id}` },
          { label: 'Ritme evaluasi' },
        ],
        tahun,
        errors: extra.errors ?? {},
        values: extra.values ?? {
          ritme: tahun.ritme,
          aturanPredikatTahunan: tahun.aturanPredikatTahunan,
          nilaiKompetensi: tahun.nilaiKompetensi,
        },
        evaluasiId: extra.evaluasiId ?? null,
        isoTanggal,
      },
      status,
    );
  }
  r.get('/admin/evaluasi/:id', admin, (req, res) => halamanRitme(req, res));
  r.post('/admin/evaluasi/:id', admin, async (req, res) => {
    const v = parse(ritmeSchema, req.body ?? {});
    if (!v.ok) return halamanRitme(req, res, { errors: v.errors, values: v.values as Record<string, unknown> }, 400);
    const out = await attempt(() => aturRitme(prisma, idParam(req), v.data, actor(req)));
    if (!out.ok) return halamanRitme(req, res, { errors: out.errors, values: req.body }, 400);
    flash(req, 'sukses', t('evaluasi.ritmeDisimpan'));
    res.redirect(`/admin/evaluasi/${idParam(req)}`);
  });
  r.post('/admin/evaluasi/:id/:eid', admin, async (req, res) => {
    const eid = idParam(req, 'eid');
    const v = parse(evaluasiSchema, req.body ?? {});
    const out = v.ok
      ? await attempt(() => ubahEvaluasi(prisma, idParam(req), eid, v.data, actor(req)))
      : { ok: false as const, errors: v.errors };
    if (!out.ok) return halamanRitme(req, res, { errors: out.errors, values: req.body, evaluasiId: eid }, 400);
    flash(req, 'sukses', t('evaluasi.evaluasiDisimpan'));
    res.redirect(`/admin/evaluasi/${idParam(req)}#evaluasi-${eid}`);
  });

  return r;
}

import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../../core/deps.js';
import { requireAuth, requirePegawai } from '../../../web/guards.js';
import { parse } from '../../../web/validate.js';
import { flash } from '../../../web/flash.js';
import { NotFoundError, ValidationError } from '../../../core/errors.js';
import { namaLengkap } from '../../../lib/format.js';
import { t } from '../../../locales/id.js';
import { findActivePeriod } from '../../periode/periode.repo.js';
import { pegawaiKelola360 } from '../akses.js';
import { idParam } from '../util.js';
import { STYLES } from '../umpanbalik.view.js';
import { agregat360, NILAI_BERAKHLAK } from './agregat.js';
import { jawabanSchema, kompetensiSchema, raterSchema } from './rekan360.schema.js';
import {
  MAKS_RATER,
  MIN_RATER,
  aturKompetensi,
  calonRater,
  daftarKelola,
  hapusRater,
  ringkasanSesi,
  setujuiUsulan,
  simpanJawaban,
  tambahRater,
  tolakTugas,
  tugasSaya,
  tugasUntukRater,
  kompetensiJabatan,
  pegawaiSendiri,
  unitUntukPilihan,
  usulanSendiri,
} from './rekan360.service.js';

const V = 'umpanbalik/360';
const CRUMB = { label: 'Umpan balik 360°', href: '/umpanbalik/360' };

export function rekan360Routes({ prisma }: AppDeps): Router {
  const r = Router();
  const isAdmin = (req: Request) => req.user!.roles.includes('ADMIN_BKD');

  // Overview: my requests as a rater, my staff's rounds, and (BKD) any unit's staff.
  r.get('/umpanbalik/360', requireAuth, async (req, res) => {
    const user = req.user!;
    if (!user.pegawaiId && !isAdmin(req)) throw new NotFoundError();
    const periode = await findActivePeriod(prisma);
    const saya = user.pegawaiId ? await tugasSaya(prisma, user.pegawaiId) : null;
    const tim = user.pegawaiId && user.isAtasan ? await daftarKelola(prisma, periode?.id ?? null, { atasanId: user.pegawaiId }) : [];
    let unitPilihan: { id: number; nama: string }[] = [];
    let unitId: number | null = null;
    let stafUnit: Awaited<ReturnType<typeof daftarKelola>> = [];
    if (isAdmin(req)) {
      unitPilihan = await unitUntukPilihan(prisma);
      const q = Number(req.query.unit);
      unitId = unitPilihan.some((u) => u.id === q) ? q : null;
      if (unitId) stafUnit = await daftarKelola(prisma, periode?.id ?? null, { unitId });
    }
    res.page(`${V}-beranda`, { title: 'Umpan balik 360°', crumbs: [{ label: 'Umpan balik', href: '/umpanbalik' }, { label: 'Umpan balik 360°' }], styles: STYLES, periode, saya, tim, unitPilihan, unitId, stafUnit });
  });

  // ---- Managing one employee's round (supervisor or BKD) ----
  async function renderKelola(req: Request, res: Response, values: Record<string, unknown>, errors: Record<string, string>, status = 200) {
    const pegawai = await pegawaiKelola360(prisma, req.user!, idParam(req.params.pegawaiId));
    const periode = await findActivePeriod(prisma);
    const [sesi, calon, agregat, kompetensiPilihan] = await Promise.all([
      periode ? ringkasanSesi(prisma, periode.id, pegawai.id) : null,
      calonRater(prisma, pegawai),
      periode ? agregat360(prisma, periode.id, pegawai.id) : null,
      kompetensiJabatan(prisma, pegawai.jabatanId),
    ]);
    res.page(
      `${V}-kelola`,
      {
        title: `Umpan balik 360° — ${namaLengkap(pegawai)}`,
        crumbs: [{ label: 'Umpan balik', href: '/umpanbalik' }, CRUMB, { label: namaLengkap(pegawai) }],
        styles: STYLES,
        pegawai,
        namaPegawai: namaLengkap(pegawai),
        periode,
        sesi,
        calon: calon.filter((c) => !sesi?.penugasan.some((p) => p.raterId === c.id)),
        agregat,
        kompetensiPilihan,
        values,
        errors,
        MAKS_RATER,
        MIN_RATER,
      },
      status,
    );
  }

  r.get('/umpanbalik/360/pegawai/:pegawaiId', requireAuth, (req, res) => renderKelola(req, res, {}, {}));

  r.post('/umpanbalik/360/pegawai/:pegawaiId/rater', requireAuth, async (req, res) => {
    const pegawai = await pegawaiKelola360(prisma, req.user!, idParam(req.params.pegawaiId));
    const parsed = parse(raterSchema, req.body);
    if (!parsed.ok) return renderKelola(req, res, parsed.values, parsed.errors, 400);
    try {
      await tambahRater(prisma, req.user!, pegawai, parsed.data, 'NOMINASI');
    } catch (e) {
      if (e instanceof ValidationError) return renderKelola(req, res, req.body as Record<string, unknown>, e.fieldErrors, 400);
      throw e;
    }
    flash(req, 'sukses', t('umpanbalik.r360.raterDitambah'));
    res.redirect(`/umpanbalik/360/pegawai/${pegawai.id}`);
  });

  r.post('/umpanbalik/360/pegawai/:pegawaiId/kompetensi', requireAuth, async (req, res) => {
    const pegawai = await pegawaiKelola360(prisma, req.user!, idParam(req.params.pegawaiId));
    const parsed = parse(kompetensiSchema, req.body);
    if (!parsed.ok) return renderKelola(req, res, {}, parsed.errors, 400);
    try {
      await aturKompetensi(prisma, req.user!, pegawai, parsed.data.kompetensi);
    } catch (e) {
      if (e instanceof ValidationError) return renderKelola(req, res, {}, e.fieldErrors, 400);
      throw e;
    }
    flash(req, 'sukses', t('umpanbalik.r360.kompetensiTersimpan'));
    res.redirect(`/umpanbalik/360/pegawai/${pegawai.id}`);
  });

  r.post('/umpanbalik/360/pegawai/:pegawaiId/rater/:id/setujui', requireAuth, async (req, res) => {
    const pegawai = await pegawaiKelola360(prisma, req.user!, idParam(req.params.pegawaiId));
    await setujuiUsulan(prisma, req.user!, pegawai.id, idParam(req.params.id));
    flash(req, 'sukses', t('umpanbalik.r360.disetujui'));
    res.redirect(`/umpanbalik/360/pegawai/${pegawai.id}`);
  });

  r.post('/umpanbalik/360/pegawai/:pegawaiId/rater/:id/hapus', requireAuth, async (req, res) => {
    const pegawai = await pegawaiKelola360(prisma, req.user!, idParam(req.params.pegawaiId));
    await hapusRater(prisma, req.user!, pegawai.id, idParam(req.params.id));
    flash(req, 'sukses', t('umpanbalik.r360.dihapus'));
    res.redirect(`/umpanbalik/360/pegawai/${pegawai.id}`);
  });

  // ---- My own round: propose raters, read the aggregate ----
  async function renderSaya(req: Request, res: Response, values: Record<string, unknown>, errors: Record<string, string>, status = 200) {
    const user = req.user!;
    const pegawai = await pegawaiSendiri(prisma, user.pegawaiId!);
    const periode = await findActivePeriod(prisma);
    const [sesi, calon, agregat] = await Promise.all([
      periode ? ringkasanSesi(prisma, periode.id, pegawai.id) : null,
      calonRater(prisma, pegawai),
      periode ? agregat360(prisma, periode.id, pegawai.id) : null,
    ]);
    // The employee sees only the names they proposed themselves, never who was asked or who answered.
    const usulanSaya = periode ? await usulanSendiri(prisma, periode.id, pegawai.id, user.id) : [];
    res.page(
      `${V}-saya`,
      {
        title: 'Umpan balik 360° saya',
        crumbs: [{ label: 'Umpan balik', href: '/umpanbalik' }, CRUMB, { label: 'Milik saya' }],
        styles: STYLES,
        periode,
        ringkas: sesi ? { diminta: sesi.diminta, jawaban: sesi.jumlahJawaban, kompetensi: sesi.kompetensi } : null,
        usulanSaya: usulanSaya.map((u) => ({ nama: namaLengkap(u.rater), disetujui: u.status !== 'DIUSULKAN' })),
        calon,
        agregat,
        values,
        errors,
        MAKS_RATER,
      },
      status,
    );
  }

  r.get('/umpanbalik/360/saya', requirePegawai, (req, res) => renderSaya(req, res, {}, {}));

  r.post('/umpanbalik/360/saya/usul', requirePegawai, async (req, res) => {
    const pegawai = await pegawaiSendiri(prisma, req.user!.pegawaiId!);
    const parsed = parse(raterSchema, req.body);
    if (!parsed.ok) return renderSaya(req, res, parsed.values, parsed.errors, 400);
    try {
      await tambahRater(prisma, req.user!, pegawai, parsed.data, 'USULAN');
    } catch (e) {
      if (e instanceof ValidationError) return renderSaya(req, res, req.body as Record<string, unknown>, e.fieldErrors, 400);
      throw e;
    }
    flash(req, 'sukses', t('umpanbalik.r360.diusulkan'));
    res.redirect('/umpanbalik/360/saya');
  });

  // ---- A rater's form ----
  async function renderTugas(req: Request, res: Response, values: Record<string, unknown>, errors: Record<string, string>, status = 200) {
    const data = await tugasUntukRater(prisma, req.user!.pegawaiId!, idParam(req.params.id));
    res.page(
      `${V}-form`,
      { title: `Umpan balik untuk ${data.nama}`, crumbs: [{ label: 'Umpan balik', href: '/umpanbalik' }, CRUMB, { label: 'Formulir' }], styles: STYLES, ...data, NILAI_BERAKHLAK, values, errors },
      status,
    );
  }

  r.get('/umpanbalik/360/tugas/:id', requirePegawai, (req, res) => renderTugas(req, res, {}, {}));

  r.post('/umpanbalik/360/tugas/:id', requirePegawai, async (req, res) => {
    const id = idParam(req.params.id);
    const { penugasan } = await tugasUntukRater(prisma, req.user!.pegawaiId!, id);
    const parsed = parse(jawabanSchema(penugasan.sesi.kompetensiIds), req.body);
    if (!parsed.ok) return renderTugas(req, res, parsed.values, parsed.errors, 400);
    const { komentar, ...skor } = parsed.data as Record<string, number> & { komentar: string | null };
    await simpanJawaban(prisma, req.user!.pegawaiId!, id, skor, komentar);
    flash(req, 'sukses', t('umpanbalik.r360.tersimpan'));
    res.redirect('/umpanbalik/360');
  });

  r.post('/umpanbalik/360/tugas/:id/tolak', requirePegawai, async (req, res) => {
    await tolakTugas(prisma, req.user!.pegawaiId!, idParam(req.params.id));
    flash(req, 'info', t('umpanbalik.r360.ditolak'));
    res.redirect('/umpanbalik/360');
  });

  return r;
}

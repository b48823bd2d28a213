import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../../core/deps.js';
import { requireAuth, requirePegawai } from '../../../web/guards.js';
import { parse } from '../../../web/validate.js';
import { flash } from '../../../web/flash.js';
import { formPost, type Isian } from '../../../web/form.js';
import type { PageLocals } from '../../../web/render.js';
import { NotFoundError } from '../../../core/errors.js';
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
    res.page(`${V}-beranda`, {
      title: 'Umpan balik 360°',
      crumbs: [{ label: 'Umpan balik', href: '/umpanbalik' }, { label: 'Umpan balik 360°' }],
      styles: STYLES,
      periode,
      saya,
      tim,
      unitPilihan,
      unitId,
      stafUnit,
    });
  });

  /** A page of a round with its rater form: the refused form's messages and typed text, and the round's limits. */
  const halamanRonde = (res: Response, view: string, locals: PageLocals, isian: Isian, status: number) =>
    res.page(view, { styles: STYLES, ...locals, ...isian, MAKS_RATER, MIN_RATER }, status);

  // ---- Managing one employee's round (supervisor or BKD) ----
  async function renderKelola(req: Request, res: Response, isian: Isian = { values: {}, errors: {} }, status = 200) {
    const pegawai = await pegawaiKelola360(prisma, req.user!, idParam(req.params.pegawaiId));
    const periode = await findActivePeriod(prisma);
    const [sesi, calon, agregat, kompetensiPilihan] = await Promise.all([
      periode ? ringkasanSesi(prisma, periode.id, pegawai.id) : null,
      calonRater(prisma, pegawai),
      periode ? agregat360(prisma, periode.id, pegawai.id) : null,
      kompetensiJabatan(prisma, pegawai.jabatanId),
    ]);
    const title = `Umpan balik 360° — ${namaLengkap(pegawai)}`;
    const crumbs = [{ label: 'Umpan balik', href: '/umpanbalik' }, CRUMB, { label: namaLengkap(pegawai) }];
    const belumDiminta = calon.filter((c) => !sesi?.penugasan.some((p) => p.raterId === c.id));
    const locals = {
      title,
      crumbs,
      pegawai,
      namaPegawai: namaLengkap(pegawai),
      periode,
      sesi,
      calon: belumDiminta,
      agregat,
      kompetensiPilihan,
    };
    halamanRonde(res, `${V}-kelola`, locals, isian, status);
  }
  r.get('/umpanbalik/360/pegawai/:pegawaiId', requireAuth, (req, res) => renderKelola(req, res));

  // The person is looked up through the access rule before the service runs; back to their round.
  const kelola = (req: Request) => pegawaiKelola360(prisma, req.user!, idParam(req.params.pegawaiId));
  const keRonde = (req: Request, pesan: string) => ({ pesan, ke: `/umpanbalik/360/pegawai/${idParam(req.params.pegawaiId)}` });
  r.post(
    '/umpanbalik/360/pegawai/:pegawaiId/rater',
    requireAuth,
    formPost({
      schema: raterSchema,
      halaman: renderKelola,
      jalankan: async (req, data) => tambahRater(prisma, req.user!, await kelola(req), data, 'NOMINASI'),
      selesai: (req) => keRonde(req, t('umpanbalik.r360.raterDitambah')),
    }),
  );
  r.post(
    '/umpanbalik/360/pegawai/:pegawaiId/kompetensi',
    requireAuth,
    formPost({
      schema: kompetensiSchema,
      halaman: renderKelola,
      jalankan: async (req, data) => aturKompetensi(prisma, req.user!, await kelola(req), data.kompetensi),
      selesai: (req) => keRonde(req, t('umpanbalik.r360.kompetensiTersimpan')),
    }),
  );

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
  async function renderSaya(req: Request, res: Response, isian: Isian = { values: {}, errors: {} }, status = 200) {
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
    const locals = {
      title: 'Umpan balik 360° saya',
      crumbs: [{ label: 'Umpan balik', href: '/umpanbalik' }, CRUMB, { label: 'Milik saya' }],
      periode,
      ringkas: sesi ? { diminta: sesi.diminta, jawaban: sesi.jumlahJawaban, kompetensi: sesi.kompetensi } : null,
      usulanSaya: usulanSaya.map((u) => ({ nama: namaLengkap(u.rater), disetujui: u.status !== 'DIUSULKAN' })),
      calon,
      agregat,
    };
    halamanRonde(res, `${V}-saya`, locals, isian, status);
  }

  r.get('/umpanbalik/360/saya', requirePegawai, (req, res) => renderSaya(req, res));

  r.post(
    '/umpanbalik/360/saya/usul',
    requirePegawai,
    formPost({
      schema: raterSchema,
      halaman: renderSaya,
      jalankan: async (req, data) => tambahRater(prisma, req.user!, await pegawaiSendiri(prisma, req.user!.pegawaiId!), data, 'USULAN'),
      selesai: () => ({ pesan: t('umpanbalik.r360.diusulkan'), ke: '/umpanbalik/360/saya' }),
    }),
  );

  // ---- A rater's form ----
  async function renderTugas(req: Request, res: Response, values: Record<string, unknown>, errors: Record<string, string>, status = 200) {
    const data = await tugasUntukRater(prisma, req.user!.pegawaiId!, idParam(req.params.id));
    res.page(
      `${V}-form`,
      {
        title: `Umpan balik untuk ${data.nama}`,
        crumbs: [{ label: 'Umpan balik', href: '/umpanbalik' }, CRUMB, { label: 'Formulir' }],
        styles: STYLES,
        ...data,
        NILAI_BERAKHLAK,
        values,
        errors,
      },
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

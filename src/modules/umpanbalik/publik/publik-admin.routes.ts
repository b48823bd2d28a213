import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../../core/deps.js';
import { requireAuth } from '../../../web/guards.js';
import { parse } from '../../../web/validate.js';
import { flash } from '../../../web/flash.js';
import { formPost, type Isian } from '../../../web/form.js';
import { NotFoundError, ValidationError } from '../../../core/errors.js';
import { pageParams, makePage } from '../../../web/pagination.js';
import { namaLengkap } from '../../../lib/format.js';
import { t } from '../../../locales/id.js';
import { wajibLingkupUnit } from '../akses.js';
import { bacaPengaturan } from '../pengaturan.js';
import { pilihPeriode } from '../periode-pilih.js';
import { idParam } from '../util.js';
import { STYLES } from '../umpanbalik.view.js';
import { moderasiSchema, tautanSchema } from './publik.schema.js';
import { qrSvg } from './qr.js';
import {
  antrianModerasi,
  buatTautan,
  komentarDisetujui,
  moderasi,
  nonaktifkanTautan,
  ringkasanUnit,
  tautanDalamLingkup,
  trenBulanan,
  unitLayanan,
} from './publik.service.js';

const V = 'umpanbalik/publik';
const CRUMBS = [
  { label: 'Umpan balik', href: '/umpanbalik' },
  { label: 'Layanan publik', href: '/umpanbalik/publik' },
];

/** The absolute address printed in the QR code. */
function alamatPublik(req: Request, token: string): string {
  return `${req.protocol}://${req.get('host')}/u/${token}`;
}

/** Links, QR codes, scores and the moderation queue: BKD for every unit, a pimpinan for their own subtree. */
export function publikAdminRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  async function renderDaftar(req: Request, res: Response, { values, errors }: Isian = { values: {}, errors: {} }, status = 200) {
    const scope = wajibLingkupUnit(req.user!);
    const { daftar, dipilih } = await pilihPeriode(prisma, req.query.periode);
    const units = await unitLayanan(prisma, scope);
    const ringkasan = await ringkasanUnit(prisma, units, dipilih);
    const perPegawai = await bacaPengaturan(prisma, 'umpanBalikPublikPerPegawai');
    res.page(
      `${V}-admin`,
      {
        title: t('umpanbalik.publik.judul'),
        crumbs: [CRUMBS[0]!, { label: 'Layanan publik' }],
        styles: STYLES,
        periodeDaftar: daftar,
        periode: dipilih,
        ringkasan,
        perPegawai,
        values,
        errors,
      },
      status,
    );
  }

  r.get('/umpanbalik/publik', requireAuth, (req, res) => renderDaftar(req, res));

  r.post(
    '/umpanbalik/publik/tautan',
    requireAuth,
    formPost({
      schema: tautanSchema,
      halaman: renderDaftar,
      jalankan: (req, data) => buatTautan(prisma, req.user!, wajibLingkupUnit(req.user!), data),
      selesai: (_req, tautan) => ({ pesan: t('umpanbalik.publik.tautanDibuat'), ke: `/umpanbalik/publik/tautan/${tautan.id}/cetak` }),
    }),
  );

  r.post('/umpanbalik/publik/tautan/:id/nonaktif', requireAuth, async (req, res) => {
    const scope = wajibLingkupUnit(req.user!);
    await nonaktifkanTautan(prisma, req.user!, scope, idParam(req.params.id));
    flash(req, 'sukses', t('umpanbalik.publik.tautanNonaktif'));
    res.redirect('/umpanbalik/publik');
  });

  r.get('/umpanbalik/publik/tautan/:id/qr.svg', requireAuth, async (req, res) => {
    const scope = wajibLingkupUnit(req.user!);
    const l = await tautanDalamLingkup(prisma, scope, idParam(req.params.id));
    res
      .type('image/svg+xml')
      .set('Cache-Control', 'private, max-age=300')
      .send(await qrSvg(alamatPublik(req, l.token)));
  });

  r.get('/umpanbalik/publik/tautan/:id/cetak', requireAuth, async (req, res) => {
    const scope = wajibLingkupUnit(req.user!);
    const l = await tautanDalamLingkup(prisma, scope, idParam(req.params.id));
    res.page(`${V}-cetak`, {
      title: `QR umpan balik — ${l.unit.nama}`,
      crumbs: [...CRUMBS, { label: 'Cetak QR' }],
      styles: STYLES,
      tautan: l,
      namaPegawai: l.pegawai ? namaLengkap(l.pegawai) : null,
      alamat: alamatPublik(req, l.token),
    });
  });

  r.get('/umpanbalik/publik/moderasi', requireAuth, async (req, res) => {
    const scope = wajibLingkupUnit(req.user!);
    const { page, perPage, skip } = pageParams(req.query as Record<string, unknown>, 20);
    const { items, total } = await antrianModerasi(prisma, scope, skip, perPage);
    res.page(`${V}-moderasi`, {
      title: 'Moderasi komentar',
      crumbs: [...CRUMBS, { label: 'Moderasi' }],
      styles: STYLES,
      items,
      page: makePage('/umpanbalik/publik/moderasi', req.query as Record<string, unknown>, page, perPage, total),
    });
  });

  r.post('/umpanbalik/publik/moderasi/:id', requireAuth, async (req, res) => {
    const scope = wajibLingkupUnit(req.user!);
    const parsed = parse(moderasiSchema, req.body);
    if (!parsed.ok) throw new ValidationError(parsed.errors, Object.values(parsed.errors)[0]);
    await moderasi(prisma, req.user!, scope, idParam(req.params.id), parsed.data.keputusan);
    flash(req, 'sukses', t('umpanbalik.publik.dimoderasi'));
    res.redirect('/umpanbalik/publik/moderasi');
  });

  r.get('/umpanbalik/publik/unit/:unitId', requireAuth, async (req, res) => {
    const scope = wajibLingkupUnit(req.user!);
    const unitId = idParam(req.params.unitId);
    const unit = (await unitLayanan(prisma, scope)).find((u) => u.id === unitId);
    if (!unit) throw new NotFoundError();
    const { daftar, dipilih } = await pilihPeriode(prisma, req.query.periode);
    const [ringkas] = await ringkasanUnit(prisma, [unit], dipilih);
    const tren = dipilih ? await trenBulanan(prisma, unit.id, dipilih) : [];
    const komentar = dipilih ? await komentarDisetujui(prisma, unit.id, dipilih) : [];
    res.page(`${V}-unit`, {
      title: unit.nama,
      crumbs: [...CRUMBS, { label: unit.nama }],
      styles: STYLES,
      unit,
      ringkas,
      tren,
      komentar,
      periodeDaftar: daftar,
      periode: dipilih,
    });
  });

  return r;
}

import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../core/deps.js';
import type { Db } from '../../db/client.js';
import { requireAuth } from '../../web/guards.js';
import { NotFoundError } from '../../core/errors.js';
import { registerNav } from '../../web/nav.js';
import { flash } from '../../web/flash.js';
import { pageParams, makePage } from '../../web/pagination.js';
import { bolehLaporan, requireLaporan, resolveScope } from '../laporan/laporan.scope.js';
import { pilihPeriode } from '../laporan/laporan.sql.js';
import { PREDIKAT_URUT, PREDIKAT_ORGANISASI } from '../laporan/laporan.distribusi.js';
import { aturKunci, daftarUnit, papan, terapkan, unitKalibrasi, PESAN_DIKUNCI, type Urutan } from './kalibrasi.service.js';
import { papanQuery, parsePerubahan, ALASAN_MAKS } from './kalibrasi.schema.js';

registerNav({ href: '/kalibrasi', label: 'Kalibrasi', show: bolehLaporan });

const PER_HALAMAN = 100;
const idParam = (v: unknown) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 2_147_483_647) throw new NotFoundError();
  return n;
};

async function tampilPapan(
  prisma: Db,
  req: Request,
  res: Response,
  extra: { errors?: Record<string, string>; values?: Record<string, unknown>; query?: Record<string, unknown> } = {},
  status = 200,
) {
  const periodeId = idParam(req.params.periodeId);
  const { unit } = await unitKalibrasi(prisma, req.user!, idParam(req.params.unitId));
  const { periode } = await pilihPeriode(prisma, periodeId);
  // A refused POST shows the same page (sort, page) the user was on, so every choice stays in view.
  const query = extra.query ?? (req.query as Record<string, unknown>);
  const urut = papanQuery.parse(query).urut as Urutan;
  const pp = pageParams(query, PER_HALAMAN);
  const data = await papan(prisma, unit, periodeId, urut, pp.skip, pp.perPage);
  const base = `/kalibrasi/${periodeId}/${unit.id}`;
  res.page(
    'kalibrasi/papan',
    {
      title: `Kalibrasi ${unit.nama}`,
      crumbs: [{ label: 'Kalibrasi', href: `/kalibrasi?periode=${periodeId}` }, { label: unit.nama }],
      unit,
      periode,
      data,
      urut,
      base,
      PREDIKAT_URUT,
      PREDIKAT_ORGANISASI,
      ALASAN_MAKS,
      page: makePage(base, query, pp.page, pp.perPage, data.total),
      errors: extra.errors ?? {},
      values: extra.values ?? {},
      bolehBuka: req.user!.roles.includes('ADMIN_BKD'),
      styles: ['/static/css/laporan.css', '/static/css/kalibrasi.css'],
      scripts: ['/static/js/kalibrasi.js'],
    },
    status,
  );
}

export function kalibrasiRoutes({ prisma }: AppDeps): Router {
  const r = Router();
  r.use('/kalibrasi', requireAuth, requireLaporan);

  r.get('/kalibrasi', async (req, res) => {
    const scope = await resolveScope(prisma, req.user!);
    const q = Number(req.query.periode);
    const { periode, semua } = await pilihPeriode(prisma, Number.isInteger(q) && q > 0 ? q : undefined);
    const units = periode ? await daftarUnit(prisma, scope, periode.id) : [];
    res.page('kalibrasi/index', {
      title: 'Kalibrasi',
      crumbs: [{ label: 'Kalibrasi' }],
      periode,
      semua,
      units,
      PREDIKAT_ORGANISASI,
      styles: ['/static/css/laporan.css'],
    });
  });

  r.get('/kalibrasi/:periodeId/:unitId', (req, res) => tampilPapan(prisma, req, res));

  r.post('/kalibrasi/:periodeId/:unitId', async (req, res) => {
    const periodeId = idParam(req.params.periodeId);
    const { unit } = await unitKalibrasi(prisma, req.user!, idParam(req.params.unitId));
    await pilihPeriode(prisma, periodeId);
    const body = req.body as Record<string, unknown>;
    const { perubahan, errors } = parsePerubahan(body);
    const asal = typeof body.kembali === 'string' && /^\?[\w=&-]*$/.test(body.kembali) ? body.kembali : '';
    const kembali = `/kalibrasi/${periodeId}/${unit.id}${asal}`;
    if (Object.keys(errors).length) {
      return tampilPapan(prisma, req, res, { errors, values: body, query: Object.fromEntries(new URLSearchParams(asal)) }, 400);
    }
    if (!perubahan.length) {
      flash(req, 'info', 'Tidak ada predikat yang diubah.');
      return res.redirect(kembali);
    }
    const n = await terapkan(prisma, req.user!.id, unit, periodeId, perubahan);
    flash(req, 'sukses', `${n} predikat dikalibrasi. Pegawai dan penilainya telah diberi tahu.`);
    res.redirect(kembali);
  });

  // Locking freezes the unit's results; opening lets calibration go on.
  const KUNCI = [
    { aksi: 'kunci', kunci: true, pesan: 'Kalibrasi dikunci. Hasil penilaian unit ini tidak dapat diubah lagi.' },
    { aksi: 'buka', kunci: false, pesan: 'Kunci kalibrasi dibuka.' },
  ];
  for (const { aksi, kunci, pesan } of KUNCI) {
    r.post(`/kalibrasi/:periodeId/:unitId/${aksi}`, async (req, res) => {
      const periodeId = idParam(req.params.periodeId);
      const { unit } = await unitKalibrasi(prisma, req.user!, idParam(req.params.unitId));
      await aturKunci(prisma, req.user!, unit.id, periodeId, kunci);
      flash(req, 'sukses', pesan);
      res.redirect(`/kalibrasi/${periodeId}/${unit.id}`);
    });
  }

  return r;
}

export { PESAN_DIKUNCI };

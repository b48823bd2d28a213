import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../../core/deps.js';
import { requireAuth } from '../../../web/guards.js';
import { formPost, type Isian } from '../../../web/form.js';
import { hariIni } from '../../../lib/format.js';
import { t } from '../../../locales/id.js';
import { daftarPeriode, periodeDipilih } from '../../periode/periode.repo.js';
import { wajibLingkupUnit } from '../akses.js';
import { isoTanggal } from '../util.js';
import { STYLES } from '../umpanbalik.view.js';
import { KATEGORI_PENGHARGAAN, penghargaanSchema } from './penghargaan.schema.js';
import { catatPenghargaan, daftarPenghargaan, kandidat } from './penghargaan.service.js';

/** At period close BKD (all units) and pimpinan (their subtree) review candidates and record awards. */
export function penghargaanRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  async function render(req: Request, res: Response, { values, errors }: Isian = { values: {}, errors: {} }, status = 200) {
    const scope = wajibLingkupUnit(req.user!);
    const daftar = await daftarPeriode(prisma);
    // Awards follow a period's close: a closed period is the natural default.
    const periode = periodeDipilih(daftar, req.query.periode ?? values.periodeId, ['DITUTUP']);
    const calon = periode ? await kandidat(prisma, scope, periode) : [];
    const tercatat = periode ? await daftarPenghargaan(prisma, { periodeId: periode.id, pegawai: { unit: scope } }) : [];
    res.page(
      'umpanbalik/penghargaan',
      {
        title: t('umpanbalik.penghargaan.judul'),
        crumbs: [{ label: 'Umpan balik', href: '/umpanbalik' }, { label: t('umpanbalik.penghargaan.judul') }],
        styles: STYLES,
        periodeDaftar: daftar,
        periode,
        calon,
        tercatat,
        kategori: KATEGORI_PENGHARGAAN,
        values: { tanggal: isoTanggal(hariIni()), periodeId: periode?.id, pegawaiId: req.query.pegawai, ...values },
        errors,
      },
      status,
    );
  }

  r.get('/penghargaan', requireAuth, (req, res) => render(req, res));

  r.post(
    '/penghargaan',
    requireAuth,
    formPost({
      schema: penghargaanSchema,
      halaman: render,
      jalankan: (req, data) => catatPenghargaan(prisma, req.user!, wajibLingkupUnit(req.user!), data),
      selesai: (_req, _hasil, data) => ({ pesan: t('umpanbalik.penghargaan.tersimpan'), ke: `/penghargaan?periode=${data.periodeId}` }),
    }),
  );

  return r;
}

import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../../core/deps.js';
import { requirePegawai } from '../../../web/guards.js';
import { formPost, type Isian } from '../../../web/form.js';
import { pageParams, makePage } from '../../../web/pagination.js';
import { hariIni, namaLengkap } from '../../../lib/format.js';
import { t } from '../../../locales/id.js';
import { pegawaiDialog } from '../akses.js';
import { idParam, isoTanggal } from '../util.js';
import { STYLES } from '../umpanbalik.view.js';
import { dialogSchema } from './dialog.schema.js';
import { daftarDialog, pilihanSasaran, tambahDialog } from './dialog.service.js';

const VIEW = 'umpanbalik/dialog';

export function dialogRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  async function render(req: Request, res: Response, { values, errors }: Isian, status = 200) {
    const { pegawai, sebagaiAtasan } = await pegawaiDialog(prisma, req.user!, idParam(req.params.pegawaiId));
    const { page, perPage, skip } = pageParams(req.query as Record<string, unknown>, 20);
    const [{ items, total }, sasaran] = await Promise.all([
      daftarDialog(prisma, pegawai.id, skip, perPage),
      pilihanSasaran(prisma, pegawai.id, pegawai.jabatanId),
    ]);
    const nama = namaLengkap(pegawai);
    res.page(
      VIEW,
      {
        title: `${t('umpanbalik.dialog.judul')} — ${nama}`,
        crumbs: [{ label: t('umpanbalik.judul'), href: '/umpanbalik' }, { label: t('umpanbalik.dialog.judul') }],
        styles: STYLES,
        pegawai,
        namaPegawai: nama,
        sebagaiAtasan,
        items,
        sasaran,
        values,
        errors,
        page: makePage(`/umpanbalik/dialog/${pegawai.id}`, req.query as Record<string, unknown>, page, perPage, total),
      },
      status,
    );
  }

  r.get('/umpanbalik/dialog/:pegawaiId', requirePegawai, async (req, res) => {
    await render(req, res, { values: { jenis: 'CHECKIN', tanggal: isoTanggal(hariIni()) }, errors: {} });
  });

  r.post(
    '/umpanbalik/dialog/:pegawaiId',
    requirePegawai,
    formPost({
      schema: dialogSchema,
      halaman: render,
      jalankan: async (req, data) => {
        const { pegawai, sebagaiAtasan } = await pegawaiDialog(prisma, req.user!, idParam(req.params.pegawaiId));
        return tambahDialog(prisma, req.user!, pegawai, sebagaiAtasan, data);
      },
      selesai: (req) => ({ pesan: t('umpanbalik.dialog.tersimpan'), ke: `/umpanbalik/dialog/${idParam(req.params.pegawaiId)}` }),
    }),
  );

  return r;
}

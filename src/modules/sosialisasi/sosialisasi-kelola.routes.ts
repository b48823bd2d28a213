import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { requireRole } from '../../web/guards.js';
import { parse } from '../../web/validate.js';
import { flash } from '../../web/flash.js';
import { uploadOne } from '../../web/upload.js';
import { pageParams, makePage } from '../../web/pagination.js';
import type { JenisKonten } from '../../generated/prisma/enums.js';
import { daftarKelola, hapusLampiran, kontenById, simpanKonten, tambahLampiran } from './konten.service.js';
import { belumMembaca, rekapTandaBaca } from './tanda-baca.service.js';
import { kontenSchema } from './sosialisasi.schema.js';

const V = 'sosialisasi/';
const BKD = requireRole('ADMIN_BKD');
const KELOLA = { label: 'Kelola sosialisasi', href: '/sosialisasi/kelola' };
const JENIS = ['HALAMAN', 'PENGUMUMAN', 'FAQ'];

export function sosialisasiKelolaRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  r.get('/sosialisasi/kelola', BKD, async (req, res) => {
    const jenis = JENIS.includes(String(req.query.jenis)) ? (String(req.query.jenis) as JenisKonten) : undefined;
    const { page, perPage, skip } = pageParams(req.query as Record<string, unknown>, 20);
    const [items, total] = await daftarKelola(prisma, { jenis, skip, take: perPage });
    res.page(V + 'kelola', {
      title: 'Kelola sosialisasi',
      crumbs: [{ label: 'Sosialisasi', href: '/sosialisasi' }, { label: 'Kelola' }],
      items,
      jenis,
      page: makePage('/sosialisasi/kelola', req.query as Record<string, unknown>, page, perPage, total),
      styles: ['/static/css/pengembangan.css'],
    });
  });

  async function form(
    req: Request,
    res: Response,
    id: number | null,
    status = 200,
    errors: Record<string, string> = {},
    values?: Record<string, unknown>,
  ) {
    const konten = id ? await kontenById(prisma, id) : null;
    res.page(
      V + 'kelola-form',
      {
        title: konten ? `Ubah: ${konten.judul}` : 'Konten baru',
        crumbs: [{ label: 'Sosialisasi', href: '/sosialisasi' }, KELOLA, { label: konten ? 'Ubah' : 'Baru' }],
        konten,
        errors,
        values: values ?? konten ?? { jenis: req.query.jenis ?? 'HALAMAN', urutan: 0 },
      },
      status,
    );
  }
  async function simpan(req: Request, res: Response, id: number | null) {
    const v = parse(kontenSchema, req.body);
    if (!v.ok) return form(req, res, id, 400, v.errors, { ...req.body, wajibDibaca: req.body.wajibDibaca === 'on' });
    const row = await simpanKonten(prisma, req.user!, id, v.data);
    flash(
      req,
      'sukses',
      row.status === 'TERBIT' ? 'Konten diterbitkan.' : row.status === 'ARSIP' ? 'Konten diarsipkan.' : 'Draf disimpan.',
    );
    res.redirect(`/sosialisasi/kelola/${row.id}`);
  }
  r.get('/sosialisasi/kelola/baru', BKD, (req, res) => form(req, res, null));
  r.post('/sosialisasi/kelola/baru', BKD, (req, res) => simpan(req, res, null));
  r.get('/sosialisasi/kelola/:id', BKD, (req, res) => form(req, res, Number(req.params.id)));
  r.post('/sosialisasi/kelola/:id', BKD, (req, res) => simpan(req, res, Number(req.params.id)));

  r.post('/sosialisasi/kelola/:id/lampiran', BKD, ...uploadOne('berkas', ['pdf', 'jpg', 'png']), async (req, res) => {
    const id = Number(req.params.id);
    if (req.uploadError || !req.checkedFile)
      return form(req, res, id, 400, { berkas: req.uploadError ?? 'Pilih berkas PDF, JPG, atau PNG.' });
    await tambahLampiran(prisma, req.user!, id, req.checkedFile);
    flash(req, 'sukses', 'Lampiran diunggah.');
    res.redirect(`/sosialisasi/kelola/${id}#lampiran`);
  });
  r.post('/sosialisasi/kelola/:id/lampiran/:lid/hapus', BKD, async (req, res) => {
    const id = Number(req.params.id);
    await hapusLampiran(prisma, req.user!, id, Number(req.params.lid));
    flash(req, 'sukses', 'Lampiran dihapus.');
    res.redirect(`/sosialisasi/kelola/${id}#lampiran`);
  });

  r.get('/sosialisasi/kelola/:id/tanda-baca', BKD, async (req, res) => {
    const konten = await kontenById(prisma, Number(req.params.id));
    const unitId = Number(req.query.unit) || undefined;
    const { page, perPage, skip } = pageParams(req.query as Record<string, unknown>, 25);
    const [rekap, belum] = await Promise.all([
      rekapTandaBaca(prisma, konten.id),
      belumMembaca(prisma, konten.id, { unitId, skip, take: perPage }),
    ]);
    res.page(V + 'tanda-baca', {
      title: `Konfirmasi baca: ${konten.judul}`,
      crumbs: [{ label: 'Sosialisasi', href: '/sosialisasi' }, KELOLA, { label: 'Konfirmasi baca' }],
      konten,
      rekap,
      belum,
      unitId,
      page: makePage(`/sosialisasi/kelola/${konten.id}/tanda-baca`, req.query as Record<string, unknown>, page, perPage, belum.total),
      styles: ['/static/css/pengembangan.css'],
    });
  });
  return r;
}

import { Router } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { requireAuth, requirePegawai } from '../../web/guards.js';
import { registerNav } from '../../web/nav.js';
import { flash } from '../../web/flash.js';
import { sendStoredFile } from '../../web/upload.js';
import { pageParams, makePage } from '../../web/pagination.js';
import { cariKonten, kontenBySlug, kontenTerbit, lampiranUntuk } from './konten.service.js';
import { kamusKompetensi, kriteriaJabatan, tahapPeriode } from './panduan.service.js';
import { sudahDibacaDari, tandaiBaca } from './tanda-baca.service.js';
import { cuplikan, renderMarkdown } from './markdown.js';

registerNav({ href: '/sosialisasi', label: 'Sosialisasi', show: () => true });

const V = 'sosialisasi/';
const ROOT = { label: 'Sosialisasi', href: '/sosialisasi' };

export function sosialisasiRoutes({ prisma }: AppDeps): Router {
  const r = Router();
  const isAdmin = (req: Express.Request) => !!req.user?.roles.includes('ADMIN_BKD');

  r.get('/sosialisasi', requireAuth, async (req, res) => {
    const [panduan, halaman, pengumuman, faq] = await Promise.all([
      tahapPeriode(prisma, req.user!.unitId),
      kontenTerbit(prisma, 'HALAMAN'),
      kontenTerbit(prisma, 'PENGUMUMAN', 10),
      kontenTerbit(prisma, 'FAQ'),
    ]);
    const dibaca = await sudahDibacaDari(
      prisma,
      req.user!.id,
      pengumuman.map((p) => p.id),
    );
    res.page(V + 'index', {
      title: 'Sosialisasi penilaian kinerja',
      crumbs: [{ label: 'Sosialisasi' }],
      ...panduan,
      halaman,
      pengumuman,
      faq,
      dibaca,
      renderMarkdown,
      cuplikan,
      admin: isAdmin(req),
      styles: ['/static/css/pengembangan.css'],
      scripts: ['/static/js/tur-singkat.js'],
    });
  });

  r.get('/sosialisasi/kamus', requireAuth, async (req, res) => {
    const kelompok = await kamusKompetensi(prisma);
    res.page(V + 'kamus', { title: 'Kamus kompetensi', crumbs: [ROOT, { label: 'Kamus kompetensi' }], kelompok });
  });

  r.get('/sosialisasi/kriteria-saya', requirePegawai, async (req, res) => {
    const { jabatan } = await kriteriaJabatan(prisma, req.user!.pegawaiId!);
    res.page(V + 'kriteria', { title: 'Kriteria jabatan saya', crumbs: [ROOT, { label: 'Kriteria jabatan saya' }], jabatan });
  });

  r.get('/sosialisasi/cari', requireAuth, async (req, res) => {
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 100) : '';
    const { page, perPage, skip } = pageParams(req.query as Record<string, unknown>, 10);
    const { items, total } = await cariKonten(prisma, q, skip, perPage);
    res.page(V + 'cari', {
      title: 'Cari sosialisasi',
      crumbs: [ROOT, { label: 'Cari' }],
      q,
      items,
      cuplikan,
      page: makePage('/sosialisasi/cari', req.query as Record<string, unknown>, page, perPage, total),
    });
  });

  r.get('/sosialisasi/konten/:slug', requireAuth, async (req, res) => {
    const konten = await kontenBySlug(prisma, String(req.params.slug), isAdmin(req));
    const sudahBaca = (await sudahDibacaDari(prisma, req.user!.id, [konten.id])).has(konten.id);
    res.page(V + 'konten', {
      title: konten.judul,
      crumbs: [ROOT, { label: konten.judul }],
      konten,
      html: renderMarkdown(konten.isi),
      sudahBaca,
      admin: isAdmin(req),
    });
  });

  r.post('/sosialisasi/konten/:slug/baca', requireAuth, async (req, res) => {
    const k = await tandaiBaca(prisma, req.user!.id, String(req.params.slug));
    flash(req, 'sukses', `Terima kasih. Anda telah mengonfirmasi membaca "${k.judul}".`);
    res.redirect(`/sosialisasi/konten/${encodeURIComponent(String(req.params.slug))}`);
  });

  r.get('/sosialisasi/lampiran/:id', requireAuth, async (req, res) => {
    const l = await lampiranUntuk(prisma, isAdmin(req), Number(req.params.id));
    sendStoredFile(res, l.lokasi, l.mimeType, l.namaBerkas);
  });
  return r;
}

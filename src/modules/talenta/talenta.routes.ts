import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../core/deps.js';
import type { Db } from '../../db/client.js';
import { requireAuth, requireRole } from '../../web/guards.js';
import { registerNav } from '../../web/nav.js';
import { parse } from '../../web/validate.js';
import { flash } from '../../web/flash.js';
import { uploadOne } from '../../web/upload.js';
import { makePage, pageParams } from '../../web/pagination.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.js';
import { isAdminBkd, subtreePimpinan, type Principal } from '../../core/principal.js';
import { t } from '../../locales/id.js';
import { bolehBukaReview, bolehPetaTalenta, peranTalenta } from './talenta.akses.js';
import {
  ambilReview,
  buatReview,
  daftarOrang,
  daftarReview,
  jalankanPemetaan,
  kalibrasi,
  kartu,
  petaReview,
  ubahPengaturan,
  type FilterPeta,
  type Pilihan,
} from './talenta.service.js';
import { publikasi } from './talenta.publikasi.js';
import { daftarKritikal, hapusKritikal, poolKritikal, tandaiKritikal } from './talenta.suksesi.js';
import { ambilImpor, catatHukuman, hapusHukuman, JENIS_IMPOR, KOLOM_WAJIB, terapkan, unggah, type JenisImpor } from './talenta.impor.js';
import {
  ALASAN_MAKS,
  filterSchema,
  GOLONGAN,
  hukumanSchema,
  JENIS_JABATAN,
  JENJANG,
  kalibrasiSchema,
  kritikalSchema,
  reviewSchema,
} from './talenta.schema.js';
import { dariForm, keForm } from './talenta.form.js';
import { eksporPeta, eksporPool, ringkasanOpd } from './talenta.ekspor.js';
import { bacaPengaturan, TINGKAT } from './talenta.pengaturan.js';
import './talenta.strings.js';

registerNav({ href: '/talenta', label: 'Talenta', show: bolehPetaTalenta });

const V = 'talenta/';
const PER_HALAMAN = 25;
const STYLES = ['/static/css/talenta.css'];
const idParam = (v: unknown) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 2_147_483_647) throw new NotFoundError();
  return n;
};
const bkd = requireRole('ADMIN_BKD');

function filterDari(q: Record<string, unknown>): FilterPeta {
  const f = filterSchema.parse(q);
  return { ...f, q: f.q || undefined };
}

async function opsiFilter(db: Db, user: Principal, opdId?: number) {
  const batas = isAdminBkd(user) ? '/' : (subtreePimpinan(user) ?? '/-/');
  // Units are offered within one OPD (the chosen one, or a pimpinan's own subtree): a list of
  // every unit of a 50,000-staff government would be most of the page.
  const opd = await db.unitKerja.findMany({
    where: { jenis: 'OPD', aktif: true, jalur: { startsWith: batas } },
    select: { id: true, nama: true, jalur: true },
    orderBy: { nama: 'asc' },
  });
  const dalam = opdId ? opd.find((o) => o.id === opdId)?.jalur : batas !== '/' ? batas : undefined;
  const unit = dalam
    ? await db.unitKerja.findMany({
        where: { aktif: true, jenis: { not: 'PEMDA' }, jalur: { startsWith: dalam } },
        select: { id: true, nama: true, jalur: true },
        orderBy: { jalur: 'asc' },
        take: 500,
      })
    : [];
  return { opd, unit, JENIS_JABATAN, JENJANG, GOLONGAN };
}

/** The query string of the active filters (kept on every link of the map). */
function qs(f: FilterPeta): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function talentaRoutes({ prisma }: AppDeps): Router {
  const r = Router();
  r.use('/talenta', requireAuth, (req, _res, next) => next(bolehPetaTalenta(req.user!) ? undefined : new ForbiddenError()));

  // ── Reviews ──
  async function tampilIndex(
    req: Request,
    res: Response,
    isian: { errors?: Record<string, string>; values?: Record<string, unknown> } = {},
    status = 200,
  ) {
    const user = req.user!;
    const semua = await daftarReview(prisma);
    const reviews = semua.filter((x) => bolehBukaReview(user, x, bacaPengaturan(x.pengaturan)));
    res.page(
      V + 'index',
      {
        title: t('talenta.judul'),
        crumbs: [{ label: t('talenta.judul') }],
        reviews,
        isBkd: peranTalenta(user) === 'BKD',
        opd: (await opsiFilter(prisma, req.user!)).opd,
        JENIS_JABATAN,
        errors: isian.errors ?? {},
        values: isian.values ?? { tahun: new Date().getUTCFullYear() },
        styles: STYLES,
      },
      status,
    );
  }
  r.get('/talenta', (req, res) => tampilIndex(req, res));
  r.post('/talenta', bkd, async (req, res) => {
    const v = parse(reviewSchema, req.body);
    if (!v.ok) return tampilIndex(req, res, { errors: v.errors, values: req.body }, 400);
    try {
      const rv = await buatReview(prisma, req.user!.id, v.data);
      flash(req, 'sukses', `Pemetaan talenta ${rv.tahun} dibuat. Periksa pengaturannya, lalu jalankan pemetaan.`);
      res.redirect(`/talenta/${rv.id}`);
    } catch (e) {
      if (e instanceof ValidationError) return tampilIndex(req, res, { errors: e.fieldErrors, values: req.body }, 400);
      throw e;
    }
  });

  // ── Key positions (BKD) ──
  async function tampilKritikal(
    req: Request,
    res: Response,
    isian: { errors?: Record<string, string>; values?: Record<string, unknown> } = {},
    status = 200,
  ) {
    const [daftar, jabatan] = await Promise.all([
      daftarKritikal(prisma),
      prisma.jabatan.findMany({
        where: { aktif: true, kritikal: null, jenis: { in: ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL_KEAHLIAN'] } },
        select: { id: true, nama: true, unit: { select: { nama: true } } },
        orderBy: { nama: 'asc' },
        take: 2000,
      }),
    ]);
    res.page(
      V + 'kritikal',
      {
        title: 'Jabatan kritikal',
        crumbs: [{ label: t('talenta.judul'), href: '/talenta' }, { label: 'Jabatan kritikal' }],
        daftar,
        jabatan,
        errors: isian.errors ?? {},
        values: isian.values ?? {},
        styles: STYLES,
      },
      status,
    );
  }
  r.get('/talenta/kritikal', bkd, (req, res) => tampilKritikal(req, res));
  r.post('/talenta/kritikal', bkd, async (req, res) => {
    const v = parse(kritikalSchema, req.body);
    if (!v.ok) return tampilKritikal(req, res, { errors: v.errors, values: req.body }, 400);
    try {
      await tandaiKritikal(prisma, req.user!.id, v.data.jabatanId, v.data.alasan);
    } catch (e) {
      if (e instanceof ValidationError) return tampilKritikal(req, res, { errors: e.fieldErrors, values: req.body }, 400);
      throw e;
    }
    flash(req, 'sukses', 'Jabatan ditandai sebagai jabatan kritikal.');
    res.redirect('/talenta/kritikal');
  });
  r.post('/talenta/kritikal/:id/hapus', bkd, async (req, res) => {
    await hapusKritikal(prisma, req.user!.id, idParam(req.params.id));
    flash(req, 'sukses', 'Tanda jabatan kritikal dihapus.');
    res.redirect('/talenta/kritikal');
  });

  // ── Disciplinary records (BKD) ──
  async function tampilHukuman(
    req: Request,
    res: Response,
    isian: { errors?: Record<string, string>; values?: Record<string, unknown> } = {},
    status = 200,
  ) {
    const q = typeof req.query.q === 'string' ? req.query.q.trim().slice(0, 100) : '';
    const pp = pageParams(req.query as Record<string, unknown>, PER_HALAMAN);
    const where = q ? { pegawai: { OR: [{ nama: { contains: q, mode: 'insensitive' as const } }, { nip: { startsWith: q } }] } } : {};
    const [total, rows] = await Promise.all([
      prisma.hukumanDisiplin.count({ where }),
      prisma.hukumanDisiplin.findMany({
        where,
        include: { pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true, nip: true, niPppk: true } } },
        orderBy: [{ tanggal: 'desc' }, { id: 'desc' }],
        skip: pp.skip,
        take: pp.perPage,
      }),
    ]);
    res.page(
      V + 'hukuman',
      {
        title: 'Hukuman disiplin',
        crumbs: [{ label: t('talenta.judul'), href: '/talenta' }, { label: 'Hukuman disiplin' }],
        rows,
        q,
        page: makePage('/talenta/hukuman', req.query as Record<string, unknown>, pp.page, pp.perPage, total),
        errors: isian.errors ?? {},
        values: isian.values ?? {},
        styles: STYLES,
      },
      status,
    );
  }
  r.get('/talenta/hukuman', bkd, (req, res) => tampilHukuman(req, res));
  r.post('/talenta/hukuman', bkd, async (req, res) => {
    const v = parse(hukumanSchema, req.body);
    if (!v.ok) return tampilHukuman(req, res, { errors: v.errors, values: req.body }, 400);
    try {
      await catatHukuman(prisma, req.user!.id, v.data);
    } catch (e) {
      if (e instanceof ValidationError) return tampilHukuman(req, res, { errors: e.fieldErrors, values: req.body }, 400);
      throw e;
    }
    flash(req, 'sukses', 'Hukuman disiplin dicatat.');
    res.redirect('/talenta/hukuman');
  });
  r.post('/talenta/hukuman/:id/hapus', bkd, async (req, res) => {
    await hapusHukuman(prisma, req.user!.id, idParam(req.params.id));
    flash(req, 'sukses', 'Catatan hukuman disiplin dihapus.');
    res.redirect('/talenta/hukuman');
  });

  // ── Imports (BKD): upload → dry run → apply ──
  const jenisParam = (v: unknown): JenisImpor => {
    if (!JENIS_IMPOR.includes(v as JenisImpor)) throw new NotFoundError();
    return v as JenisImpor;
  };
  const JUDUL_IMPOR: Record<JenisImpor, string> = { asesmen: 'Impor hasil asesmen potensi', hukuman: 'Impor hukuman disiplin' };
  function tampilImpor(req: Request, res: Response, jenis: JenisImpor, errors: Record<string, string> = {}, status = 200) {
    res.page(
      V + 'impor',
      {
        title: JUDUL_IMPOR[jenis],
        crumbs: [{ label: t('talenta.judul'), href: '/talenta' }, { label: JUDUL_IMPOR[jenis] }],
        jenis,
        kolomWajib: KOLOM_WAJIB[jenis],
        errors,
        styles: STYLES,
      },
      status,
    );
  }
  r.get('/talenta/impor/:jenis', bkd, (req, res) => tampilImpor(req, res, jenisParam(req.params.jenis)));
  r.post('/talenta/impor/:jenis', bkd, ...uploadOne('berkas', ['csv', 'xlsx']), async (req, res) => {
    const jenis = jenisParam(req.params.jenis);
    if (req.uploadError) return tampilImpor(req, res, jenis, { berkas: req.uploadError }, 400);
    if (!req.checkedFile) return tampilImpor(req, res, jenis, { berkas: 'Pilih berkas CSV atau XLSX.' }, 400);
    try {
      const id = await unggah(prisma, req.user!.id, jenis, req.checkedFile);
      res.redirect(`/talenta/impor/${jenis}/${id}`);
    } catch (e) {
      if (e instanceof ValidationError) return tampilImpor(req, res, jenis, e.fieldErrors, 400);
      throw e;
    }
  });
  r.get('/talenta/impor/:jenis/:job', bkd, async (req, res) => {
    const jenis = jenisParam(req.params.jenis);
    const job = await ambilImpor(prisma, req.user!.id, jenis, String(req.params.job));
    const pp = pageParams(req.query as Record<string, unknown>, 50);
    const hanyaGalat = req.query.galat === '1';
    const semua = hanyaGalat ? job.hasil.filter((b) => b.galat.length) : job.hasil;
    res.page(V + 'impor-pratinjau', {
      title: `${JUDUL_IMPOR[jenis]}: pratinjau`,
      crumbs: [
        { label: t('talenta.judul'), href: '/talenta' },
        { label: JUDUL_IMPOR[jenis], href: `/talenta/impor/${jenis}` },
        { label: 'Pratinjau' },
      ],
      jenis,
      job,
      hanyaGalat,
      baik: job.hasil.filter((b) => !b.galat.length).length,
      buruk: job.hasil.filter((b) => b.galat.length).length,
      rows: semua.slice(pp.skip, pp.skip + pp.perPage),
      page: makePage(`/talenta/impor/${jenis}/${job.id}`, req.query as Record<string, unknown>, pp.page, pp.perPage, semua.length),
      styles: STYLES,
    });
  });
  r.post('/talenta/impor/:jenis/:job/terapkan', bkd, async (req, res) => {
    const jenis = jenisParam(req.params.jenis);
    const hasil = await terapkan(prisma, req.user!.id, jenis, String(req.params.job));
    flash(req, 'sukses', `${hasil.diterapkan} baris diterapkan; ${hasil.ditolak} baris ditolak dan tidak diubah.`);
    res.redirect(jenis === 'hukuman' ? '/talenta/hukuman' : '/talenta');
  });

  // ── One review ──
  r.get('/talenta/:id', async (req, res) => {
    const review = await ambilReview(prisma, req.user!, idParam(req.params.id));
    const f = filterDari(req.query as Record<string, unknown>);
    const [peta, opsi] = await Promise.all([petaReview(prisma, req.user!, review.id, f), opsiFilter(prisma, req.user!, f.opdId)]);
    res.page(V + 'peta', {
      title: `Peta talenta ${review.tahun}`,
      crumbs: [{ label: t('talenta.judul'), href: '/talenta' }, { label: String(review.tahun) }],
      review,
      peta,
      f,
      qs: qs(f),
      opsi,
      TINGKAT,
      isBkd: peranTalenta(req.user!) === 'BKD',
      styles: STYLES,
    });
  });
  r.post('/talenta/:id/jalankan', bkd, async (req, res) => {
    const id = idParam(req.params.id);
    const h = await jalankanPemetaan(prisma, req.user!.id, id);
    flash(req, 'sukses', t('talenta.dipetakan', { n: h.jumlah, dipetakan: h.DIPETAKAN, kurang: h.TIDAK_LENGKAP, kecuali: h.DIKECUALIKAN }));
    res.redirect(`/talenta/${id}`);
  });
  r.post('/talenta/:id/publikasi', bkd, async (req, res) => {
    const id = idParam(req.params.id);
    const h = await publikasi(prisma, req.user!.id, id);
    flash(req, 'sukses', t('talenta.dipublikasi', { tl: h.tindakLanjut, rek: h.rekomendasi }));
    res.redirect(`/talenta/${id}`);
  });

  async function tampilPengaturan(
    req: Request,
    res: Response,
    isian?: { errors: Record<string, string>; values: Record<string, unknown> },
  ) {
    const review = await ambilReview(prisma, req.user!, idParam(req.params.id));
    res.page(
      V + 'pengaturan',
      {
        title: `Pengaturan pemetaan talenta ${review.tahun}`,
        crumbs: [
          { label: t('talenta.judul'), href: '/talenta' },
          { label: String(review.tahun), href: `/talenta/${review.id}` },
          { label: 'Pengaturan' },
        ],
        review,
        TINGKAT,
        errors: isian?.errors ?? {},
        values: isian?.values ?? keForm(review.p),
        terkunci: review.status === 'DIPUBLIKASI',
        styles: STYLES,
      },
      isian ? 400 : 200,
    );
  }
  r.get('/talenta/:id/pengaturan', bkd, (req, res) => tampilPengaturan(req, res));
  r.post('/talenta/:id/pengaturan', bkd, async (req, res) => {
    const id = idParam(req.params.id);
    const { nilai, errors } = dariForm(req.body as Record<string, unknown>);
    if (Object.keys(errors).length) return tampilPengaturan(req, res, { errors, values: req.body });
    try {
      await ubahPengaturan(prisma, req.user!.id, id, nilai);
    } catch (e) {
      if (e instanceof ValidationError) return tampilPengaturan(req, res, { errors: e.fieldErrors, values: req.body });
      throw e;
    }
    flash(req, 'sukses', 'Pengaturan disimpan. Jalankan pemetaan lagi agar peta memakai pengaturan baru.');
    res.redirect(`/talenta/${id}`);
  });

  // A box's people (1–9) or those not placed.
  r.get('/talenta/:id/kotak/:kotak', async (req, res) => {
    const review = await ambilReview(prisma, req.user!, idParam(req.params.id));
    const k = String(req.params.kotak);
    let pilih: Pilihan;
    if (/^[1-9]$/.test(k)) pilih = { kotak: Number(k) };
    else if (k === 'tidak-lengkap') pilih = { status: 'TIDAK_LENGKAP' };
    else if (k === 'dikecualikan') pilih = { status: 'DIKECUALIKAN' };
    else throw new NotFoundError();
    const f = filterDari(req.query as Record<string, unknown>);
    const pp = pageParams(req.query as Record<string, unknown>, PER_HALAMAN);
    const data = await daftarOrang(prisma, req.user!, review.id, pilih, f, pp.skip, pp.perPage);
    const kotak = 'kotak' in pilih ? review.p.kotak.find((x) => x.nomor === (pilih as { kotak: number }).kotak)! : null;
    const judul = kotak ? `Kotak ${kotak.nomor}: ${kotak.label}` : t(`talenta.statusOrang.${(pilih as { status: string }).status}`);
    const base = `/talenta/${review.id}/kotak/${k}`;
    res.page(V + 'kotak', {
      title: judul,
      crumbs: [
        { label: t('talenta.judul'), href: '/talenta' },
        { label: String(review.tahun), href: `/talenta/${review.id}${qs(f)}` },
        { label: judul },
      ],
      review,
      kotak,
      data,
      f,
      qs: qs(f),
      base,
      page: makePage(base, req.query as Record<string, unknown>, pp.page, pp.perPage, data.total),
      styles: STYLES,
    });
  });

  async function tampilKartu(req: Request, res: Response, isian?: { errors: Record<string, string>; values: Record<string, unknown> }) {
    const review = await ambilReview(prisma, req.user!, idParam(req.params.id));
    const k = await kartu(prisma, req.user!, review.id, idParam(req.params.pegawaiId));
    res.page(
      V + 'kartu',
      {
        title: `Kartu talenta: ${k.pegawai.nama}`,
        crumbs: [
          { label: t('talenta.judul'), href: '/talenta' },
          { label: String(review.tahun), href: `/talenta/${review.id}` },
          ...(k.kotak ? [{ label: `Kotak ${k.kotak}`, href: `/talenta/${review.id}/kotak/${k.kotak}` }] : []),
          { label: k.pegawai.nama },
        ],
        review,
        k,
        kotakBy: Object.fromEntries(review.p.kotak.map((x) => [x.nomor, x])),
        bolehKalibrasi: peranTalenta(req.user!) === 'BKD' && review.status === 'DIPETAKAN' && k.status === 'DIPETAKAN',
        ALASAN_MAKS,
        errors: isian?.errors ?? {},
        values: isian?.values ?? {},
        styles: STYLES,
      },
      isian ? 400 : 200,
    );
  }
  r.get('/talenta/:id/pegawai/:pegawaiId', (req, res) => tampilKartu(req, res));
  r.post('/talenta/:id/pegawai/:pegawaiId/kalibrasi', bkd, async (req, res) => {
    const id = idParam(req.params.id);
    const pegawaiId = idParam(req.params.pegawaiId);
    const v = parse(kalibrasiSchema, req.body);
    if (!v.ok) return tampilKartu(req, res, { errors: v.errors, values: req.body });
    try {
      await kalibrasi(prisma, req.user!.id, id, pegawaiId, v.data.kotak, v.data.alasan);
    } catch (e) {
      if (e instanceof ValidationError) return tampilKartu(req, res, { errors: e.fieldErrors, values: req.body });
      throw e;
    }
    flash(req, 'sukses', t('talenta.dikalibrasi', { kotak: v.data.kotak }));
    res.redirect(`/talenta/${id}/pegawai/${pegawaiId}`);
  });

  // ── Succession ──
  r.get('/talenta/:id/suksesi', async (req, res) => {
    const review = await ambilReview(prisma, req.user!, idParam(req.params.id));
    const daftar = await daftarKritikal(prisma);
    const pools = [];
    for (const k of daftar) pools.push(await poolKritikal(prisma, req.user!, review.id, review.p, k.id, 3));
    res.page(V + 'suksesi', {
      title: `Suksesi jabatan kritikal ${review.tahun}`,
      crumbs: [
        { label: t('talenta.judul'), href: '/talenta' },
        { label: String(review.tahun), href: `/talenta/${review.id}` },
        { label: 'Suksesi' },
      ],
      review,
      pools,
      isBkd: peranTalenta(req.user!) === 'BKD',
      styles: STYLES,
    });
  });
  r.get('/talenta/:id/suksesi/:kid', async (req, res) => {
    const review = await ambilReview(prisma, req.user!, idParam(req.params.id));
    const pool = await poolKritikal(prisma, req.user!, review.id, review.p, idParam(req.params.kid), 200);
    res.page(V + 'pool', {
      title: `Kelompok rencana suksesi: ${pool.kritikal.jabatan.nama}`,
      crumbs: [
        { label: t('talenta.judul'), href: '/talenta' },
        { label: String(review.tahun), href: `/talenta/${review.id}` },
        { label: 'Suksesi', href: `/talenta/${review.id}/suksesi` },
        { label: pool.kritikal.jabatan.nama },
      ],
      review,
      pool,
      styles: STYLES,
    });
  });

  // ── Exports ──
  r.get('/talenta/:id/ekspor.xlsx', async (req, res) => {
    const review = await ambilReview(prisma, req.user!, idParam(req.params.id));
    const buf = await eksporPeta(prisma, req.user!, review, filterDari(req.query as Record<string, unknown>));
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.attachment(`peta-talenta-${review.tahun}.xlsx`);
    res.send(buf);
  });
  r.get('/talenta/:id/suksesi.xlsx', async (req, res) => {
    const review = await ambilReview(prisma, req.user!, idParam(req.params.id));
    const buf = await eksporPool(prisma, req.user!, review);
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.attachment(`suksesi-${review.tahun}.xlsx`);
    res.send(buf);
  });
  r.get('/talenta/:id/ringkasan', async (req, res) => {
    const review = await ambilReview(prisma, req.user!, idParam(req.params.id));
    const data = await ringkasanOpd(prisma, req.user!, review);
    res.page(V + 'ringkasan', {
      title: `Ringkasan peta talenta ${review.tahun} per OPD`,
      crumbs: [
        { label: t('talenta.judul'), href: '/talenta' },
        { label: String(review.tahun), href: `/talenta/${review.id}` },
        { label: 'Ringkasan per OPD' },
      ],
      review,
      data,
      styles: STYLES,
    });
  });
  return r;
}

/** Admin BKD: the SIASN exchange (issue 16) below /admin/siasn (the admin router checks the role). */
import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { NotFoundError } from '../../core/errors.js';
import { flash } from '../../web/flash.js';
import { parse } from '../../web/validate.js';
import { makePage, pageParams } from '../../web/pagination.js';
import { t } from '../../locales/id.js';
import { actor, attempt, idParam } from '../admin/shared/http.js';
import { eksporSchema, saringSchema, JENIS_EKSPOR, MODE_EKSPOR } from './siasn.schema.js';
import { berkasEkspor, buatEkspor, daftarEkspor, ringkasan, tahunBawaan, tahunTersedia, FIELD, NAMA_SIASN } from './siasn.ekspor.js';
import { daftarKode, ubahKode } from './siasn.kode.js';
import './siasn.strings.js';

const V = 'admin/siasn/';
const crumbs = (last?: string) => [
  { label: 'Administrasi', href: '/admin' },
  { label: t('siasn.judul'), href: '/admin/siasn' },
  ...(last ? [{ label: last }] : []),
];
const PER_HALAMAN = 25;

export function siasnRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  async function index(
    req: Request,
    res: Response,
    o: { errors?: Record<string, string>; values?: Record<string, unknown> } = {},
    status = 200,
  ) {
    const f = saringSchema.parse(req.query);
    const tahunList = await tahunTersedia(prisma);
    const v = o.values ?? {};
    const tahun = Number(v.tahun) || f.tahun || (await tahunBawaan(prisma, tahunList)) || new Date().getUTCFullYear();
    const jenis = JENIS_EKSPOR.find((j) => j === v.jenis) ?? f.jenis ?? 'TAHUNAN';
    const q = (f.q ?? '').trim();
    const [ring, riwayat] = await Promise.all([ringkasan(prisma, tahun, jenis), daftarEkspor(prisma, 0, 5)]);
    const kunci = q.replace(/\s+/g, '').toLowerCase();
    const tanpaId = q
      ? ring.tanpaId.filter((h) => h.pegawaiNama.toLowerCase().includes(q.toLowerCase()) || (h.nip ?? h.niPppk ?? '').startsWith(kunci))
      : ring.tanpaId;
    const query = { ...(req.query as Record<string, unknown>), tahun: String(tahun), jenis };
    const { page: n } = pageParams(query, PER_HALAMAN);
    const page = makePage('/admin/siasn', query, n, PER_HALAMAN, tanpaId.length);
    res.page(
      `${V}index`,
      {
        title: t('siasn.judul'),
        crumbs: crumbs(),
        tahunList: tahunList.includes(tahun) ? tahunList : [tahun, ...tahunList],
        tahun,
        jenis,
        q,
        ring,
        tanpaId: tanpaId.slice(page.skip, page.skip + PER_HALAMAN),
        page,
        riwayat: riwayat.items,
        jumlahRiwayat: riwayat.total,
        JENIS_EKSPOR,
        MODE_EKSPOR,
        FIELD,
        NAMA_SIASN,
        errors: o.errors ?? {},
        values: { mode: 'BERUBAH', ...v },
      },
      status,
    );
  }

  r.get('/', (req, res) => index(req, res));

  r.post('/ekspor', async (req, res) => {
    const p = parse(eksporSchema, req.body);
    if (!p.ok) return index(req, res, { errors: p.errors, values: p.values }, 400);
    const out = await attempt(() => buatEkspor(prisma, actor(req), p.data));
    if (!out.ok) return index(req, res, { errors: out.errors, values: req.body }, 400);
    flash(
      req,
      'sukses',
      t('siasn.eksporDibuat', {
        jenis: t(`siasn.jenisSingkat.${p.data.jenis}`).toLowerCase(),
        tahun: p.data.tahun,
        n: out.value.jumlahBaris,
      }),
    );
    res.redirect(`/admin/siasn?tahun=${p.data.tahun}&jenis=${p.data.jenis}#riwayat`);
  });

  r.get('/riwayat', async (req, res) => {
    const { page: n, skip } = pageParams(req.query as Record<string, unknown>, PER_HALAMAN);
    const { items, total } = await daftarEkspor(prisma, skip, PER_HALAMAN);
    res.page(`${V}riwayat`, {
      title: t('siasn.riwayatJudul'),
      crumbs: crumbs(t('siasn.riwayatJudul')),
      items,
      NAMA_SIASN,
      page: makePage('/admin/siasn/riwayat', req.query as Record<string, unknown>, n, PER_HALAMAN, total),
    });
  });

  r.get('/ekspor/:id.:format', async (req, res) => {
    const format = req.params.format;
    if (format !== 'jsonl' && format !== 'xlsx') throw new NotFoundError();
    const f = await berkasEkspor(prisma, idParam(req), format);
    res.set('Cache-Control', 'private, no-store');
    res.attachment(f.nama);
    res.type(f.type);
    await f.tulis(res);
  });

  async function kode(res: Response, o: { errors?: Record<string, string>; values?: Record<string, unknown> } = {}, status = 200) {
    res.page(
      `${V}kode`,
      {
        title: t('siasn.kodeJudul'),
        crumbs: crumbs(t('siasn.kodeJudul')),
        kelompok: await daftarKode(prisma),
        errors: o.errors ?? {},
        values: o.values ?? null,
      },
      status,
    );
  }
  r.get('/kode', (_req, res) => kode(res));
  r.post('/kode', async (req, res) => {
    const out = await attempt(() => ubahKode(prisma, actor(req), req.body as Record<string, unknown>));
    if (!out.ok) return kode(res, { errors: out.errors, values: req.body as Record<string, unknown> }, 400);
    flash(req, 'sukses', out.value ? t('siasn.kodeDisimpan', { n: out.value }) : t('siasn.kodeTidakBerubah'));
    res.redirect('/admin/siasn/kode');
  });
  return r;
}

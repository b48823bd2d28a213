import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../../core/deps.js';
import { flash } from '../../../web/flash.js';
import { uploadOne } from '../../../web/upload.js';
import { makePage } from '../../../web/pagination.js';
import { actor, attempt } from '../shared/http.js';
import { JENIS, JUDUL_JENIS, KOLOM, type Jenis } from './kolom.js';
import { tulisCsv, tulisXlsx } from './spreadsheet.js';
import { hitung, LABEL_HASIL, type Hasil } from './rencana.js';
import { buatJob, getJob, statusJob, ubahPemetaan, terapkanJob, recentJobs, kolomWajibHilang } from './impor.service.js';
import { header, dataEkspor } from './ekspor.service.js';

const V = 'admin/impor/';
const crumbs = (last?: string) => [
  { label: 'Administrasi', href: '/admin' },
  { label: 'Impor dan ekspor', href: '/admin/impor' },
  ...(last ? [{ label: last }] : []),
];
const MAKS_MB = 30;
const jenisDari = (v: unknown): Jenis | null => (JENIS.includes(v as Jenis) ? (v as Jenis) : null);
const HASIL: Hasil[] = ['BARU', 'UBAH', 'SAMA', 'GALAT'];

export function imporRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  async function index(req: Request, res: Response, o: { errors?: Record<string, string>; jenis?: Jenis } = {}, status = 200) {
    res.page(
      `${V}index`,
      {
        title: 'Impor dan ekspor',
        crumbs: crumbs(),
        jenis: o.jenis ?? jenisDari(req.query.jenis) ?? 'pegawai',
        JENIS,
        JUDUL_JENIS,
        KOLOM,
        errors: o.errors ?? {},
        jobs: await recentJobs(prisma, req.user!.id),
        maksMb: MAKS_MB,
        scripts: ['/static/js/admin-impor.js'],
      },
      status,
    );
  }

  async function preview(req: Request, res: Response, errors: Record<string, string> = {}, status = 200) {
    const job = await getJob(prisma, String(req.params.id), req.user!.id);
    const filter = HASIL.includes(req.query.hasil as Hasil) ? (req.query.hasil as Hasil) : null;
    const rows = filter ? job.hasil.filter((h) => h.hasil === filter) : job.hasil;
    const query = req.query as Record<string, unknown>;
    const n = Number(query.halaman);
    const perPage = 100;
    const page = makePage(`/admin/impor/${job.id}`, query, Number.isInteger(n) && n > 0 ? n : 1, perPage, rows.length);
    res.page(
      `${V}pratinjau`,
      {
        title: `Pratinjau impor ${JUDUL_JENIS[job.jenis].toLowerCase()}`,
        crumbs: crumbs('Pratinjau'),
        job,
        jumlah: hitung(job.hasil),
        rows: rows.slice(page.skip, page.skip + perPage),
        page,
        filter,
        HASIL,
        LABEL_HASIL,
        kolomDef: KOLOM[job.jenis],
        hilang: kolomWajibHilang(job.jenis, job.pemetaan),
        errors,
        scripts: ['/static/js/admin-impor.js'],
      },
      status,
    );
  }

  r.get('/', (req, res) => index(req, res));

  r.get('/templat/:jenis.:format', async (req, res) => kirim(res, req.params.jenis, req.params.format, true));
  r.get('/ekspor/:jenis.:format', async (req, res) => kirim(res, req.params.jenis, req.params.format, false));
  async function kirim(res: Response, j: unknown, format: unknown, templat: boolean) {
    const jenis = jenisDari(j);
    if (!jenis || (format !== 'csv' && format !== 'xlsx')) return res.status(404).end();
    const rows = templat ? [] : await dataEkspor(prisma, jenis);
    const nama = `sikap-${jenis}${templat ? '-templat' : ''}-${new Date().toISOString().slice(0, 10)}.${format}`;
    const buf = format === 'csv' ? tulisCsv(header(jenis), rows) : await tulisXlsx(JUDUL_JENIS[jenis], header(jenis), rows);
    res.set('Cache-Control', 'private, no-store');
    res.attachment(nama);
    res.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.send(buf);
  }

  r.post('/', ...uploadOne('berkas', ['csv', 'xlsx'], MAKS_MB * 1024 * 1024), async (req, res) => {
    const jenis = jenisDari(req.body?.jenis);
    if (!jenis) return index(req, res, { errors: { jenis: 'Pilih data yang diimpor.' } }, 400);
    if (req.uploadError || !req.checkedFile)
      return index(req, res, { jenis, errors: { berkas: req.uploadError ?? 'Pilih berkas CSV atau XLSX.' } }, 400);
    const out = await attempt(() => buatJob(prisma, req.user!.id, jenis, req.checkedFile!));
    if (!out.ok) return index(req, res, { jenis, errors: out.errors }, 400);
    res.redirect(`/admin/impor/${out.value}`);
  });

  r.get('/:id', (req, res) => preview(req, res));
  r.get('/:id/status', async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await statusJob(prisma, String(req.params.id), req.user!.id));
  });
  r.post('/:id/pemetaan', async (req, res) => {
    const out = await attempt(() => ubahPemetaan(prisma, String(req.params.id), req.user!.id, req.body));
    if (!out.ok) return preview(req, res, out.errors, 400);
    flash(req, 'sukses', 'Pemetaan kolom disimpan dan pratinjau diperbarui.');
    res.redirect(`/admin/impor/${String(req.params.id)}`);
  });
  r.post('/:id/terapkan', async (req, res) => {
    const out = await attempt(() =>
      terapkanJob(prisma, String(req.params.id), actor(req), req.body.lewatiGalat === 'on', req.body.buatAkun === 'on'),
    );
    if (!out.ok) return preview(req, res, out.errors, 400);
    const j = out.value;
    flash(
      req,
      'sukses',
      `Impor selesai: ${j.BARU} baru, ${j.UBAH} diubah, ${j.SAMA} tidak berubah${j.GALAT ? `, ${j.GALAT} baris galat dilewati` : ''}.`,
    );
    if (j.sandiAwal) {
      flash(
        req,
        'peringatan',
        `${j.akunBaru} akun pegawai dibuat (nama pengguna = NIP/NI PPPK). Kata sandi awal, hanya ditampilkan sekali ini: ${j.sandiAwal} — sampaikan secara aman; pegawai wajib menggantinya.`,
      );
    }
    res.redirect(`/admin/impor/${String(req.params.id)}`);
  });
  return r;
}

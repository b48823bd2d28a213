import { Router, type Request } from 'express';
import type { AppDeps } from '../../core/deps.js';
import type { Db } from '../../db/client.js';
import { requireAuth } from '../../web/guards.js';
import { NotFoundError } from '../../core/errors.js';
import { registerNav } from '../../web/nav.js';
import { pageParams, makePage } from '../../web/pagination.js';
import { hariIni } from '../../lib/format.js';
import { GOLONGAN, JENIS_JABATAN } from '../domain/labels.js';
import { bolehLaporan, requireLaporan, resolveScope, unitPilihan } from './laporan.scope.js';
import { parseFilter, type Filter } from './laporan.schema.js';
import { pilihPeriode } from './laporan.sql.js';
import { progres, STATUS_URUT } from './laporan.progres.js';
import { distribusi, PREDIKAT_URUT, PREDIKAT_ORGANISASI } from './laporan.distribusi.js';
import { kecenderunganPenilai, AMBANG } from './laporan.penilai.js';
import { kompetensi, kelasPanas } from './laporan.kompetensi.js';
import { tulisCsv, tulisXlsx } from './laporan.ekspor.js';
import { dokumenRoutes } from './laporan.dokumen.routes.js';
import './laporan.strings.js';

registerNav({ href: '/laporan', label: 'Laporan', show: bolehLaporan });

const PER_HALAMAN = 25;

/** Query string of the current filters (links between dashboards keep them). */
function qsDari(f: Filter, periodeId?: number): string {
  const q = new URLSearchParams();
  if (periodeId) q.set('periode', String(periodeId));
  if (f.unit) q.set('unit', String(f.unit));
  if (f.jenis) q.set('jenis', f.jenis);
  if (f.golongan) q.set('golongan', f.golongan);
  return q.toString();
}

async function konteks(prisma: Db, req: Request) {
  const user = req.user!;
  const f = parseFilter(req.query);
  const scope = await resolveScope(prisma, user, f.unit);
  const [{ periode, semua }, units] = await Promise.all([pilihPeriode(prisma, f.periode), unitPilihan(prisma, scope)]);
  const opsi = {
    periode: semua.map((p) => ({ value: p.id, label: p.nama })),
    unit: units.map((u) => ({ value: u.id, label: `${'· '.repeat(Math.max(0, u.jalur.split('/').length - 3))}${u.nama}` })),
    jenis: Object.entries(JENIS_JABATAN).map(([value, label]) => ({ value, label })),
    golongan: Object.entries(GOLONGAN).map(([value, g]) => ({ value, label: g.label })),
  };
  const qs = qsDari(f, periode?.id);
  const qsUnit = (unitId: number) => qsDari({ ...f, unit: unitId }, periode?.id);
  return { styles: ['/static/css/laporan.css'], f, cakupan: scope, periode, opsi, qs, qsUnit, filterValues: { periode: periode?.id ?? '', unit: f.unit ?? '', jenis: f.jenis ?? '', golongan: f.golongan ?? '' } };
}

const crumbs = (label: string) => [{ label: 'Laporan', href: '/laporan' }, { label }];

export function laporanRoutes({ prisma }: AppDeps): Router {
  const r = Router();
  // The Dokumen Evaluasi Kinerja is read under the appraisal's own policy (employee, raters…).
  r.use('/laporan/dokumen', requireAuth);
  r.use(dokumenRoutes(prisma));
  r.use('/laporan', requireAuth, requireLaporan);

  r.get('/laporan', async (req, res) => {
    const k = await konteks(prisma, req);
    res.page('laporan/index', { title: 'Laporan', crumbs: [{ label: 'Laporan' }], ...k, aktif: '' });
  });

  r.get('/laporan/progres', async (req, res) => {
    const k = await konteks(prisma, req);
    if (!k.periode) return res.page('laporan/tanpa-periode', { title: 'Progres penilaian', crumbs: crumbs('Progres') });
    const pp = pageParams(req.query as Record<string, unknown>, PER_HALAMAN);
    const data = await progres(prisma, k.cakupan, k.f, k.periode.id, hariIni(), { skip: pp.skip, take: pp.perPage });
    const telat = data.telat;
    const page = makePage('/laporan/progres', req.query as Record<string, unknown>, pp.page, pp.perPage, telat.total);
    res.page('laporan/progres', {
      title: 'Progres penilaian', crumbs: crumbs('Progres'), ...k, aktif: 'progres', data, telat, page, STATUS_URUT,
      scripts: ['/assets/chart.js/chart.umd.js', '/static/js/laporan-grafik.js'],
    });
  });

  r.get('/laporan/distribusi', async (req, res) => {
    const k = await konteks(prisma, req);
    if (!k.periode) return res.page('laporan/tanpa-periode', { title: 'Distribusi predikat', crumbs: crumbs('Distribusi predikat') });
    const data = await distribusi(prisma, k.cakupan, k.f, k.periode.id);
    res.page('laporan/distribusi', {
      title: 'Distribusi predikat', crumbs: crumbs('Distribusi predikat'), ...k, aktif: 'distribusi', data, PREDIKAT_URUT, PREDIKAT_ORGANISASI,
      scripts: ['/assets/chart.js/chart.umd.js', '/static/js/laporan-grafik.js'],
    });
  });

  r.get('/laporan/penilai', async (req, res) => {
    const k = await konteks(prisma, req);
    if (!k.periode) return res.page('laporan/tanpa-periode', { title: 'Kecenderungan penilai', crumbs: crumbs('Kecenderungan penilai') });
    const pp = pageParams(req.query as Record<string, unknown>, PER_HALAMAN);
    const data = await kecenderunganPenilai(prisma, k.cakupan, k.f, k.periode.id, pp.skip, pp.perPage);
    const page = makePage('/laporan/penilai', req.query as Record<string, unknown>, pp.page, pp.perPage, data.total);
    res.page('laporan/penilai', {
      title: 'Kecenderungan penilai', crumbs: crumbs('Kecenderungan penilai'), ...k, aktif: 'penilai', data, page, AMBANG,
      scripts: ['/assets/chart.js/chart.umd.js', '/static/js/laporan-grafik.js'],
    });
  });

  r.get('/laporan/kompetensi', async (req, res) => {
    const k = await konteks(prisma, req);
    if (!k.periode) return res.page('laporan/tanpa-periode', { title: 'Kesenjangan kompetensi', crumbs: crumbs('Kompetensi') });
    const data = await kompetensi(prisma, k.cakupan, k.f, k.periode.id);
    res.page('laporan/kompetensi', {
      title: 'Kesenjangan kompetensi', crumbs: crumbs('Kompetensi'), ...k, aktif: 'kompetensi', data, kelasPanas,
      scripts: ['/assets/chart.js/chart.umd.js', '/static/js/laporan-grafik.js'],
    });
  });

  r.get('/laporan/ekspor.:format', async (req, res) => {
    const format = String(req.params.format);
    if (format !== 'xlsx' && format !== 'csv') throw new NotFoundError();
    const k = await konteks(prisma, req);
    if (!k.periode) throw new NotFoundError();
    const nama = `hasil-penilaian-${k.periode.tahun}-${(k.cakupan.rootNama || 'unit').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (format === 'csv') {
      res.type('text/csv; charset=utf-8');
      res.attachment(`${nama}.csv`);
      await tulisCsv(res, prisma, k.cakupan, k.f, k.periode.id, k.periode.tahun);
    } else {
      res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.attachment(`${nama}.xlsx`);
      await tulisXlsx(res, prisma, k.cakupan, k.f, k.periode.id, k.periode.tahun, `${k.periode.nama} — ${k.cakupan.rootNama}`);
    }
  });

  return r;
}

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
import { laporanTersimpan } from './laporan.cache.js';
import { progres, STATUS_URUT } from './laporan.progres.js';
import { distribusi, PREDIKAT_URUT, PREDIKAT_ORGANISASI } from './laporan.distribusi.js';
import { kecenderunganPenilai, AMBANG } from './laporan.penilai.js';
import { kompetensi, kelasPanas } from './laporan.kompetensi.js';
import { tulisCsv, tulisXlsx } from './laporan.ekspor.js';
import { dokumenRoutes } from './laporan.dokumen.routes.js';
import './laporan.strings.js';

registerNav({ href: '/laporan', label: 'Laporan', show: bolehLaporan });

const PER_HALAMAN = 25;
const GRAFIK = ['/assets/chart.js/chart.umd.js', '/static/js/laporan-grafik.js'];

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
  return {
    styles: ['/static/css/laporan.css'],
    f,
    cakupan: scope,
    periode,
    opsi,
    qs,
    qsUnit,
    filterValues: { periode: periode?.id ?? '', unit: f.unit ?? '', jenis: f.jenis ?? '', golongan: f.golongan ?? '' },
  };
}

type Konteks = Awaited<ReturnType<typeof konteks>>;

/** Everything a kept report depends on besides the data (decision 141): report, scope, filters, period, day, page. */
const kunciLaporan = (laporan: string, k: Konteks & { periode: { id: number } }, ...lain: unknown[]) =>
  JSON.stringify([laporan, k.cakupan.jalur, k.cakupan.rootId, k.f.jenis ?? null, k.f.golongan ?? null, k.periode.id, ...lain]);
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

  /**
   * One dashboard: the filters' context, the "no period yet" page, its data for the period, and
   * the page with the local Chart.js (the charts are drawn from the tables beside them).
   */
  type Muat = (k: Konteks & { periode: NonNullable<Konteks['periode']> }, req: Request) => Promise<Record<string, unknown>>;
  function dasbor(aktif: string, title: string, crumb: string, muat: Muat) {
    r.get(`/laporan/${aktif}`, async (req, res) => {
      const k = await konteks(prisma, req);
      if (!k.periode) return res.page('laporan/tanpa-periode', { title, crumbs: crumbs(crumb) });
      const data = await muat({ ...k, periode: k.periode }, req);
      res.page(`laporan/${aktif}`, { title, crumbs: crumbs(crumb), ...k, aktif, ...data, scripts: GRAFIK });
    });
  }
  dasbor('progres', 'Progres penilaian', 'Progres', async (k, req) => {
    const pp = pageParams(req.query as Record<string, unknown>, PER_HALAMAN);
    const hari = hariIni();
    const data = await laporanTersimpan(prisma, kunciLaporan('progres', k, hari, pp.skip, pp.perPage), (db) =>
      progres(db, k.cakupan, k.f, k.periode.id, hari, { skip: pp.skip, take: pp.perPage }),
    );
    const page = makePage('/laporan/progres', req.query as Record<string, unknown>, pp.page, pp.perPage, data.telat.total);
    return { data, telat: data.telat, page, STATUS_URUT };
  });
  dasbor('distribusi', 'Distribusi predikat', 'Distribusi predikat', async (k) => ({
    data: await laporanTersimpan(prisma, kunciLaporan('distribusi', k), (db) => distribusi(db, k.cakupan, k.f, k.periode.id)),
    PREDIKAT_URUT,
    PREDIKAT_ORGANISASI,
  }));
  dasbor('penilai', 'Kecenderungan penilai', 'Kecenderungan penilai', async (k, req) => {
    const pp = pageParams(req.query as Record<string, unknown>, PER_HALAMAN);
    const data = await kecenderunganPenilai(prisma, k.cakupan, k.f, k.periode.id, pp.skip, pp.perPage);
    const page = makePage('/laporan/penilai', req.query as Record<string, unknown>, pp.page, pp.perPage, data.total);
    return { data, page, AMBANG };
  });
  dasbor('kompetensi', 'Kesenjangan kompetensi', 'Kompetensi', async (k) => ({
    data: await kompetensi(prisma, k.cakupan, k.f, k.periode.id),
    kelasPanas,
  }));

  r.get('/laporan/ekspor.:format', async (req, res) => {
    const format = String(req.params.format);
    if (format !== 'xlsx' && format !== 'csv') throw new NotFoundError();
    const k = await konteks(prisma, req);
    if (!k.periode) throw new NotFoundError();
    const nama = `hasil-penilaian-${k.periode.tahun}-${(k.cakupan.rootNama || 'unit')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`;
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

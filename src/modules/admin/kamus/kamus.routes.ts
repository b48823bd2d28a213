import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../../core/deps.js';
import { parse } from '../../../web/validate.js';
import { flash } from '../../../web/flash.js';
import { actor, attempt, idParam, listQuery } from '../shared/http.js';
import { unitOptions } from '../unit/unit.service.js';
import { kompetensiSchema, kamusInput, toKompetensi, kelompokSchema, LEVELS } from './kamus.schema.js';
import {
  listKompetensi,
  listKelompok,
  getKompetensi,
  versiDipakai,
  createKompetensi,
  updateKompetensi,
  setKompetensiAktif,
  updateKelompok,
} from './kamus.service.js';

const V = 'admin/kamus/';
const crumbs = (last?: string) => [
  { label: 'Administrasi', href: '/admin' },
  { label: 'Kamus kompetensi', href: '/admin/kamus' },
  ...(last ? [{ label: last }] : []),
];
const LABEL_BAWAAN = ['', 'Paham', 'Dasar', 'Menengah', 'Mumpuni', 'Ahli'];

export function kamusRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  async function form(
    res: Response,
    o: {
      id?: number;
      values: Record<string, unknown>;
      errors?: Record<string, string>;
      versi?: number;
      pemakaian?: { versi: number; jumlah: number }[];
    },
    status = 200,
  ) {
    const kelompok = await listKelompok(prisma);
    res.page(
      `${V}form`,
      {
        title: o.id ? 'Ubah kompetensi' : 'Tambah kompetensi',
        crumbs: crumbs(o.id ? 'Ubah' : 'Tambah'),
        id: o.id,
        values: o.values,
        errors: o.errors ?? {},
        versi: o.versi,
        pemakaian: o.pemakaian ?? [],
        LEVELS,
        kelompokOptions: kelompok.map((k) => ({ value: k.id, label: k.nama })),
        unitOptions: await unitOptions(prisma),
        scripts: ['/static/js/admin-daftar-isian.js'],
      },
      status,
    );
  }

  /** The list; a refused kelompok form comes back (400) in its opened section, with its messages and text. */
  type KelompokGalat = { id: number; errors: Record<string, string>; values: Record<string, unknown> };
  async function daftar(req: Request, res: Response, galat?: KelompokGalat) {
    const lq = listQuery(req);
    const kelompokId = Number(req.query.kelompok) || undefined;
    const [{ items, total }, kelompok] = await Promise.all([listKompetensi(prisma, { ...lq, kelompokId }), listKelompok(prisma)]);
    const page = lq.pageFor('/admin/kamus', total);
    const locals = { title: 'Kamus kompetensi', crumbs: crumbs(), items, kelompok, q: lq.q, status: lq.status, page, galat: galat ?? null };
    res.page(`${V}daftar`, locals, galat ? 400 : 200);
  }

  r.get('/', (req, res) => daftar(req, res));

  r.post('/kelompok/:id', async (req, res) => {
    const id = idParam(req);
    const p = parse(kelompokSchema, req.body);
    if (!p.ok) return daftar(req, res, { id, errors: p.errors, values: p.values });
    await updateKelompok(prisma, id, p.data, actor(req));
    flash(req, 'sukses', `Kelompok ${p.data.nama} disimpan.`);
    res.redirect('/admin/kamus');
  });

  r.get('/baru', (_req, res) => {
    const values: Record<string, unknown> = { urutan: '0' };
    for (const n of LEVELS) values[`l${n}_label`] = LABEL_BAWAAN[n];
    return form(res, { values });
  });
  r.post('/baru', async (req, res) => {
    const input = kamusInput(req.body);
    const p = parse(kompetensiSchema, input);
    if (!p.ok) return form(res, { values: input, errors: p.errors }, 400);
    const out = await attempt(() => createKompetensi(prisma, toKompetensi(p.data), actor(req)));
    if (!out.ok) return form(res, { values: input, errors: out.errors }, 400);
    flash(req, 'sukses', `Kompetensi ${out.value.nama} ditambahkan.`);
    res.redirect('/admin/kamus');
  });

  r.get('/:id', async (req, res) => {
    const k = await getKompetensi(prisma, idParam(req));
    const values: Record<string, unknown> = { ...k, unitId: k.unitId ?? '' };
    for (const l of k.level) {
      values[`l${l.level}_label`] = l.label;
      values[`l${l.level}_deskripsi`] = l.deskripsi;
      values[`l${l.level}_indikator`] = l.indikator;
    }
    await form(res, { id: k.id, values, versi: k.versi, pemakaian: await versiDipakai(prisma, k.id) });
  });
  r.post('/:id', async (req, res) => {
    const k = await getKompetensi(prisma, idParam(req));
    const input = kamusInput(req.body);
    const p = parse(kompetensiSchema, input);
    const again = async (errors: Record<string, string>) =>
      form(res, { id: k.id, values: input, errors, versi: k.versi, pemakaian: await versiDipakai(prisma, k.id) }, 400);
    if (!p.ok) return again(p.errors);
    const out = await attempt(() => updateKompetensi(prisma, k.id, toKompetensi(p.data), actor(req)));
    if (!out.ok) return again(out.errors);
    flash(
      req,
      'sukses',
      out.value.versiBaru
        ? `Kompetensi ${k.nama} disimpan sebagai kamus versi ${out.value.versiBaru}. Penilaian yang sudah dibuat tetap memakai versi lamanya.`
        : `Kompetensi ${k.nama} disimpan.`,
    );
    res.redirect(`/admin/kamus/${k.id}`);
  });

  r.post('/:id/aktif', async (req, res) => {
    const aktif = req.body.aktif === '1';
    const k = await setKompetensiAktif(prisma, idParam(req), aktif, actor(req));
    flash(req, 'sukses', `Kompetensi ${k.nama} ${aktif ? 'diaktifkan' : 'dinonaktifkan'}.`);
    res.redirect('/admin/kamus');
  });
  return r;
}

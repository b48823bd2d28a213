import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../core/deps.js';
import type { StatusSurel } from '../../generated/prisma/enums.js';
import { requireAuth, requireRole } from '../../web/guards.js';
import { registerNav } from '../../web/nav.js';
import { prosesForm, type Isian } from '../../web/form.js';
import { flash } from '../../web/flash.js';
import { pageParams, makePage } from '../../web/pagination.js';
import { NotFoundError, StateError } from '../../core/errors.js';
import { t } from '../../locales/id.js';
import {
  alamatSaya,
  bacaPreferensi,
  CARA,
  daftarSurel,
  JENIS_PILIHAN,
  simpanPreferensi,
  STATUS_SARING,
  surelAktif,
  ulangiSurel,
} from './surel.service.js';
import { bacaHariPengingat, simpanHariPengingat } from './harian.js';
import { hariPengingatSchema, preferensiSchema } from './surel.schema.js';
import { CARA_KIRIM, JENIS_SUREL, STATUS_SUREL } from './surel.strings.js';

registerNav({ href: '/admin/surel', label: 'Surel keluar', show: (p) => p.roles.includes('ADMIN_BKD') });

const ADMIN = '/admin/surel';

export function surelRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  // ── Each user's choices (profile) ──
  const halamanPreferensi = async (req: Request, res: Response, isian: Isian | null, status = 200) => {
    const userId = req.user!.id;
    const values = isian?.values ?? (await bacaPreferensi(prisma, userId));
    res.page(
      'surel/preferensi',
      {
        title: t('surel.judulPreferensi'),
        crumbs: [{ label: 'Profil saya', href: '/profil' }, { label: t('surel.judulPreferensi') }],
        values,
        errors: isian?.errors ?? {},
        jenis: JENIS_PILIHAN.map((j) => ({ value: j, label: JENIS_SUREL[j] })),
        opsi: CARA.map((c) => ({ value: c, label: CARA_KIRIM[c] })),
        aktif: surelAktif(),
        alamat: await alamatSaya(prisma, userId),
      },
      status,
    );
  };
  r.get('/profil/surel', requireAuth, (req, res) => halamanPreferensi(req, res, null));
  r.post('/profil/surel', requireAuth, async (req, res) => {
    const ok = await prosesForm(
      req.body,
      preferensiSchema,
      (isian) => halamanPreferensi(req, res, isian, 400),
      (d) => simpanPreferensi(prisma, req.user!.id, d, req.ip ?? null),
    );
    if (!ok) return;
    flash(req, 'sukses', t('surel.disimpan'));
    res.redirect('/profil/surel');
  });

  // ── Admin BKD: the outbox ──
  const halamanAdmin = async (req: Request, res: Response, isian: Isian | null, status = 200) => {
    const query = req.query as Record<string, unknown>;
    const q = typeof query.q === 'string' ? query.q.trim().slice(0, 100) : '';
    const st = STATUS_SARING.find((s) => s === query.status) ?? null;
    const { page, perPage, skip } = pageParams(query, 25);
    const { items, total, jumlah } = await daftarSurel(prisma, { q, status: st as StatusSurel | null }, skip, perPage);
    res.page(
      'surel/admin',
      {
        title: t('surel.judulAdmin'),
        crumbs: [{ label: 'Administrasi', href: '/admin' }, { label: t('surel.judulAdmin') }],
        items,
        jumlah,
        f: { q, status: st ?? '' },
        statusOpsi: STATUS_SARING.map((s) => ({ value: s, label: STATUS_SUREL[s] })),
        STATUS_SUREL,
        JENIS_SUREL,
        aktif: surelAktif(),
        values: isian?.values ?? { hariPengingat: (await bacaHariPengingat(prisma)).join(', ') },
        errors: isian?.errors ?? {},
        page: makePage(ADMIN, query, page, perPage, total),
      },
      status,
    );
  };
  r.get(ADMIN, requireRole('ADMIN_BKD'), (req, res) => halamanAdmin(req, res, null));
  r.post(`${ADMIN}/pengaturan`, requireRole('ADMIN_BKD'), async (req, res) => {
    const ok = await prosesForm(
      req.body,
      hariPengingatSchema,
      (isian) => halamanAdmin(req, res, isian, 400),
      (d) => simpanHariPengingat(prisma, d.hariPengingat, { userId: req.user!.id, ip: req.ip ?? null }),
    );
    if (!ok) return;
    flash(req, 'sukses', `Pengingat dikirim ${ok.hasil.join(', ')} hari sebelum batas waktu.`);
    res.redirect(ADMIN);
  });
  r.post(`${ADMIN}/:id/ulang`, requireRole('ADMIN_BKD'), async (req, res) => {
    const id = Number(req.params.id);
    if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) throw new NotFoundError();
    try {
      await ulangiSurel(prisma, id, { userId: req.user!.id, ip: req.ip ?? null });
      flash(req, 'sukses', t('surel.diulang'));
    } catch (e) {
      // Not sendable (already sent, still no address): said on the list, not on an error page.
      if (!(e instanceof StateError)) throw e;
      flash(req, 'galat', e.message);
    }
    res.redirect(ADMIN);
  });
  return r;
}

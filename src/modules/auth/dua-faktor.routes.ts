import { Router, type Request, type Response, type NextFunction } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AppDeps } from '../../core/deps.js';
import { requireAuth } from '../../web/guards.js';
import { prosesForm, type Isian } from '../../web/form.js';
import { flash } from '../../web/flash.js';
import { t } from '../../locales/id.js';
import { kodeSchema } from './auth.schema.js';
import {
  aktifkanDuaFaktor,
  alamatOtpauth,
  kodePemulihanUlang,
  nonaktifkanDuaFaktor,
  qrSvg,
  rahasiaBaru,
  rahasiaTerbaca,
  statusDuaFaktor,
} from './dua-faktor.service.js';
import './auth.strings.js';

const BASE = '/profil/dua-faktor';

/**
 * Signed in with a password while the role requires a second factor not yet set up: every request
 * leads to enrolment (after a required password change), except signing out.
 */
export function requireDuaFaktorEnrolment(req: Request, res: Response, next: NextFunction): void {
  if (!req.user || !req.session.wajibDaftarDuaFaktor) return next();
  if (req.path.startsWith(BASE) || req.path === '/keluar' || req.path === '/healthz' || req.path === '/profil/sandi') return next();
  if (req.method === 'GET') flash(req, 'peringatan', t('duaFaktor.wajibDaftar'));
  res.redirect(303, BASE);
}

export function duaFaktorRoutes({ prisma, config }: AppDeps): Router {
  const r = Router();
  r.use(BASE, requireAuth);
  const wajib = (req: Request) => req.user!.roles.some((role) => config.totpRequiredRoles.includes(role));
  const crumbs = [{ label: 'Profil saya', href: '/profil' }, { label: t('duaFaktor.judul') }];
  // Wrong codes on these forms are limited per account (a stolen session cannot try a million
  // codes to turn the second factor off); right ones do not count.
  const kodeLimiter = rateLimit({
    windowMs: 15 * 60_000,
    limit: 10,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => `dua-faktor:${req.user!.id}`,
    handler: (req, res) => void halaman(req, res, { errors: { kode: t('auth.terlaluBanyak') } }, 429),
  });

  async function halaman(req: Request, res: Response, extra: Record<string, unknown> = {}, status = 200) {
    const status2fa = await statusDuaFaktor(prisma, req.user!.id);
    let daftar: { svg: string; rahasia: string } | null = null;
    if (!status2fa.aktif) {
      // The secret under enrolment stays in the session, so a reload shows the same QR code.
      req.session.totpBaru ??= rahasiaBaru();
      daftar = { svg: await qrSvg(alamatOtpauth(req.user!.username, req.session.totpBaru)), rahasia: rahasiaTerbaca(req.session.totpBaru) };
    }
    res.set('Cache-Control', 'no-store').page(
      'auth/dua-faktor',
      {
        title: t('duaFaktor.judul'),
        crumbs,
        styles: ['/static/css/dua-faktor.css'],
        status2fa,
        daftar,
        wajib: wajib(req),
        sso: req.session.metodeMasuk === 'sso',
        errors: {},
        values: {},
        kodePemulihan: null,
        ...extra,
      },
      status,
    );
  }

  /** Recovery codes: shown on this one response, never again. */
  function tampilkanKode(res: Response, kodePemulihan: string[]) {
    res
      .set('Cache-Control', 'no-store')
      .page('auth/kode-pemulihan', { title: 'Kode pemulihan', crumbs, kodePemulihan, styles: ['/static/css/dua-faktor.css'] });
  }

  r.get(BASE, (req, res) => halaman(req, res));

  r.post(`${BASE}/aktifkan`, kodeLimiter, async (req, res) => {
    const rahasia = req.session.totpBaru;
    if (!rahasia) return res.redirect(BASE);
    const lagi = ({ errors }: Isian) => halaman(req, res, { errors }, 400);
    const ok = await prosesForm(req.body, kodeSchema, lagi, (d) =>
      aktifkanDuaFaktor(prisma, req.user!.id, rahasia, d.kode, req.ip ?? null),
    );
    if (!ok) return;
    delete req.session.totpBaru;
    delete req.session.wajibDaftarDuaFaktor;
    tampilkanKode(res, ok.hasil);
  });

  r.post(`${BASE}/kode-pemulihan`, kodeLimiter, async (req, res) => {
    const lagi = ({ errors }: Isian) => halaman(req, res, { errors }, 400);
    const ok = await prosesForm(req.body, kodeSchema, lagi, (d) => kodePemulihanUlang(prisma, req.user!.id, d.kode, req.ip ?? null));
    if (!ok) return;
    tampilkanKode(res, ok.hasil);
  });

  r.post(`${BASE}/nonaktifkan`, kodeLimiter, async (req, res) => {
    if (wajib(req))
      return halaman(req, res, { errors: { kode: 'Peran Anda mewajibkan verifikasi dua langkah; tidak dapat dimatikan.' } }, 400);
    const lagi = ({ errors }: Isian) => halaman(req, res, { errors }, 400);
    const ok = await prosesForm(req.body, kodeSchema, lagi, (d) => nonaktifkanDuaFaktor(prisma, req.user!.id, d.kode, req.ip ?? null));
    if (!ok) return;
    flash(req, 'sukses', t('duaFaktor.nonaktif'));
    res.redirect(BASE);
  });

  return r;
}

import { Router, type Request, type Response, type NextFunction } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AppDeps } from '../../core/deps.js';
import { parse } from '../../web/validate.js';
import { loginSchema, kodeSchema } from './auth.schema.js';
import type { PassportStatic } from 'passport';
import type { LoginFailure } from './passport.js';
import { catatMasuk, type MetodeMasuk } from './auth.service.js';
import { periksaKodeMasuk } from './dua-faktor.service.js';
import { HasherBusyError } from './password.js';
import type { OidcClient } from './oidc.service.js';
import { t } from '../../locales/id.js';
import { jam } from '../../lib/format.js';
import { flash } from '../../web/flash.js';
import { safeReturnTo } from '../../web/safe-redirect.js';
import './auth.strings.js';

const VIEW = 'auth/login';
const VIEW_KODE = 'auth/kode';
/** The code step must follow the password step within this time. */
const BATAS_KODE_MS = 5 * 60_000;

type Draft = NonNullable<Request['session']['pendingDraft']>;

/** Base address of this app as the browser sees it (PUBLIC_BASE_URL when set). */
export function alamatDasar(req: Request, publicBaseUrl: string | undefined): string {
  return (publicBaseUrl ?? `${req.protocol}://${req.get('host')}`).replace(/\/+$/, '');
}

/**
 * Signs the person in (a new session id: passport regenerates it), restores a draft saved while the
 * session had expired, audits the method and redirects.
 */
export function selesaiMasuk(
  req: Request,
  res: Response,
  next: NextFunction,
  deps: Pick<AppDeps, 'prisma'>,
  o: {
    userId: number;
    kembali: string;
    metode: MetodeMasuk;
    draft?: Draft;
    rinci?: string;
    sesi?: Partial<Request['session']>;
    tujuan?: string;
  },
): void {
  req.login({ id: o.userId } as Express.User, (err) => {
    if (err) return next(err);
    if (o.draft) req.session.pendingDraft = o.draft;
    req.session.metodeMasuk = o.metode;
    Object.assign(req.session, o.sesi ?? {});
    catatMasuk(deps.prisma, o.userId, req.ip, (e) => req.log?.error(e), o.metode, o.rinci);
    const target = o.tujuan ?? o.draft?.path ?? (o.kembali || '/beranda');
    req.session.save(() => res.redirect(safeReturnTo(target)));
  });
}

/** Sign-in goes through passport's LocalStrategy (./passport.ts); this route renders its answers. */
export function authRoutes({ prisma, config }: AppDeps, passport: PassportStatic, sso: OidcClient | null): Router {
  const r = Router();
  const policy = { maxFailed: config.LOGIN_MAX_FAILED, lockMinutes: config.LOGIN_LOCK_MINUTES };

  /** The sign-in page; the SSO button only when single sign-on is configured. */
  function halamanMasuk(req: Request, res: Response, locals: Record<string, unknown>, status = 200) {
    const tautanKeluarSso = req.session.tautanKeluarSso;
    if (tautanKeluarSso) delete req.session.tautanKeluarSso;
    res.page(
      VIEW,
      {
        title: t('auth.judul'),
        values: {},
        errors: {},
        sso: sso ? { label: sso.settings.buttonLabel } : null,
        tautanKeluarSso,
        ...locals,
      },
      status,
    );
  }

  function halamanKode(req: Request, res: Response, locals: Record<string, unknown>, status = 200) {
    res.page(VIEW_KODE, { title: t('duaFaktor.kodeJudul'), errors: {}, values: {}, ...locals }, status);
  }

  const loginLimiter = rateLimit({
    windowMs: 15 * 60_000,
    limit: config.LOGIN_RATE_LIMIT_PER_15MIN,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // One limiter for the password, code and SSO steps: one budget per address for all of them.
    handler: (req, res) => {
      if (req.path === '/masuk/kode') return halamanKode(req, res, { pesan: t('auth.terlaluBanyak') }, 429);
      halamanMasuk(
        req,
        res,
        { values: { identitas: req.body?.identitas ?? '' }, pesan: t('auth.terlaluBanyak'), kembali: req.body?.kembali },
        429,
      );
    },
  });

  r.get('/masuk', (req, res) => {
    if (req.user) return res.redirect('/beranda');
    halamanMasuk(req, res, { kembali: safeReturnTo(req.query.kembali, '') });
  });

  r.post('/masuk', loginLimiter, async (req, res, next) => {
    const parsed = parse(loginSchema, req.body);
    const kembali = safeReturnTo(req.body?.kembali, '');
    if (!parsed.ok) return halamanMasuk(req, res, { values: parsed.values, errors: parsed.errors, kembali }, 400);
    const { identitas } = parsed.data;
    let outcome: { userId: number } | LoginFailure;
    try {
      outcome = await new Promise((resolve, reject) => {
        passport.authenticate('local', (err: unknown, user: { id: number } | false, info?: LoginFailure) => {
          if (err) return reject(err);
          resolve(user ? { userId: user.id } : (info ?? { ok: false, reason: 'INVALID' }));
        })(req, res, next);
      });
    } catch (err) {
      if (!(err instanceof HasherBusyError)) throw err;
      // The typed NIP stays; nothing was counted against the account.
      res.set('Retry-After', '3');
      return halamanMasuk(req, res, { values: { identitas }, pesan: err.message, kembali }, 503);
    }
    if ('reason' in outcome) {
      let pesan: string = t('auth.gagal');
      let status = 401;
      if (outcome.reason === 'LOCKED') {
        pesan = t('auth.terkunci', { jam: jam(outcome.until) });
        status = 423;
      } else if (outcome.reason === 'INACTIVE') {
        pesan = t('auth.nonaktif');
        status = 403;
      } else if (outcome.reason === 'SSO_REQUIRED') {
        pesan = t('sso.wajibSso', { label: sso?.settings.buttonLabel ?? 'SSO' });
        status = 403;
      } else if (outcome.remaining !== undefined && outcome.remaining <= 2) {
        pesan = `${pesan} ${t('auth.sisaPercobaan', { n: outcome.remaining })}`;
      }
      req.log?.info({ identitas, reason: outcome.reason }, 'login gagal');
      return halamanMasuk(req, res, { values: { identitas }, pesan, kembali }, status);
    }
    const userId = outcome.userId;
    // Work saved while the session had expired travels across the session id change — only when
    // the one who typed it signs in again; anyone else on this browser never gets it.
    const draft = req.session.pendingDraft?.userId === userId ? req.session.pendingDraft : undefined;
    const akun = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { roles: true, totpAktifSejak: true } });
    if (akun.totpAktifSejak) {
      // Half signed in: a new session id holding only "password accepted for this user"; no user yet.
      return req.session.regenerate((err) => {
        if (err) return next(err);
        req.session.masukSebagian = { userId, kembali, sejak: Date.now(), ...(draft ? { draft } : {}) };
        req.session.save(() => res.redirect('/masuk/kode'));
      });
    }
    const wajib = akun.roles.some((role) => config.totpRequiredRoles.includes(role));
    if (wajib) {
      // The role requires a second factor that is not set up yet: the session opens only enrolment.
      return selesaiMasuk(
        req,
        res,
        next,
        { prisma },
        { userId, kembali, metode: 'sandi', draft, sesi: { wajibDaftarDuaFaktor: true }, tujuan: '/profil/dua-faktor' },
      );
    }
    selesaiMasuk(req, res, next, { prisma }, { userId, kembali, metode: 'sandi', draft });
  });

  /** The half-signed-in state of this session, if still fresh. */
  function sebagian(req: Request) {
    const s = req.session.masukSebagian;
    if (!s) return null;
    if (Date.now() - s.sejak > BATAS_KODE_MS) {
      delete req.session.masukSebagian;
      return null;
    }
    return s;
  }

  r.get('/masuk/kode', (req, res) => {
    if (req.user) return res.redirect('/beranda');
    if (!sebagian(req)) {
      flash(req, 'galat', t('duaFaktor.kedaluwarsa'));
      return res.redirect('/masuk');
    }
    halamanKode(req, res, {});
  });

  r.post('/masuk/kode', loginLimiter, async (req, res, next) => {
    const s = sebagian(req);
    if (!s) {
      flash(req, 'galat', t('duaFaktor.kedaluwarsa'));
      return res.redirect('/masuk');
    }
    const parsed = parse(kodeSchema, req.body);
    if (!parsed.ok) return halamanKode(req, res, { errors: parsed.errors }, 400);
    const hasil = await periksaKodeMasuk(prisma, s.userId, parsed.data.kode, policy);
    if (!hasil.ok) {
      req.log?.info({ userId: s.userId, reason: hasil.reason }, 'kode verifikasi gagal');
      if (hasil.reason === 'LOCKED') {
        delete req.session.masukSebagian;
        return halamanMasuk(req, res, { pesan: t('auth.terkunci', { jam: jam(hasil.until) }) }, 423);
      }
      let pesan: string = t('duaFaktor.kodeSalah');
      if (hasil.remaining <= 2) pesan = `${pesan} ${t('auth.sisaPercobaan', { n: hasil.remaining })}`;
      return halamanKode(req, res, { errors: { kode: pesan } }, 401);
    }
    if (hasil.metode === 'pemulihan') flash(req, 'info', t('duaFaktor.pemulihanDipakai', { n: hasil.sisaKodePemulihan ?? 0 }));
    const metode = hasil.metode === 'totp' ? 'sandi+totp' : 'sandi+pemulihan';
    // Flash messages are in the session, which passport replaces: carry the one just set.
    const pesan = req.session.flash;
    selesaiMasuk(
      req,
      res,
      next,
      { prisma },
      { userId: s.userId, kembali: s.kembali, metode, draft: s.draft, sesi: pesan ? { flash: pesan } : {} },
    );
  });

  r.post('/keluar', (req, res, next) => {
    const alamat =
      req.session.metodeMasuk === 'sso' && sso
        ? sso.alamatKeluar(req.session.ssoIdToken, `${alamatDasar(req, config.PUBLIC_BASE_URL)}/masuk`)
        : null;
    req.logout((err) => {
      if (err) return next(err);
      req.session.regenerate((err2) => {
        if (err2) return next(err2);
        flash(req, 'sukses', t('auth.berhasilKeluar'));
        // RP-initiated logout is offered, not forced: SIKAP's session is already over.
        if (alamat) req.session.tautanKeluarSso = alamat;
        res.redirect('/masuk');
      });
    });
  });

  return r;
}

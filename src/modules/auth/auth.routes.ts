import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AppDeps } from '../../core/deps.js';
import { parse } from '../../web/validate.js';
import { loginSchema } from './auth.schema.js';
import type { PassportStatic } from 'passport';
import type { LoginFailure } from './passport.js';
import { catatMasuk } from './auth.service.js';
import { HasherBusyError } from './password.js';
import { t } from '../../locales/id.js';
import { jam } from '../../lib/format.js';
import { flash } from '../../web/flash.js';
import { safeReturnTo } from '../../web/safe-redirect.js';

const VIEW = 'auth/login';

/** Sign-in goes through passport's LocalStrategy (./passport.ts); this route renders its answers. */
export function authRoutes({ prisma, config }: AppDeps, passport: PassportStatic): Router {
  const r = Router();

  const loginLimiter = rateLimit({
    windowMs: 15 * 60_000,
    limit: config.LOGIN_RATE_LIMIT_PER_15MIN,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res) => {
      res.page(
        VIEW,
        {
          title: t('auth.judul'),
          values: { identitas: req.body?.identitas ?? '' },
          errors: {},
          pesan: t('auth.terlaluBanyak'),
          kembali: req.body?.kembali,
        },
        429,
      );
    },
  });

  r.get('/masuk', (req, res) => {
    if (req.user) return res.redirect('/beranda');
    res.page(VIEW, { title: t('auth.judul'), values: {}, errors: {}, kembali: safeReturnTo(req.query.kembali, '') });
  });

  r.post('/masuk', loginLimiter, async (req, res, next) => {
    const parsed = parse(loginSchema, req.body);
    const kembali = safeReturnTo(req.body?.kembali, '');
    if (!parsed.ok) {
      return res.page(VIEW, { title: t('auth.judul'), values: parsed.values, errors: parsed.errors, kembali }, 400);
    }
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
      return res.page(VIEW, { title: t('auth.judul'), values: { identitas }, errors: {}, pesan: err.message, kembali }, 503);
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
      } else if (outcome.remaining !== undefined && outcome.remaining <= 2) {
        pesan = `${pesan} ${t('auth.sisaPercobaan', { n: outcome.remaining })}`;
      }
      req.log?.info({ identitas, reason: outcome.reason }, 'login gagal');
      return res.page(VIEW, { title: t('auth.judul'), values: { identitas }, errors: {}, pesan, kembali }, status);
    }
    const userId = outcome.userId;
    // Work saved while the session had expired travels across the session id change — only when
    // the one who typed it signs in again; anyone else on this browser never gets it.
    const carried = req.session.pendingDraft?.userId === userId ? req.session.pendingDraft : undefined;
    req.login({ id: userId } as Express.User, (err) => {
      if (err) return next(err);
      if (carried) req.session.pendingDraft = carried;
      catatMasuk(prisma, userId, req.ip, (e) => req.log?.error(e));
      const target = carried?.path ?? (kembali || '/beranda');
      req.session.save(() => res.redirect(safeReturnTo(target)));
    });
  });

  r.post('/keluar', (req, res, next) => {
    req.logout((err) => {
      if (err) return next(err);
      req.session.regenerate((err2) => {
        if (err2) return next(err2);
        flash(req, 'sukses', t('auth.berhasilKeluar'));
        res.redirect('/masuk');
      });
    });
  });

  return r;
}

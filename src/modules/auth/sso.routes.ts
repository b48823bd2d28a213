import { Router, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AppDeps } from '../../core/deps.js';
import { t } from '../../locales/id.js';
import { safeReturnTo } from '../../web/safe-redirect.js';
import { formatNip as fmtNip } from '../domain/nip.js';
import { BATAS_PERMINTAAN_MS, SsoError, cocokkanAkun, type OidcClient } from './oidc.service.js';
import { alamatDasar, selesaiMasuk } from './auth.routes.js';
import './auth.strings.js';

/**
 * Single sign-on (decision 130): /masuk/sso sends the browser to the provider with a fresh
 * state, nonce and PKCE challenge kept in the session; /masuk/sso/kembali takes the answer.
 * No route exists when SSO is not configured.
 */
export function ssoRoutes({ prisma, config }: AppDeps, sso: OidcClient | null): Router {
  const r = Router();
  if (!sso) return r;
  const limiter = rateLimit({
    windowMs: 15 * 60_000,
    limit: config.LOGIN_RATE_LIMIT_PER_15MIN,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
  });
  const redirectUri = (req: Request) => `${alamatDasar(req, config.PUBLIC_BASE_URL)}/masuk/sso/kembali`;

  function gagal(req: Request, res: Response, err: SsoError) {
    // The cause goes to the log (with the request id); the person reads one plain sentence.
    req.log?.warn({ jenis: err.jenis, cause: err.cause instanceof Error ? err.cause.message : err.cause }, 'SSO gagal');
    res.page('auth/sso-gagal', { title: t('sso.gagalJudul'), pesan: err.pesan, label: sso!.settings.buttonLabel }, err.status);
  }

  r.get('/masuk/sso', limiter, async (req, res) => {
    if (req.user) return res.redirect('/beranda');
    try {
      const { url, permintaan } = await sso.mulai(redirectUri(req), safeReturnTo(req.query.kembali, ''));
      req.session.permintaanSso = permintaan;
      req.session.save(() => res.redirect(url.href));
    } catch (err) {
      if (err instanceof SsoError) return gagal(req, res, err);
      throw err;
    }
  });

  r.get('/masuk/sso/kembali', limiter, async (req, res, next) => {
    const permintaan = req.session.permintaanSso;
    // One answer per request: a replayed or second callback finds nothing.
    delete req.session.permintaanSso;
    try {
      if (!permintaan || Date.now() - permintaan.dibuat > BATAS_PERMINTAAN_MS) throw new SsoError('STATE', t('sso.kedaluwarsa'), 400);
      // openid-client checks it too; checked first here so the message can say what is wrong.
      if (req.query.state !== permintaan.state)
        throw new SsoError('STATE', 'Permintaan masuk tidak cocok dengan sesi ini (state berbeda). Silakan ulangi masuk dengan SSO.', 400);
      const current = new URL(redirectUri(req));
      current.search = new URL(req.originalUrl, 'http://x').search;
      const { nip, sub, idToken } = await sso.selesai(current, permintaan);
      const hasil = await cocokkanAkun(prisma, nip, { autoCreate: sso.settings.autoCreate, sub, ip: req.ip ?? null });
      if (!hasil.ok) {
        const kunci = { TIDAK_ADA: 'sso.tidakDikenal', NONAKTIF: 'sso.nonaktif', DIKUNCI: 'sso.dikunci', NIP_TIDAK_SAH: 'sso.nipTidakSah' }[
          hasil.alasan
        ];
        req.log?.info({ sub, alasan: hasil.alasan }, 'SSO: akun tidak cocok');
        return res.page(
          'auth/sso-gagal',
          {
            title: t(hasil.alasan === 'TIDAK_ADA' ? 'sso.tidakDikenalJudul' : 'sso.gagalJudul'),
            pesan: t(kunci, { nip: fmtNip(nip) }),
            label: sso.settings.buttonLabel,
          },
          403,
        );
      }
      const rinci = `sub ${sub}${hasil.dibuat ? '; akun dibuat otomatis' : ''}`;
      selesaiMasuk(
        req,
        res,
        next,
        { prisma },
        {
          userId: hasil.userId,
          kembali: permintaan.kembali,
          metode: 'sso',
          rinci,
          sesi: idToken ? { ssoIdToken: idToken } : {},
        },
      );
    } catch (err) {
      if (err instanceof SsoError) return gagal(req, res, err);
      throw err;
    }
  });

  return r;
}

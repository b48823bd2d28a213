import path from 'node:path';
import express from 'express';
import session from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import helmet from 'helmet';
import compression from 'compression';
import { pinoHttp } from 'pino-http';
import crypto from 'node:crypto';
import { PROJECT_ROOT } from './lib/paths.js';
import { setTimeZone } from './lib/format.js';
import './web/session-types.js';
import { flashMiddleware, saveBeforeRedirect } from './web/flash.js';
import { viewLocals } from './web/locals.js';
import { ejsEngine } from './web/view-engine.js';
import { dalamPermintaanBaca, dalamPermintaanTulis } from './core/konfigurasi-cache.js';
import { pageRenderer } from './web/render.js';
import { csrfUnlessMultipart } from './web/csrf.js';
import { setUploadSettings } from './web/upload.js';
import { parseQuery, cleanBody, refuseControlPath } from './web/input.js';
import { setHashing } from './modules/auth/password.js';
import { notFoundHandler, errorHandler } from './web/error-handler.js';
import { createPassport } from './modules/auth/passport.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { resetRoutes } from './modules/auth/reset.routes.js';
import { sandiRoutes, requirePasswordChange } from './modules/auth/sandi.routes.js';
import { ssoRoutes } from './modules/auth/sso.routes.js';
import { duaFaktorRoutes, requireDuaFaktorEnrolment } from './modules/auth/dua-faktor.routes.js';
import { OidcClient } from './modules/auth/oidc.service.js';
import { setTotpKey } from './modules/auth/dua-faktor.service.js';
import { registerModules } from './modules/index.js';
import type { AppDeps } from './core/deps.js';
import { autosaveAfterExpiry } from './modules/penilaian/autosave-expired.js';
import { setSurelSettings } from './modules/surel/surel.service.js';

/** Builds the Express app without listening, so tests drive it with supertest. */
export function createApp(deps: AppDeps): express.Express {
  const { config, prisma, sessionPool, logger } = deps;
  setTimeZone(config.APP_TIMEZONE);
  setUploadSettings({ dir: config.uploadDir, maxMb: config.UPLOAD_MAX_MB });
  setHashing({ concurrency: config.PASSWORD_HASH_CONCURRENCY, maxQueue: config.PASSWORD_HASH_QUEUE });
  setTotpKey(config.TOTP_ENCRYPTION_KEY);
  // E-mail only with SMTP_URL: otherwise notify() writes no outbox rows (the queue runs in server.ts).
  setSurelSettings({ aktif: Boolean(config.SMTP_URL), baseUrl: config.publicBaseUrl });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // Query strings and bodies reach routes without control characters (decision 094).
  app.set('query parser', parseQuery);
  app.set('view engine', 'ejs');
  // EJS with includes resolved once, not looked up on disk on every call (decision 140).
  app.engine('ejs', ejsEngine());
  // An array: EJS resolves include('partials/x') against it only when views is a list.
  app.set('views', [path.join(PROJECT_ROOT, 'views')]);
  if (config.NODE_ENV === 'production') {
    app.set('view cache', true);
    // No line tracking in the compiled templates (measured with npm run bench:ab, docs/performance.md);
    // errors in production are logged with the template's name, not shown.
    app.set('view options', { compileDebug: false });
  }

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = crypto.randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/assets') || (req.url ?? '').startsWith('/static') },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      },
    }),
  );

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          objectSrc: ["'none'"],
          ...(config.COOKIE_SECURE === 'true' ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      referrerPolicy: { policy: 'same-origin' },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: config.COOKIE_SECURE === 'true',
    }),
  );

  // Pages are 5–100 kB of HTML (the self-assessment carries every level description) and staff
  // often open them on a phone over a mobile network: gzip them (decision 092).
  if (config.HTTP_COMPRESSION_LEVEL > 0) app.use(compression({ level: config.HTTP_COMPRESSION_LEVEL, threshold: 1024 }));

  // Assets come from the app itself (intranets are often offline): no CDN.
  const staticOpts = { maxAge: config.NODE_ENV === 'production' ? '7d' : 0, index: false as const };
  app.use('/assets/bootstrap', express.static(path.join(PROJECT_ROOT, 'node_modules/bootstrap/dist'), staticOpts));
  app.use('/assets/chart.js', express.static(path.join(PROJECT_ROOT, 'node_modules/chart.js/dist'), staticOpts));
  app.use('/static', express.static(path.join(PROJECT_ROOT, 'public'), staticOpts));

  app.get('/healthz', async (_req, res) => {
    try {
      await prisma.$queryRaw`SELECT 1`;
      res.json({ status: 'ok', database: 'ok' });
    } catch {
      res.status(503).json({ status: 'degraded', database: 'unreachable' });
    }
  });

  app.use(express.urlencoded({ extended: false, limit: '1mb', parameterLimit: 5000 }));
  app.use(express.json({ limit: '1mb' }));
  app.use(cleanBody);

  const PgStore = connectPgSimple(session);
  // Sliding expiry without a database write on every request: a session's expiry is pushed
  // forward at most once a minute per process (express-session touches on each request).
  class ThrottledPgStore extends PgStore {
    private lastTouch = new Map<string, number>();
    override touch(sid: string, sess: session.SessionData, cb?: (err?: unknown) => void): void {
      const now = Date.now();
      const last = this.lastTouch.get(sid);
      if (last !== undefined && now - last < 60_000) {
        cb?.();
        return;
      }
      if (this.lastTouch.size > 200_000) this.lastTouch.clear();
      this.lastTouch.set(sid, now);
      super.touch(sid, sess, cb);
    }
    // express-session reads ENOENT from a store as "no such session" (a file store's answer) and
    // starts an empty one. From PostgreSQL's Unix socket it means the database is down: say so.
    //
    // The same statement reads the version of the signed-in user's principal (User.versiPrincipal
    // and the global counter, both bumped by triggers on every relevant write): the principal
    // cache (src/modules/auth/principal-cache.ts) is keyed by it, so no extra round trip.
    override get(sid: string, cb: (err: unknown, sess?: session.SessionData | null) => void): void {
      sessionPool.query<{ sess: unknown; versiUser: string | null; versiKonfigurasi: string | null; versiUmum: string | null }>(
        {
          name: 'sikap-session-get', // prepared once per pooled connection
          text: `SELECT s.sess, u."versiPrincipal"::text AS "versiUser",
                        (SELECT "versi" FROM "VersiData" WHERE "nama" = 'konfigurasi')::text AS "versiKonfigurasi",
                        (SELECT "versi" FROM "VersiData" WHERE "nama" = 'principal_umum')::text AS "versiUmum"
                   FROM "session" s
                   LEFT JOIN "User" u ON u.id = CASE WHEN s.sess->'passport'->>'user' ~ '^[0-9]{1,9}$' THEN (s.sess->'passport'->>'user')::int END
                  WHERE s.sid = $1 AND s.expire >= to_timestamp($2)`,
          values: [sid, Date.now() / 1000],
        },
        (err, result) => {
          const row = result?.rows[0];
          const e = err as { code?: string; message?: string } | null;
          if (e?.code === 'ENOENT')
            return cb(Object.assign(new Error(e.message ?? 'database unreachable'), { code: 'ECONNREFUSED', cause: err }));
          if (err) return cb(err);
          if (!row) return cb(null, null);
          let sess: session.SessionData;
          try {
            sess = (typeof row.sess === 'string' ? JSON.parse(row.sess) : row.sess) as session.SessionData;
          } catch {
            return this.destroy(sid, (e2) => cb(e2));
          }
          // The principal's key: the user's own version and the global one (names of units and jabatan).
          if (row.versiUser) sess.versiPrincipal = `${row.versiUser}.${row.versiUmum}`;
          else delete sess.versiPrincipal;
          if (row.versiKonfigurasi) sess.versiKonfigurasi = row.versiKonfigurasi;
          else delete sess.versiKonfigurasi;
          if (row.versiUmum) sess.versiUmum = row.versiUmum;
          else delete sess.versiUmum;
          cb(null, sess);
        },
      );
    }
  }
  app.use(
    session({
      name: 'sikap.sid',
      secret: config.sessionSecret,
      store: new ThrottledPgStore({ pool: sessionPool, tableName: 'session', createTableIfMissing: false, pruneSessionInterval: 15 * 60 }),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.COOKIE_SECURE === 'true' ? true : config.COOKIE_SECURE === 'false' ? false : 'auto',
        maxAge: config.SESSION_MAX_AGE_MINUTES * 60_000,
      },
    }),
  );

  // Reads of a GET/HEAD use the per-process configuration cache keyed by the version read with
  // the session (src/core/konfigurasi-cache.ts, decision 140); a request that writes does not, but
  // knows the versions (the form cache checks its own version on every read, decision 143).
  app.use((req, _res, next) => {
    const versi = Number(req.session?.versiKonfigurasi);
    if (!(versi > 0)) return next();
    if (req.method === 'GET' || req.method === 'HEAD') return dalamPermintaanBaca(versi, next, req.session?.versiUmum);
    dalamPermintaanTulis(versi, next, req.session?.versiUmum);
  });

  const passport = createPassport(prisma, {
    maxFailed: config.LOGIN_MAX_FAILED,
    lockMinutes: config.LOGIN_LOCK_MINUTES,
    ssoRequiredRoles: config.ssoRequiredRoles,
    breakGlass: config.passwordBreakGlass,
  });
  // Single sign-on (decision 130): discovery happens at the first SSO click, so a provider that is
  // down never stops the app from starting or local sign-in from working.
  const sso = config.oidc ? new OidcClient(config.oidc) : null;
  app.use(passport.initialize());
  app.use(passport.session());

  app.use(autosaveAfterExpiry(config.sessionSecret));
  app.use(csrfUnlessMultipart);
  app.use(pageRenderer({ compressionLevel: config.HTTP_COMPRESSION_LEVEL }));
  app.use(saveBeforeRedirect);
  app.use(flashMiddleware);
  app.use(viewLocals);

  app.use(refuseControlPath);
  app.get('/', (req, res) => res.redirect(req.user ? '/beranda' : '/masuk'));
  app.use(authRoutes(deps, passport, sso));
  app.use(ssoRoutes(deps, sso));
  app.use(resetRoutes(deps));
  app.use(requirePasswordChange);
  app.use(requireDuaFaktorEnrolment);
  app.use(sandiRoutes(deps));
  app.use(duaFaktorRoutes(deps));
  registerModules(app, deps);

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}

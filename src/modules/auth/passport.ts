import passportModule from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type { Db } from '../../db/client.js';
import { authenticate, loadPrincipal, type LockoutPolicy, type LoginOutcome } from './auth.service.js';
import { PrincipalCache } from './principal-cache.js';

/** Why a local sign-in did not produce a user: passed to the route as passport's `info`. */
export type LoginFailure = Exclude<LoginOutcome, { ok: true }>;

/**
 * One Passport per app: the module's singleton would share (de)serializers, hence databases,
 * between apps built in one process (tests, tools), and the first registered one would win.
 * The session holds the user id; the principal is loaded in one query when its version changed.
 */
export function createPassport(prisma: Db, policy: LockoutPolicy): passportModule.PassportStatic {
  const passport = new passportModule.Passport() as passportModule.PassportStatic;
  passport.serializeUser((user, done) => done(null, (user as { id: number }).id));
  // The principal comes from this process's cache when the version read with the session
  // matches (src/modules/auth/principal-cache.ts); otherwise it is loaded and kept.
  const cache = new PrincipalCache();
  passport.deserializeUser((req: unknown, id: number, done: (err: unknown, user?: Express.User | false) => void) => {
    const key = (req as { session?: { versiPrincipal?: string } }).session?.versiPrincipal;
    const hit = key ? cache.get(id, key) : undefined;
    if (hit) return done(null, hit);
    loadPrincipal(prisma, id).then(
      (p) => {
        if (p && key) cache.set(id, key, p);
        done(null, p ?? false);
      },
      (err: unknown) => done(err),
    );
  });
  // Lockout, the bounded hashing queue (HasherBusyError arrives as `err`) and rehashing all live
  // in authenticate(); the strategy only adapts its answer to passport's (err, user, info).
  passport.use(
    'local',
    new LocalStrategy({ usernameField: 'identitas', passwordField: 'sandi', session: true }, (identitas, sandi, done) => {
      authenticate(prisma, identitas, sandi, policy).then(
        (outcome) =>
          outcome.ok ? done(null, { id: outcome.userId } as Express.User) : done(null, false, { message: outcome.reason, ...outcome }),
        (err: unknown) => done(err),
      );
    }),
  );
  return passport;
}

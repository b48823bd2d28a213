import type pg from 'pg';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/env.js';
import type { Db } from '../db/client.js';

/**
 * What the app is built from; every router receives it. It lives here, not in app.ts, so that
 * routers do not import the module that imports them.
 */
export interface AppDeps {
  prisma: Db;
  config: AppConfig;
  /** pg pool for the session store (connect-pg-simple speaks node-postgres). */
  sessionPool: pg.Pool;
  logger: Logger;
}

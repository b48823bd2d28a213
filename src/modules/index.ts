import type { Express } from 'express';
import type { AppDeps } from '../app.js';
import { dashboardRoutes } from './dashboard/dashboard.routes.js';
import { profilRoutes } from './profil/profil.routes.js';
import { notifikasiRoutes } from './notifikasi/notifikasi.routes.js';

/** Every domain's router, in one place. */
export function registerModules(app: Express, deps: AppDeps): void {
  app.use(dashboardRoutes(deps));
  app.use(profilRoutes(deps));
  app.use(notifikasiRoutes(deps));
}

import type { Express } from 'express';
import type { AppDeps } from '../core/deps.js';
import { dashboardRoutes } from './dashboard/dashboard.routes.js';
import { profilRoutes } from './profil/profil.routes.js';
import { notifikasiRoutes } from './notifikasi/notifikasi.routes.js';
import { penilaianRoutes, buktiRoutes } from './penilaian/penilaian.routes.js';
import { timRoutes } from './penilaian/tim.routes.js';
import { keberatanRoutes } from './penilaian/keberatan.routes.js';
import { adminRoutes } from './admin/admin.routes.js';
import { umpanbalikRoutes } from './umpanbalik/umpanbalik.routes.js';
import { umpanbalikSisipan } from './umpanbalik/sisipan.js';

import { pengembanganRoutes } from './pengembangan/pengembangan.routes.js';
import { pengembanganBkdRoutes } from './pengembangan/pengembangan-bkd.routes.js';
import { sosialisasiRoutes } from './sosialisasi/sosialisasi.routes.js';
import { sosialisasiKelolaRoutes } from './sosialisasi/sosialisasi-kelola.routes.js';
import { laporanRoutes } from './laporan/laporan.routes.js';
import { kalibrasiRoutes } from './kalibrasi/kalibrasi.routes.js';
import { evaluasiRoutes } from './evaluasi/evaluasi.routes.js';
import { surelRoutes } from './surel/surel.routes.js';
import { talentaRoutes } from './talenta/talenta.routes.js';
/** Every domain's router, in one place. */
export function registerModules(app: Express, deps: AppDeps): void {
  app.use(umpanbalikSisipan(deps));
  app.use(dashboardRoutes(deps));
  app.use(profilRoutes(deps));
  app.use(notifikasiRoutes(deps));
  app.use(evaluasiRoutes(deps));
  app.use(penilaianRoutes(deps));
  app.use(timRoutes(deps));
  app.use(keberatanRoutes(deps));
  app.use(buktiRoutes(deps));
  app.use(adminRoutes(deps));
  app.use(umpanbalikRoutes(deps));
  app.use(pengembanganRoutes(deps));
  app.use(pengembanganBkdRoutes(deps));
  app.use(sosialisasiRoutes(deps));
  app.use(sosialisasiKelolaRoutes(deps));
  app.use(laporanRoutes(deps));
  app.use(kalibrasiRoutes(deps));
  app.use(surelRoutes(deps));
  app.use(talentaRoutes(deps));
}

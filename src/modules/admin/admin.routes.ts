import { Router } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { requireRole } from '../../web/guards.js';
import { registerNav } from '../../web/nav.js';
import type { Principal } from '../../core/principal.js';
import { unitRoutes } from './unit/unit.routes.js';
import { jabatanRoutes } from './jabatan/jabatan.routes.js';
import { pegawaiRoutes } from './pegawai/pegawai.routes.js';
import { akunRoutes } from './akun/akun.routes.js';
import { kamusRoutes } from './kamus/kamus.routes.js';
import { standarRoutes } from './standar/standar.routes.js';
import { periodeRoutes } from './periode/periode.routes.js';
import { imporRoutes } from './impor/impor.routes.js';
import { delegasiRoutes } from './delegasi/delegasi.routes.js';
import { pelatihanRoutes } from './pelatihan/pelatihan.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { ringkasanAdmin } from './admin.service.js';
import { siasnRoutes } from '../siasn/siasn.routes.js';

const isAdmin = (p: Principal) => p.roles.includes('ADMIN_BKD');
// The header's Administrasi menu (src/web/nav.ts groups every entry under /admin).
for (const [href, label] of [
  ['/admin', 'Ringkasan administrasi'],
  ['/admin/unit', 'Unit kerja'],
  ['/admin/jabatan', 'Jabatan'],
  ['/admin/pegawai', 'Pegawai'],
  ['/admin/akun', 'Akun pengguna'],
  ['/admin/delegasi', 'Delegasi Plt/Plh'],
  ['/admin/kamus', 'Kamus kompetensi'],
  ['/admin/standar', 'Standar kompetensi jabatan'],
  ['/admin/pelatihan', 'Katalog pelatihan'],
  ['/admin/periode', 'Periode penilaian'],
  ['/admin/impor', 'Impor dan ekspor'],
  ['/admin/siasn', 'Pertukaran SIASN'],
  ['/admin/audit', 'Log audit'],
] as const)
  registerNav({ href, label, show: isAdmin });

/** BKD administration: every page below /admin is for ADMIN_BKD only (403 for others). */
export function adminRoutes(deps: AppDeps): Router {
  const r = Router();
  r.use('/admin', requireRole('ADMIN_BKD'), (req, res, next) => {
    res.locals.styles = ['/static/css/admin.css'];
    // express-session can send a redirect's headers before the session (with its flash message)
    // is stored, and a fast browser then loads the next page without the message. Store first.
    const redirect = res.redirect.bind(res) as (...a: unknown[]) => void;
    res.redirect = ((...args: unknown[]) => {
      if (req.session) req.session.save(() => redirect(...args));
      else redirect(...args);
    }) as typeof res.redirect;
    next();
  });
  r.get('/admin', async (_req, res) => {
    res.page('admin/index', { title: 'Administrasi', crumbs: [{ label: 'Administrasi' }], ringkasan: await ringkasanAdmin(deps.prisma) });
  });
  r.use('/admin/unit', unitRoutes(deps));
  r.use('/admin/jabatan', jabatanRoutes(deps));
  r.use('/admin/pegawai', pegawaiRoutes(deps));
  r.use('/admin/akun', akunRoutes(deps));
  r.use('/admin/kamus', kamusRoutes(deps));
  r.use('/admin/standar', standarRoutes(deps));
  r.use('/admin/periode', periodeRoutes(deps));
  r.use('/admin/impor', imporRoutes(deps));
  r.use('/admin/delegasi', delegasiRoutes(deps));
  r.use('/admin/pelatihan', pelatihanRoutes(deps));
  r.use('/admin/audit', auditRoutes(deps));
  r.use('/admin/siasn', siasnRoutes(deps));
  return r;
}

import { Router } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { requireAuth } from '../../web/guards.js';
import { NotFoundError } from '../../core/errors.js';
import { registerNav } from '../../web/nav.js';
import { t } from '../../locales/id.js';
import './umpanbalik.strings.js';
import { bolehKelolaPublik } from './akses.js';
import { STYLES } from './umpanbalik.view.js';
import { ringkasanBeranda } from './umpanbalik.service.js';
import { dialogRoutes } from './dialog/dialog.routes.js';
import { rekan360Routes } from './rekan360/rekan360.routes.js';
import { publikRoutes } from './publik/publik.routes.js';
import { publikAdminRoutes } from './publik/publik-admin.routes.js';
import { penghargaanRoutes } from './penghargaan/penghargaan.routes.js';

registerNav({ href: '/umpanbalik', label: 'Umpan Balik', show: (p) => !!p.pegawaiId || p.roles.includes('ADMIN_BKD') });

/** Multi-source feedback: dialog kinerja, 360 input, public service feedback, awards. */
export function umpanbalikRoutes(deps: AppDeps): Router {
  const r = Router();
  r.get('/umpanbalik', requireAuth, async (req, res) => {
    const user = req.user!;
    if (!user.pegawaiId && !bolehKelolaPublik(user)) throw new NotFoundError();
    const data = await ringkasanBeranda(deps.prisma, user);
    res.page('umpanbalik/beranda', {
      title: t('umpanbalik.judul'),
      crumbs: [{ label: t('umpanbalik.judul') }],
      styles: STYLES,
      ...data,
      kelola: bolehKelolaPublik(user),
    });
  });
  r.use(dialogRoutes(deps));
  r.use(rekan360Routes(deps));
  r.use(publikAdminRoutes(deps));
  r.use(penghargaanRoutes(deps));
  r.use(publikRoutes(deps));
  return r;
}

import { Router } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { bacaPengaturan } from './pengaturan.js';
import { pengingatDialog } from './dialog/dialog.service.js';
import { daftarPenghargaan } from './penghargaan/penghargaan.service.js';

/**
 * Data this module contributes to pages owned elsewhere: the dialog reminder on the dashboard
 * and the awards on one's profile. Mounted before those routers; the pages include
 * views/umpanbalik/sisip-*.ejs, which render nothing when the data is absent.
 */
export function umpanbalikSisipan({ prisma }: AppDeps): Router {
  const r = Router();
  r.get('/beranda', async (req, res, next) => {
    if (req.user?.pegawaiId) {
      res.locals.pengingatDialog = await pengingatDialog(prisma, req.user, await bacaPengaturan(prisma, 'mingguTanpaDialog'));
    }
    next();
  });
  r.get('/profil', async (req, res, next) => {
    if (req.user?.pegawaiId) res.locals.penghargaanSaya = await daftarPenghargaan(prisma, { pegawaiId: req.user.pegawaiId });
    next();
  });
  return r;
}

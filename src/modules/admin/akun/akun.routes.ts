import { Router, type Response } from 'express';
import type { AppDeps } from '../../../core/deps.js';
import type { Role } from '../../../generated/prisma/enums.js';
import { parse } from '../../../web/validate.js';
import { flash } from '../../../web/flash.js';
import { t } from '../../../locales/id.js';
import { actor, attempt, idParam, listQuery } from '../shared/http.js';
import { buatTautanReset } from '../../auth/reset.service.js';
import { resetDuaFaktor } from '../../auth/dua-faktor.service.js';
import { akunBaruSchema, peranSchema, ROLES } from './akun.schema.js';
import { listAkun, getAkun, createAkun, resetSandi, setKunci, setPeran, setAkunAktif } from './akun.service.js';

const V = 'admin/akun/';
const crumbs = (last?: string) => [
  { label: 'Administrasi', href: '/admin' },
  { label: 'Akun pengguna', href: '/admin/akun' },
  ...(last ? [{ label: last }] : []),
];
const roleOptions = ROLES.map((r) => ({ value: r, label: t(`peran.${r}`) }));

export function akunRoutes({ prisma, config }: AppDeps): Router {
  const r = Router();

  function baru(res: Response, values: Record<string, unknown>, errors: Record<string, string> = {}, status = 200) {
    res.page(`${V}baru`, { title: 'Tambah akun', crumbs: crumbs('Tambah'), values, errors, roleOptions }, status);
  }
  async function detail(res: Response, id: number, extra: Record<string, unknown> = {}, status = 200) {
    const akun = await getAkun(prisma, id);
    res.page(
      `${V}detail`,
      {
        title: `Akun ${akun.username}`,
        crumbs: crumbs(akun.username),
        akun,
        roleOptions,
        errors: {},
        values: { roles: akun.roles },
        sandi: null,
        ...extra,
      },
      status,
    );
  }
  const sandiPage = (res: Response, username: string, sandi: string, id: number) =>
    res
      .set('Cache-Control', 'no-store')
      .page(`${V}sandi`, { title: 'Kata sandi sementara', crumbs: crumbs(username), username, sandi, id });

  r.get('/', async (req, res) => {
    const lq = listQuery(req);
    const { items, total } = await listAkun(prisma, lq);
    res.page(`${V}daftar`, {
      title: 'Akun pengguna',
      crumbs: crumbs(),
      items,
      q: lq.q,
      status: lq.status,
      page: lq.pageFor('/admin/akun', total),
      sekarang: new Date(),
    });
  });

  r.get('/baru', (_req, res) => baru(res, { roles: ['PEGAWAI'] }));
  r.post('/baru', async (req, res) => {
    const p = parse(akunBaruSchema, req.body);
    if (!p.ok) return baru(res, p.values, p.errors, 400);
    const out = await attempt(() => createAkun(prisma, p.data, actor(req)));
    if (!out.ok) return baru(res, req.body, out.errors, 400);
    sandiPage(res, out.value.user.username, out.value.sandi, out.value.user.id);
  });

  r.get('/:id', async (req, res) => detail(res, idParam(req)));

  r.post('/:id/peran', async (req, res) => {
    const id = idParam(req);
    const p = parse(peranSchema, req.body);
    const out = p.ok
      ? await attempt(() => setPeran(prisma, id, p.data.roles as Role[], actor(req)))
      : { ok: false as const, errors: p.errors };
    if (!out.ok) return detail(res, id, { errors: out.errors, values: { roles: req.body.roles ?? [] } }, 400);
    flash(req, 'sukses', 'Peran akun disimpan.');
    res.redirect(`/admin/akun/${id}`);
  });

  r.post('/:id/reset-sandi', async (req, res) => {
    const out = await resetSandi(prisma, idParam(req), actor(req));
    sandiPage(res, out.user.username, out.sandi, out.user.id);
  });

  // A one-time link instead of a temporary password: the admin never learns the new password.
  r.post('/:id/tautan-sandi', async (req, res) => {
    const out = await buatTautanReset(prisma, idParam(req), actor(req), config.PASSWORD_RESET_HOURS);
    const tautan = `${req.protocol}://${req.get('host')}/sandi/atur/${out.token}`;
    res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }).page(`${V}tautan`, {
      title: 'Tautan atur ulang kata sandi',
      crumbs: crumbs(out.user.username),
      username: out.user.username,
      aktif: out.user.aktif,
      tautan,
      kedaluwarsa: out.kedaluwarsa,
      id: out.user.id,
    });
  });

  // Lost phone and recovery codes: the second factor is removed; the owner enrols again at the next sign-in.
  r.post('/:id/reset-dua-faktor', async (req, res) => {
    const id = idParam(req);
    const out = await resetDuaFaktor(prisma, id, actor(req));
    flash(req, 'sukses', t('duaFaktor.direset', { username: out.username }));
    res.redirect(`/admin/akun/${id}`);
  });

  r.post('/:id/kunci', async (req, res) => {
    const id = idParam(req);
    const kunci = req.body.kunci === '1';
    const out = await attempt(() => setKunci(prisma, id, kunci, actor(req)));
    if (out.ok) flash(req, 'sukses', kunci ? 'Akun dikunci.' : 'Kunci akun dibuka.');
    else flash(req, 'galat', Object.values(out.errors).join(' '));
    res.redirect(`/admin/akun/${id}`);
  });

  r.post('/:id/aktif', async (req, res) => {
    const id = idParam(req);
    const aktif = req.body.aktif === '1';
    const out = await attempt(() => setAkunAktif(prisma, id, aktif, actor(req)));
    if (out.ok) flash(req, 'sukses', `Akun ${out.value.username} ${aktif ? 'diaktifkan' : 'dinonaktifkan'}.`);
    else flash(req, 'galat', Object.values(out.errors).join(' '));
    res.redirect('/admin/akun');
  });
  return r;
}

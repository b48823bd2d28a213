import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import { setupApp, type TestContext } from '../helpers/app.js';
import { makeOrg } from '../helpers/factories.js';
import { as, asAdmin, type AdminSession, type Org } from '../helpers/admin-factories.js';

let ctx: TestContext;
let org: Org;
const sessions: Record<string, AdminSession> = {};

const GET = [
  '/admin',
  '/admin/unit',
  '/admin/unit/baru',
  '/admin/unit/1',
  '/admin/jabatan',
  '/admin/jabatan/baru',
  '/admin/jabatan/1',
  '/admin/pegawai',
  '/admin/pegawai/baru',
  '/admin/pegawai/1',
  '/admin/pegawai/cari-atasan?q=ab',
  '/admin/akun',
  '/admin/akun/baru',
  '/admin/akun/1',
  '/admin/kamus',
  '/admin/kamus/baru',
  '/admin/kamus/1',
  '/admin/standar',
  '/admin/standar/bawaan',
  '/admin/standar/1',
  '/admin/standar/unit/1',
  '/admin/periode',
  '/admin/periode/baru',
  '/admin/periode/1',
  '/admin/periode/1/ubah',
  '/admin/periode/1/pengingat',
  '/admin/delegasi',
  '/admin/delegasi/baru',
  '/admin/pelatihan',
  '/admin/pelatihan/baru',
  '/admin/pelatihan/1',
  '/admin/audit',
  '/admin/impor',
  '/admin/impor/templat/pegawai.csv',
  '/admin/impor/ekspor/pegawai.xlsx',
  '/admin/impor/abc',
  '/admin/impor/abc/status',
];
const POST = [
  '/admin/unit/baru',
  '/admin/unit/1',
  '/admin/unit/1/aktif',
  '/admin/jabatan/baru',
  '/admin/jabatan/1',
  '/admin/jabatan/1/aktif',
  '/admin/pegawai/baru',
  '/admin/pegawai/1',
  '/admin/pegawai/1/aktif',
  '/admin/akun/baru',
  '/admin/akun/1/peran',
  '/admin/akun/1/reset-sandi',
  '/admin/akun/1/kunci',
  '/admin/akun/1/aktif',
  '/admin/kamus/baru',
  '/admin/kamus/1',
  '/admin/kamus/1/aktif',
  '/admin/kamus/kelompok/1',
  '/admin/standar/bawaan',
  '/admin/standar/1',
  '/admin/standar/1/salin',
  '/admin/standar/1/bawaan',
  '/admin/standar/unit/1',
  '/admin/standar/unit/1/bawaan',
  '/admin/periode/baru',
  '/admin/periode/1/ubah',
  '/admin/periode/1/status',
  '/admin/periode/1/matriks',
  '/admin/periode/1/pola',
  '/admin/periode/1/predikat-unit',
  '/admin/periode/1/batas-unit',
  '/admin/periode/1/batas-unit/1/hapus',
  '/admin/periode/1/pengingat',
  '/admin/delegasi/baru',
  '/admin/delegasi/1/aktif',
  '/admin/pelatihan/baru',
  '/admin/pelatihan/1',
  '/admin/pelatihan/1/aktif',
  '/admin/impor/abc/pemetaan',
  '/admin/impor/abc/terapkan',
];

beforeAll(async () => {
  ctx = await setupApp();
  org = await makeOrg(ctx.prisma);
  sessions.pegawai = await as(ctx, org.users.staf.username);
  sessions.atasan = await as(ctx, org.users.kasi.username);
  sessions.pimpinan = await as(ctx, org.users.kadis.username);
  sessions.admin = await asAdmin(ctx, org);
});
afterAll(() => ctx.close());

describe('only ADMIN_BKD reaches the administration', () => {
  for (const who of ['pegawai', 'atasan', 'pimpinan']) {
    it(`when a ${who} opens or posts to any admin route, then 403`, async () => {
      const s = sessions[who]!;
      for (const url of GET) expect([url, (await s.agent.get(url)).status]).toEqual([url, 403]);
      for (const url of POST) expect([url, (await s.post(url, { aktif: '0' })).status]).toEqual([url, 403]);
      const up = await s.agent
        .post('/admin/impor')
        .field('_csrf', s.csrf)
        .field('jenis', 'pegawai')
        .attach('berkas', Buffer.from('a,b\n1,2\n'), 'a.csv');
      expect(up.status).toBe(403);
      const home = await s.agent.get('/beranda');
      expect(home.text).not.toContain('href="/admin"');
    });
  }

  it('when nobody is signed in, then admin pages redirect to /masuk', async () => {
    for (const url of GET) {
      const res = await request(ctx.app).get(url);
      expect([url, res.status, res.headers.location?.startsWith('/masuk')]).toEqual([url, 302, true]);
    }
  });

  it('when an admin signs in, then the navigation has Administrasi and the index links every section', async () => {
    const s = sessions.admin!;
    const home = await s.agent.get('/beranda');
    expect(home.text).toContain('href="/admin"');
    const idx = await s.agent.get('/admin');
    for (const href of [
      '/admin/unit',
      '/admin/jabatan',
      '/admin/pegawai',
      '/admin/akun',
      '/admin/delegasi',
      '/admin/kamus',
      '/admin/standar',
      '/admin/pelatihan',
      '/admin/periode',
      '/admin/impor',
      '/admin/audit',
    ]) {
      expect(idx.text).toContain(`href="${href}"`);
    }
    for (const url of GET.filter((u) => !/\/1(\/|$)|abc/.test(u))) expect([url, (await s.agent.get(url)).status]).toEqual([url, 200]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupApp, login, type TestContext, type Agent } from '../helpers/app.js';
import { makeOrg, PASSWORD } from '../helpers/factories.js';

/**
 * The principal is cached per process and keyed by a version read with the session (issue 15).
 * Every write below goes straight to the database, as another worker process, an import or a
 * psql session would: the very next request must show it (no time-to-live, nothing stale).
 */
describe('principal cache: a write by anyone is seen by the next request', () => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let staf: Agent;
  const beranda = async () => (await staf.get('/beranda')).text;
  beforeAll(async () => {
    ctx = await setupApp();
    org = await makeOrg(ctx.prisma);
    ({ agent: staf } = await login(ctx.app, org.users.staf.username, PASSWORD));
    await beranda(); // cached from here on
  });
  afterAll(async () => ctx.close());

  it('when a notification arrives and is read, then the unread count follows', async () => {
    expect(await beranda()).not.toContain('belum dibaca');
    const n = await ctx.prisma.notifikasi.create({ data: { userId: org.users.staf.id, judul: 'Uji', pesan: 'Pesan uji' } });
    expect(await beranda()).toMatch(/>1<span class="visually-hidden"> belum dibaca/);
    await ctx.prisma.notifikasi.update({ where: { id: n.id }, data: { dibacaPada: new Date() } });
    expect(await beranda()).not.toContain('belum dibaca');
  });

  it('when a role is granted and taken away, then access follows at once', async () => {
    expect((await staf.get('/admin')).status).toBe(403);
    await ctx.prisma.user.update({ where: { id: org.users.staf.id }, data: { roles: ['PEGAWAI', 'ADMIN_BKD'] } });
    expect((await staf.get('/admin')).status).not.toBe(403);
    await ctx.prisma.user.update({ where: { id: org.users.staf.id }, data: { roles: ['PEGAWAI'] } });
    expect((await staf.get('/admin')).status).toBe(403);
  });

  it('when someone is made their subordinate and moved away again, then the team menu follows', async () => {
    expect(await beranda()).not.toContain('href="/tim"');
    await ctx.prisma.pegawai.update({ where: { id: org.pegawai.staf2.id }, data: { atasanId: org.pegawai.staf.id } });
    expect(await beranda()).toContain('href="/tim"');
    await ctx.prisma.pegawai.update({ where: { id: org.pegawai.staf2.id }, data: { atasanId: org.pegawai.kasi.id } });
    expect(await beranda()).not.toContain('href="/tim"');
  });

  it('when their name, jabatan or unit is renamed, then the page shows the new name', async () => {
    await ctx.prisma.pegawai.update({ where: { id: org.pegawai.staf.id }, data: { nama: 'Nama Baru Sekali' } });
    expect(await beranda()).toContain('Nama Baru Sekali');
    await ctx.prisma.jabatan.update({ where: { id: org.pegawai.staf.jabatanId }, data: { nama: 'Jabatan Berganti Nama' } });
    expect(await beranda()).toContain('Jabatan Berganti Nama');
    await ctx.prisma.unitKerja.update({ where: { id: org.pegawai.staf.unitId }, data: { nama: 'Unit Berganti Nama' } });
    expect(await beranda()).toContain('Unit Berganti Nama');
  });

  it('when the account is deactivated, then the session no longer signs them in', async () => {
    await ctx.prisma.user.update({ where: { id: org.users.staf.id }, data: { aktif: false } });
    const res = await staf.get('/beranda');
    expect(res.status).toBe(302);
    expect(res.headers.location).toMatch(/^\/masuk/);
  });
});

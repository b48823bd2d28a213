import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setupApp, type TestContext } from '../helpers/app.js';
import { makeOrg, makeNip } from '../helpers/factories.js';
import { asAdmin, type AdminSession, type Org } from '../helpers/admin-factories.js';

let ctx: TestContext;
let org: Org;
let admin: AdminSession;

beforeAll(async () => {
  ctx = await setupApp();
  org = await makeOrg(ctx.prisma);
  admin = await asAdmin(ctx, org);
});
afterAll(() => ctx.close());

describe('unit kerja', () => {
  it('when an admin creates a unit under an OPD, then it gets the right materialised path and an audit entry', async () => {
    const res = await admin.post('/admin/unit/baru', {
      kode: 'UJI-BIDANG',
      nama: 'Bidang Uji Baru',
      jenis: 'BIDANG',
      indukId: String(org.units.opd.id),
    });
    expect(res.status).toBe(302);
    const u = await ctx.prisma.unitKerja.findUniqueOrThrow({ where: { kode: 'UJI-BIDANG' } });
    expect(u.jalur).toBe(`${org.units.opd.jalur}${u.id}/`);
    const log = await ctx.prisma.auditLog.findFirst({ where: { entitas: 'UnitKerja', entitasId: String(u.id), aksi: 'BUAT' } });
    expect(log?.sesudah).toMatchObject({ kode: 'UJI-BIDANG' });
    const list = await admin.agent.get('/admin/unit?q=Bidang+Uji');
    expect(list.text).toContain('Bidang Uji Baru');
  });

  it('when the form is incomplete or the code is taken, then 400 with messages next to the fields and values kept', async () => {
    const res = await admin.post('/admin/unit/baru', { kode: org.units.opd.kode, nama: '', jenis: 'BIDANG' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Wajib diisi.');
    const dup = await admin.post('/admin/unit/baru', { kode: org.units.opd.kode, nama: 'Nama Tersimpan', jenis: 'BIDANG' });
    expect(dup.status).toBe(400);
    expect(dup.text).toContain(`Kode ${org.units.opd.kode} sudah dipakai`);
    expect(dup.text).toContain('value="Nama Tersimpan"');
  });

  it('when a unit moves, then its whole subtree path is rewritten; moving under its own descendant is refused', async () => {
    const a = await ctx.prisma.unitKerja.findUniqueOrThrow({ where: { kode: 'UJI-BIDANG' } });
    await admin.post('/admin/unit/baru', { kode: 'UJI-SEKSI', nama: 'Seksi di Bidang Uji', jenis: 'SEKSI', indukId: String(a.id) });
    const s = await ctx.prisma.unitKerja.findUniqueOrThrow({ where: { kode: 'UJI-SEKSI' } });
    const move = await admin.post(`/admin/unit/${a.id}`, {
      kode: a.kode,
      nama: a.nama,
      jenis: 'BIDANG',
      indukId: String(org.units.opd2.id),
    });
    expect(move.status).toBe(302);
    const s2 = await ctx.prisma.unitKerja.findUniqueOrThrow({ where: { id: s.id } });
    expect(s2.jalur).toBe(`${org.units.opd2.jalur}${a.id}/${s.id}/`);
    const loop = await admin.post(`/admin/unit/${a.id}`, { kode: a.kode, nama: a.nama, jenis: 'BIDANG', indukId: String(s.id) });
    expect(loop.status).toBe(400);
    expect(loop.text).toContain('ke bawah sub-unitnya sendiri');
  });

  it('when deactivating a unit that still has staff, then it is refused; an empty one is deactivated, not deleted', async () => {
    await admin.post(`/admin/unit/${org.units.seksi.id}/aktif`, { aktif: '0' });
    expect((await ctx.prisma.unitKerja.findUniqueOrThrow({ where: { id: org.units.seksi.id } })).aktif).toBe(true);
    const s = await ctx.prisma.unitKerja.findUniqueOrThrow({ where: { kode: 'UJI-SEKSI' } });
    const res = await admin.post(`/admin/unit/${s.id}/aktif`, { aktif: '0' });
    expect(res.status).toBe(302);
    expect((await ctx.prisma.unitKerja.findUniqueOrThrow({ where: { id: s.id } })).aktif).toBe(false);
  });
});

describe('jabatan', () => {
  it('when an admin creates, edits and deactivates a jabatan, then each change is stored and audited', async () => {
    const res = await admin.post('/admin/jabatan/baru', {
      kode: 'JAB-UJI-1',
      nama: 'Analis Uji',
      jenis: 'PELAKSANA',
      unitId: String(org.units.seksi.id),
    });
    expect(res.status).toBe(302);
    const j = await ctx.prisma.jabatan.findUniqueOrThrow({ where: { kode: 'JAB-UJI-1' } });
    expect(res.headers.location).toBe(`/admin/standar/${j.id}`);
    const edit = await admin.post(`/admin/jabatan/${j.id}`, {
      kode: 'JAB-UJI-1',
      nama: 'Analis Uji Utama',
      jenis: 'PELAKSANA',
      unitId: String(org.units.seksi.id),
      kelasJabatan: '7',
    });
    expect(edit.status).toBe(302);
    expect((await ctx.prisma.jabatan.findUniqueOrThrow({ where: { id: j.id } })).kelasJabatan).toBe(7);
    await admin.post(`/admin/jabatan/${j.id}/aktif`, { aktif: '0' });
    expect((await ctx.prisma.jabatan.findUniqueOrThrow({ where: { id: j.id } })).aktif).toBe(false);
    expect(await ctx.prisma.auditLog.count({ where: { entitas: 'Jabatan', entitasId: String(j.id) } })).toBe(3);
  });

  it('when a fungsional jabatan has no jenjang, then the form says so', async () => {
    const res = await admin.post('/admin/jabatan/baru', {
      kode: 'JAB-F',
      nama: 'Pranata Uji',
      jenis: 'FUNGSIONAL_KEAHLIAN',
      unitId: String(org.units.seksi.id),
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Jabatan fungsional wajib memiliki jenjang.');
    const kelas = await admin.post('/admin/jabatan/baru', {
      kode: 'JAB-F',
      nama: 'Pranata Uji',
      jenis: 'PELAKSANA',
      unitId: String(org.units.seksi.id),
      kelasJabatan: 'abc',
    });
    expect(kelas.text).toContain('Kelas jabatan harus berupa angka.');
  });

  it('when a jabatan still has staff, then it cannot be deactivated', async () => {
    await admin.post(`/admin/jabatan/${org.jabatan.jStaf.id}/aktif`, { aktif: '0' });
    expect((await ctx.prisma.jabatan.findUniqueOrThrow({ where: { id: org.jabatan.jStaf.id } })).aktif).toBe(true);
  });
});

describe('pegawai', () => {
  const base = () => ({
    status: 'PNS',
    nama: 'Pegawai Baru',
    jenisKelamin: 'L',
    golongan: 'III_A',
    jabatanId: String(org.jabatan.jStaf.id),
  });

  it('when the NIP is valid, then the pegawai is created with birth date from the NIP and the supervisor found by NIP', async () => {
    const nip = makeNip('L');
    const res = await admin.post('/admin/pegawai/baru', { ...base(), nip, atasan: org.pegawai.kasi.nip! });
    expect(res.status).toBe(302);
    const p = await ctx.prisma.pegawai.findUniqueOrThrow({ where: { nip } });
    expect(p.atasanId).toBe(org.pegawai.kasi.id);
    expect(p.unitId).toBe(org.units.seksi.id);
    expect(p.tanggalLahir?.toISOString().slice(0, 10)).toBe(`${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`);
  });

  it('when the NIP is malformed or already used, then 400 in Indonesian next to the NIP field', async () => {
    const bad = await admin.post('/admin/pegawai/baru', { ...base(), nip: '199013322015031001' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Tanggal lahir dalam NIP');
    const dup = await admin.post('/admin/pegawai/baru', { ...base(), nip: org.pegawai.staf.nip! });
    expect(dup.status).toBe(400);
    expect(dup.text).toContain('sudah terdaftar atas nama Staf Uji');
    expect(dup.text).toContain('value="Pegawai Baru"');
  });

  it('when a name, title or education starts like a spreadsheet formula, then 400 next to the field and the text kept (decision 095)', async () => {
    const nip = makeNip('P');
    const res = await admin.post('/admin/pegawai/baru', {
      ...base(),
      nip,
      nama: '=HYPERLINK("http://example.invalid/x","klik")',
      gelarDepan: '@x',
      gelarBelakang: '-',
      pendidikan: '+S1',
      noHp: '+62 812 3456 7890',
    });
    expect(res.status).toBe(400);
    // Name, first title, education (a lone "-" title is the usual "none"; +62 is a phone number), each in the summary and at its field.
    expect(res.text.match(/diawali =, \+, - atau @/g)?.length).toBe(6);
    expect(res.text).toContain('value="=HYPERLINK(&#34;http://example.invalid/x&#34;,&#34;klik&#34;)"');
    expect(await ctx.prisma.pegawai.count({ where: { nip } })).toBe(0);
    const jab = await admin.post('/admin/jabatan/baru', {
      kode: '-JAB',
      nama: '=1+1',
      jenis: 'PELAKSANA',
      unitId: String(org.units.seksi.id),
    });
    expect(jab.status).toBe(400);
    expect(jab.text.match(/diawali =, \+, - atau @/g)?.length).toBe(4);
  });

  it('when a PPPK has a NI PPPK and no golongan, then it is accepted', async () => {
    const res = await admin.post('/admin/pegawai/baru', {
      ...base(),
      status: 'PPPK',
      golongan: '',
      niPppk: '1991020320231200077',
      nama: 'Pegawai PPPK Baru',
    });
    expect(res.status).toBe(302);
    expect(await ctx.prisma.pegawai.count({ where: { niPppk: '1991020320231200077' } })).toBe(1);
  });

  it("when the chosen supervisor is one of the pegawai's own subordinates, then the cycle is refused", async () => {
    const kadis = org.pegawai.kadis;
    const res = await admin.post(`/admin/pegawai/${kadis.id}`, {
      ...base(),
      nama: kadis.nama,
      nip: kadis.nip!,
      golongan: 'IV_C',
      jabatanId: String(org.jabatan.jKadis.id),
      atasan: org.pegawai.staf.nip!,
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Rantai atasan menjadi melingkar');
    expect((await ctx.prisma.pegawai.findUniqueOrThrow({ where: { id: kadis.id } })).atasanId).toBeNull();
  });

  it('when searching for a supervisor by name, then matches come back as JSON', async () => {
    const res = await admin.agent.get('/admin/pegawai/cari-atasan?q=Atasan').set('Accept', 'application/json');
    expect(res.status).toBe(200);
    expect(res.body.map((r: { nama: string }) => r.nama)).toContain('Atasan Uji');
  });

  it('when a supervisor with active staff is deactivated, then it is refused; a leaf pegawai is deactivated', async () => {
    await admin.post(`/admin/pegawai/${org.pegawai.kasi.id}/aktif`, { aktif: '0' });
    expect((await ctx.prisma.pegawai.findUniqueOrThrow({ where: { id: org.pegawai.kasi.id } })).aktif).toBe(true);
    await admin.post(`/admin/pegawai/${org.pegawai.staf2.id}/aktif`, { aktif: '0' });
    expect((await ctx.prisma.pegawai.findUniqueOrThrow({ where: { id: org.pegawai.staf2.id } })).aktif).toBe(false);
    await admin.post(`/admin/pegawai/${org.pegawai.staf2.id}/aktif`, { aktif: '1' });
  });
});

describe('akun', () => {
  it('when creating an account, then a temporary password is shown once and works for sign-in', async () => {
    const nip = makeNip('P');
    await admin.post('/admin/pegawai/baru', {
      status: 'PNS',
      nip,
      nama: 'Calon Pengguna',
      jenisKelamin: 'P',
      golongan: 'II_C',
      jabatanId: String(org.jabatan.jStaf.id),
    });
    const res = await admin.post('/admin/akun/baru', { username: 'calon.pengguna', pegawai: nip, roles: ['PEGAWAI'] });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toContain('no-store');
    const sandi = res.text.match(/data-sandi>([^<]+)</)![1]!;
    const u = await ctx.prisma.user.findUniqueOrThrow({ where: { username: 'calon.pengguna' } });
    expect(u.harusGantiSandi).toBe(true);
    expect(u.passwordHash).not.toContain(sandi);
    const { login } = await import('../helpers/app.js');
    await expect(login(ctx.app, 'calon.pengguna', sandi)).resolves.toBeTruthy();
  });

  it('when the username is taken or PEGAWAI has no pegawai, then 400 with clear messages', async () => {
    const res = await admin.post('/admin/akun/baru', { username: org.users.staf.username, roles: ['PEGAWAI'] });
    expect(res.status).toBe(400);
    expect(res.text).toContain('sudah dipakai');
    expect(res.text).toContain('memerlukan data pegawai');
    const none = await admin.post('/admin/akun/baru', { username: 'tanpa.peran' });
    expect(none.status).toBe(400);
    expect(none.text).toContain('Pilih sekurang-kurangnya satu peran.');
  });

  it('when resetting a password, then the old one stops working and the new one is shown', async () => {
    const res = await admin.post(`/admin/akun/${org.users.staf2.id}/reset-sandi`);
    expect(res.status).toBe(200);
    const sandi = res.text.match(/data-sandi>([^<]+)</)![1]!;
    const { login } = await import('../helpers/app.js');
    await expect(login(ctx.app, org.users.staf2.username, sandi)).resolves.toBeTruthy();
    expect(
      await ctx.prisma.auditLog.count({ where: { entitas: 'User', aksi: 'RESET_SANDI', entitasId: String(org.users.staf2.id) } }),
    ).toBe(1);
  });

  it('when locking, changing roles and unlocking, then the account follows', async () => {
    const id = org.users.stafLain.id;
    await admin.post(`/admin/akun/${id}/kunci`, { kunci: '1' });
    expect((await ctx.prisma.user.findUniqueOrThrow({ where: { id } })).terkunciHingga!.getUTCFullYear()).toBe(9999);
    await admin.post(`/admin/akun/${id}/kunci`, { kunci: '0' });
    expect((await ctx.prisma.user.findUniqueOrThrow({ where: { id } })).terkunciHingga).toBeNull();
    await admin.post(`/admin/akun/${id}/peran`, { roles: ['PEGAWAI', 'PIMPINAN'] });
    expect((await ctx.prisma.user.findUniqueOrThrow({ where: { id } })).roles).toEqual(['PEGAWAI', 'PIMPINAN']);
    const self = await admin.post(`/admin/akun/${org.users.admin.id}/peran`, { roles: ['PIMPINAN'] });
    expect(self.status).toBe(400);
    expect(self.text).toContain('akun Anda sendiri');
  });
});

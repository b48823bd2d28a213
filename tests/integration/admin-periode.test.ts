import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setupApp, type TestContext } from '../helpers/app.js';
import { makeOrg } from '../helpers/factories.js';
import { asAdmin, type AdminSession, type Org } from '../helpers/admin-factories.js';

let ctx: TestContext;
let org: Org;
let admin: AdminSession;

const form = (o: Record<string, string> = {}) => ({
  nama: 'Penilaian Kinerja Triwulan I 2027',
  tahun: '2027',
  jenis: 'TRIWULAN',
  triwulan: '1',
  tanggalMulai: '2027-01-01',
  tanggalSelesai: '2027-03-31',
  batasRencana: '2027-01-15',
  batasPenilaianDiri: '2027-03-25',
  batasPenilaianAtasan: '2027-04-05',
  ...o,
});

beforeAll(async () => {
  ctx = await setupApp();
  org = await makeOrg(ctx.prisma);
  admin = await asAdmin(ctx, org);
});
afterAll(() => ctx.close());

describe('periode penilaian', () => {
  let id: number;

  it('when an admin creates a quarterly period, then it copies the default predikat matrix and distribution bounds', async () => {
    const res = await admin.post('/admin/periode/baru', form());
    expect(res.status).toBe(302);
    const p = await ctx.prisma.periodePenilaian.findFirstOrThrow({ where: { tahun: 2027, triwulan: 1 } });
    id = p.id;
    expect(p.status).toBe('DISIAPKAN');
    expect(await ctx.prisma.matriksPredikat.count({ where: { periodeId: id } })).toBe(9);
    expect(await ctx.prisma.polaDistribusi.count({ where: { periodeId: id } })).toBeGreaterThan(5);
    const page = await admin.agent.get(`/admin/periode/${id}`);
    expect(page.text).toContain('Matriks predikat kinerja');
  });

  it('when dates are inconsistent or the period exists, then 400 with messages and typed values kept', async () => {
    const res = await admin.post('/admin/periode/baru', form({ tanggalSelesai: '2026-12-01', nama: 'Nama Diketik' }));
    expect(res.status).toBe(400);
    expect(res.text).toContain('Tanggal selesai harus sesudah tanggal mulai.');
    expect(res.text).toContain('value="Nama Diketik"');
    const dup = await admin.post('/admin/periode/baru', form());
    expect(dup.status).toBe(400);
    expect(dup.text).toContain('sudah ada');
    const tw = await admin.post('/admin/periode/baru', form({ triwulan: '' }));
    expect(tw.text).toContain('wajib memilih triwulan');
  });

  it('when setting a staggered deadline, the matrix, bounds and OPD predikat, then they are stored and audited', async () => {
    expect(
      (
        await admin.post(`/admin/periode/${id}/batas-unit`, {
          unitId: String(org.units.opd.id),
          batasPenilaianDiri: '2027-03-20',
          batasPenilaianAtasan: '2027-03-30',
        })
      ).status,
    ).toBe(302);
    expect(await ctx.prisma.batasWaktuUnit.count({ where: { periodeId: id, unitId: org.units.opd.id } })).toBe(1);
    const bad = await admin.post(`/admin/periode/${id}/batas-unit`, {
      unitId: String(org.units.opd.id),
      batasPenilaianDiri: '2027-03-20',
      batasPenilaianAtasan: '2027-03-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Batas penilaian atasan harus sesudah');

    const m: Record<string, string> = {};
    for (const h of ['DI_ATAS', 'SESUAI', 'DI_BAWAH']) for (const p of ['DI_ATAS', 'SESUAI', 'DI_BAWAH']) m[`m_${h}_${p}`] = 'BAIK';
    m.m_DI_ATAS_DI_ATAS = 'SANGAT_BAIK';
    expect((await admin.post(`/admin/periode/${id}/matriks`, m)).status).toBe(302);
    const sb = await ctx.prisma.matriksPredikat.findFirstOrThrow({ where: { periodeId: id, hasilKerja: 'SESUAI', perilaku: 'DI_BAWAH' } });
    expect(sb.predikat).toBe('BAIK');

    const pola = await admin.post(`/admin/periode/${id}/pola`, { p_BAIK_BAIK_min: '10', p_BAIK_BAIK_max: '60' });
    expect(pola.status).toBe(302);
    const rows = await ctx.prisma.polaDistribusi.findMany({ where: { periodeId: id } });
    expect(rows).toEqual([expect.objectContaining({ predikatOrganisasi: 'BAIK', predikat: 'BAIK', minPersen: 10, maksPersen: 60 })]);
    const polaBad = await admin.post(`/admin/periode/${id}/pola`, { p_BAIK_BAIK_min: '70', p_BAIK_BAIK_max: '60' });
    expect(polaBad.status).toBe(400);

    expect((await admin.post(`/admin/periode/${id}/predikat-unit`, { [`u_${org.units.opd.id}`]: 'ISTIMEWA' })).status).toBe(302);
    expect(
      (await ctx.prisma.predikatUnit.findFirstOrThrow({ where: { periodeId: id, unitId: org.units.opd.id } })).predikatOrganisasi,
    ).toBe('ISTIMEWA');
    expect(
      await ctx.prisma.auditLog.count({
        where: { entitas: { in: ['MatriksPredikat', 'PolaDistribusi', 'PredikatUnit', 'BatasWaktuUnit'] } },
      }),
    ).toBe(4);
  });

  it('when the period is opened, then reminders list who has not submitted and send them notifications', async () => {
    expect((await admin.post(`/admin/periode/${id}/status`, { status: 'BERJALAN' })).status).toBe(302);
    await ctx.prisma.penilaianKinerja.create({
      data: {
        periodeId: id,
        pegawaiId: org.pegawai.staf.id,
        jabatanId: org.jabatan.jStaf.id,
        unitId: org.units.seksi.id,
        status: 'DIKIRIM',
      },
    });
    const list = await admin.agent.get(`/admin/periode/${id}/pengingat?unit=${org.units.seksi.id}`);
    expect(list.text).toContain('Staf Dua');
    expect(list.text).not.toContain('Staf Uji<');
    const res = await admin.post(`/admin/periode/${id}/pengingat`, { unit: String(org.units.seksi.id) });
    expect(res.status).toBe(302);
    expect(await ctx.prisma.notifikasi.count({ where: { userId: org.users.staf2.id, judul: { contains: 'Pengingat' } } })).toBe(1);
    expect(await ctx.prisma.notifikasi.count({ where: { userId: org.users.staf.id, judul: { contains: 'Pengingat' } } })).toBe(0);
  });

  it('when the period is closed, then its rules can no longer be edited', async () => {
    expect((await admin.post(`/admin/periode/${id}/status`, { status: 'DITUTUP' })).status).toBe(302);
    expect((await ctx.prisma.periodePenilaian.findUniqueOrThrow({ where: { id } })).status).toBe('DITUTUP');
    const edit = await admin.post(`/admin/periode/${id}/ubah`, form({ nama: 'Ubah setelah tutup' }));
    expect(edit.status).toBe(409);
    expect(edit.text).toContain('sudah ditutup');
    const reopen = await admin.post(`/admin/periode/${id}/status`, { status: 'BERJALAN' });
    expect(reopen.status).toBe(409);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupApp, login, type TestContext, type Agent } from '../helpers/app.js';
import { selamaTransaksiTerbuka } from '../helpers/transaksi-terbuka.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';
import { makeKompetensi } from '../helpers/penilaian-factories.js';
import { bacaFormId, formTersimpanUntukUji } from '../../src/modules/penilaian/form-baca.js';

/**
 * Forms read in GET requests are kept per process, keyed by the appraisal's "versiBaca" plus the
 * configuration and name versions (decision 143). Every write below goes straight to the
 * database, as another worker, an import or psql would, to one part of what the form shows: the
 * very next page must show it.
 */
describe('form cache: a write to any part of the form is seen by the next page', () => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let periode: Awaited<ReturnType<typeof makePeriode>>;
  let staf: Agent;
  let pid: number;
  let rhkId: number;
  let ikiId: number;
  const diri = async () => (await staf.get(`/penilaian/${pid}/diri`).expect(200)).text;
  const detail = async () => (await staf.get(`/penilaian/${pid}`).expect(200)).text;

  beforeAll(async () => {
    ctx = await setupApp();
    org = await makeOrg(ctx.prisma);
    periode = await makePeriode(ctx.prisma);
    await makeKompetensi(ctx.prisma, { nama: 'Integritas', jabatanIds: [org.jabatan.jStaf.id], level: 2 });
    const s = await login(ctx.app, org.users.staf.username, PASSWORD);
    staf = s.agent;
    const res = await staf.post('/penilaian/mulai').type('form').send({ _csrf: s.csrf });
    pid = Number(res.headers.location.split('/').pop());
    rhkId = (await ctx.prisma.rencanaHasilKerja.create({ data: { penilaianId: pid, uraian: 'RHK semula', urutan: 1 } })).id;
    ikiId = (
      await ctx.prisma.indikatorKinerja.create({
        data: { rhkId, uraian: 'Indikator semula', jenisTarget: 'KUANTITATIF', targetNilai: 90, satuan: '%', urutan: 1 },
      })
    ).id;
    expect(await diri()).toContain('Indikator semula');
    expect(await diri()).toContain('Indikator semula'); // kept from here on
  });
  afterAll(async () => ctx.close());

  it('the appraisal row, its work targets, indicators and evidence', async () => {
    await ctx.prisma.rencanaHasilKerja.update({ where: { id: rhkId }, data: { uraian: 'RHK berganti' } });
    expect(await diri()).toContain('RHK berganti');
    await ctx.prisma.indikatorKinerja.update({ where: { id: ikiId }, data: { narasi: 'Narasi dari tab lain' } });
    expect(await diri()).toContain('Narasi dari tab lain');
    await ctx.prisma.buktiDukung.create({
      data: { indikatorId: ikiId, jenis: 'TAUTAN', judul: 'Bukti baru sekali', url: 'https://contoh.go.id/b' },
    });
    expect(await diri()).toContain('Bukti baru sekali');
    expect(await diri()).toContain('Rencana: Draf');
    await ctx.prisma.penilaianKinerja.update({ where: { id: pid }, data: { statusRencana: 'DIAJUKAN' } });
    expect(await diri()).toContain('Rencana: Diajukan');
  });

  it('behaviour rows and competencies', async () => {
    await ctx.prisma.perilakuKerja.updateMany({
      where: { penilaianId: pid, nilai: 'AKUNTABEL' },
      data: { refleksiDiri: 'Refleksi dari psql' },
    });
    expect(await diri()).toContain('Refleksi dari psql');
    await ctx.prisma.penilaianKompetensi.updateMany({ where: { penilaianId: pid }, data: { contohPerilaku: 'Contoh perilaku baru' } });
    expect(await diri()).toContain('Contoh perilaku baru');
  });

  it("the employee's and the rater's names, the jabatan, the period and the dictionary", async () => {
    await ctx.prisma.pegawai.update({ where: { id: org.pegawai.staf.id }, data: { nama: 'Nama Staf Berganti' } });
    expect(await diri()).toContain('Nama Staf Berganti');
    await ctx.prisma.pegawai.update({ where: { id: org.pegawai.kasi.id }, data: { nama: 'Nama Penilai Berganti' } });
    expect(await diri()).toContain('Nama Penilai Berganti');
    await ctx.prisma.jabatan.update({ where: { id: org.jabatan.jStaf.id }, data: { nama: 'Jabatan Berganti' } });
    expect(await diri()).toContain('Jabatan Berganti');
    await ctx.prisma.periodePenilaian.update({ where: { id: periode.id }, data: { nama: 'Periode Berganti Nama' } });
    expect(await diri()).toContain('Periode Berganti Nama');
    await ctx.prisma.kompetensi.updateMany({ where: { nama: 'Integritas' }, data: { nama: 'Integritas Baru' } });
    expect(await diri()).toContain('Integritas Baru');
  });

  it("the supervisor's work target this one supports, and the progress log", async () => {
    const pkAtasan = await ctx.prisma.penilaianKinerja.create({
      data: {
        periodeId: periode.id,
        pegawaiId: org.pegawai.kasi.id,
        unitId: org.pegawai.kasi.unitId,
        jabatanId: org.pegawai.kasi.jabatanId,
      },
    });
    const rhkAtasan = await ctx.prisma.rencanaHasilKerja.create({
      data: { penilaianId: pkAtasan.id, uraian: 'RHK atasan semula', urutan: 1 },
    });
    await ctx.prisma.rencanaHasilKerja.update({ where: { id: rhkId }, data: { rhkAtasanId: rhkAtasan.id } });
    expect(await detail()).toContain('RHK atasan semula');
    await ctx.prisma.rencanaHasilKerja.update({ where: { id: rhkAtasan.id }, data: { uraian: 'RHK atasan berganti' } });
    expect(await detail()).toContain('RHK atasan berganti');
    const sebelum = await diri();
    await ctx.prisma.catatanProgres.create({
      data: {
        pegawaiId: org.pegawai.staf.id,
        skpId: pid,
        rhkId,
        indikatorId: ikiId,
        tanggal: new Date('2026-11-20T00:00:00Z'),
        uraian: 'Progres',
        kuantitas: 37,
      },
    });
    const sesudah = await diri();
    expect(sesudah).not.toBe(sebelum);
    expect(sesudah).toMatch(/37/);
  });

  it("the employee's own autosave (which bumps the version itself, decision 142) is on the next page", async () => {
    await diri();
    const csrf = (await diri()).match(/name="_csrf" value="([^"]+)"/)![1]!;
    const res = await staf
      .post(`/penilaian/${pid}/autosave`)
      .set('x-csrf-token', csrf)
      .set('accept', 'application/json')
      .send({
        versi: (await ctx.prisma.penilaianKinerja.findUniqueOrThrow({ where: { id: pid } })).versi,
        fields: { [`iki-${ikiId}-narasi`]: 'Narasi lewat autosave' },
        base: {},
      });
    expect(res.status).toBe(200);
    expect(await diri()).toContain('Narasi lewat autosave');
  });

  it('what a save keeps (the read form with the written values) equals a fresh read of the database, for every kind of field', async () => {
    const kompetensi = await ctx.prisma.penilaianKompetensi.findFirstOrThrow({ where: { penilaianId: pid } });
    const perilaku = await ctx.prisma.perilakuKerja.findFirstOrThrow({ where: { penilaianId: pid, nilai: 'HARMONIS' } });
    const fields = {
      [`iki-${ikiId}-realisasi`]: '87,5',
      [`iki-${ikiId}-narasi`]: 'Narasi lengkap',
      [`komp-${kompetensi.id}-level`]: '3',
      [`komp-${kompetensi.id}-contoh`]: 'Contoh nyata',
      [`perilaku-HARMONIS`]: 'Refleksi harmonis',
    };
    const html = await diri();
    for (const k of Object.keys(fields)) expect(html, k).toContain(`name="${k}"`);
    const csrf = html.match(/name="_csrf" value="([^"]+)"/)![1]!;
    const versi = (await ctx.prisma.penilaianKinerja.findUniqueOrThrow({ where: { id: pid } })).versi;
    const res = await staf
      .post(`/penilaian/${pid}/autosave`)
      .set('x-csrf-token', csrf)
      .set('accept', 'application/json')
      .send({ versi, fields, base: {} });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.saved).toHaveLength(5);
    expect(perilaku.refleksiDiri).toBeNull();
    const disimpan = formTersimpanUntukUji(pid);
    expect(disimpan).toBeDefined();
    expect(disimpan).toEqual(await bacaFormId(ctx.prisma, pid));
    // and the next autosave starts from it (a hit), saving on top
    const res2 = await staf
      .post(`/penilaian/${pid}/autosave`)
      .set('x-csrf-token', csrf)
      .set('accept', 'application/json')
      .send({
        versi: res.body.versi,
        fields: { [`iki-${ikiId}-narasi`]: 'Narasi kedua' },
        base: { [`iki-${ikiId}-narasi`]: 'Narasi lengkap' },
      });
    expect(res2.status).toBe(200);
    expect(formTersimpanUntukUji(pid)).toEqual(await bacaFormId(ctx.prisma, pid));
    expect(await diri()).toContain('Narasi kedua');
  });

  it('while a write is not committed, the page shows the old text, and the new one right after the commit', async () => {
    await selamaTransaksiTerbuka(
      ctx.prisma,
      (t) => t.indikatorKinerja.update({ where: { id: ikiId }, data: { narasi: 'Narasi belum committed' } }),
      async () => expect(await diri()).not.toContain('Narasi belum committed'),
    );
    expect(await diri()).toContain('Narasi belum committed');
  });
});

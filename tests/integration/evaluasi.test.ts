import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setupApp, login, csrfFrom, DEFAULT_UPLOAD_DIR, type TestContext, type Agent } from '../helpers/app.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';
import { uploadCleanup } from '../helpers/files.js';
import {
  pilihHasilTahunan,
  predikatTahunan,
  rancanganEvaluasi,
  keadaanEvaluasi,
  type HasilEvaluasi,
} from '../../src/modules/evaluasi/evaluasi.service.js';

let ctx: TestContext;
let org: Awaited<ReturnType<typeof makeOrg>>;
let tahunId: number;
let skpId: number;
let ikiLaporan: number;
let cleanup: ReturnType<typeof uploadCleanup>;

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

async function masuk(username: string): Promise<Agent> {
  return (await login(ctx.app, username, PASSWORD)).agent;
}
async function csrf(a: Agent, path = '/beranda') {
  return csrfFrom((await a.get(path)).text);
}

beforeAll(async () => {
  // Default upload folder: the progress log's evidence is stored where the app stores it by default.
  ctx = await setupApp({ ...DEFAULT_UPLOAD_DIR });
  cleanup = uploadCleanup(ctx.config.uploadDir);
  org = await makeOrg(ctx.prisma);
  const tahun = await makePeriode(ctx.prisma, { tahun: 2026 });
  tahunId = tahun.id;
  const skp = await ctx.prisma.penilaianKinerja.create({
    data: {
      periodeId: tahun.id,
      pegawaiId: org.pegawai.staf.id,
      jabatanId: org.jabatan.jStaf.id,
      unitId: org.units.seksi.id,
      penilaiId: org.pegawai.kasi.id,
      atasanPenilaiId: org.pegawai.kadis.id,
      statusRencana: 'DISETUJUI',
      rhk: {
        create: [
          {
            uraian: 'Tersusunnya laporan data',
            indikator: {
              create: [
                { uraian: 'Jumlah laporan', targetNilai: 12, satuan: 'laporan', targetEvaluasi: [{ ke: 1, nilai: 3 }] },
                { uraian: 'Mutu laporan', jenisTarget: 'KUALITATIF', targetKualitatif: 'Tanpa revisi' },
              ],
            },
          },
        ],
      },
    },
    include: { rhk: { include: { indikator: true } } },
  });
  skpId = skp.id;
  ikiLaporan = skp.rhk[0]!.indikator.find((i) => i.uraian === 'Jumlah laporan')!.id;
});
afterAll(async () => {
  const stored = await ctx.prisma.catatanProgres.findMany({ where: { lokasi: { not: null } }, select: { lokasi: true } });
  await cleanup.clean(stored.map((c) => c.lokasi!));
  await ctx.close();
});

describe('the annual rule (data), as a pure function', () => {
  const h = (o: Partial<HasilEvaluasi>): HasilEvaluasi => ({
    penilaianId: 1,
    periodeId: 1,
    ke: 1,
    akhirTahun: false,
    status: 'FINAL',
    predikat: 'BAIK',
    ratingHasilKerja: 'SESUAI',
    ratingPerilaku: 'SESUAI',
    ...o,
  });
  it('when the year end is final, then EVALUASI_TERAKHIR takes it over the quarters', () => {
    const r = pilihHasilTahunan('EVALUASI_TERAKHIR', [
      h({ ke: 1, predikat: 'SANGAT_BAIK' }),
      h({ ke: 3, predikat: 'BUTUH_PERBAIKAN' }),
      h({ ke: 0, akhirTahun: true, predikat: 'BAIK', penilaianId: 9 }),
    ]);
    expect(r?.penilaianId).toBe(9);
  });
  it('when the year end is not final, then EVALUASI_TERAKHIR takes the latest final quarter', () => {
    const r = pilihHasilTahunan('EVALUASI_TERAKHIR', [
      h({ ke: 2, predikat: 'SANGAT_BAIK', penilaianId: 2 }),
      h({ ke: 1, predikat: 'KURANG', penilaianId: 1 }),
      h({ ke: 3, status: 'DINILAI', predikat: 'BAIK', penilaianId: 3 }),
      h({ ke: 0, akhirTahun: true, status: 'DRAFT', predikat: null, penilaianId: 9 }),
    ]);
    expect(r?.penilaianId).toBe(2);
  });
  it('when the rule is the supervisor’s year-end rating, then quarters never stand in for it', () => {
    const qs = [h({ ke: 1, predikat: 'SANGAT_BAIK' }), h({ ke: 0, akhirTahun: true, status: 'DINILAI', penilaianId: 9 })];
    expect(pilihHasilTahunan('PENILAIAN_AKHIR_TAHUN', qs)).toBeNull();
    expect(
      pilihHasilTahunan('PENILAIAN_AKHIR_TAHUN', [...qs, h({ ke: 0, akhirTahun: true, predikat: 'KURANG', penilaianId: 10 })])?.predikat,
    ).toBe('KURANG');
  });
  it('when nothing is final, then there is no annual predikat', () => {
    expect(pilihHasilTahunan('EVALUASI_TERAKHIR', [h({ status: 'DIKIRIM' })])).toBeNull();
  });
  it('when a quarter is planned, then its window and deadlines follow the quarter', () => {
    const q2 = rancanganEvaluasi(2026, 'TRIWULANAN', 2);
    expect(q2.tanggalMulai.toISOString().slice(0, 10)).toBe('2026-04-01');
    expect(q2.tanggalSelesai.toISOString().slice(0, 10)).toBe('2026-06-30');
    expect(q2.batasPenilaianDiri.toISOString().slice(0, 10)).toBe('2026-07-10');
    expect(rancanganEvaluasi(2026, 'BULANAN', 2).tanggalSelesai.toISOString().slice(0, 10)).toBe('2026-02-28');
    expect(keadaanEvaluasi('DISIAPKAN')).toBe('AKAN_DATANG');
    expect(keadaanEvaluasi('BERJALAN', { status: 'FINAL' })).toBe('SELESAI');
  });
});

describe('rhythm settings (BKD)', () => {
  it('when BKD sets a quarterly rhythm, then three periodic evaluations are created with default deadlines', async () => {
    const a = await masuk(org.users.admin.username);
    const res = await a
      .post(`/admin/evaluasi/${tahunId}`)
      .type('form')
      .send({
        _csrf: await csrf(a, `/admin/evaluasi/${tahunId}`),
        ritme: 'TRIWULANAN',
        aturanPredikatTahunan: 'EVALUASI_TERAKHIR',
        nilaiKompetensi: '1',
      });
    expect(res.status).toBe(302);
    const anak = await ctx.prisma.periodePenilaian.findMany({
      where: { indukId: tahunId },
      orderBy: { ke: 'asc' },
      include: { matriks: true },
    });
    expect(anak.map((x) => [x.jenis, x.ke, x.status, x.nilaiKompetensi])).toEqual([
      ['TRIWULAN', 1, 'DISIAPKAN', false],
      ['TRIWULAN', 2, 'DISIAPKAN', false],
      ['TRIWULAN', 3, 'DISIAPKAN', false],
    ]);
    expect(anak[0]!.matriks).toHaveLength(9);
    const page = await a.get(`/admin/evaluasi/${tahunId}`);
    expect(page.text).toContain('Evaluasi Triwulan II 2026');
  });

  it('when BKD switches to monthly before anyone started, then eleven monthly evaluations replace the quarters', async () => {
    const a = await masuk(org.users.admin.username);
    await a
      .post(`/admin/evaluasi/${tahunId}`)
      .type('form')
      .send({ _csrf: await csrf(a, `/admin/evaluasi/${tahunId}`), ritme: 'BULANAN', aturanPredikatTahunan: 'EVALUASI_TERAKHIR' });
    expect(await ctx.prisma.periodePenilaian.count({ where: { indukId: tahunId, jenis: 'BULANAN' } })).toBe(11);
    expect(await ctx.prisma.periodePenilaian.count({ where: { indukId: tahunId, jenis: 'TRIWULAN' } })).toBe(0);
    expect((await ctx.prisma.periodePenilaian.findUniqueOrThrow({ where: { id: tahunId } })).nilaiKompetensi).toBe(false);
    // back to quarterly for the rest of the file
    await a
      .post(`/admin/evaluasi/${tahunId}`)
      .type('form')
      .send({
        _csrf: await csrf(a, `/admin/evaluasi/${tahunId}`),
        ritme: 'TRIWULANAN',
        aturanPredikatTahunan: 'EVALUASI_TERAKHIR',
        nilaiKompetensi: '1',
      });
  });

  it('when a deadline is before its evaluation, then the form is refused at the field with the typed date kept', async () => {
    const a = await masuk(org.users.admin.username);
    const q1 = await ctx.prisma.periodePenilaian.findFirstOrThrow({ where: { indukId: tahunId, ke: 1 } });
    const res = await a
      .post(`/admin/evaluasi/${tahunId}/${q1.id}`)
      .type('form')
      .send({ _csrf: await csrf(a, `/admin/evaluasi/${tahunId}`), batasPenilaianDiri: '2025-12-01', batasPenilaianAtasan: '2026-04-20' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Batas penilaian diri harus di dalam atau sesudah evaluasi.');
    expect(res.text).toContain('value="2025-12-01"');
  });

  it('when someone not in BKD opens the rhythm page, then it is refused', async () => {
    const a = await masuk(org.users.kasi.username);
    expect((await a.get(`/admin/evaluasi/${tahunId}`)).status).toBe(403);
  });
});

describe('one SKP, several evaluations (state machine)', () => {
  it('when the evaluation is not open yet, then the employee cannot start it', async () => {
    const a = await masuk(org.users.staf.username);
    const q1 = await ctx.prisma.periodePenilaian.findFirstOrThrow({ where: { indukId: tahunId, ke: 1 } });
    const res = await a
      .post(`/penilaian/evaluasi/${q1.id}/mulai`)
      .type('form')
      .send({ _csrf: await csrf(a) });
    expect(res.status).not.toBe(302);
    expect(await ctx.prisma.penilaianKinerja.count({ where: { periodeId: q1.id } })).toBe(0);
  });

  it('when Q1 is open and the plan approved, then the employee starts it with a copy of the SKP and the Q1 target', async () => {
    const q1 = await ctx.prisma.periodePenilaian.findFirstOrThrow({ where: { indukId: tahunId, ke: 1 } });
    await ctx.prisma.periodePenilaian.update({ where: { id: q1.id }, data: { status: 'BERJALAN' } });
    const a = await masuk(org.users.staf.username);
    const saya = await a.get('/penilaian');
    expect(saya.text).toContain('Evaluasi Triwulan I 2026');
    expect(saya.text).toContain('Evaluasi Triwulan IV 2026 (akhir tahun)');
    const res = await a
      .post(`/penilaian/evaluasi/${q1.id}/mulai`)
      .type('form')
      .send({ _csrf: await csrf(a) });
    expect(res.status).toBe(302);
    const e = await ctx.prisma.penilaianKinerja.findFirstOrThrow({
      where: { periodeId: q1.id, pegawaiId: org.pegawai.staf.id },
      include: { rhk: { include: { indikator: true } }, kompetensi: true, perilaku: true },
    });
    expect(e.skpId).toBe(skpId);
    expect(e.statusRencana).toBe('DISETUJUI');
    expect(e.penilaiId).toBe(org.pegawai.kasi.id);
    const laporan = e.rhk[0]!.indikator.find((i) => i.indikatorSkpId === ikiLaporan)!;
    expect(Number(laporan.targetNilai)).toBe(3);
    expect(e.kompetensi).toHaveLength(0);
    expect(e.perilaku).toHaveLength(7);
    // Twice: the same evaluation, not a second one.
    await a
      .post(`/penilaian/evaluasi/${q1.id}/mulai`)
      .type('form')
      .send({ _csrf: await csrf(a) });
    expect(await ctx.prisma.penilaianKinerja.count({ where: { periodeId: q1.id } })).toBe(1);
  });

  it('when an evaluation already holds appraisals, then BKD cannot switch the rhythm away from it', async () => {
    const a = await masuk(org.users.admin.username);
    const res = await a
      .post(`/admin/evaluasi/${tahunId}`)
      .type('form')
      .send({ _csrf: await csrf(a, `/admin/evaluasi/${tahunId}`), ritme: 'BULANAN', aturanPredikatTahunan: 'EVALUASI_TERAKHIR' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Ritme tidak dapat diubah');
    expect(await ctx.prisma.periodePenilaian.count({ where: { indukId: tahunId, jenis: 'TRIWULAN' } })).toBe(3);
  });

  it('when an employee plans an indicator in a quarterly year, then a target per evaluation is kept; a wrong list is refused at the field', async () => {
    const a = await masuk(org.users.staf2.username);
    await a
      .post('/penilaian/mulai')
      .type('form')
      .send({ _csrf: await csrf(a, '/penilaian') });
    const skp2 = await ctx.prisma.penilaianKinerja.findFirstOrThrow({ where: { periodeId: tahunId, pegawaiId: org.pegawai.staf2.id } });
    await a
      .post(`/penilaian/${skp2.id}/rhk`)
      .type('form')
      .send({ _csrf: await csrf(a, `/penilaian/${skp2.id}`), uraian: 'Terkelolanya arsip' });
    const rhk = await ctx.prisma.rencanaHasilKerja.findFirstOrThrow({ where: { penilaianId: skp2.id } });
    const page = await a.get(`/penilaian/${skp2.id}`);
    expect(page.text).toContain('Target per evaluasi (opsional)');
    const body = { _csrf: csrfFrom(page.text), uraian: 'Jumlah arsip', jenisTarget: 'KUANTITATIF', targetNilai: '12', satuan: 'berkas' };
    const salah = await a
      .post(`/penilaian/${skp2.id}/rhk/${rhk.id}/iki`)
      .type('form')
      .send({ ...body, targetEvaluasi: '3; tiga' });
    expect(salah.status).toBe(400);
    expect(salah.text).toContain('Tulis angka target per evaluasi dipisah titik koma');
    expect(salah.text).toContain('value="3; tiga"');
    const ok = await a
      .post(`/penilaian/${skp2.id}/rhk/${rhk.id}/iki`)
      .type('form')
      .send({ ...body, targetEvaluasi: '3; 6,5; 9' });
    expect(ok.status).toBe(302);
    const iki = await ctx.prisma.indikatorKinerja.findFirstOrThrow({ where: { rhkId: rhk.id } });
    expect(iki.targetEvaluasi).toEqual([
      { ke: 1, nilai: 3 },
      { ke: 2, nilai: 6.5 },
      { ke: 3, nilai: 9 },
    ]);
  });

  it('when BKD filters the reports by an evaluation, then the report counts that evaluation’s appraisals', async () => {
    const q1 = await ctx.prisma.periodePenilaian.findFirstOrThrow({ where: { indukId: tahunId, ke: 1 } });
    const a = await masuk(org.users.admin.username);
    const res = await a.get(`/laporan?periode=${q1.id}`);
    expect(res.status).toBe(200);
    expect(res.text).toMatch(new RegExp(`<option value="${q1.id}" selected>Evaluasi Triwulan I 2026</option>`));
  });

  it('when the supervisor opens /tim while Q1 runs, then it shows the open evaluation', async () => {
    const a = await masuk(org.users.kasi.username);
    const res = await a.get('/tim');
    expect(res.text).toContain('Evaluasi berjalan: Evaluasi Triwulan I 2026');
  });

  it('when another employee has no approved plan, then starting the evaluation is refused', async () => {
    const q1 = await ctx.prisma.periodePenilaian.findFirstOrThrow({ where: { indukId: tahunId, ke: 1 } });
    const a = await masuk(org.users.staf2.username);
    const res = await a
      .post(`/penilaian/evaluasi/${q1.id}/mulai`)
      .type('form')
      .send({ _csrf: await csrf(a) });
    expect(res.status).not.toBe(302);
    expect(await ctx.prisma.penilaianKinerja.count({ where: { periodeId: q1.id, pegawaiId: org.pegawai.staf2.id } })).toBe(0);
  });

  it('when Q1 is final and the year end is not, then the annual predikat follows Q1; once the year end is final, it follows the year end', async () => {
    const q1 = await ctx.prisma.periodePenilaian.findFirstOrThrow({ where: { indukId: tahunId, ke: 1 } });
    await ctx.prisma.penilaianKinerja.updateMany({
      where: { periodeId: q1.id, pegawaiId: org.pegawai.staf.id },
      data: { status: 'FINAL', predikat: 'SANGAT_BAIK', ratingHasilKerja: 'DI_ATAS', ratingPerilaku: 'DI_ATAS' },
    });
    expect((await predikatTahunan(ctx.prisma, org.pegawai.staf.id, 2026))?.predikat).toBe('SANGAT_BAIK');
    await ctx.prisma.penilaianKinerja.update({
      where: { id: skpId },
      data: { status: 'FINAL', predikat: 'BAIK', ratingHasilKerja: 'SESUAI', ratingPerilaku: 'SESUAI' },
    });
    expect((await predikatTahunan(ctx.prisma, org.pegawai.staf.id, 2026))?.penilaianId).toBe(skpId);
    await ctx.prisma.periodePenilaian.update({ where: { id: tahunId }, data: { aturanPredikatTahunan: 'PENILAIAN_AKHIR_TAHUN' } });
    await ctx.prisma.penilaianKinerja.update({ where: { id: skpId }, data: { status: 'DINILAI' } });
    expect(await predikatTahunan(ctx.prisma, org.pegawai.staf.id, 2026)).toBeNull();
    // restore for the next tests
    await ctx.prisma.periodePenilaian.update({ where: { id: tahunId }, data: { aturanPredikatTahunan: 'EVALUASI_TERAKHIR' } });
    await ctx.prisma.penilaianKinerja.update({
      where: { id: skpId },
      data: { status: 'DRAFT', predikat: null, ratingHasilKerja: null, ratingPerilaku: null },
    });
    expect(await predikatTahunan(ctx.prisma, org.pegawai.staf.id, 2099)).toBeNull();
  });

  it('when BKD opens calibration for the periodic evaluation, then its final result is on the board', async () => {
    const q1 = await ctx.prisma.periodePenilaian.findFirstOrThrow({ where: { indukId: tahunId, ke: 1 } });
    const a = await masuk(org.users.admin.username);
    const res = await a.get(`/kalibrasi/${q1.id}/${org.units.opd.id}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Staf Uji');
    expect(res.text).toContain('Sangat Baik');
  });

  it('when the supervisor opens the year-end rating, then the periodic results of the year stand beside it', async () => {
    await ctx.prisma.penilaianKinerja.update({ where: { id: skpId }, data: { status: 'DIKIRIM' } });
    const a = await masuk(org.users.kasi.username);
    const res = await a.get(`/tim/penilaian/${skpId}`);
    await ctx.prisma.penilaianKinerja.update({ where: { id: skpId }, data: { status: 'DRAFT' } });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Hasil evaluasi periodik tahun ini');
    expect(res.text).toMatch(/Evaluasi Triwulan I 2026: <strong>Sangat Baik<\/strong>/);
  });
});

describe('progress log (catatan progres)', () => {
  let catatanId: number;

  it('when the employee records progress with a quantity and a picture, then it is stored against the SKP indicator', async () => {
    const a = await masuk(org.users.staf.username);
    const rhk = await ctx.prisma.rencanaHasilKerja.findFirstOrThrow({ where: { penilaianId: skpId } });
    const res = await a
      .post('/progres')
      .field('_csrf', await csrf(a, '/progres'))
      .field('rhkId', String(rhk.id))
      .field('indikatorId', String(ikiLaporan))
      .field('tanggal', '2026-11-20')
      .field('uraian', 'Menyusun laporan November')
      .field('kuantitas', '2')
      .attach('berkas', PNG, { filename: 'foto.png', contentType: 'image/png' });
    expect(res.status).toBe(302);
    const c = await ctx.prisma.catatanProgres.findFirstOrThrow({ where: { skpId } });
    catatanId = c.id;
    expect(Number(c.kuantitas)).toBe(2);
    expect(c.lokasi).toBeTruthy();
    expect((await a.get(`/progres/berkas/${c.id}`)).status).toBe(200);
  });

  it('when the entry is incomplete or the date is in the future, then the form comes back with the message at the field and the text kept', async () => {
    const a = await masuk(org.users.staf.username);
    const rhk = await ctx.prisma.rencanaHasilKerja.findFirstOrThrow({ where: { penilaianId: skpId } });
    const res = await a
      .post('/progres')
      .field('_csrf', await csrf(a, '/progres'))
      .field('rhkId', String(rhk.id))
      .field('tanggal', '2099-01-01')
      .field('uraian', 'Teks yang diketik');
    expect(res.status).toBe(400);
    expect(res.text).toContain('Tanggal tidak boleh di masa depan.');
    expect(res.text).toContain('Teks yang diketik');
    const kosong = await a
      .post('/progres')
      .field('_csrf', await csrf(a, '/progres'))
      .field('rhkId', String(rhk.id))
      .field('tanggal', '2026-11-01');
    expect(kosong.status).toBe(400);
    expect(kosong.text).toContain('is-invalid');
  });

  it('when a colleague, another unit’s supervisor or its staff open the log or its file, then it is not found', async () => {
    for (const u of [org.users.staf2, org.users.kasiLain, org.users.stafLain]) {
      const a = await masuk(u.username);
      expect((await a.get(`/progres/pegawai/${org.pegawai.staf.id}`)).status, u.username).toBe(404);
      expect((await a.get(`/progres/berkas/${catatanId}`)).status, u.username).toBe(404);
      const t = await a
        .post(`/progres/${catatanId}/tanggapi`)
        .type('form')
        .send({ _csrf: await csrf(a), komentar: 'x' });
      expect(t.status, u.username).toBe(404);
    }
    expect((await ctx.prisma.catatanProgres.findUniqueOrThrow({ where: { id: catatanId } })).komentar).toBeNull();
  });

  it('when the supervisor comments, then the entry is noted, the comment goes to dialog kinerja and the employee is told', async () => {
    const a = await masuk(org.users.kasi.username);
    const page = await a.get(`/progres/pegawai/${org.pegawai.staf.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Menyusun laporan November');
    const res = await a
      .post(`/progres/${catatanId}/tanggapi`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), komentar: 'Bagus, lanjutkan.' });
    expect(res.status).toBe(302);
    const c = await ctx.prisma.catatanProgres.findUniqueOrThrow({ where: { id: catatanId } });
    expect(c.ditandaiPada).not.toBeNull();
    expect(c.penanggapId).toBe(org.pegawai.kasi.id);
    const d = await ctx.prisma.dialogKinerja.findFirst({ where: { pegawaiId: org.pegawai.staf.id, penulisId: org.pegawai.kasi.id } });
    expect(d?.catatan).toContain('Bagus, lanjutkan.');
    expect(await ctx.prisma.notifikasi.count({ where: { userId: org.users.staf.id, judul: 'Catatan progres ditanggapi' } })).toBe(1);
  });

  it('when BKD or the atasan pejabat penilai opens the log, then they read it; the employee cannot react to their own entry', async () => {
    for (const u of [org.users.admin, org.users.kadis]) {
      const a = await masuk(u.username);
      expect((await a.get(`/progres/pegawai/${org.pegawai.staf.id}`)).status, u.username).toBe(200);
    }
    const s = await masuk(org.users.staf.username);
    expect(
      (
        await s
          .post(`/progres/${catatanId}/tanggapi`)
          .type('form')
          .send({ _csrf: await csrf(s), komentar: 'saya' })
      ).status,
    ).toBe(404);
  });

  it('when the employee opens the year-end self-assessment, then the log’s sum stands beside the indicator, to be taken only by a click', async () => {
    const a = await masuk(org.users.staf.username);
    const res = await a.get(`/penilaian/${skpId}/diri`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Catatan progres: 1 catatan');
    expect(res.text).toMatch(/data-isi-realisasi="f-iki-\d+-realisasi" data-nilai="2"/);
    // Nothing is filled without the employee: the realisation stays empty.
    expect((await ctx.prisma.indikatorKinerja.findUniqueOrThrow({ where: { id: ikiLaporan } })).realisasiNilai).toBeNull();
  });

  it('when a supervisor opens the nudge list, then staff with no entry in the weeks chosen are listed, and those who logged are not', async () => {
    await ctx.prisma.catatanProgres.updateMany({ where: { id: catatanId }, data: { tanggal: new Date() } });
    const a = await masuk(org.users.kasi.username);
    const res = await a.get('/progres/sepi?minggu=4');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Staf Dua');
    expect(res.text).not.toContain('Staf Uji');
    const s = await masuk(org.users.staf2.username);
    expect((await s.get('/progres/sepi')).status).toBe(404);
  });

  it('when a new supervisor rates a periodic evaluation of the SKP, then they read the log too', async () => {
    const q1 = await ctx.prisma.periodePenilaian.findFirstOrThrow({ where: { indukId: tahunId, ke: 1 } });
    const a = await masuk(org.users.kasiLain.username);
    expect((await a.get(`/progres/pegawai/${org.pegawai.staf.id}`)).status).toBe(404);
    await ctx.prisma.penilaianKinerja.updateMany({
      where: { periodeId: q1.id, pegawaiId: org.pegawai.staf.id },
      data: { penilaiId: org.pegawai.kasiLain.id },
    });
    const res = await a.get(`/progres/pegawai/${org.pegawai.staf.id}`);
    await ctx.prisma.penilaianKinerja.updateMany({
      where: { periodeId: q1.id, pegawaiId: org.pegawai.staf.id },
      data: { penilaiId: org.pegawai.kasi.id },
    });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Menyusun laporan November');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setupApp, login, csrfFrom, type TestContext } from '../helpers/app.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';
import { makeAturan, makeKompetensi, makePenilaian, makeProgram } from '../helpers/pengembangan-factories.js';
import { hitungGap, targetTerlewat } from '../../src/modules/pengembangan/gap.js';
import { peringkatProgram } from '../../src/modules/pengembangan/ranking.js';
import { jendelaJp, statusJp, targetJp, totalJp } from '../../src/modules/pengembangan/jp.js';
import { buatRekomendasiSistem, dasarRekomendasi } from '../../src/modules/pengembangan/rekomendasi.service.js';
import { gapPenilaian } from '../../src/modules/pengembangan/gap.service.js';
import { MIGRATIONS_DIR } from '../../src/db/migrate.js';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('gap computation', () => {
  it('when the supervisor rated below the standard, then the gap is the difference', () => {
    expect(hitungGap(3, 1)).toEqual({ selisih: 2, gap: 2, status: 'DI_BAWAH' });
  });
  it('when the level is above the standard, then there is no gap and the surplus is kept', () => {
    expect(hitungGap(2, 4)).toEqual({ selisih: -2, gap: 0, status: 'MELAMPAUI' });
    expect(hitungGap(2, 2)).toEqual({ selisih: 0, gap: 0, status: 'MEMENUHI' });
  });
  it('when no standard is set, then no gap is computed', () => {
    expect(hitungGap(null, 2).status).toBe('TANPA_STANDAR');
    expect(hitungGap(0, 2).status).toBe('TANPA_STANDAR');
  });
  it('when the supervisor rating is missing, then the competency is "not rated", not a gap', () => {
    expect(hitungGap(3, null)).toEqual({ selisih: null, gap: 0, status: 'BELUM_DINILAI' });
  });
  it('a quantitative target is missed only when realisation is below target', () => {
    expect(targetTerlewat({ jenisTarget: 'KUANTITATIF', targetNilai: '12', realisasiNilai: '10' })).toBe(true);
    expect(targetTerlewat({ jenisTarget: 'KUANTITATIF', targetNilai: '12', realisasiNilai: '12' })).toBe(false);
    expect(targetTerlewat({ jenisTarget: 'KUANTITATIF', targetNilai: '12', realisasiNilai: null })).toBe(false);
    expect(targetTerlewat({ jenisTarget: 'KUALITATIF', targetNilai: null, realisasiNilai: null })).toBe(false);
  });
});

describe('recommendation ranking', () => {
  const aturan = [
    { gapMin: 1, gapMax: 1, metodeDiutamakan: 'NONKLASIKAL' as const },
    { gapMin: 2, gapMax: 4, metodeDiutamakan: 'KLASIKAL' as const },
  ];
  const P = [
    { id: 1, judul: 'Pelatihan Komunikasi Efektif', metode: 'KLASIKAL' as const, jp: 24, biaya: 2_500_000n, levelMin: 1, levelMax: 3 },
    { id: 2, judul: 'Coaching Komunikasi', metode: 'NONKLASIKAL' as const, jp: 8, biaya: 0n, levelMin: 1, levelMax: 4 },
    { id: 3, judul: 'Komunikasi Publik Lanjutan', metode: 'KLASIKAL' as const, jp: 32, biaya: 4_500_000n, levelMin: 3, levelMax: 5 },
  ];
  it('when the gap is small, then the nonklasikal program ranks first', () => {
    const r = peringkatProgram({ gap: 1, level: 1, levelDibutuhkan: 2 }, P, aturan);
    expect(r.map((x) => x.program.id)).toEqual([2, 1]);
  });
  it('when the gap is large, then the klasikal program ranks first', () => {
    const r = peringkatProgram({ gap: 2, level: 1, levelDibutuhkan: 3 }, P, aturan);
    expect(r[0]!.program.id).toBe(1);
  });
  it('when the assessed level is outside a program range, then it is not recommended', () => {
    const r = peringkatProgram({ gap: 1, level: 1, levelDibutuhkan: 2 }, P, aturan);
    expect(r.some((x) => x.program.id === 3)).toBe(false);
    expect(peringkatProgram({ gap: 1, level: 4, levelDibutuhkan: 5 }, P, aturan).map((x) => x.program.id)).toEqual([2, 3]);
  });
  it('when two programs fit equally, then the cheaper one ranks first', () => {
    const same = [
      { ...P[0]!, id: 10, biaya: 3_000_000n },
      { ...P[0]!, id: 11, biaya: 1_000_000n },
    ];
    expect(peringkatProgram({ gap: 2, level: 1, levelDibutuhkan: 3 }, same, aturan)[0]!.program.id).toBe(11);
  });
});

describe('JP totals', () => {
  const aturan = { jpMinimalPns: 20, jpMaksimalPppk: 24 };
  const riwayat = [
    { jp: 10, tanggalSelesai: d('2025-12-31') },
    { jp: 8, tanggalSelesai: d('2026-01-01') },
    { jp: 12, tanggalSelesai: d('2026-06-30') },
    { jp: 6, tanggalSelesai: d('2026-07-01') },
  ];
  it('when PNS, then JP count per calendar year (31 Dec and 1 Jan fall in different years)', () => {
    const w = jendelaJp('PNS', null, d('2026-03-01'));
    expect(w).toMatchObject({ mulai: d('2026-01-01'), selesai: d('2027-01-01'), jenis: 'TAHUN' });
    expect(totalJp(riwayat, w)).toBe(26);
    expect(totalJp(riwayat, jendelaJp('PNS', null, d('2025-05-01')))).toBe(10);
    expect(statusJp(18, targetJp('PNS', aturan))).toMatchObject({ memenuhi: false, kurang: 2, persen: 90 });
  });
  it('when PPPK, then JP count per contract year from the appointment anniversary, with a maximum', () => {
    const tmt = d('2023-07-01');
    const w = jendelaJp('PPPK', tmt, d('2026-03-01'));
    expect(w).toMatchObject({ mulai: d('2025-07-01'), selesai: d('2026-07-01'), jenis: 'KONTRAK' });
    expect(totalJp(riwayat, w)).toBe(30);
    const next = jendelaJp('PPPK', tmt, d('2026-07-01'));
    expect(next.mulai).toEqual(d('2026-07-01'));
    expect(totalJp(riwayat, next)).toBe(6);
    const t = targetJp('PPPK', aturan);
    expect(t).toEqual({ jenis: 'MAKSIMAL', nilai: 24 });
    expect(statusJp(30, t)).toMatchObject({ memenuhi: false, lebih: 6 });
  });
  it('when the PPPK was appointed on 29 February, then the contract year starts on 28 February in other years', () => {
    expect(jendelaJp('PPPK', d('2024-02-29'), d('2026-03-10')).mulai).toEqual(d('2026-02-28'));
  });
});

describe('development pages and recommendations', () => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let komunikasi: { id: number };
  let coaching: { id: number };
  let pelatihan: { id: number };
  let penilaianId: number;
  let periodeId: number;

  beforeAll(async () => {
    ctx = await setupApp();
    org = await makeOrg(ctx.prisma);
    await makeAturan(ctx.prisma);
    await ctx.prisma.pengaturan.createMany({
      data: [
        { kunci: 'jpMinimalPns', nilai: 20 },
        { kunci: 'jpMaksimalPppk', nilai: 24 },
      ],
      skipDuplicates: true,
    });
    komunikasi = await makeKompetensi(ctx.prisma, 'Komunikasi');
    const integritas = await makeKompetensi(ctx.prisma, 'Integritas');
    const hasil = await makeKompetensi(ctx.prisma, 'Orientasi pada Hasil');
    coaching = await makeProgram(ctx.prisma, {
      judul: 'Coaching Komunikasi',
      metode: 'NONKLASIKAL',
      jp: 8,
      biaya: 0,
      kompetensiId: komunikasi.id,
      levelMin: 1,
      levelMax: 4,
    });
    pelatihan = await makeProgram(ctx.prisma, {
      judul: 'Pelatihan Komunikasi Efektif',
      metode: 'KLASIKAL',
      jp: 24,
      biaya: 2_500_000,
      kompetensiId: komunikasi.id,
      levelMin: 1,
      levelMax: 3,
    });
    await makeProgram(ctx.prisma, {
      judul: 'Mentoring Hasil',
      metode: 'NONKLASIKAL',
      jp: 10,
      biaya: 0,
      kompetensiId: hasil.id,
      levelMin: 1,
      levelMax: 3,
    });
    const p2025 = await makePeriode(ctx.prisma, { tahun: 2025, status: 'DITUTUP' });
    periodeId = p2025.id;
    const pen = await makePenilaian(ctx.prisma, {
      periodeId: p2025.id,
      pegawai: org.pegawai.staf,
      kompetensi: [
        [komunikasi.id, 2, 2, 1],
        [integritas.id, 1, 1, 3],
        [hasil.id, 1, 1, 1],
      ],
      indikator: [{ uraian: 'Jumlah laporan analisis', target: 12, realisasi: 10, kompetensiId: hasil.id }],
    });
    penilaianId = pen.id;
  });
  afterAll(() => ctx.close());

  it('when recommendations are generated, then each gap and each linked missed target gets ranked programs, once', async () => {
    const n = await buatRekomendasiSistem(ctx.prisma, penilaianId);
    const rek = await ctx.prisma.rekomendasiPelatihan.findMany({
      where: { penilaianId },
      include: { program: true },
      orderBy: { skor: 'desc' },
    });
    expect(n).toBe(3);
    expect(rek.filter((r) => r.kompetensiId === komunikasi.id).map((r) => r.program.judul)).toEqual([
      'Coaching Komunikasi',
      'Pelatihan Komunikasi Efektif',
    ]);
    // Orientasi pada Hasil meets its standard (1/1): the program answers the missed target, so the
    // row names that indicator as its basis and claims no competency gap.
    const target = rek.find((r) => r.program.judul === 'Mentoring Hasil')!;
    const indikator = await ctx.prisma.indikatorKinerja.findFirstOrThrow({
      where: { uraian: 'Jumlah laporan analisis', rhk: { penilaianId } },
    });
    expect(target).toMatchObject({ gap: null, indikatorId: indikator.id });
    expect(target.catatan ?? '').not.toMatch(/kesenjangan/);
    expect(rek.filter((r) => r.kompetensiId === komunikasi.id).every((r) => r.gap === 1 && r.indikatorId === null)).toBe(true);
    expect(await buatRekomendasiSistem(ctx.prisma, penilaianId)).toBe(0);
  });

  it('when the migration meets rows stored the old way (a made-up gap of 1 for a missed target), then it gives them their real basis and leaves real gaps alone', async () => {
    const dir = fs.readdirSync(MIGRATIONS_DIR).find((d) => d.endsWith('_rekomendasi_dasar_target'))!;
    const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, dir, 'migration.sql'), 'utf8');
    const repair = sql.slice(sql.indexOf('-- Recommendations made for a missed work target'));
    expect(repair).toMatch(/^-- Recommendations/);
    const target = await ctx.prisma.rekomendasiPelatihan.findFirstOrThrow({ where: { penilaianId, indikatorId: { not: null } } });
    await ctx.prisma.rekomendasiPelatihan.update({
      where: { id: target.id },
      data: { gap: 1, indikatorId: null, catatan: 'Target belum tercapai: Jumlah laporan analisis' },
    });
    const gapsBefore = await ctx.prisma.rekomendasiPelatihan.findMany({
      where: { penilaianId, kompetensiId: komunikasi.id },
      orderBy: { id: 'asc' },
    });
    for (const stmt of repair
      .split(/;\s*\n/)
      .map((x) => x.trim())
      .filter((x) => x.replace(/--.*$/gm, '').trim()))
      await ctx.prisma.$executeRawUnsafe(stmt);
    expect(await ctx.prisma.rekomendasiPelatihan.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      gap: null,
      indikatorId: target.indikatorId,
      catatan: null,
    });
    expect(
      await ctx.prisma.rekomendasiPelatihan.findMany({ where: { penilaianId, kompetensiId: komunikasi.id }, orderBy: { id: 'asc' } }),
    ).toEqual(gapsBefore);
    await ctx.prisma.rekomendasiPelatihan.update({ where: { id: target.id }, data: { catatan: target.catatan } });
  });

  it('when a recommendation answers a missed target, then the page labels it "target tidak tercapai", not as a gap the table denies', async () => {
    const { agent } = await login(ctx.app, org.users.kasi.username, PASSWORD);
    const res = await agent.get(`/pengembangan/pegawai/${org.pegawai.staf.id}`);
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/Orientasi pada Hasil\s*<span[^>]*>Memenuhi standar<\/span>/);
    expect(res.text).toContain('Untuk: Orientasi pada Hasil (target tidak tercapai: Jumlah laporan analisis)');
    expect(res.text).not.toContain('Orientasi pada Hasil (kesenjangan');
    expect(res.text).toContain('Untuk: Komunikasi (kesenjangan 1)');
  });

  it('dasarRekomendasi names the real basis of every kind of recommendation', () => {
    const k = { nama: 'Pelayanan Publik' };
    expect(dasarRekomendasi({ gap: 2, kompetensi: k, indikator: null })).toBe('Pelayanan Publik (kesenjangan 2)');
    expect(dasarRekomendasi({ gap: null, kompetensi: k, indikator: { uraian: 'Jumlah layanan' } })).toBe(
      'Pelayanan Publik (target tidak tercapai: Jumlah layanan)',
    );
    // A row that still carries a gap next to its indicator is labelled by the indicator.
    expect(dasarRekomendasi({ gap: 1, kompetensi: k, indikator: { uraian: 'Jumlah layanan' } })).toBe(
      'Pelayanan Publik (target tidak tercapai: Jumlah layanan)',
    );
    expect(dasarRekomendasi({ gap: 0, kompetensi: k })).toBe('Pelayanan Publik');
    expect(dasarRekomendasi({ gap: null, kompetensi: null })).toBeNull();
  });

  it('the gap table shows supervisor and self levels and the missed target', async () => {
    const g = await gapPenilaian(ctx.prisma, penilaianId);
    const k = g.baris.find((b) => b.nama === 'Komunikasi')!;
    expect(k).toMatchObject({ levelDibutuhkan: 2, levelDiri: 2, levelAtasan: 1, gap: 1, status: 'DI_BAWAH' });
    expect(g.baris.find((b) => b.nama === 'Integritas')!.status).toBe('MELAMPAUI');
    expect(g.targetTerlewat).toHaveLength(1);
  });

  it('when the employee opens their page, then they see gaps, recommendations and JP progress', async () => {
    const { agent } = await login(ctx.app, org.users.staf.username, PASSWORD);
    const res = await agent.get('/pengembangan');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Di bawah standar');
    expect(res.text).toContain('Coaching Komunikasi');
    expect(res.text).toMatch(/<progress[^>]+max="20"/);
    expect(res.text).not.toContain('/rekomendasi/hitung');
  });

  it('when someone else opens the page of a person outside their scope, then 404', async () => {
    const { agent } = await login(ctx.app, org.users.staf2.username, PASSWORD);
    expect((await agent.get(`/pengembangan/pegawai/${org.pegawai.staf.id}`)).status).toBe(404);
    const other = await login(ctx.app, org.users.kasiLain.username, PASSWORD);
    expect((await other.agent.get(`/pengembangan/pegawai/${org.pegawai.staf.id}`)).status).toBe(404);
    const kadis = await login(ctx.app, org.users.kadis.username, PASSWORD);
    // The kepala is the supervisor's supervisor, not the direct one.
    expect((await kadis.agent.get(`/pengembangan/pegawai/${org.pegawai.staf.id}`)).status).toBe(404);
  });

  it('when the direct supervisor approves, replaces and adds, then the plan changes and the employee is notified', async () => {
    const { agent, csrf } = await login(ctx.app, org.users.kasi.username, PASSWORD);
    const page = await agent.get(`/pengembangan/pegawai/${org.pegawai.staf.id}`);
    expect(page.status).toBe(200);
    const rek = await ctx.prisma.rekomendasiPelatihan.findFirstOrThrow({ where: { penilaianId, programId: coaching.id } });
    const ok = await agent.post(`/pengembangan/rekomendasi/${rek.id}/status`).type('form').send({ _csrf: csrf, status: 'DISETUJUI' });
    expect(ok.status).toBe(302);
    expect((await ctx.prisma.rekomendasiPelatihan.findUniqueOrThrow({ where: { id: rek.id } })).status).toBe('DISETUJUI');
    const add = await agent
      .post(`/pengembangan/pegawai/${org.pegawai.staf.id}/rekomendasi`)
      .type('form')
      .send({ _csrf: csrf, programId: pelatihan.id, kompetensiId: komunikasi.id, periodeId, catatan: 'Disepakati' });
    expect(add.status).toBe(302);
    const added = await ctx.prisma.rekomendasiPelatihan.findFirstOrThrow({ where: { pegawaiId: org.pegawai.staf.id, sumber: 'ATASAN' } });
    expect(added).toMatchObject({ status: 'DISETUJUI', gap: 1 });
    expect(await ctx.prisma.notifikasi.count({ where: { userId: org.users.staf.id } })).toBeGreaterThanOrEqual(2);
    expect(await ctx.prisma.auditLog.count({ where: { entitas: 'RekomendasiPelatihan' } })).toBeGreaterThanOrEqual(2);
  });

  it('when "Tambah program" is refused, then 400 with the summary, the message at the field, the note and choices kept', async () => {
    const { agent, csrf } = await login(ctx.app, org.users.kasi.username, PASSWORD);
    const sebelum = await ctx.prisma.rekomendasiPelatihan.count({ where: { pegawaiId: org.pegawai.staf.id } });
    const catatan = 'Disepakati dalam dialog kinerja Maret';
    const res = await agent
      .post(`/pengembangan/pegawai/${org.pegawai.staf.id}/rekomendasi`)
      .type('form')
      .send({ _csrf: csrf, programId: '', kompetensiId: String(komunikasi.id), periodeId: String(periodeId), catatan });
    expect(res.status).toBe(400);
    expect(res.text).toContain('id="ringkasan-galat"');
    expect(res.text).toContain('href="#f-programId"');
    expect(res.text).toMatch(/class="form-select is-invalid" id="f-programId" name="programId" required\s+aria-invalid="true"/);
    expect(res.text).toMatch(/id="f-programId"[^>]*aria-describedby="f-programId-galat"/);
    expect(res.text).toContain('id="f-programId-galat">Pilih program.</div>');
    expect(res.text).toContain(`value="${catatan}"`);
    expect(res.text).toContain(`<option value="${komunikasi.id}" selected>`);
    expect(await ctx.prisma.rekomendasiPelatihan.count({ where: { pegawaiId: org.pegawai.staf.id } })).toBe(sebelum);
    // A note over its length is refused at the note, the chosen program kept.
    const panjang = await agent
      .post(`/pengembangan/pegawai/${org.pegawai.staf.id}/rekomendasi`)
      .type('form')
      .send({ _csrf: csrf, programId: String(pelatihan.id), periodeId: String(periodeId), catatan: 'x'.repeat(501) });
    expect(panjang.status).toBe(400);
    expect(panjang.text).toContain('id="f-catatan-galat">Paling banyak 500 karakter.</div>');
    expect(panjang.text).toContain(`<option value="${pelatihan.id}" selected>`);
    // The period is a hidden id: one that does not parse names nothing.
    const hantu = await agent
      .post(`/pengembangan/pegawai/${org.pegawai.staf.id}/rekomendasi`)
      .type('form')
      .send({ _csrf: csrf, programId: String(pelatihan.id), periodeId: 'abc', catatan });
    expect(hantu.status).toBe(404);
  });

  it('when the employee tries to approve their own recommendation, then 404', async () => {
    const { agent, csrf } = await login(ctx.app, org.users.staf.username, PASSWORD);
    const rek = await ctx.prisma.rekomendasiPelatihan.findFirstOrThrow({ where: { penilaianId, status: 'USULAN' } });
    expect(
      (await agent.post(`/pengembangan/rekomendasi/${rek.id}/status`).type('form').send({ _csrf: csrf, status: 'DISETUJUI' })).status,
    ).toBe(404);
  });

  it('when the admin records a completed catalog program with a certificate, then JP moves, the recommendation is done, and only the right people can download', async () => {
    const admin = await login(ctx.app, org.users.admin.username, PASSWORD);
    const form = await admin.agent.get(`/pengembangan/pegawai/${org.pegawai.staf.id}/riwayat/baru`);
    expect(form.status).toBe(200);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const today = new Date().toISOString().slice(0, 10);
    const res = await admin.agent
      .post(`/pengembangan/pegawai/${org.pegawai.staf.id}/riwayat/baru`)
      .field('_csrf', csrfFrom(form.text))
      .field('programId', String(coaching.id))
      .field('tanggalMulai', today)
      .field('tanggalSelesai', today)
      .attach('sertifikat', pdf, 'sertifikat.pdf');
    expect(res.status).toBe(302);
    const row = await ctx.prisma.riwayatPelatihan.findFirstOrThrow({ where: { pegawaiId: org.pegawai.staf.id } });
    expect(row).toMatchObject({ jp: 8, judul: 'Coaching Komunikasi' });
    expect(row.sertifikat).toBeTruthy();
    expect((await ctx.prisma.rekomendasiPelatihan.findFirstOrThrow({ where: { penilaianId, programId: coaching.id } })).status).toBe(
      'SELESAI',
    );

    const staf = await login(ctx.app, org.users.staf.username, PASSWORD);
    expect((await staf.agent.get('/pengembangan')).text).toMatch(/<progress[^>]+value="8"/);
    const dl = await staf.agent.get(`/pengembangan/riwayat/${row.id}/sertifikat`);
    expect(dl.status).toBe(200);
    const kasi = await login(ctx.app, org.users.kasi.username, PASSWORD);
    expect((await kasi.agent.get(`/pengembangan/riwayat/${row.id}/sertifikat`)).status).toBe(200);
    expect((await admin.agent.get(`/pengembangan/riwayat/${row.id}/sertifikat`)).status).toBe(200);
    const staf2 = await login(ctx.app, org.users.staf2.username, PASSWORD);
    expect((await staf2.agent.get(`/pengembangan/riwayat/${row.id}/sertifikat`)).status).toBe(404);
  });

  it('when an employee records their own training with missing fields or a wrong file type, then 400 and the typed values stay', async () => {
    const { agent } = await login(ctx.app, org.users.staf2.username, PASSWORD);
    const form = await agent.get('/pengembangan/riwayat/baru');
    const res = await agent
      .post('/pengembangan/riwayat/baru')
      .field('_csrf', csrfFrom(form.text))
      .field('judul', 'Webinar Literasi Data')
      .field('tanggalMulai', '2026-03-02')
      .field('tanggalSelesai', '2026-03-01')
      .attach('sertifikat', Buffer.from('<script>alert(1)</script>'), 'x.pdf');
    expect(res.status).toBe(400);
    expect(res.text).toContain('value="Webinar Literasi Data"');
    expect(res.text).toContain('Isi jumlah JP.');
    expect(res.text).toContain('Tanggal selesai tidak boleh sebelum tanggal mulai.');
    expect(res.text).toContain('Jenis berkas tidak diizinkan');
    expect(await ctx.prisma.riwayatPelatihan.count({ where: { pegawaiId: org.pegawai.staf2.id } })).toBe(0);
  });

  it('when an employee (not admin) opens the BKD record form for someone, then 403', async () => {
    const { agent } = await login(ctx.app, org.users.kasi.username, PASSWORD);
    expect((await agent.get(`/pengembangan/pegawai/${org.pegawai.staf.id}/riwayat/baru`)).status).toBe(403);
  });

  it('in the next period, the gap is compared with the previous one and the training in between', async () => {
    const p2026 = await makePeriode(ctx.prisma, { tahun: 2026, status: 'BERJALAN' });
    const pen = await makePenilaian(ctx.prisma, {
      periodeId: p2026.id,
      pegawai: org.pegawai.staf,
      status: 'DINILAI',
      kompetensi: [[komunikasi.id, 2, 2, 2]],
    });
    const g = await gapPenilaian(ctx.prisma, pen.id);
    expect(g.baris[0]!.sebelumnya).toMatchObject({ levelAtasan: 1, pelatihan: ['Coaching Komunikasi'] });
    const { agent } = await login(ctx.app, org.users.staf.username, PASSWORD);
    const res = await agent.get(`/pengembangan?periode=${p2026.id}`);
    expect(res.text).toContain('Komunikasi: 1 → 2 setelah Coaching Komunikasi');
  });

  it('the dashboard shows the JP bar and the agreed plan', async () => {
    const { agent } = await login(ctx.app, org.users.staf.username, PASSWORD);
    const res = await agent.get('/beranda');
    expect(res.text).toContain('Pengembangan kompetensi saya');
    expect(res.text).toContain('Pelatihan Komunikasi Efektif');
  });
});

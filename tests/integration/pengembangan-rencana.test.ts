import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import ExcelJS from 'exceljs';
import { setupApp, login, type TestContext } from '../helpers/app.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';
import { makeAturan, makeKompetensi, makePenilaian, makeProgram } from '../helpers/pengembangan-factories.js';
import { amankanSel, biayaProgram, ringkasAnggaran } from '../../src/modules/pengembangan/anggaran.js';
import { kelasPanas } from '../../src/modules/pengembangan/agregat.service.js';
import { buatRekomendasiSistem } from '../../src/modules/pengembangan/rekomendasi.service.js';

describe('budget arithmetic', () => {
  it('sums plan costs per unit against the budget and flags overruns', () => {
    const r = ringkasAnggaran(
      [
        { id: 1, nama: 'Dinas A' },
        { id: 2, nama: 'Dinas B' },
        { id: 3, nama: 'Dinas C' },
      ],
      [
        { unitId: 1, pagu: 10_000_000n },
        { unitId: 2, pagu: 3_000_000n },
      ],
      [
        { unitId: 1, rencana: 7_500_000n, peserta: 3 },
        { unitId: 2, rencana: 5_000_000n, peserta: 2 },
      ],
    );
    expect(r.baris.map((b) => [b.unitId, b.sisa, b.melebihi])).toEqual([
      [1, 2_500_000n, false],
      [2, -2_000_000n, true],
      [3, 0n, false],
    ]);
    expect(r.total).toEqual({ pagu: 13_000_000n, rencana: 12_500_000n, sisa: 500_000n, peserta: 5 });
    expect(biayaProgram(2_500_000n, 3)).toBe(7_500_000n);
  });
  it('escapes spreadsheet formulas', () => {
    expect(amankanSel('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(amankanSel('+62')).toBe("'+62");
    expect(amankanSel('-1')).toBe("'-1");
    expect(amankanSel('@SUM')).toBe("'@SUM");
    expect(amankanSel('Budi')).toBe('Budi');
    expect(amankanSel(-5)).toBe(-5);
  });
  it('heat classes grow with the share below standard', () => {
    expect([kelasPanas(0, 10), kelasPanas(0, 0), kelasPanas(1, 20), kelasPanas(2, 10), kelasPanas(3, 10), kelasPanas(6, 10)]).toEqual([
      0, 0, 1, 2, 3, 4,
    ]);
  });
});

describe('BKD analysis, plan and budget', () => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let program: { id: number };

  beforeAll(async () => {
    ctx = await setupApp();
    org = await makeOrg(ctx.prisma);
    await makeAturan(ctx.prisma);
    const kom = await makeKompetensi(ctx.prisma, 'Komunikasi');
    const kerja = await makeKompetensi(ctx.prisma, 'Kerja Sama');
    program = await makeProgram(ctx.prisma, {
      judul: '=Pelatihan Komunikasi',
      metode: 'NONKLASIKAL',
      jp: 8,
      biaya: 1_500_000,
      kompetensiId: kom.id,
      levelMin: 1,
      levelMax: 3,
    });
    await makeProgram(ctx.prisma, { judul: 'Kerja Tim', jp: 16, biaya: 2_000_000, kompetensiId: kerja.id, levelMin: 1, levelMax: 3 });
    const p = await makePeriode(ctx.prisma, { tahun: 2025, status: 'DITUTUP' });
    const { staf, staf2, stafLain, kasi } = org.pegawai;
    for (const [peg, kLevel, ksLevel] of [
      [staf, 1, 2],
      [staf2, 1, 1],
      [stafLain, 2, 2],
      [kasi, 2, 3],
    ] as const) {
      const pen = await makePenilaian(ctx.prisma, {
        periodeId: p.id,
        pegawai: peg,
        kompetensi: [
          [kom.id, 2, 2, kLevel],
          [kerja.id, 2, 2, ksLevel],
        ],
      });
      await buatRekomendasiSistem(ctx.prisma, pen.id);
    }
    await makePenilaian(ctx.prisma, {
      periodeId: p.id,
      pegawai: org.pegawai.kasiLain,
      status: 'DIKIRIM',
      kompetensi: [[kom.id, 2, 1, null]],
    });
    await ctx.prisma.rekomendasiPelatihan.updateMany({
      where: { pegawaiId: staf.id, programId: program.id },
      data: { status: 'DISETUJUI' },
    });
    await ctx.prisma.anggaranPelatihanUnit.createMany({
      data: [
        { tahun: 2026, unitId: org.units.opd.id, pagu: 2_000_000n },
        { tahun: 2026, unitId: org.units.opd2.id, pagu: 5_000_000n },
      ],
    });
  });
  afterAll(() => ctx.close());

  it('when a non-admin opens BKD pages, then 403', async () => {
    const { agent } = await login(ctx.app, org.users.kadis.username, PASSWORD);
    for (const url of [
      '/pengembangan/bkd',
      '/pengembangan/bkd/jp',
      '/pengembangan/bkd/rencana',
      '/pengembangan/bkd/rencana/ekspor.xlsx?tahun=2026',
    ]) {
      expect((await agent.get(url)).status, url).toBe(403);
    }
  });

  it('the heatmap counts staff below standard per unit, aggregated in SQL, ignoring unrated appraisals', async () => {
    const { agent } = await login(ctx.app, org.users.admin.username, PASSWORD);
    const res = await agent.get('/pengembangan/bkd');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Dinas Uji');
    // Komunikasi in Dinas Uji: staf (1<2), staf2 (1<2), kasi (2=2) → 2 of 3 below.
    expect(res.text).toMatch(/heat-4 text-center"><span class="fw-semibold">2<\/span>\/3/);
    // Whole government row: Komunikasi 2 of 4 rated (kasiLain's DIKIRIM appraisal not counted).
    expect(res.text).toMatch(/Seluruh pemerintah<\/th>\s*<td class="heat heat-4 text-center fw-semibold">2\/4/);
    const jab = await agent.get('/pengembangan/bkd?menurut=jabatan');
    expect(jab.text).toContain('Pengelola Data');
  });

  it('the plan shows demand per program, adds recommended staff, sums cost per unit against the budget and lists uncovered gaps', async () => {
    const { agent, csrf } = await login(ctx.app, org.users.admin.username, PASSWORD);
    const before = await agent.get('/pengembangan/bkd/rencana?tahun=2026');
    expect(before.status).toBe(200);
    expect(before.text).toContain('=Pelatihan Komunikasi');
    expect(before.text).toMatch(/Komunikasi: <strong>2<\/strong> pegawai/);
    const add = await agent
      .post('/pengembangan/bkd/rencana')
      .type('form')
      .send({ _csrf: csrf, tahun: '2026', programId: String(program.id), peserta: 'SEMUA' });
    expect(add.status).toBe(302);
    const rencana = await ctx.prisma.rencanaPelatihan.findFirstOrThrow({ where: { tahun: 2026 }, include: { peserta: true } });
    expect(rencana.peserta).toHaveLength(2);
    const after = await agent.get('/pengembangan/bkd/rencana?tahun=2026');
    expect(after.text).toContain('Rp\u00a03.000.000'); // 2 × 1.5 M
    expect(after.text).toContain('Melebihi pagu'); // Dinas Uji: 2 participants × 1.5 M > 2 M
    expect(after.text).not.toMatch(/Komunikasi: <strong>\d+<\/strong> pegawai/);
    expect(after.text).toMatch(/Kerja Sama: <strong>1<\/strong> pegawai/);

    const pagu = await agent
      .post('/pengembangan/bkd/anggaran')
      .type('form')
      .send({ _csrf: csrf, tahun: '2026', unitId: String(org.units.opd.id), pagu: '3.000.000' });
    expect(pagu.status).toBe(302);
    expect((await ctx.prisma.anggaranPelatihanUnit.findFirstOrThrow({ where: { tahun: 2026, unitId: org.units.opd.id } })).pagu).toBe(
      3_000_000n,
    );
    expect((await agent.get('/pengembangan/bkd/rencana?tahun=2026')).text).not.toContain('Melebihi pagu');
    const bad = await agent
      .post('/pengembangan/bkd/anggaran')
      .type('form')
      .send({ _csrf: csrf, tahun: '2026', unitId: String(org.units.opd.id), pagu: 'banyak' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('value="banyak"');

    const detail = await agent.get(`/pengembangan/bkd/rencana/${rencana.id}`);
    expect(detail.status).toBe(200);
    const rm = await agent
      .post(`/pengembangan/bkd/rencana/${rencana.id}/peserta/${org.pegawai.staf2.id}/hapus`)
      .type('form')
      .send({ _csrf: csrf });
    expect(rm.status).toBe(302);
    const miss = await agent.post(`/pengembangan/bkd/rencana/${rencana.id}/peserta`).type('form').send({ _csrf: csrf, nip: '000' });
    expect(miss.status).toBe(400);
    const ok = await agent
      .post(`/pengembangan/bkd/rencana/${rencana.id}/peserta`)
      .type('form')
      .send({ _csrf: csrf, nip: org.pegawai.stafLain.nip });
    expect(ok.status).toBe(302);
    expect(await ctx.prisma.pesertaRencanaPelatihan.count({ where: { rencanaId: rencana.id } })).toBe(2);
  });

  it('the XLSX export holds the plan with formula-like text escaped', async () => {
    const { agent } = await login(ctx.app, org.users.admin.username, PASSWORD);
    const res = await agent
      .get('/pengembangan/bkd/rencana/ekspor.xlsx?tahun=2026')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    const s = wb.getWorksheet('Rencana')!;
    expect(s.getRow(2).getCell(2).value).toBe("'=Pelatihan Komunikasi");
    expect(s.getRow(2).getCell(7).value).toBe(3_000_000);
    expect(wb.getWorksheet('Peserta')!.rowCount).toBe(3);
  });

  it('the JP list shows PNS below the minimum, searchable', async () => {
    await ctx.prisma.pengaturan.createMany({ data: [{ kunci: 'jpMinimalPns', nilai: 20 }], skipDuplicates: true });
    await ctx.prisma.riwayatPelatihan.create({
      data: {
        pegawaiId: org.pegawai.staf.id,
        judul: 'Latsar',
        tanggalMulai: new Date('2026-02-01T00:00:00Z'),
        tanggalSelesai: new Date('2026-02-10T00:00:00Z'),
        jp: 24,
      },
    });
    await ctx.prisma.riwayatPelatihan.create({
      data: {
        pegawaiId: org.pegawai.staf2.id,
        judul: 'Webinar',
        tanggalMulai: new Date('2026-12-31T00:00:00Z'),
        tanggalSelesai: new Date('2026-12-31T00:00:00Z'),
        jp: 6,
      },
    });
    const { agent } = await login(ctx.app, org.users.admin.username, PASSWORD);
    const res = await agent.get('/pengembangan/bkd/jp?tahun=2026');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('>Staf Uji<');
    expect(res.text).toContain('>Staf Dua<');
    const q = await agent.get('/pengembangan/bkd/jp?tahun=2026&q=dua');
    expect(q.text).toContain('>Staf Dua<');
    expect(q.text).not.toContain('>Atasan Uji<');
    const next = await agent.get('/pengembangan/bkd/jp?tahun=2027&q=dua');
    expect(next.text).toMatch(/Staf Dua<\/a>[\s\S]*?<td class="text-end">0<\/td>/);
  });
});

import fs from 'node:fs';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import ExcelJS from 'exceljs';
import { setupApp, login, type TestContext } from '../helpers/app.js';
import { makeOrg, makePegawai, makePeriode, makeUnit, makeJabatan, PASSWORD } from '../helpers/factories.js';
import { makePenilaian, makeKompetensi } from '../helpers/laporan-factories.js';
import { evaluasiDistribusi, distribusi } from '../../src/modules/laporan/laporan.distribusi.js';
import { kecenderunganPenilai } from '../../src/modules/laporan/laporan.penilai.js';
import { progres } from '../../src/modules/laporan/laporan.progres.js';
import { csvField, amankanSel } from '../../src/modules/laporan/laporan.ekspor.js';
import { parseFilter } from '../../src/modules/laporan/laporan.schema.js';
import { CHROMIUM_PATH, closePdfBrowser } from '../../src/modules/laporan/laporan.pdf.js';
import type { Scope } from '../../src/modules/laporan/laporan.scope.js';
import type { RatingKinerja } from '../../src/generated/prisma/enums.js';

let ctx: TestContext;
let org: Awaited<ReturnType<typeof makeOrg>>;
let periode: Awaited<ReturnType<typeof makePeriode>>;
const tanpaFilter = parseFilter({});

const BAIK = [
  { predikat: 'BAIK' as const, minPersen: 0, maksPersen: 70 },
  { predikat: 'BUTUH_PERBAIKAN' as const, minPersen: 0, maksPersen: 100 },
];

beforeAll(async () => {
  ctx = await setupApp();
  org = await makeOrg(ctx.prisma);
  periode = await makePeriode(ctx.prisma, { tahun: 2026 });
});
afterAll(async () => {
  await closePdfBrowser();
  await ctx.close();
});

function scopeOf(u: { id: number; nama: string; jalur: string }): Scope {
  return { rootId: u.id, rootNama: u.nama, jalur: u.jalur, batasJalur: '/', isAdmin: true };
}

describe('distribution against the pola distribusi bounds (hand-checked)', () => {
  it('when 7 of 10 are Baik under a 70% cap, then it is within bounds', () => {
    const r = evaluasiDistribusi({ SANGAT_BAIK: 1, BAIK: 7, BUTUH_PERBAIKAN: 2 }, BAIK);
    expect(r.total).toBe(10);
    expect(r.baris.find((b) => b.predikat === 'BAIK')!.persen).toBeCloseTo(70);
    expect(r.pelanggaran).toEqual([]);
  });
  it('when 8 of 10 are Baik, then Baik (80%) is flagged above the 70% cap and nothing else', () => {
    const r = evaluasiDistribusi({ BAIK: 8, BUTUH_PERBAIKAN: 1, KURANG: 1 }, BAIK);
    expect(r.pelanggaran.map((b) => [b.predikat, Math.round(b.persen), b.status])).toEqual([['BAIK', 80, 'di_atas_maks']]);
  });
  it('when a Butuh Perbaikan unit has 5 of 10 Butuh Perbaikan and 2 Sangat Baik, then both the 60% minimum and the 10% cap are flagged', () => {
    const bounds = [
      { predikat: 'BUTUH_PERBAIKAN' as const, minPersen: 60, maksPersen: 100 },
      { predikat: 'SANGAT_BAIK' as const, minPersen: 0, maksPersen: 10 },
    ];
    const r = evaluasiDistribusi({ BUTUH_PERBAIKAN: 5, SANGAT_BAIK: 2, BAIK: 3 }, bounds);
    expect(r.pelanggaran.map((b) => [b.predikat, b.status])).toEqual([
      ['SANGAT_BAIK', 'di_atas_maks'],
      ['BUTUH_PERBAIKAN', 'di_bawah_min'],
    ]);
  });
  it('when nobody is rated yet, then no violation is reported', () => {
    expect(evaluasiDistribusi({}, BAIK).pelanggaran).toEqual([]);
  });

  it('when an OPD rated 8 of 10 staff Baik under organisational predikat Baik, then the report flags it from PostgreSQL counts', async () => {
    const opd = await makeUnit(ctx.prisma, { nama: 'Dinas Distribusi' });
    const seksi = await makeUnit(ctx.prisma, { nama: 'Seksi Distribusi', indukId: opd.id, jenis: 'SEKSI' });
    const jab = await makeJabatan(ctx.prisma, seksi.id);
    const pola: [RatingKinerja, RatingKinerja][] = [...Array(8).fill(['SESUAI', 'SESUAI']), ['DI_BAWAH', 'SESUAI'], ['DI_ATAS', 'DI_ATAS']];
    for (const [h, p] of pola) {
      const peg = await makePegawai(ctx.prisma, { unitId: seksi.id, jabatanId: jab.id });
      await makePenilaian(ctx.prisma, { periodeId: periode.id, pegawai: peg, hasil: h, perilaku: p });
    }
    // A draft is not a result and does not count.
    const draf = await makePegawai(ctx.prisma, { unitId: seksi.id, jabatanId: jab.id });
    await makePenilaian(ctx.prisma, { periodeId: periode.id, pegawai: draf, status: 'DRAFT' });
    await ctx.prisma.predikatUnit.create({ data: { periodeId: periode.id, unitId: opd.id, predikatOrganisasi: 'BAIK' } });
    const { unit } = await distribusi(ctx.prisma, scopeOf(opd), tanpaFilter, periode.id);
    expect(unit).toHaveLength(1);
    const u = unit[0]!;
    expect(u.total).toBe(10);
    expect(u.baris.map((b) => b.jumlah)).toEqual([1, 8, 1, 0, 0]);
    expect(u.pelanggaran.map((b) => b.predikat)).toEqual(['BAIK']);

    const { agent } = await login(ctx.app, org.users.admin.username, PASSWORD);
    const page = await agent.get(`/laporan/distribusi?periode=${periode.id}&unit=${opd.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Dinas Distribusi');
    expect(page.text).toContain('Di luar batas');
    expect(page.text).toContain('data-tabel="t-distribusi"');
  });
});

describe('rater tendencies on a constructed data set', () => {
  it('when supervisors rate leniently, severely, centrally or have a small team, then the flags follow the government-wide figures', async () => {
    const p2 = await makePeriode(ctx.prisma, { tahun: 2031 });
    const opd = await makeUnit(ctx.prisma, { nama: 'Dinas Penilai' });
    const jab = await makeJabatan(ctx.prisma, opd.id);
    const jabAtasan = await makeJabatan(ctx.prisma, opd.id, 'PENGAWAS');
    const kom = await makeKompetensi(ctx.prisma, 'Integritas Uji');
    const tim: Record<string, [RatingKinerja, RatingKinerja][]> = {
      longgar: Array(6).fill(['DI_ATAS', 'DI_ATAS']),
      ketat: Array(6).fill(['DI_BAWAH', 'SESUAI']),
      tengah: Array(6).fill(['SESUAI', 'SESUAI']),
      kecil: Array(2).fill(['DI_ATAS', 'DI_ATAS']),
      biasa: [
        ['DI_ATAS', 'SESUAI'],
        ['DI_ATAS', 'SESUAI'],
        ['SESUAI', 'SESUAI'],
        ['SESUAI', 'SESUAI'],
        ['SESUAI', 'SESUAI'],
        ['SESUAI', 'SESUAI'],
      ],
    };
    const atasan: Record<string, number> = {};
    for (const [nama, ratings] of Object.entries(tim)) {
      const a = await makePegawai(ctx.prisma, { unitId: opd.id, jabatanId: jabAtasan.id, nama: `Penilai ${nama}` });
      atasan[nama] = a.id;
      for (const [h, p] of ratings) {
        const peg = await makePegawai(ctx.prisma, { unitId: opd.id, jabatanId: jab.id, atasanId: a.id });
        await makePenilaian(ctx.prisma, {
          periodeId: p2.id,
          pegawai: peg,
          hasil: h,
          perilaku: p,
          kompetensi: [{ kompetensiId: kom.id, levelDibutuhkan: 2, levelDiri: nama === 'ketat' ? 4 : 2, levelAtasan: 2 }],
        });
      }
    }
    const res = await kecenderunganPenilai(ctx.prisma, scopeOf(opd), tanpaFilter, p2.id, 0, 50);
    // 52 rating values summing to 116 (hand count): mean 2.2308; 18 "Di Atas" of 52.
    expect(res.gov.n).toBe(26);
    expect(res.gov.rata).toBeCloseTo(116 / 52, 4);
    expect(res.gov.porsiAtas).toBeCloseTo(18 / 52, 4);
    expect(res.gov.selisihKompetensi).toBeCloseTo((6 * 2) / 26, 4);
    const by = new Map(res.items.map((i) => [i.penilai_id, i]));
    expect(by.get(atasan.longgar!)).toMatchObject({ n: 6, rata: 3, atas: 1, tanda: 'LONGGAR' });
    expect(by.get(atasan.ketat!)).toMatchObject({ n: 6, rata: 1.5, tanda: 'KETAT', selisih: 2 });
    expect(by.get(atasan.ketat!)!.sd).toBeCloseTo(0.5, 6);
    expect(by.get(atasan.tengah!)).toMatchObject({ rata: 2, sd: 0, sesuai: 1, tanda: 'TENGAH' });
    expect(by.get(atasan.kecil!)).toMatchObject({ n: 2, rata: 3, tanda: null });
    expect(by.get(atasan.biasa!)!.tanda).toBeNull();
    expect(by.get(atasan.biasa!)!.rata).toBeCloseTo(26 / 12, 6);
    // Flagged raters come first.
    expect(res.items.slice(0, 3).every((i) => i.tanda !== null)).toBe(true);

    const { agent } = await login(ctx.app, org.users.admin.username, PASSWORD);
    const page = await agent.get(`/laporan/penilai?periode=${p2.id}&unit=${opd.id}&hanyaDitandai=1`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Cenderung longgar');
    expect(page.text).toContain('Penilai longgar');
    expect(page.text).not.toContain('Penilai kecil');
  });
});

describe('progress', () => {
  it('when staff have no appraisal or miss a passed deadline, then they count as belum mulai and overdue for their supervisor', async () => {
    const p3 = await makePeriode(ctx.prisma, { tahun: 2020 });
    const opd = await makeUnit(ctx.prisma, { nama: 'Dinas Progres' });
    const seksi = await makeUnit(ctx.prisma, { nama: 'Seksi Progres', indukId: opd.id, jenis: 'SEKSI' });
    const jab = await makeJabatan(ctx.prisma, seksi.id);
    const kasi = await makePegawai(ctx.prisma, { unitId: seksi.id, jabatanId: jab.id, nama: 'Kasi Progres' });
    const a = await makePegawai(ctx.prisma, { unitId: seksi.id, jabatanId: jab.id, atasanId: kasi.id });
    const b = await makePegawai(ctx.prisma, { unitId: seksi.id, jabatanId: jab.id, atasanId: kasi.id });
    const c = await makePegawai(ctx.prisma, { unitId: seksi.id, jabatanId: jab.id, atasanId: kasi.id });
    await makePenilaian(ctx.prisma, { periodeId: p3.id, pegawai: b, status: 'DIKIRIM', dikirimPada: new Date('2020-12-01T02:00:00Z') });
    await makePenilaian(ctx.prisma, { periodeId: p3.id, pegawai: c, status: 'FINAL' });
    // The OPD's own later deadline applies to its seksi: on 20 Dec the self-assessment is not late yet, the rating is.
    await ctx.prisma.batasWaktuUnit.create({
      data: {
        periodeId: p3.id,
        unitId: opd.id,
        batasPenilaianDiri: new Date('2020-12-22T00:00:00Z'),
        batasPenilaianAtasan: new Date('2020-12-10T00:00:00Z'),
      },
    });
    const today = new Date('2020-12-20T00:00:00Z');
    const data = await progres(ctx.prisma, scopeOf(opd), tanpaFilter, p3.id, today);
    expect(data.total).toMatchObject({ BELUM_MULAI: 2, DIKIRIM: 1, FINAL: 1 });
    expect(data.totalN).toBe(4);
    expect(data.unit.map((u) => u.nama)).toEqual(['Seksi Progres']);
    const telat = data.telat;
    expect(telat.total).toBe(1);
    expect(telat.items).toHaveLength(1);
    expect(telat.items[0]).toMatchObject({ penilai_id: kasi.id, diri: 0, nilai: 1 });
    const later = await progres(ctx.prisma, scopeOf(opd), tanpaFilter, p3.id, new Date('2020-12-23T00:00:00Z'), { skip: 0, take: 10 });
    const telat2 = later.telat;
    // a (no row) is late for self-assessment; kasi himself has no atasan.
    expect(telat2.items.find((x) => x.penilai_id === kasi.id)).toMatchObject({ diri: 1, nilai: 1 });
    // The daily trend counts the send on its calendar day in the deployment's zone (09.00 WIB).
    const hari1 = data.tren.find((x) => x.hari.toISOString().slice(0, 10) === '2020-12-01');
    expect(hari1).toMatchObject({ dikirim: 1, kumDikirim: 1 });
    expect(data.tren.map((x) => x.hari.getTime())).toEqual([...data.tren.map((x) => x.hari.getTime())].sort((a, b) => a - b));
    // Paging the overdue list past its end keeps the total.
    const past = await progres(ctx.prisma, scopeOf(opd), tanpaFilter, p3.id, today, { skip: 10, take: 10 });
    expect(past.telat).toEqual({ total: 1, items: [] });
    expect(a.id).toBeGreaterThan(0);
  });

  it('when BKD opens the progress page, then it renders with a chart canvas and its table', async () => {
    const { agent } = await login(ctx.app, org.users.admin.username, PASSWORD);
    const res = await agent.get(`/laporan/progres?periode=${periode.id}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<canvas id="g-progres"');
    expect(res.text).toContain('id="t-progres"');
    expect(res.text).toContain('/assets/chart.js/chart.umd.js');
  });
});

describe('access', () => {
  it('when a pimpinan opens reports, then only their subtree is reachable and another unit is 404', async () => {
    const { agent } = await login(ctx.app, org.users.kadis.username, PASSWORD);
    for (const p of ['/laporan', '/laporan/progres', '/laporan/distribusi', '/laporan/penilai', '/laporan/kompetensi']) {
      expect((await agent.get(p)).status, p).toBe(200);
    }
    expect((await agent.get(`/laporan/progres?unit=${org.units.seksi.id}`)).status).toBe(200);
    expect((await agent.get(`/laporan/progres?unit=${org.units.opd2.id}`)).status).toBe(404);
    expect((await agent.get(`/laporan/ekspor.xlsx?unit=${org.units.opd2.id}`)).status).toBe(404);
  });

  it('when a staff member or supervisor without a role opens reports, then 403', async () => {
    const { agent } = await login(ctx.app, org.users.kasi.username, PASSWORD);
    expect((await agent.get('/laporan/progres')).status).toBe(403);
    expect((await agent.get('/laporan/ekspor.csv')).status).toBe(403);
    const home = await agent.get('/beranda');
    expect(home.text).not.toContain('href="/laporan"');
  });

  it('when reading a Dokumen Evaluasi Kinerja, then the employee, rater, atasan penilai, pimpinan and BKD may; others get 404', async () => {
    const pk = await makePenilaian(ctx.prisma, { periodeId: periode.id, pegawai: org.pegawai.staf, atasanPenilaiId: org.pegawai.kadis.id });
    for (const u of [org.users.staf, org.users.kasi, org.users.kadis, org.users.admin]) {
      const { agent } = await login(ctx.app, u.username, PASSWORD);
      const res = await agent.get(`/laporan/dokumen/${pk.id}`);
      expect(res.status, u.username).toBe(200);
      expect(res.text).toContain('Dokumen Evaluasi Kinerja');
      expect(res.text).toContain('Staf Uji');
    }
    for (const u of [org.users.staf2, org.users.kasiLain, org.users.stafLain]) {
      const { agent } = await login(ctx.app, u.username, PASSWORD);
      expect((await agent.get(`/laporan/dokumen/${pk.id}`)).status, u.username).toBe(404);
      expect((await agent.get(`/laporan/dokumen/${pk.id}.pdf`)).status, u.username).toBe(404);
    }
  });

  it('when the document names the three people, then each rank reads "pangkat, golongan/ruang" in one format', async () => {
    const peg = await makePegawai(ctx.prisma, {
      unitId: org.units.seksi.id,
      jabatanId: org.jabatan.jStaf.id,
      atasanId: org.pegawai.kasi.id,
      nama: 'Pangkat Dokumen',
    });
    const pk = await makePenilaian(ctx.prisma, { periodeId: periode.id, pegawai: peg, atasanPenilaiId: org.pegawai.kadis.id });
    const { agent } = await login(ctx.app, org.users.admin.username, PASSWORD);
    const res = await agent.get(`/laporan/dokumen/${pk.id}`);
    expect(res.status).toBe(200);
    const row = res.text.match(/<th scope="row">Pangkat\/gol\.<\/th>(.*?)<\/tr>/s)?.[1] ?? '';
    const cells = [...row.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]);
    // The employee III/a, Atasan Uji III/d, Kepala Uji IV/c (makeOrg).
    expect(cells).toEqual(['Penata Muda, III/a', 'Penata Tingkat I, III/d', 'Pembina Utama Muda, IV/c']);
  });
});

describe('exports', () => {
  it('escapes cells that a spreadsheet would run as formulas', () => {
    for (const s of ['=1+1', '+62', '-2', '@SUM(A1)', '\tx', '\rx']) expect(amankanSel(s)).toBe(`'${s}`);
    expect(amankanSel('Budi')).toBe('Budi');
    expect(csvField('=HYPERLINK("http://x","klik")')).toBe(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField(7)).toBe('7');
  });

  it('when BKD downloads XLSX and CSV for a unit, then one row per employee with ratings, gaps and JP, injection-safe', async () => {
    const opd = await makeUnit(ctx.prisma, { nama: 'Dinas Ekspor' });
    const jab = await makeJabatan(ctx.prisma, opd.id, 'PELAKSANA', 'Pengolah Data');
    const kom = await makeKompetensi(ctx.prisma);
    const jahat = await makePegawai(ctx.prisma, { unitId: opd.id, jabatanId: jab.id, nama: '=HYPERLINK("http://evil","x")' });
    const rina = await makePegawai(ctx.prisma, { unitId: opd.id, jabatanId: jab.id, nama: 'Rina Ekspor' });
    await makePegawai(ctx.prisma, { unitId: opd.id, jabatanId: jab.id, nama: 'Belum Mulai Ekspor' });
    await makePenilaian(ctx.prisma, {
      periodeId: periode.id,
      pegawai: rina,
      hasil: 'DI_ATAS',
      perilaku: 'SESUAI',
      kompetensi: [{ kompetensiId: kom.id, levelDibutuhkan: 3, levelDiri: 3, levelAtasan: 2 }],
    });
    await ctx.prisma.riwayatPelatihan.createMany({
      data: [
        { pegawaiId: rina.id, judul: 'Pelatihan A', tanggalMulai: new Date('2026-03-01'), tanggalSelesai: new Date('2026-03-03'), jp: 12 },
        { pegawaiId: rina.id, judul: 'Pelatihan B', tanggalMulai: new Date('2026-06-01'), tanggalSelesai: new Date('2026-06-01'), jp: 8 },
        { pegawaiId: rina.id, judul: 'Tahun lalu', tanggalMulai: new Date('2025-06-01'), tanggalSelesai: new Date('2025-06-01'), jp: 30 },
      ],
    });
    const { agent } = await login(ctx.app, org.users.admin.username, PASSWORD);
    const x = await agent
      .get(`/laporan/ekspor.xlsx?periode=${periode.id}&unit=${opd.id}`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(x.status).toBe(200);
    expect(x.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.body as never);
    const ws = wb.getWorksheet('Hasil penilaian')!;
    const rows = ws
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual([
      'NIP / NI PPPK',
      'Nama',
      'Golongan',
      'Jabatan',
      'Unit kerja',
      'Status',
      'Hasil kerja',
      'Perilaku kerja',
      'Predikat',
      'Predikat sebelum kalibrasi',
      'Jumlah kesenjangan kompetensi',
      'JP pengembangan tahun ini',
    ]);
    expect(rows).toHaveLength(4);
    const rinaRow = rows.find((r) => r[1] === 'Rina Ekspor')!;
    expect(rinaRow[0]).toBe(rina.nip);
    expect(rinaRow.slice(2, 9)).toEqual([
      'III/a',
      'Pengolah Data',
      'Dinas Ekspor',
      'Final',
      'Di Atas Ekspektasi',
      'Sesuai Ekspektasi',
      'Baik',
    ]);
    expect(rinaRow[10]).toBe(1);
    expect(rinaRow[11]).toBe(20);
    expect(rows.find((r) => r[1] === 'Belum Mulai Ekspor')![5]).toBe('Belum mulai');
    expect(rows.some((r) => r[1] === `'${jahat.nama}`)).toBe(true);
    expect(rows.some((r) => typeof r[1] === 'object')).toBe(false);

    const csv = await agent.get(`/laporan/ekspor.csv?periode=${periode.id}&unit=${opd.id}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(4);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv.text).not.toMatch(/(^|;)=HYPERLINK/m);
    expect(lines.find((l) => l.includes('Rina Ekspor'))).toContain(';Final;Di Atas Ekspektasi;Sesuai Ekspektasi;Baik;;1;20');
  });
});

describe('PDF', () => {
  const ada = fs.existsSync(CHROMIUM_PATH);
  it.skipIf(!ada)(
    `when the document is downloaded as PDF, then a non-empty PDF carries the employee's name (skipped only when Chromium is absent at ${CHROMIUM_PATH})`,
    async () => {
      const peg = await makePegawai(ctx.prisma, {
        unitId: org.units.seksi.id,
        jabatanId: org.jabatan.jStaf.id,
        atasanId: org.pegawai.kasi.id,
        nama: 'Sari Dokumen',
      });
      const pk = await makePenilaian(ctx.prisma, { periodeId: periode.id, pegawai: peg, hasil: 'DI_ATAS', perilaku: 'DI_ATAS' });
      const { agent } = await login(ctx.app, org.users.admin.username, PASSWORD);
      const res = await agent
        .get(`/laporan/dokumen/${pk.id}.pdf`)
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const buf = res.body as Buffer;
      expect(buf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(buf.length).toBeGreaterThan(5000);
      // Chromium writes the document title into the PDF info dictionary (UTF-16BE hex or literal).
      const raw = buf.toString('latin1');
      const hex = Buffer.from('Sari Dokumen', 'utf16le').swap16().toString('hex').toUpperCase();
      expect(raw.includes('Sari Dokumen') || raw.toUpperCase().includes(hex)).toBe(true);
    },
  );
});

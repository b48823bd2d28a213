/** Issue 16, SIASN exchange: export shape and codes, final results only, re-export of changes, missing ids, mapping, training-history import, access. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import ExcelJS from 'exceljs';
import { setupApp, DEFAULT_UPLOAD_DIR, type TestContext } from '../helpers/app.js';
import { makeOrg, makePeriode, makePegawai } from '../helpers/factories.js';
import { makePenilaian } from '../helpers/laporan-factories.js';
import { asAdmin, as, type AdminSession, type Org } from '../helpers/admin-factories.js';
import { terapkan as kalibrasi } from '../../src/modules/kalibrasi/kalibrasi.service.js';
import { FIELD } from '../../src/modules/siasn/siasn.ekspor.js';
import { KELOMPOK } from '../../src/modules/siasn/siasn.kode.js';
import { ringkasanJp } from '../../src/modules/pengembangan/jp.service.js';

let ctx: TestContext;
let org: Org;
let admin: AdminSession;
let tahunan: { id: number };
let pk: Record<string, { id: number; versi: number }>;

beforeAll(async () => {
  // Default settings (the app's own upload folder): the import reads uploads in memory and stores no file.
  ctx = await setupApp({ ...DEFAULT_UPLOAD_DIR });
  org = await makeOrg(ctx.prisma);
  admin = await asAdmin(ctx, org);
  const { staf, staf2, kasi, stafLain, kadis } = org.pegawai;
  await ctx.prisma.pegawai.update({ where: { id: staf.id }, data: { siasnId: 'A1B2C3D4-0001' } });
  await ctx.prisma.pegawai.update({ where: { id: stafLain.id }, data: { siasnId: 'A1B2C3D4-0002' } });
  await ctx.prisma.pegawai.update({ where: { id: kasi.id }, data: { siasnId: 'A1B2C3D4-0003' } });
  tahunan = await makePeriode(ctx.prisma, { tahun: 2025, status: 'DITUTUP' });
  pk = {
    staf: await makePenilaian(ctx.prisma, { periodeId: tahunan.id, pegawai: staf }),
    // No SIASN id: listed, not exported.
    staf2: await makePenilaian(ctx.prisma, { periodeId: tahunan.id, pegawai: staf2, hasil: 'DI_ATAS', perilaku: 'SESUAI' }),
    // Rated but not final: never exported.
    kasi: await makePenilaian(ctx.prisma, { periodeId: tahunan.id, pegawai: kasi, status: 'DINILAI' }),
    // Rated by nobody in SIKAP: a non-ASN rater.
    stafLain: await makePenilaian(ctx.prisma, {
      periodeId: tahunan.id,
      pegawai: stafLain,
      hasil: 'DI_ATAS',
      perilaku: 'DI_ATAS',
      penilaiId: null,
    }),
  };
  await makePenilaian(ctx.prisma, { periodeId: tahunan.id, pegawai: kadis, status: 'DRAFT' });
  const q1 = await ctx.prisma.periodePenilaian.create({
    data: {
      nama: 'Triwulan I 2025',
      tahun: 2025,
      jenis: 'TRIWULAN',
      triwulan: 1,
      // A periodic evaluation of the year (decision 110).
      indukId: tahunan.id,
      ke: 1,
      tanggalMulai: new Date('2025-01-01T00:00:00Z'),
      tanggalSelesai: new Date('2025-03-31T00:00:00Z'),
      batasPenilaianDiri: new Date('2025-04-07T00:00:00Z'),
      batasPenilaianAtasan: new Date('2025-04-14T00:00:00Z'),
      status: 'DITUTUP',
    },
  });
  pk.q1 = await makePenilaian(ctx.prisma, { periodeId: q1.id, pegawai: staf, hasil: 'DI_BAWAH', perilaku: 'SESUAI' });
});
afterAll(() => ctx.close());

const ekspor = (body: Record<string, string>, who = admin) => who.post('/admin/siasn/ekspor', body);
async function batchTerakhir() {
  return ctx.prisma.eksporSiasn.findFirstOrThrow({ orderBy: { id: 'desc' } });
}
async function jsonl(id: number) {
  const res = await admin.agent.get(`/admin/siasn/ekspor/${id}.jsonl`);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toContain('application/x-ndjson');
  return res.text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('SIASN export', () => {
  it('when an annual export is made, then only final results with a SIASN id leave, in the skp22 shape with the mapped codes', async () => {
    const page = await admin.agent.get('/admin/siasn?tahun=2025&jenis=TAHUNAN');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/id="jumlah-final">3</);
    expect(page.text).toMatch(/id="jumlah-siap">2</);
    expect(page.text).toMatch(/id="jumlah-tanpa-id">1</);

    const res = await ekspor({ tahun: '2025', jenis: 'TAHUNAN', mode: 'SEMUA' });
    expect(res.status).toBe(302);
    const b = await batchTerakhir();
    expect(b).toMatchObject({ tahun: 2025, jenis: 'TAHUNAN', mode: 'SEMUA', jumlahBaris: 2, jumlahTanpaId: 1 });
    const rows = await jsonl(b.id);
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(Object.keys(r)).toEqual(FIELD.TAHUNAN);
    const staf = rows.find((r) => r.pnsDinilaiOrang === 'A1B2C3D4-0001')!;
    expect(staf).toEqual({
      pnsDinilaiOrang: 'A1B2C3D4-0001',
      tahun: 2025,
      hasilKinerjaNilai: 2,
      perilakuKerjaNilai: 2,
      kuadranKinerjaNilai: 2,
      penilaiNipNrp: org.pegawai.kasi.nip,
      penilaiNama: 'Atasan Uji',
      penilaiJabatan: 'Kepala Seksi Uji',
      penilaiGolongan: '34',
      penilaiUnorNama: 'Seksi Uji',
      statusPenilai: 'ASN',
    });
    const lain = rows.find((r) => r.pnsDinilaiOrang === 'A1B2C3D4-0002')!;
    expect(lain).toMatchObject({
      hasilKinerjaNilai: 1,
      perilakuKerjaNilai: 1,
      kuadranKinerjaNilai: 1,
      penilaiNipNrp: null,
      statusPenilai: 'NON ASN',
    });
    // Each exported row is recorded with its batch (and so its date) and a content hash.
    const recorded = await ctx.prisma.barisEksporSiasn.findMany({ where: { eksporId: b.id } });
    expect(recorded.map((r) => r.sumberId).sort()).toEqual([pk.staf!.id, pk.stafLain!.id].sort());
    expect(recorded.every((r) => /^[0-9a-f]{64}$/.test(r.hash))).toBe(true);
    expect(await ctx.prisma.auditLog.count({ where: { aksi: 'EKSPOR_SIASN', entitasId: String(b.id) } })).toBe(1);
  });

  it('when a periodic export is made, then the kinerjaperiodik record carries the evaluation months', async () => {
    expect((await ekspor({ tahun: '2025', jenis: 'PERIODIK', mode: 'SEMUA' })).status).toBe(302);
    const rows = await jsonl((await batchTerakhir()).id);
    const staf = rows.filter((x) => x.pnsDinilaiId === 'A1B2C3D4-0001');
    const r = staf.find((x) => x.bulanMulaiPenilaian === 1);
    expect(Object.keys(r!)).toEqual(FIELD.PERIODIK);
    // The year end is the last evaluation of a year that runs periodically: April–December here.
    expect(staf.map((x) => [x.bulanMulaiPenilaian, x.bulanSelesaiPenilaian])).toEqual([
      [1, 3],
      [4, 12],
    ]);
    expect(r).toMatchObject({
      pnsDinilaiId: 'A1B2C3D4-0001',
      tahun: 2025,
      bulanMulaiPenilaian: 1,
      tahunMulaiPenilaian: 2025,
      bulanSelesaiPenilaian: 3,
      tahunSelesaiPenilaian: 2025,
      hasilKinerjaNilai: 3,
      kuadranKinerjaNilai: 3,
    });
  });

  it('when nothing changed, then "only changed" refuses with a message; after a keberatan, a calibration and a filled id it lists exactly those rows', async () => {
    const none = await ekspor({ tahun: '2025', jenis: 'TAHUNAN', mode: 'BERUBAH' });
    expect(none.status).toBe(400);
    expect(none.text).toContain('Tidak ada hasil yang berubah sejak ekspor terakhir.');

    // A keberatan decided in the employee's favour changes the ratings (what keberatan.service.putuskan writes).
    await ctx.prisma.penilaianKinerja.update({
      where: { id: pk.staf!.id },
      data: { ratingHasilKerja: 'DI_ATAS', ratingPerilaku: 'DI_ATAS', predikat: 'SANGAT_BAIK', versi: { increment: 1 } },
    });
    // A calibration by the unit's pimpinan changes the predikat only.
    const lain = await ctx.prisma.penilaianKinerja.findUniqueOrThrow({ where: { id: pk.stafLain!.id } });
    const opd2 = org.units.opd2;
    await kalibrasi(ctx.prisma, org.users.admin.id, { id: opd2.id, jalur: opd2.jalur }, tahunan.id, [
      { id: lain.id, predikat: 'BAIK', alasan: 'Disesuaikan dengan pola distribusi dinas.', versi: lain.versi },
    ]);
    // Staf Dua's id is filled in: a result never exported.
    await ctx.prisma.pegawai.update({ where: { id: org.pegawai.staf2.id }, data: { siasnId: 'A1B2C3D4-0004' } });

    const page = await admin.agent.get('/admin/siasn?tahun=2025&jenis=TAHUNAN');
    expect(page.text).toMatch(/id="jumlah-berubah">2</);
    expect(page.text).toMatch(/id="jumlah-baru">1</);
    expect((await ekspor({ tahun: '2025', jenis: 'TAHUNAN', mode: 'BERUBAH' })).status).toBe(302);
    const b = await batchTerakhir();
    expect(b).toMatchObject({ mode: 'BERUBAH', jumlahBaris: 3, jumlahTanpaId: 0 });
    const rows = await jsonl(b.id);
    const by = new Map(rows.map((r) => [r.pnsDinilaiOrang, r]));
    expect([...by.keys()].sort()).toEqual(['A1B2C3D4-0001', 'A1B2C3D4-0002', 'A1B2C3D4-0004']);
    expect(by.get('A1B2C3D4-0001')).toMatchObject({ hasilKinerjaNilai: 1, perilakuKerjaNilai: 1, kuadranKinerjaNilai: 1 });
    expect(by.get('A1B2C3D4-0002')).toMatchObject({ kuadranKinerjaNilai: 2 });
    // And then nothing is left to send.
    expect((await ekspor({ tahun: '2025', jenis: 'TAHUNAN', mode: 'BERUBAH' })).status).toBe(400);
  });

  it('when BKD corrects a code, then the change is audited and the next export uses it for exactly the rows it touches', async () => {
    const form: Record<string, string> = {};
    for (const k of KELOMPOK) for (const [v] of k.nilai) form[`kode-${k.kelompok}-${v}`] = k.bawaan[v]!;
    const bad = await admin.post('/admin/siasn/kode', { ...form, 'kode-KUADRAN_KINERJA-BAIK': '=2+1' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('tidak boleh diawali');
    expect(bad.text).toContain('value="=2+1"');
    expect(bad.text).toContain('id="f-kode-KUADRAN_KINERJA-BAIK-galat"');

    const ok = await admin.post('/admin/siasn/kode', { ...form, 'kode-KUADRAN_KINERJA-BAIK': '7', 'cek-KUADRAN_KINERJA-BAIK': 'on' });
    expect(ok.status).toBe(302);
    const log = await ctx.prisma.auditLog.findFirstOrThrow({ where: { entitas: 'KodeSiasn' }, orderBy: { id: 'desc' } });
    expect(log.sebelum).toMatchObject({ kelompok: 'KUADRAN_KINERJA', nilaiSikap: 'BAIK', kode: '2', terverifikasi: false });
    expect(log.sesudah).toMatchObject({ kode: '7', terverifikasi: true });
    expect(await ctx.prisma.auditLog.count({ where: { entitas: 'KodeSiasn' } })).toBe(1);

    expect((await ekspor({ tahun: '2025', jenis: 'TAHUNAN', mode: 'BERUBAH' })).status).toBe(302);
    const rows = await jsonl((await batchTerakhir()).id);
    // Staf Dua (Di Atas/Sesuai → Baik) and Staf Lain (calibrated to Baik); Staf Uji is Sangat Baik and unchanged.
    expect(rows.map((r) => r.pnsDinilaiOrang).sort()).toEqual(['A1B2C3D4-0002', 'A1B2C3D4-0004']);
    expect(rows.every((r) => r.kuadranKinerjaNilai === 7)).toBe(true);
  });

  it('when a result has no SIASN id, then the page lists it (searchable) with a link to fill it, and the XLSX file escapes formula-like cells', async () => {
    const baru = await makePegawai(ctx.prisma, {
      unitId: org.units.seksi.id,
      jabatanId: org.jabatan.jStaf.id,
      atasanId: org.pegawai.kasi.id,
      nama: 'Tanpa Id Siasn',
    });
    await makePenilaian(ctx.prisma, { periodeId: tahunan.id, pegawai: baru });
    const page = await admin.agent.get('/admin/siasn?tahun=2025&jenis=TAHUNAN');
    expect(page.text).toContain('Tanpa Id Siasn');
    expect(page.text).toContain(`href="/admin/pegawai/${baru.id}"`);
    expect((await admin.agent.get('/admin/siasn?tahun=2025&jenis=TAHUNAN&q=tanpa')).text).toContain('Tanpa Id Siasn');
    expect((await admin.agent.get('/admin/siasn?tahun=2025&jenis=TAHUNAN&q=zzz')).text).not.toContain('Tanpa Id Siasn');

    await ctx.prisma.pegawai.update({ where: { id: org.pegawai.kasi.id }, data: { gelarDepan: '=HYPERLINK("x")' } });
    expect((await ekspor({ tahun: '2025', jenis: 'TAHUNAN', mode: 'BERUBAH' })).status).toBe(302);
    const b = await batchTerakhir();
    const res = await admin.agent
      .get(`/admin/siasn/ekspor/${b.id}.xlsx`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as string[]).slice(1);
    expect(header).toEqual(['nipBaru', 'nama', ...FIELD.TAHUNAN]);
    const col = header.indexOf('penilaiNama') + 1;
    expect(String(ws.getRow(2).getCell(col).value)).toBe(`'=HYPERLINK("x") Atasan Uji`);
  });

  it('when someone other than Admin BKD asks, then every SIASN page and download is refused', async () => {
    const staf = await as(ctx, org.users.kasi.username);
    const b = await batchTerakhir();
    expect((await staf.agent.get('/admin/siasn')).status).toBe(403);
    expect((await staf.agent.get('/admin/siasn/kode')).status).toBe(403);
    expect((await staf.agent.get(`/admin/siasn/ekspor/${b.id}.jsonl`)).status).toBe(403);
    expect((await ekspor({ tahun: '2025', jenis: 'TAHUNAN', mode: 'SEMUA' }, staf)).status).toBe(403);
    expect((await staf.post('/admin/siasn/kode', {})).status).toBe(403);
    expect((await admin.agent.get('/admin/siasn/ekspor/999999.jsonl')).status).toBe(404);
  });
});

describe('SIASN id of an employee', () => {
  it('when the staff form gives an id another employee has, then it is refused at the field and the typed value kept', async () => {
    const p = await ctx.prisma.pegawai.findUniqueOrThrow({ where: { id: org.pegawai.staf2.id }, include: { atasan: true } });
    const res = await admin.post(`/admin/pegawai/${p.id}`, {
      status: 'PNS',
      nip: p.nip!,
      nama: p.nama,
      jenisKelamin: p.jenisKelamin,
      golongan: p.golongan!,
      jabatanId: String(p.jabatanId),
      atasan: p.atasan!.nip!,
      siasnId: 'A1B2C3D4-0001',
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('ID SIASN A1B2C3D4-0001 sudah dipakai Staf Uji.');
    expect(res.text).toContain('value="A1B2C3D4-0001"');
  });

  it('when the staff import carries a pns_id column, then the preview shows the id change and applying stores it', async () => {
    const p = org.pegawai.stafLain;
    const file = Buffer.from(`nip_baru,nama,pns_id\r\n${p.nip},Staf Lain,FFEE-0099\r\n`, 'utf8');
    const up = await admin.agent
      .post('/admin/impor')
      .field('_csrf', admin.csrf)
      .field('jenis', 'pegawai')
      .attach('berkas', file, 'pegawai.csv');
    expect(up.status).toBe(302);
    const id = up.headers.location!.split('/').pop()!;
    const job = await ctx.prisma.importJob.findUniqueOrThrow({ where: { id } });
    expect((job.ringkasan as { hasil: { hasil: string; beda: string[][] }[] }).hasil[0]).toMatchObject({
      hasil: 'UBAH',
      beda: [['ID SIASN', 'A1B2C3D4-0002', 'FFEE-0099']],
    });
    expect((await admin.post(`/admin/impor/${id}/terapkan`)).status).toBe(302);
    expect((await ctx.prisma.pegawai.findUniqueOrThrow({ where: { id: p.id } })).siasnId).toBe('FFEE-0099');
  });
});

describe('import of SIASN training history', () => {
  const NIP = () => org.pegawai.staf.nip!;
  const file = () =>
    Buffer.from(
      [
        'NIP Baru;Nama;Nama Diklat;Institusi Penyelenggara;Tgl Mulai;Tgl Selesai;Jumlah Jam;Jenis Diklat',
        `${NIP()};Staf Uji;Pelatihan Analisis Data;BPSDM Provinsi;03-02-2026;06-02-2026;24;Teknis`,
        `${NIP()};Staf Uji;Kursus Bahasa Inggris;LPK Cendekia;2026-03-01;2026-03-20;16;Kursus`,
        `${NIP()};Staf Uji;Seminar Integritas;Inspektorat;2026-04-10;;8;Seminar`,
        `199001012015031999;Orang Asing;Pelatihan X;BPSDM;2026-01-05;2026-01-06;8;Teknis`,
        `${NIP()};Staf Uji;Pelatihan Y;BPSDM;2026-05-10;2026-05-01;8;Teknis`,
        `${NIP()};Staf Uji;=HYPERLINK("x");BPSDM;2026-06-01;2026-06-02;8;Teknis`,
        `${NIP()};Staf Uji;Pelatihan Z;BPSDM;2026-07-01;2026-07-02;delapan;Teknis`,
        `${NIP()};Staf Uji;pelatihan  analisis data;BPSDM Provinsi;2026-02-03;2026-02-06;24;Teknis`,
        `${NIP()};Staf Uji;Coaching Kinerja;Dinas Uji;2026-08-01;2026-08-01;4;Nonklasikal`,
      ].join('\r\n'),
      'utf8',
    );
  async function unggah() {
    const up = await admin.agent
      .post('/admin/impor')
      .field('_csrf', admin.csrf)
      .field('jenis', 'diklat')
      .attach('berkas', file(), 'riwayat-diklat.csv');
    expect(up.status, up.text.slice(0, 500)).toBe(302);
    const id = up.headers.location!.split('/').pop()!;
    const job = await ctx.prisma.importJob.findUniqueOrThrow({ where: { id } });
    return { id, hasil: (job.ringkasan as { hasil: { baris: number; hasil: string; pesan?: string }[] }).hasil };
  }

  it('when the file has bad rows, then the dry run lists each with its reason in Bahasa Indonesia and nothing is stored yet', async () => {
    // One course is already in SIKAP (entered by hand): the import must not add it again.
    await ctx.prisma.riwayatPelatihan.create({
      data: {
        pegawaiId: org.pegawai.staf.id,
        judul: 'Coaching Kinerja',
        tanggalMulai: new Date('2026-08-01T00:00:00Z'),
        tanggalSelesai: new Date('2026-08-01T00:00:00Z'),
        jp: 4,
      },
    });
    const { id, hasil } = await unggah();
    const by = new Map(hasil.map((h) => [h.baris, h]));
    expect(by.get(2)).toMatchObject({ hasil: 'BARU' });
    expect(by.get(3)).toMatchObject({ hasil: 'BARU' });
    expect(by.get(4)).toMatchObject({ hasil: 'GALAT', pesan: expect.stringContaining('Tanggal selesai wajib diisi.') });
    expect(by.get(5)).toMatchObject({ hasil: 'GALAT', pesan: expect.stringContaining('tidak ditemukan di SIKAP') });
    expect(by.get(6)).toMatchObject({ hasil: 'GALAT', pesan: expect.stringContaining('Tanggal mulai sesudah tanggal selesai.') });
    expect(by.get(7)).toMatchObject({ hasil: 'GALAT', pesan: expect.stringContaining('dijalankan sebagai rumus') });
    expect(by.get(8)).toMatchObject({ hasil: 'GALAT', pesan: expect.stringContaining('Jumlah jam "delapan" harus bilangan bulat') });
    expect(by.get(9)).toMatchObject({ hasil: 'GALAT', pesan: expect.stringContaining('Duplikat: diklat yang sama sudah ada di baris 2.') });
    expect(by.get(10)).toMatchObject({ hasil: 'SAMA', pesan: 'Sudah dicatat di SIKAP; tidak ditambahkan lagi.' });
    const page = await admin.agent.get(`/admin/impor/${id}`);
    expect(page.text).toContain('Tanggal mulai sesudah tanggal selesai.');
    expect(await ctx.prisma.riwayatPelatihan.count({ where: { pegawaiId: org.pegawai.staf.id } })).toBe(1);
  });

  it('when applied and imported again, then JP counts include the training once', async () => {
    const peg = { id: org.pegawai.staf.id, status: 'PNS' as const, tmtJabatan: null };
    const ref = new Date('2026-09-01T00:00:00Z');
    expect((await ringkasanJp(ctx.prisma, peg, ref)).total).toBe(4);
    const first = await unggah();
    expect((await admin.post(`/admin/impor/${first.id}/terapkan`, { lewatiGalat: 'on' })).status).toBe(302);
    expect((await ringkasanJp(ctx.prisma, peg, ref)).total).toBe(4 + 24 + 16);
    expect(await ctx.prisma.auditLog.count({ where: { entitas: 'RiwayatPelatihan', aksi: 'IMPOR_BUAT' } })).toBe(2);

    const again = await unggah();
    expect(again.hasil.filter((h) => h.hasil === 'BARU')).toHaveLength(0);
    expect(again.hasil.filter((h) => h.hasil === 'SAMA')).toHaveLength(3);
    expect((await admin.post(`/admin/impor/${again.id}/terapkan`, { lewatiGalat: 'on' })).status).toBe(302);
    expect((await ringkasanJp(ctx.prisma, peg, ref)).total).toBe(4 + 24 + 16);
    expect(await ctx.prisma.riwayatPelatihan.count({ where: { pegawaiId: org.pegawai.staf.id } })).toBe(3);
  });
});

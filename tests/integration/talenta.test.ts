import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import ExcelJS from 'exceljs';
import { setupApp, login, csrfFrom, DEFAULT_UPLOAD_DIR, type TestContext, type Agent } from '../helpers/app.js';
import { makeOrg, type makePegawai, makePeriode, makeUser, PASSWORD } from '../helpers/factories.js';
import { makePenilaian } from '../helpers/laporan-factories.js';
import { makeAturan, makeKompetensi, makeProgram } from '../helpers/pengembangan-factories.js';

let ctx: TestContext;
let org: Awaited<ReturnType<typeof makeOrg>>;
let reviewId: number;
let admin: { agent: Agent; csrf: string };
let k1: { id: number };
let k2: { id: number };
let calonSiap: Awaited<ReturnType<typeof makePegawai>>;
const d = (s: string) => new Date(`${s}T00:00:00Z`);

/** A spreadsheet buffer from rows (first row = header). */
async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const biner = (req: ReturnType<Agent['get']>) =>
  req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });

beforeAll(async () => {
  ctx = await setupApp({ ...DEFAULT_UPLOAD_DIR });
  const db = ctx.prisma;
  org = await makeOrg(db);
  await makeAturan(db);
  const p2025 = await makePeriode(db, { tahun: 2025, status: 'DITUTUP' });
  const p2026 = await makePeriode(db, { tahun: 2026 });
  k1 = await makeKompetensi(db, 'Integritas');
  k2 = await makeKompetensi(db, 'Kerja Sama');
  await makeProgram(db, { judul: 'Pelatihan Kerja Sama Tim', kompetensiId: k2.id, levelMin: 1, levelMax: 4 });
  // Staf Uji: strong (sangat baik both years, high assessment) → box 9. Staf Dua: baik, weak assessment → box 2.
  // Atasan Uji: no assessment → incomplete. Staf Lain (other OPD): baik, assessment 4 → box 8.
  const komp = (a: number, b: number) => [
    { kompetensiId: k1.id, levelDibutuhkan: 3, levelAtasan: a },
    { kompetensiId: k2.id, levelDibutuhkan: 3, levelAtasan: b },
  ];
  for (const per of [p2025, p2026]) {
    await makePenilaian(db, {
      periodeId: per.id,
      pegawai: org.pegawai.staf,
      predikat: 'SANGAT_BAIK',
      status: 'FINAL',
      kompetensi: komp(3, 3),
    });
    await makePenilaian(db, { periodeId: per.id, pegawai: org.pegawai.staf2, predikat: 'BAIK', status: 'FINAL', kompetensi: komp(3, 2) });
    await makePenilaian(db, { periodeId: per.id, pegawai: org.pegawai.kasi, predikat: 'BAIK', status: 'FINAL', kompetensi: komp(3, 3) });
    await makePenilaian(db, {
      periodeId: per.id,
      pegawai: org.pegawai.stafLain,
      predikat: 'BAIK',
      status: 'FINAL',
      kompetensi: komp(3, 3),
    });
  }
  // A moderate penalty excludes Atasan Lain.
  await makePenilaian(db, {
    periodeId: p2026.id,
    pegawai: org.pegawai.kasiLain,
    predikat: 'SANGAT_BAIK',
    status: 'FINAL',
    kompetensi: komp(3, 3),
  });
  await db.hukumanDisiplin.create({
    data: {
      pegawaiId: org.pegawai.kasiLain.id,
      tingkat: 'SEDANG',
      jenis: 'pemotongan tunjangan kinerja',
      tanggal: d('2025-06-01'),
      dicatatOleh: org.users.admin.id,
    },
  });
  calonSiap = org.pegawai.staf;
  await db.pegawai.updateMany({ data: { pendidikan: 'S1', tmtJabatan: d('2020-01-01') } });
  admin = await login(ctx.app, org.users.admin.username, PASSWORD);
});
afterAll(() => ctx.close());

describe('assessment import: dry run, bad rows with reasons, then apply', () => {
  it('when the file has bad rows, then the preview lists each with its reason and nothing is stored until applied', async () => {
    const page = await admin.agent.get('/talenta/impor/asesmen');
    expect(page.status).toBe(200);
    const buf = await xlsx([
      ['NIP', 'Nama', 'Tanggal', 'Lembaga', 'Integritas', 'Berpikir Analitis'],
      [org.pegawai.staf.nip!, 'Staf Uji', '2026-03-01', 'UPT Asesmen', 5, 4.8],
      [org.pegawai.staf2.nip!, 'Staf Dua', '01-03-2026', 'UPT Asesmen', 2, '2,5'],
      [org.pegawai.stafLain.nip!, 'Staf Lain', '2026-03-01', 'UPT Asesmen', 4.5, 4.5],
      [org.pegawai.kasiLain.nip!, '', '2026-03-01', 'UPT Asesmen', 5, 5],
      ['199001012015031999', 'Tidak Ada', '2026-03-01', 'UPT Asesmen', 3, 3],
      [org.pegawai.kadis.nip!, '', '31-02-2026', '=HYPERLINK("x")', 'tinggi', 3],
    ]);
    const up = await admin.agent.post('/talenta/impor/asesmen').field('_csrf', csrfFrom(page.text)).attach('berkas', buf, 'asesmen.xlsx');
    expect(up.status).toBe(302);
    const pre = await admin.agent.get(up.headers.location as string);
    expect(pre.status).toBe(200);
    expect(pre.text).toContain('4 baris siap diterapkan');
    expect(pre.text).toContain('NIP 199001012015031999 tidak ditemukan.');
    expect(pre.text).toContain('Tidak boleh diawali =, +, - atau @');
    expect(pre.text).toContain('Tanggal bukan tanggal yang benar');
    expect(pre.text).toContain('Integritas: isi angka 0–100');
    expect(await ctx.prisma.hasilAsesmen.count()).toBe(0);
    const ok = await admin.agent
      .post(`${up.headers.location as string}/terapkan`)
      .type('form')
      .send({ _csrf: csrfFrom(pre.text) });
    expect(ok.status).toBe(302);
    expect(await ctx.prisma.hasilAsesmen.count()).toBe(4);
    const a = await ctx.prisma.hasilAsesmen.findFirstOrThrow({ where: { pegawaiId: org.pegawai.staf2.id } });
    expect(a.rerata).toBe(2.25);
    expect(a.tanggal).toEqual(d('2026-03-01'));
    expect(await ctx.prisma.auditLog.count({ where: { entitas: 'HasilAsesmen', aksi: 'IMPOR' } })).toBe(1);
  });
});

describe('disciplinary record form', () => {
  it('when the form is refused, then it comes back with 400, the message at the field and the typed text', async () => {
    const page = await admin.agent.get('/talenta/hukuman');
    const res = await admin.agent
      .post('/talenta/hukuman')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), nip: '123', tingkat: 'SEDANG', jenis: 'Teguran tertulis khusus', tanggal: '2026-02-30' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Teguran tertulis khusus');
    expect(res.text).toMatch(/id="f-tanggal-galat"[^>]*>Tanggal bukan tanggal yang benar/);
  });
  it('when an unknown NIP is given, then 400 at the NIP field', async () => {
    const page = await admin.agent.get('/talenta/hukuman');
    const res = await admin.agent
      .post('/talenta/hukuman')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), nip: '199001012015031998', tingkat: 'RINGAN', jenis: 'Teguran lisan', tanggal: '2026-02-03' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/id="f-nip-galat"[^>]*>NIP 199001012015031998 tidak ditemukan/);
  });
});

describe('disciplinary import', () => {
  it('when a CSV row has a bad level or a formula, then it is refused with the reason; the good row is applied', async () => {
    const page = await admin.agent.get('/talenta/impor/hukuman');
    const csv = [
      'nip;tingkat;jenis;tanggal;keterangan',
      `${org.pegawai.staf2.nip};ringan;Teguran lisan;2026-01-10;`,
      `${org.pegawai.staf2.nip};sangat berat;Teguran;2026-01-11;`,
      `${org.pegawai.staf2.nip};sedang;@SUM(A1);2026-01-12;`,
    ].join('\r\n');
    const up = await admin.agent
      .post('/talenta/impor/hukuman')
      .field('_csrf', csrfFrom(page.text))
      .attach('berkas', Buffer.from(csv), 'hukuman.csv');
    expect(up.status).toBe(302);
    const pre = await admin.agent.get(up.headers.location as string);
    expect(pre.text).toContain('1 baris siap diterapkan');
    expect(pre.text).toContain('Pilih tingkat hukuman: ringan, sedang, atau berat.');
    expect(pre.text).toContain('Tidak boleh diawali =, +, - atau @');
    const before = await ctx.prisma.hukumanDisiplin.count();
    const ok = await admin.agent
      .post(`${up.headers.location as string}/terapkan`)
      .type('form')
      .send({ _csrf: csrfFrom(pre.text) });
    expect(ok.status).toBe(302);
    expect(await ctx.prisma.hukumanDisiplin.count()).toBe(before + 1);
    // A light penalty does not exclude by default: Staf Dua is still placed in the review below.
  });
});

describe('a review from creation to publication', () => {
  it('when BKD creates the 2026 review and runs it, then people are placed, incomplete and excluded ones are listed', async () => {
    const page = await admin.agent.get('/talenta');
    const res = await admin.agent
      .post('/talenta')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), tahun: '2026' });
    expect(res.status).toBe(302);
    reviewId = Number((res.headers.location as string).split('/').pop());
    const dup = await admin.agent
      .post('/talenta')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), tahun: '2026' });
    expect(dup.status).toBe(400);
    expect(dup.text).toContain('Pemetaan talenta tahun 2026 sudah ada.');

    const map = await admin.agent.get(`/talenta/${reviewId}`);
    const run = await admin.agent
      .post(`/talenta/${reviewId}/jalankan`)
      .type('form')
      .send({ _csrf: csrfFrom(map.text) });
    expect(run.status).toBe(302);
    const rows = await ctx.prisma.penempatanTalenta.findMany({ where: { reviewId } });
    const by = new Map(rows.map((r) => [r.pegawaiId, r]));
    expect(by.get(org.pegawai.staf.id)!.kotak).toBe(9);
    expect(by.get(org.pegawai.staf2.id)!.kotak).toBe(2);
    expect(by.get(org.pegawai.stafLain.id)!.kotak).toBe(8);
    expect(by.get(org.pegawai.kasi.id)!.status).toBe('TIDAK_LENGKAP');
    expect(by.get(org.pegawai.kasi.id)!.kekurangan).toContain('Belum ada hasil asesmen potensi');
    expect(by.get(org.pegawai.kasiLain.id)!.status).toBe('DIKECUALIKAN');
    expect(by.get(org.pegawai.kasiLain.id)!.alasanEksklusi).toContain('dikecualikan sampai 1 Jun 2027');

    const after = await admin.agent.get(`/talenta/${reviewId}`);
    expect(after.text).toMatch(/Kotak 9<\/span>\s*<span class="talenta-jumlah">1<\/span>/);
    const incomplete = await admin.agent.get(`/talenta/${reviewId}/kotak/tidak-lengkap`);
    expect(incomplete.text).toContain('Atasan Uji');
    expect(incomplete.text).toContain('Belum ada hasil asesmen potensi');
    const excluded = await admin.agent.get(`/talenta/${reviewId}/kotak/dikecualikan`);
    expect(excluded.text).toContain('Hukuman disiplin sedang');
  });

  it('the box list filters by OPD and searches by name', async () => {
    const semua = await admin.agent.get(`/talenta/${reviewId}/kotak/8`);
    expect(semua.text).toContain('Staf Lain');
    const opd = await admin.agent.get(`/talenta/${reviewId}/kotak/8?opdId=${org.units.opd.id}`);
    expect(opd.text).not.toContain('Staf Lain');
    const cari = await admin.agent.get(`/talenta/${reviewId}/kotak/9?q=staf%20uji`);
    expect(cari.text).toContain('Staf Uji');
    const tidak = await admin.agent.get(`/talenta/${reviewId}/kotak/9?q=zzz`);
    expect(tidak.text).not.toContain('Staf Uji');
  });

  it("the card explains the placement: each component's value, weight and source", async () => {
    const res = await admin.agent.get(`/talenta/${reviewId}/pegawai/${org.pegawai.staf.id}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Kotak 9');
    expect(res.text).toContain('Hasil asesmen potensi');
    expect(res.text).toContain('UPT Asesmen, 1 Mar 2026');
    expect(res.text).toContain('bobot 50% dari potensi');
    expect(res.text).toContain('2026: sangat baik');
  });

  it('weights are settings: a refused change comes back with 400 and the typed values; a good one is audited and moves people on the next run', async () => {
    const page = await admin.agent.get(`/talenta/${reviewId}/pengaturan`);
    expect(page.status).toBe(200);
    const form: Record<string, string | string[]> = { _csrf: csrfFrom(page.text) };
    for (const m of page.text.matchAll(/<input class="form-control[^"]*" id="[^"]+" name="([^"]+)" type="text"[^>]*value="([^"]*)"/g))
      form[m[1]!] = m[2]!;
    for (const m of page.text.matchAll(/<input type="hidden" name="(kotak\.\d\.(?:kinerja|potensi))" value="([^"]*)"/g))
      form[m[1]!] = m[2]!;
    for (const m of page.text.matchAll(/<textarea[^>]*name="(kotak\.\d\.tindakan)"[^>]*>([^<]*)<\/textarea>/g)) form[m[1]!] = m[2]!;
    for (let i = 0; i < 8; i++) form[`kotak.${i}.rekomendasiPelatihan`] = 'on';
    form.kotakPool = ['7', '8', '9'];
    form.asesmenWajib = 'on';
    const bad = await admin.agent
      .post(`/talenta/${reviewId}/pengaturan`)
      .type('form')
      .send({ ...form, 'bobotPotensi.asesmen': '60', 'batas.potensi.menengah': 'abc' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Isi dengan angka, misalnya 60 atau 62,5.');
    expect(bad.text).toContain('value="60"');
    const bad2 = await admin.agent
      .post(`/talenta/${reviewId}/pengaturan`)
      .type('form')
      .send({ ...form, 'bobotPotensi.asesmen': '60' });
    expect(bad2.status).toBe(400);
    expect(bad2.text).toContain('Jumlah bobot potensi harus 100.');
    // Potensi from the assessment alone, and a higher cut-off for tinggi (95): Staf Lain (4,5 of 5 = 90) drops from box 8 to 5.
    const ok = await admin.agent
      .post(`/talenta/${reviewId}/pengaturan`)
      .type('form')
      .send({
        ...form,
        'bobotPotensi.asesmen': '100',
        'bobotPotensi.kompetensi': '0',
        'bobotPotensi.rekamJejak': '0',
        'batas.potensi.tinggi': '95',
      });
    expect(ok.status).toBe(302);
    expect(await ctx.prisma.auditLog.count({ where: { entitas: 'ReviewTalenta', aksi: 'UBAH_PENGATURAN' } })).toBe(1);
    const map = await admin.agent.get(`/talenta/${reviewId}`);
    await admin.agent
      .post(`/talenta/${reviewId}/jalankan`)
      .type('form')
      .send({ _csrf: csrfFrom(map.text) });
    const lain = await ctx.prisma.penempatanTalenta.findFirstOrThrow({ where: { reviewId, pegawaiId: org.pegawai.stafLain.id } });
    expect(lain.nilaiPotensi).toBe(90);
    expect(lain.kotak).toBe(5);
    const staf = await ctx.prisma.penempatanTalenta.findFirstOrThrow({ where: { reviewId, pegawaiId: org.pegawai.staf.id } });
    expect(staf.kotak).toBe(9);
  });

  it('calibration: a refused move keeps the typed reason (400); a move is audited and the original box stays visible', async () => {
    const url = `/talenta/${reviewId}/pegawai/${org.pegawai.staf2.id}`;
    const page = await admin.agent.get(url);
    expect(page.text).toContain('Kalibrasi oleh komite talenta');
    const bad = await admin.agent
      .post(`${url}/kalibrasi`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), kotak: '5', alasan: 'pendek' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Tulis alasan pemindahan, minimal 10 karakter.');
    expect(bad.text).toContain('pendek</textarea>');
    const alasan = 'Komite menilai hasil asesmen belum mencerminkan kepemimpinan proyek 2026.';
    const ok = await admin.agent
      .post(`${url}/kalibrasi`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), kotak: '5', alasan });
    expect(ok.status).toBe(302);
    const card = await admin.agent.get(url);
    expect(card.text).toContain('Dikalibrasi');
    expect(card.text).toContain('Hasil pemetaan: kotak 2');
    expect(card.text).toContain(alasan);
    const log = await ctx.prisma.auditLog.findFirstOrThrow({ where: { aksi: 'KALIBRASI_TALENTA' } });
    expect(log.sebelum).toMatchObject({ kotak: 2, kotakAwal: 2 });
    expect(log.sesudah).toMatchObject({ kotak: 5, alasan });
    // A re-run keeps the committee's decision.
    await admin.agent
      .post(`/talenta/${reviewId}/jalankan`)
      .type('form')
      .send({ _csrf: csrfFrom(card.text) });
    const row = await ctx.prisma.penempatanTalenta.findFirstOrThrow({ where: { reviewId, pegawaiId: org.pegawai.staf2.id } });
    expect([row.kotak, row.kotakAwal, row.alasanKalibrasi]).toEqual([5, 2, alasan]);
  });

  it('key positions: the pool is ranked by fit to the target standard and warns with fewer than two ready', async () => {
    const target = await ctx.prisma.jabatan.create({
      data: { kode: 'JK-TUJUAN', nama: 'Kepala Bidang Tujuan', jenis: 'ADMINISTRATOR', unitId: org.units.opd.id },
    });
    await ctx.prisma.standarKompetensiJabatan.createMany({
      data: [
        { jabatanId: target.id, kompetensiId: k1.id, levelDibutuhkan: 3 },
        { jabatanId: target.id, kompetensiId: k2.id, levelDibutuhkan: 4 },
      ],
    });
    const page = await admin.agent.get('/talenta/kritikal');
    const bad = await admin.agent
      .post('/talenta/kritikal')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), jabatanId: '', alasan: 'Strategis' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Strategis</textarea>');
    const ok = await admin.agent
      .post('/talenta/kritikal')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), jabatanId: String(target.id), alasan: 'Strategis' });
    expect(ok.status).toBe(302);
    const kid = (await ctx.prisma.jabatanKritikal.findFirstOrThrow()).id;
    const pool = await admin.agent.get(`/talenta/${reviewId}/suksesi/${kid}`);
    expect(pool.status).toBe(200);
    // Pool boxes 7–9: Staf Uji (box 9; levels 3/3 of 3/4 → 85,71 %, siap 1–2 tahun). Staf Lain is now in box 5.
    expect(pool.text).toContain('Staf Uji');
    expect(pool.text).toContain('85,71%');
    expect(pool.text).toContain('Kerja Sama (level 3 dari 4)');
    expect(pool.text).toContain('Kurang dari dua calon siap sekarang.');
    expect(calonSiap.id).toBe(org.pegawai.staf.id);
  });

  it('exports: the map as XLSX with every cell as text, formula-escaped', async () => {
    await ctx.prisma.pegawai.update({ where: { id: org.pegawai.staf.id }, data: { nama: '=1+1 Staf Uji' } });
    const x = await biner(admin.agent.get(`/talenta/${reviewId}/ekspor.xlsx`));
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.body as never);
    const ws = wb.worksheets[0]!;
    const values = ws
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(values[0]).toContain('Kotak hasil pemetaan');
    expect(values.some((r) => r.includes("'=1+1 Staf Uji"))).toBe(true);
    await ctx.prisma.pegawai.update({ where: { id: org.pegawai.staf.id }, data: { nama: 'Staf Uji' } });
    const pools = await biner(admin.agent.get(`/talenta/${reviewId}/suksesi.xlsx`));
    expect(pools.status).toBe(200);
    const print = await admin.agent.get(`/talenta/${reviewId}/ringkasan`);
    expect(print.text).toContain('Dinas Uji');
  });

  it('publishing locks the review and creates follow-up the employee sees on their development page (without the box)', async () => {
    const map = await admin.agent.get(`/talenta/${reviewId}`);
    const pub = await admin.agent
      .post(`/talenta/${reviewId}/publikasi`)
      .type('form')
      .send({ _csrf: csrfFrom(map.text) });
    expect(pub.status).toBe(302);
    const rv = await ctx.prisma.reviewTalenta.findUniqueOrThrow({ where: { id: reviewId } });
    expect(rv.status).toBe('DIPUBLIKASI');
    const url = `/talenta/${reviewId}/pegawai/${org.pegawai.staf2.id}`;
    const card = await admin.agent.get(url);
    expect(card.text).not.toContain('Kalibrasi oleh komite talenta');
    const locked = await admin.agent
      .post(`${url}/kalibrasi`)
      .type('form')
      .send({ _csrf: csrfFrom(card.text), kotak: '1', alasan: 'Alasan yang cukup panjang.' });
    expect(locked.status).toBe(409);
    const run = await admin.agent
      .post(`/talenta/${reviewId}/jalankan`)
      .type('form')
      .send({ _csrf: csrfFrom(card.text) });
    expect(run.status).toBe(409);
    // Staf Dua (box 5 after calibration) has a gap in Kerja Sama → a training proposal from the talent review.
    const rek = await ctx.prisma.rekomendasiPelatihan.findMany({ where: { pegawaiId: org.pegawai.staf2.id, sumber: 'TALENTA' } });
    expect(rek).toHaveLength(1);
    expect(rek[0]!.reviewTalentaId).toBe(reviewId);
    const staf2 = await login(ctx.app, org.users.staf2.username, PASSWORD);
    const dev = await staf2.agent.get('/pengembangan');
    expect(dev.text).toContain('Dari pemetaan talenta 2026');
    expect(dev.text).toContain('Pengembangan kompetensi dan penugasan bertahap.');
    expect(dev.text).toContain('Pelatihan Kerja Sama Tim');
    expect(dev.text).not.toContain('Kotak 5');
    expect(await ctx.prisma.notifikasi.count({ where: { userId: org.users.staf2.id, judul: 'Tindak lanjut pemetaan talenta 2026' } })).toBe(
      1,
    );
  });
});

describe('who sees what', () => {
  it('an employee cannot reach the map (403) nor a card', async () => {
    const s = await login(ctx.app, org.users.staf.username, PASSWORD);
    expect((await s.agent.get('/talenta')).status).toBe(403);
    expect((await s.agent.get(`/talenta/${reviewId}`)).status).toBe(403);
    expect((await s.agent.get(`/talenta/${reviewId}/pegawai/${org.pegawai.staf.id}`)).status).toBe(403);
  });
  it('a pimpinan sees their subtree only: another OPD’s person is 404 and not counted', async () => {
    const k = await login(ctx.app, org.users.kadis.username, PASSWORD);
    const map = await k.agent.get(`/talenta/${reviewId}`);
    expect(map.status).toBe(200);
    expect((await k.agent.get(`/talenta/${reviewId}/pegawai/${org.pegawai.staf.id}`)).status).toBe(200);
    expect((await k.agent.get(`/talenta/${reviewId}/pegawai/${org.pegawai.stafLain.id}`)).status).toBe(404);
    expect((await k.agent.get(`/talenta/${reviewId}/kotak/5`)).text).not.toContain('Staf Lain');
    expect(
      (
        await k.agent
          .post(`/talenta/${reviewId}/publikasi`)
          .type('form')
          .send({ _csrf: csrfFrom(map.text) })
      ).status,
    ).toBe(403);
  });
  it('an atasan sees nothing unless the review allows it; then only their direct reports', async () => {
    const a = await login(ctx.app, org.users.kasi.username, PASSWORD);
    expect((await a.agent.get('/talenta')).status).toBe(200);
    expect((await a.agent.get(`/talenta/${reviewId}`)).status).toBe(404);
    const rv = await ctx.prisma.reviewTalenta.findUniqueOrThrow({ where: { id: reviewId } });
    await ctx.prisma.reviewTalenta.update({
      where: { id: reviewId },
      data: { pengaturan: { ...(rv.pengaturan as object), atasanLihatKotak: true } },
    });
    expect((await a.agent.get(`/talenta/${reviewId}`)).status).toBe(200);
    expect((await a.agent.get(`/talenta/${reviewId}/pegawai/${org.pegawai.staf2.id}`)).status).toBe(200);
    expect((await a.agent.get(`/talenta/${reviewId}/pegawai/${org.pegawai.kasi.id}`)).status).toBe(404);
    const other = await login(ctx.app, org.users.kasiLain.username, PASSWORD);
    expect((await other.agent.get(`/talenta/${reviewId}/pegawai/${org.pegawai.staf2.id}`)).status).toBe(404);
    expect((await other.agent.get(`/talenta/${reviewId}/kotak/5`)).text).not.toContain('Staf Dua');
    expect((await a.agent.get('/talenta/hukuman')).status).toBe(403);
  });
  it('a pimpinan without the draft: a review not yet mapped is not found', async () => {
    const admin2 = await makeUser(ctx.prisma, { username: 'bkd.kedua', roles: ['ADMIN_BKD'] });
    const b = await login(ctx.app, admin2.username, PASSWORD);
    const page = await b.agent.get('/talenta');
    await b.agent
      .post('/talenta')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), tahun: '2027' });
    const draf = await ctx.prisma.reviewTalenta.findFirstOrThrow({ where: { tahun: 2027 } });
    const k = await login(ctx.app, org.users.kadis.username, PASSWORD);
    expect((await k.agent.get(`/talenta/${draf.id}`)).status).toBe(404);
    expect((await b.agent.get(`/talenta/${draf.id}`)).status).toBe(200);
  });
});

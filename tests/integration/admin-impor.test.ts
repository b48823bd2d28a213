import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import ExcelJS from 'exceljs';
import { setupApp, type TestContext } from '../helpers/app.js';
import { makeOrg, makeUnit, makeNip, makeUser } from '../helpers/factories.js';
import { asAdmin, as, makeKamus, type AdminSession, type Org } from '../helpers/admin-factories.js';

let ctx: TestContext;
let org: Org;
let admin: AdminSession;
let dinas: Awaited<ReturnType<typeof makeUnit>>;

beforeAll(async () => {
  ctx = await setupApp();
  org = await makeOrg(ctx.prisma);
  await makeKamus(ctx.prisma);
  admin = await asAdmin(ctx, org);
  dinas = await ctx.prisma.unitKerja.create({ data: { kode: 'DISPAR', nama: 'Dinas Pariwisata', jenis: 'OPD' } });
  dinas = await ctx.prisma.unitKerja.update({ where: { id: dinas.id }, data: { jalur: `/${dinas.id}/` } });
  await makeUnit(ctx.prisma, { nama: 'Dinas Pariwisata' }); // a second unit with the same name → ambiguous by name
});
afterAll(() => ctx.close());

const csv = (rows: string[][]) =>
  Buffer.from(rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n'), 'utf8');
async function xlsx(rows: (string | ExcelJS.CellValue)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
async function upload(jenis: string, buf: Buffer, name: string, who: AdminSession = admin) {
  const res = await who.agent.post('/admin/impor').field('_csrf', who.csrf).field('jenis', jenis).attach('berkas', buf, name);
  return res;
}
async function jobOf(res: { status: number; headers: Record<string, string>; text: string }) {
  expect(res.status, res.text.slice(0, 2000)).toBe(302);
  const id = res.headers.location!.split('/').pop()!;
  return ctx.prisma.importJob.findUniqueOrThrow({ where: { id } });
}
type H = { baris: number; hasil: string; pesan?: string; beda?: string[][] };
const hasilOf = (job: { ringkasan: unknown }) => (job.ringkasan as { hasil: H[] }).hasil;
const counts = (hs: H[]) => hs.reduce<Record<string, number>>((a, h) => ({ ...a, [h.hasil]: (a[h.hasil] ?? 0) + 1 }), {});

const JABATAN_CSV = [
  ['jabatan_kode', 'jabatan_nama', 'jenis_jabatan_nama', 'jenjang', 'unor_kode', 'kelas_jabatan'],
  ['DISPAR-KADIS', 'Kepala Dinas Pariwisata', 'JPT Pratama', '', 'DISPAR', '14'],
  ['DISPAR-ANALIS', 'Analis Pariwisata', 'Pelaksana', '', 'DISPAR', '7'],
  ['DISPAR-PRANATA', 'Pranata Humas', 'Fungsional Keahlian', 'Ahli Pertama', 'DISPAR', '8'],
  ['DISPAR-SALAH', 'Jabatan Salah', 'Pelaksana', '', 'TIDAK-ADA', ''],
];

describe('import jabatan (CSV)', () => {
  it('when a CSV has a broken row, then the preview lists each outcome and applying needs an explicit skip', async () => {
    const job = await jobOf(await upload('jabatan', csv(JABATAN_CSV), 'jabatan.csv'));
    const hs = hasilOf(job);
    expect(counts(hs)).toEqual({ BARU: 3, GALAT: 1 });
    expect(hs[3]).toMatchObject({ baris: 5, hasil: 'GALAT', pesan: expect.stringContaining('TIDAK-ADA" tidak dikenal') });
    const page = await admin.agent.get(`/admin/impor/${job.id}`);
    expect(page.text).toContain('Unit kerja berkode &#34;TIDAK-ADA&#34; tidak dikenal');
    const refused = await admin.post(`/admin/impor/${job.id}/terapkan`);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Ada 1 baris galat');
    expect(await ctx.prisma.jabatan.count({ where: { kode: { startsWith: 'DISPAR' } } })).toBe(0);
    const ok = await admin.post(`/admin/impor/${job.id}/terapkan`, { lewatiGalat: 'on' });
    expect(ok.status).toBe(302);
    expect(await ctx.prisma.jabatan.count({ where: { kode: { startsWith: 'DISPAR' } } })).toBe(3);
    expect((await ctx.prisma.importJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe('DITERAPKAN');
    expect(await ctx.prisma.auditLog.count({ where: { entitas: 'Jabatan', aksi: 'IMPOR_BUAT' } })).toBe(3);
  });
});

describe('import standar (XLSX)', () => {
  it('when an XLSX sets levels, then new, changed and broken rows are told apart and applied', async () => {
    const rows = [
      ['Jabatan Kode', 'Kompetensi Kode', 'Level'],
      ['DISPAR-ANALIS', 'M1', '1'],
      ['DISPAR-ANALIS', 'M3', 2],
      ['DISPAR-ANALIS', 'M3', '3'],
      ['DISPAR-ANALIS', 'X99', '2'],
      ['DISPAR-KADIS', 'M1', '9'],
    ];
    const job = await jobOf(await upload('standar', await xlsx(rows), 'standar.xlsx'));
    const hs = hasilOf(job);
    expect(hs.map((h) => h.hasil)).toEqual(['BARU', 'BARU', 'GALAT', 'GALAT', 'GALAT']);
    expect(hs[2]!.pesan).toContain('Duplikat');
    expect(hs[3]!.pesan).toContain('X99');
    expect(hs[4]!.pesan).toContain('1–5');
    await admin.post(`/admin/impor/${job.id}/terapkan`, { lewatiGalat: 'on' });
    const j = await ctx.prisma.jabatan.findUniqueOrThrow({ where: { kode: 'DISPAR-ANALIS' }, include: { standar: true } });
    expect(j.standar.map((s) => s.levelDibutuhkan).sort()).toEqual([1, 2]);
    const again = await jobOf(await upload('standar', await xlsx([rows[0]!, ['DISPAR-ANALIS', 'M3', '4']]), 'standar2.xlsx'));
    expect(hasilOf(again)[0]).toMatchObject({ hasil: 'UBAH', beda: [['Level', '2', '4']] });
  });
});

describe('import pegawai (XLSX, SIASN columns)', () => {
  const nipKadis = makeNip('L');
  const nipA = makeNip('P');
  const nipB = makeNip('L');
  const nipC1 = makeNip('L');
  const nipC2 = makeNip('P');
  const header = [
    'NIP Baru',
    'Nama',
    'Gelar Depan',
    'Gelar Belakang',
    'Jenis Kelamin',
    'Status CPNS PNS',
    'Gol Akhir Nama',
    'Jabatan Nama',
    'Unor Nama',
    'Unor Kode',
    'NIP Atasan',
    'Email',
    'Nomor HP',
    'Instansi Kerja Nama',
    'Catatan Khusus',
  ];
  const rows = () => [
    header,
    [
      nipKadis,
      'Kepala Pariwisata',
      'Dr.',
      'M.Si.',
      'L',
      'P',
      'IV/c',
      'Kepala Dinas Pariwisata',
      '',
      'DISPAR',
      '',
      'kadis@contoh.go.id',
      '+62811000001',
      'Pemkot',
      'x',
    ],
    [nipA, 'Analis Satu', '', 'S.Par.', 'P', 'P', 'III/a', 'Analis Pariwisata', '', 'DISPAR', nipKadis, '', '', 'Pemkot', ''],
    [nipB, 'Analis Dua', '', '', 'L', 'C', 'III/a', 'Analis Pariwisata', '', 'DISPAR', nipA, '', '', 'Pemkot', ''],
    ['199913322020011001', 'NIP Rusak', '', '', 'L', 'P', 'III/a', 'Analis Pariwisata', '', 'DISPAR', '', '', '', '', ''],
    [makeNip('L'), 'Unit Tak Dikenal', '', '', 'L', 'P', 'III/a', 'Analis Pariwisata', 'Dinas Antah Berantah', '', '', '', '', '', ''],
    [makeNip('L'), 'Unit Ganda', '', '', 'L', 'P', 'III/a', 'Analis Pariwisata', 'Dinas Pariwisata', '', '', '', '', '', ''],
    [nipC1, 'Siklus Satu', '', '', 'L', 'P', 'III/a', 'Analis Pariwisata', '', 'DISPAR', nipC2, '', '', '', ''],
    [nipC2, 'Siklus Dua', '', '', 'P', 'P', 'III/a', 'Analis Pariwisata', '', 'DISPAR', nipC1, '', '', '', ''],
    [nipA, 'Analis Satu Kembar', '', '', 'P', 'P', 'III/a', 'Analis Pariwisata', '', 'DISPAR', '', '', '', '', ''],
    ['1992010220230210001', 'Pegawai PPPK', '', '', 'P', 'PPPK', '', 'Analis Pariwisata', '', 'DISPAR', nipKadis, '', '', '', ''],
  ];

  it('when the file has bad NIP, unknown unit, cycle and duplicate rows, then the preview says why per row', async () => {
    const r = rows();
    r[10]![0] = '';
    r[0]!.push('NI PPPK');
    r.forEach((row, i) => i > 0 && row.push(i === 10 ? '1992010220230210001' : ''));
    const job = await jobOf(await upload('pegawai', await xlsx(r), 'siasn.xlsx'));
    const hs = hasilOf(job);
    const by = (n: number) => hs.find((h) => h.baris === n)!;
    expect(by(2).hasil).toBe('BARU');
    expect(by(3).hasil).toBe('BARU');
    expect(by(4).hasil).toBe('BARU');
    expect(by(5)).toMatchObject({ hasil: 'GALAT', pesan: expect.stringContaining('Tanggal lahir dalam NIP') });
    expect(by(6)).toMatchObject({ hasil: 'GALAT', pesan: expect.stringContaining('Dinas Antah Berantah" tidak dikenal') });
    expect(by(7)).toMatchObject({ hasil: 'GALAT', pesan: expect.stringContaining('dipakai 2 unit') });
    expect(by(8)).toMatchObject({ hasil: 'GALAT', pesan: expect.stringContaining('melingkar') });
    expect(by(9)).toMatchObject({ hasil: 'GALAT', pesan: expect.stringContaining('melingkar') });
    expect(by(10)).toMatchObject({ hasil: 'GALAT', pesan: expect.stringContaining('Duplikat') });
    expect(by(11).hasil).toBe('BARU');
    expect(job.pemetaan).toContain('gol_akhir_nama');
    const page = await admin.agent.get(`/admin/impor/${job.id}`);
    expect(page.text).toContain('Kolom "Catatan Khusus" (diabaikan)');

    const res = await admin.post(`/admin/impor/${job.id}/terapkan`, { lewatiGalat: 'on', buatAkun: 'on' });
    expect(res.status).toBe(302);
    const done = await admin.agent.get(res.headers.location!);
    expect(done.text).toContain('Impor selesai: 4 baru');
    const sandi = done.text.match(/hanya ditampilkan sekali ini: (\S+) /)![1]!;
    const { login } = await import('../helpers/app.js');
    await expect(login(ctx.app, nipA, sandi)).resolves.toBeTruthy();
    expect(
      await ctx.prisma.user.count({ where: { username: { in: [nipKadis, nipA, nipB, '1992010220230210001'] }, harusGantiSandi: true } }),
    ).toBe(4);
    const a = await ctx.prisma.pegawai.findUniqueOrThrow({ where: { nip: nipA }, include: { atasan: true, jabatan: true } });
    expect(a.atasan?.nip).toBe(nipKadis);
    expect(a.jabatan.kode).toBe('DISPAR-ANALIS');
    expect(a.golongan).toBe('III_A');
    const b = await ctx.prisma.pegawai.findUniqueOrThrow({ where: { nip: nipB } });
    expect(b.status).toBe('CPNS');
    expect(b.atasanId).toBe(a.id);
    const pppk = await ctx.prisma.pegawai.findUniqueOrThrow({ where: { niPppk: '1992010220230210001' } });
    expect(pppk.golongan).toBeNull();
    expect(await ctx.prisma.pegawai.count({ where: { nip: { in: [nipC1, nipC2] } } })).toBe(0);
    expect(await ctx.prisma.auditLog.count({ where: { entitas: 'Pegawai', aksi: 'IMPOR_BUAT' } })).toBe(4);
  });

  it('when the same file is imported again, then nothing changes', async () => {
    const r = rows();
    r[10]![0] = '';
    r[0]!.push('NI PPPK');
    r.forEach((row, i) => i > 0 && row.push(i === 10 ? '1992010220230210001' : ''));
    const before = await ctx.prisma.pegawai.findMany({ orderBy: { id: 'asc' } });
    const job = await jobOf(await upload('pegawai', await xlsx(r), 'siasn.xlsx'));
    const c = counts(hasilOf(job));
    expect(c.BARU ?? 0).toBe(0);
    expect(c.UBAH ?? 0).toBe(0);
    expect(c.SAMA).toBe(4);
    await admin.post(`/admin/impor/${job.id}/terapkan`, { lewatiGalat: 'on' });
    expect(await ctx.prisma.pegawai.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('when a row changes, then the preview shows a diff of old and new values', async () => {
    const job = await jobOf(
      await upload(
        'pegawai',
        csv([
          ['nip_baru', 'nama', 'gol_akhir_nama'],
          [nipA, 'Analis Satu Baru', 'III/b'],
        ]),
        'ubah.csv',
      ),
    );
    expect(hasilOf(job)[0]).toMatchObject({
      hasil: 'UBAH',
      beda: [
        ['Nama', 'Analis Satu', 'Analis Satu Baru'],
        ['Golongan', 'III/a', 'III/b'],
      ],
    });
    const page = await admin.agent.get(`/admin/impor/${job.id}?hasil=UBAH`);
    expect(page.text).toContain('diff-lama');
    await admin.post(`/admin/impor/${job.id}/terapkan`);
    const a = await ctx.prisma.pegawai.findUniqueOrThrow({ where: { nip: nipA } });
    expect([a.nama, a.golongan, a.email === null]).toEqual(['Analis Satu Baru', 'III_B', true]);
  });

  it('when the database fails part-way, then the whole import is rolled back', async () => {
    await ctx.prisma.$executeRawUnsafe(
      `CREATE FUNCTION gagal_uji() RETURNS trigger AS $$ BEGIN IF NEW.nama = 'GAGAL ROLLBACK' THEN RAISE EXCEPTION 'pemicu uji menolak baris'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await ctx.prisma.$executeRawUnsafe(`CREATE TRIGGER gagal_uji BEFORE INSERT ON "Pegawai" FOR EACH ROW EXECUTE FUNCTION gagal_uji()`);
    try {
      const n1 = makeNip('L');
      const n2 = makeNip('P');
      const file = csv([
        ['nip_baru', 'nama', 'jenis_kelamin', 'gol_akhir_nama', 'jabatan_kode', 'nip_atasan'],
        [n1, 'Baris Baik', 'L', 'II/c', 'DISPAR-ANALIS', nipA],
        [n2, 'GAGAL ROLLBACK', 'P', 'II/c', 'DISPAR-ANALIS', ''],
        [nipB, 'Analis Dua Diubah', 'L', 'III/a', 'DISPAR-ANALIS', nipA],
      ]);
      const job = await jobOf(await upload('pegawai', file, 'gagal.csv'));
      expect(counts(hasilOf(job))).toEqual({ BARU: 2, UBAH: 1 });
      const res = await admin.post(`/admin/impor/${job.id}/terapkan`);
      expect(res.status).toBe(400);
      expect(res.text).toContain('Impor dibatalkan dan tidak ada data yang berubah');
      expect(await ctx.prisma.pegawai.count({ where: { nip: { in: [n1, n2] } } })).toBe(0);
      expect((await ctx.prisma.pegawai.findUniqueOrThrow({ where: { nip: nipB } })).nama).toBe('Analis Dua');
      const after = await ctx.prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
      expect(after.status).toBe('PRATINJAU');
      expect(after.galat).toContain('pemicu uji');
    } finally {
      await ctx.prisma.$executeRawUnsafe('DROP TRIGGER gagal_uji ON "Pegawai"');
      await ctx.prisma.$executeRawUnsafe('DROP FUNCTION gagal_uji()');
    }
  });

  it('when a required column has an unknown name, then the admin maps it and the preview updates', async () => {
    const n = makeNip('L');
    const job = await jobOf(
      await upload(
        'pegawai',
        csv([
          ['Nomor Induk Pegawai', 'Nama', 'Gol Akhir Nama', 'Jabatan Kode'],
          [n, 'Dipetakan', 'II/a', 'DISPAR-ANALIS'],
        ]),
        'peta.csv',
      ),
    );
    const page = await admin.agent.get(`/admin/impor/${job.id}`);
    expect(page.text).toContain('Kolom wajib belum ditemukan');
    const res = await admin.post(`/admin/impor/${job.id}/pemetaan`, {
      map_0: 'nip_baru',
      map_1: 'nama',
      map_2: 'gol_akhir_nama',
      map_3: 'jabatan_kode',
    });
    expect(res.status).toBe(302);
    const after = await ctx.prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(hasilOf(after)[0]!.hasil).toBe('BARU');
  });

  it("when another admin opens someone else's preview, then it is not found", async () => {
    const other = await makeUser(ctx.prisma, { username: 'admin.lain', roles: ['ADMIN_BKD'] });
    const job = await ctx.prisma.importJob.findFirstOrThrow({ where: { userId: org.users.admin.id } });
    const s = await as(ctx, other.username);
    expect((await s.agent.get(`/admin/impor/${job.id}`)).status).toBe(404);
    expect((await s.post(`/admin/impor/${job.id}/terapkan`)).status).toBe(404);
  });
});

describe('export and file safety', () => {
  it('when exporting pegawai to CSV and XLSX and importing the files back, then nothing changes', async () => {
    await ctx.prisma.pegawai.update({
      where: { id: org.pegawai.staf.id },
      data: { gelarBelakang: '=HYPERLINK("http://x","klik")', noHp: '+6281234' },
    });
    for (const format of ['csv', 'xlsx'] as const) {
      const exp = await admin.agent
        .get(`/admin/impor/ekspor/pegawai.${format}`)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(exp.status).toBe(200);
      const buf = exp.body as Buffer;
      if (format === 'csv') {
        const text = buf.toString('utf8');
        expect(text.split('\r\n')[0]).toContain('nip_baru,ni_pppk,nama');
        expect(text).toContain(`"'=HYPERLINK(""http://x"",""klik"")"`);
        expect(text).toContain(`'+6281234`);
      }
      const job = await jobOf(await upload('pegawai', buf, `ekspor.${format}`));
      const c = counts(hasilOf(job));
      // The escaped phone number comes back as it was; the stored formula is refused on the way back in (decision 095).
      expect(
        c,
        JSON.stringify(
          hasilOf(job)
            .filter((h) => h.hasil !== 'SAMA')
            .slice(0, 3),
        ),
      ).toEqual({ SAMA: (await ctx.prisma.pegawai.count({ where: { aktif: true } })) - 1, GALAT: 1 });
      expect(hasilOf(job).find((h) => h.hasil === 'GALAT')!.pesan).toContain('Gelar belakang "=HYPERLINK(');
    }
    await ctx.prisma.pegawai.update({ where: { id: org.pegawai.staf.id }, data: { gelarBelakang: null } });
    for (const jenis of ['jabatan', 'standar']) {
      const exp = await admin.agent.get(`/admin/impor/ekspor/${jenis}.csv`);
      const job = await jobOf(await upload(jenis, Buffer.from(exp.text, 'utf8'), `${jenis}.csv`));
      expect(Object.keys(counts(hasilOf(job)))).toEqual(['SAMA']);
    }
  });

  it('when a cell starts with = + - @ (a formula to Excel), then the dry run refuses that row in every import; phone numbers with + pass', async () => {
    const RUMUS = '=HYPERLINK("http://example.invalid/x","klik")';
    const nip = () => makeNip('L');
    const head = [
      'nip_baru',
      'nama',
      'gelar_depan',
      'gelar_belakang',
      'gol_akhir_nama',
      'jabatan_kode',
      'tingkat_pendidikan_nama',
      'email',
      'nomor_hp',
    ];
    const ok = ['', 'Nama Biasa', '', 'S.E.', 'III/a', 'DISPAR-ANALIS', 'S1', '', '+62 812-3456-7890'];
    const rows = [
      head,
      [nip(), RUMUS, ...ok.slice(2)],
      [nip(), 'Nama Biasa', '@SUM(1+1)', ...ok.slice(3)],
      [nip(), 'Nama Biasa', '', "+cmd|' /C calc'!A0", ...ok.slice(4)],
      [nip(), 'Nama Biasa', '', '-2+3', ...ok.slice(4)],
      [nip(), 'Nama Biasa', ...ok.slice(2, 6), 'S1', '=1+1@contoh.go.id', '+62 812-3456-7890'],
      [nip(), 'Nama Biasa', ...ok.slice(2, 8), '=1+1'],
      [nip(), 'Nama Biasa', ...ok.slice(2, 8), '+HYPERLINK("x")'],
      [nip(), '\t=HYPERLINK("x")', ...ok.slice(2)],
      [nip(), '\'=HYPERLINK("x")', ...ok.slice(2)],
      [nip(), 'Nama Biasa', '', '-', ...ok.slice(4)],
      [nip(), 'Nama Biasa', ...ok.slice(2)],
    ];
    for (const [file, buf] of [
      ['rumus.csv', csv(rows)],
      ['rumus.xlsx', await xlsx(rows)],
    ] as const) {
      const job = await jobOf(await upload('pegawai', buf, file));
      const hs = hasilOf(job);
      expect(
        hs.map((h) => h.hasil),
        file,
      ).toEqual(['GALAT', 'GALAT', 'GALAT', 'GALAT', 'GALAT', 'GALAT', 'GALAT', 'GALAT', 'GALAT', 'BARU', 'BARU']);
      expect(hs[0]!.pesan).toContain('Nama "=HYPERLINK(');
      expect(hs[0]!.pesan).toContain('rumus');
      expect(hs[1]!.pesan).toContain('Gelar depan "@SUM');
      expect(hs[4]!.pesan).toContain('Surel');
      expect(hs[5]!.pesan).toContain('Nomor HP "=1+1"');
      expect(hs[6]!.pesan).toContain('Nomor HP "+HYPERLINK');
      // A leading tab is trimmed away, so the = behind it is judged; an apostrophe-escaped formula is a formula too.
      expect(hs[7]!.pesan).toContain('Nama "=HYPERLINK');
      expect(hs[8]!.pesan).toContain('Nama "=HYPERLINK');
      const page = await admin.agent.get(`/admin/impor/${job.id}`);
      expect(page.text).toContain('sehingga dijalankan sebagai rumus');
      expect(page.text).not.toContain('<a href="http://example.invalid');
      // Applying without skipping is refused; nothing with a formula is ever stored.
      expect((await admin.post(`/admin/impor/${job.id}/terapkan`)).status).toBe(400);
    }
    expect(
      await ctx.prisma.pegawai.count({
        where: { OR: [{ nama: { startsWith: '=' } }, { gelarDepan: { startsWith: '@' } }, { gelarBelakang: { startsWith: '+' } }] },
      }),
    ).toBe(0);

    const jab = await jobOf(
      await upload(
        'jabatan',
        csv([
          JABATAN_CSV[0]!,
          ['DISPAR-RUMUS', '=HYPERLINK("x","y")', 'Pelaksana', '', 'DISPAR', '7'],
          ['-DISPAR-X', 'Jabatan Baik', 'Pelaksana', '', 'DISPAR', '7'],
          ['DISPAR-BAIK', 'Jabatan Baik', 'Pelaksana', '', 'DISPAR', '7'],
        ]),
        'jabatan-rumus.csv',
      ),
    );
    expect(hasilOf(jab).map((h) => h.hasil)).toEqual(['GALAT', 'GALAT', 'BARU']);
    expect(hasilOf(jab)[0]!.pesan).toContain('Nama jabatan "=HYPERLINK');
    expect(hasilOf(jab)[1]!.pesan).toContain('Kode jabatan "-DISPAR-X"');

    const std = await jobOf(
      await upload(
        'standar',
        csv([
          ['jabatan_kode', 'kompetensi_kode', 'level', 'jabatan_nama'],
          ['DISPAR-ANALIS', 'M1', '=1+1', ''],
          ['DISPAR-ANALIS', 'M1', '2', '@x'],
          ['DISPAR-ANALIS', '+M1', '2', ''],
        ]),
        'standar-rumus.csv',
      ),
    );
    expect(hasilOf(std).map((h) => h.hasil)).toEqual(['GALAT', 'GALAT', 'GALAT']);
    expect(
      hasilOf(std)
        .map((h) => h.pesan)
        .join(' '),
    ).toMatch(/Level dibutuhkan "=1\+1".*Nama jabatan \(informasi\) "@x".*Kode kompetensi "\+M1"/);
  });

  it('when an XLSX has formula cells, then their values are imported, never the formula', async () => {
    const n = makeNip('L');
    const job = await jobOf(
      await upload(
        'pegawai',
        await xlsx([
          ['nip_baru', 'nama', 'gol_akhir_nama', 'jabatan_kode'],
          [n, { formula: 'CONCAT("Nama ","Rumus")', result: 'Nama Rumus' }, 'II/a', 'DISPAR-ANALIS'],
        ]),
        'rumus.xlsx',
      ),
    );
    expect(hasilOf(job)[0]).toMatchObject({ hasil: 'BARU' });
    const page = await admin.agent.get(`/admin/impor/${job.id}`);
    expect(page.text).toContain('Nama Rumus');
    expect(page.text).not.toContain('CONCAT');
  });

  it('when an 18-digit NIP was stored as a number in Excel, then the row explains it', async () => {
    // The precision loss is the point: Excel stores an 18-digit NIP as a double.
    const job = await jobOf(
      await upload(
        'pegawai',
        await xlsx([
          ['nip_baru', 'nama'],
          // eslint-disable-next-line no-loss-of-precision -- the double Excel stores
          [199005172015031001, 'Angka'],
        ]),
        'angka.xlsx',
      ),
    );
    expect(hasilOf(job)[0]!.pesan).toContain('format kolom itu sebagai Teks');
  });

  it('when the upload is not a spreadsheet, then 400 next to the file field', async () => {
    const res = await upload('pegawai', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), 'x.csv');
    expect(res.status).toBe(400);
    expect(res.text).toContain('Jenis berkas tidak diizinkan');
    const none = await admin.agent.post('/admin/impor').field('_csrf', admin.csrf).field('jenis', 'pegawai');
    expect(none.status).toBe(400);
    const noCsrf = await admin.agent
      .post('/admin/impor')
      .field('jenis', 'pegawai')
      .attach('berkas', csv([['a'], ['b']]), 'a.csv');
    expect(noCsrf.status).toBe(403);
  });

  it('templates have the import columns and no data', async () => {
    const res = await admin.agent.get('/admin/impor/templat/jabatan.csv');
    expect(res.text.replace(/^\uFEFF/, '').trim()).toBe(
      'jabatan_kode,jabatan_nama,jenis_jabatan_nama,jenjang,unor_kode,unor_nama,kelas_jabatan',
    );
  });
});

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setupApp, login, csrfFrom, type TestContext } from '../helpers/app.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';
import { makeKompetensi } from '../helpers/pengembangan-factories.js';
import { renderMarkdown, cuplikan } from '../../src/modules/sosialisasi/markdown.js';
import { slugDari } from '../../src/modules/sosialisasi/konten.service.js';

describe('Markdown sanitisation', () => {
  it('keeps formatting but removes script tags, event handlers and javascript: URLs', () => {
    const html = renderMarkdown(
      [
        '# Judul',
        '**tebal** dan [tautan](https://bkd.example.go.id)',
        '<script>alert(1)</script>',
        '<img src=x onerror="alert(2)">',
        '<a href="javascript:alert(3)" onclick="alert(4)">klik</a>',
        '[jahat](javascript:alert(5))',
        '<div style="color:red" onmouseover="alert(6)">teks</div>',
        '<iframe src="https://evil.example"></iframe>',
      ].join('\n\n'),
    );
    expect(html).toContain('<h2>Judul</h2>');
    expect(html).toContain('<strong>tebal</strong>');
    expect(html).toContain('href="https://bkd.example.go.id"');
    expect(html).toContain('rel="noopener noreferrer"');
    for (const bad of ['<script', 'alert(1)', 'onerror', 'onclick', 'onmouseover', 'javascript:', 'style=', '<iframe', '<img'])
      expect(html).not.toContain(bad);
  });
  it('makes plain-text excerpts and URL slugs', () => {
    expect(cuplikan('## Halo\n\n**Dunia** <script>x</script>')).toBe('Halo Dunia');
    expect(slugDari('Batas Pengiriman: 15 Desember 2026!')).toBe('batas-pengiriman-15-desember-2026');
  });
});

describe('sosialisasi pages, content management and read acknowledgement', () => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof makeOrg>>;

  beforeAll(async () => {
    ctx = await setupApp();
    org = await makeOrg(ctx.prisma);
    await makePeriode(ctx.prisma, { tahun: 2026, status: 'BERJALAN' });
    const k = await makeKompetensi(ctx.prisma, 'Komunikasi');
    await ctx.prisma.standarKompetensiJabatan.create({ data: { jabatanId: org.jabatan.jStaf.id, kompetensiId: k.id, levelDibutuhkan: 2 } });
  });
  afterAll(() => ctx.close());

  it('every signed-in user sees the stages with the period dates, the predikat matrix and the dictionary', async () => {
    const { agent } = await login(ctx.app, org.users.staf.username, PASSWORD);
    const res = await agent.get('/sosialisasi');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Penilaian Kinerja Tahunan 2026');
    expect(res.text).toContain('15 Des 2026');
    expect(res.text).toContain('Butuh Perbaikan');
    expect(res.text).toContain('data-tur-tombol="tahap"');
    const kamus = await agent.get('/sosialisasi/kamus');
    expect(kamus.text).toContain('Komunikasi level 5');
  });

  it('"Kriteria jabatan saya" shows the exact competencies, levels and indicators of the own jabatan', async () => {
    const { agent } = await login(ctx.app, org.users.staf.username, PASSWORD);
    const res = await agent.get('/sosialisasi/kriteria-saya');
    expect(res.text).toContain('Pengelola Data');
    expect(res.text).toContain('Level 2');
    expect(res.text).toContain('Indikator Komunikasi 2');
    const kasi = await login(ctx.app, org.users.kasi.username, PASSWORD);
    expect((await kasi.agent.get('/sosialisasi/kriteria-saya')).text).toContain('belum menetapkan standar');
  });

  it('when a non-admin opens the content admin, then 403', async () => {
    const { agent } = await login(ctx.app, org.users.kadis.username, PASSWORD);
    expect((await agent.get('/sosialisasi/kelola')).status).toBe(403);
    expect((await agent.get('/sosialisasi/kelola/baru')).status).toBe(403);
  });

  it('BKD writes a draft (hidden from staff), publishes a required announcement, and sees who acknowledged it', async () => {
    const admin = await login(ctx.app, org.users.admin.username, PASSWORD);
    const invalid = await admin.agent
      .post('/sosialisasi/kelola/baru')
      .type('form')
      .send({ _csrf: admin.csrf, jenis: 'PENGUMUMAN', judul: 'Ba', isi: 'teks yang diketik', aksi: 'draf' });
    expect(invalid.status).toBe(400);
    expect(invalid.text).toContain('teks yang diketik');
    const draft = await admin.agent.post('/sosialisasi/kelola/baru').type('form').send({
      _csrf: admin.csrf,
      jenis: 'PENGUMUMAN',
      judul: 'Batas penilaian diri',
      isi: 'Kirim sebelum **15 Desember**.\n\n<script>alert(1)</script>',
      wajibDibaca: 'on',
      urutan: '0',
      aksi: 'draf',
    });
    expect(draft.status).toBe(302);
    const k = await ctx.prisma.kontenSosialisasi.findFirstOrThrow({ where: { judul: 'Batas penilaian diri' } });
    expect(k).toMatchObject({ status: 'DRAFT', wajibDibaca: true, slug: 'batas-penilaian-diri' });

    const staf = await login(ctx.app, org.users.staf.username, PASSWORD);
    expect((await staf.agent.get(`/sosialisasi/konten/${k.slug}`)).status).toBe(404);
    expect((await staf.agent.get('/beranda')).text).not.toContain('wajib Anda baca');

    const pub = await admin.agent.post(`/sosialisasi/kelola/${k.id}`).type('form').send({
      _csrf: admin.csrf,
      jenis: 'PENGUMUMAN',
      judul: 'Batas penilaian diri',
      isi: k.isi,
      wajibDibaca: 'on',
      urutan: '0',
      aksi: 'terbit',
    });
    expect(pub.status).toBe(302);
    expect((await admin.agent.get(pub.headers.location!)).text).toContain('Konten diterbitkan.');
    expect(await ctx.prisma.auditLog.count({ where: { entitas: 'KontenSosialisasi', entitasId: String(k.id) } })).toBe(2);

    const home = await staf.agent.get('/beranda');
    expect(home.text).toContain('wajib Anda baca');
    const page = await staf.agent.get(`/sosialisasi/konten/${k.slug}`);
    expect(page.text).toContain('<strong>15 Desember</strong>');
    expect(page.text).not.toContain('<script>alert');
    const ack = await staf.agent
      .post(`/sosialisasi/konten/${k.slug}/baca`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text) });
    expect(ack.status).toBe(302);
    await staf.agent
      .post(`/sosialisasi/konten/${k.slug}/baca`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text) });
    expect(await ctx.prisma.tandaBaca.count({ where: { kontenId: k.id } })).toBe(1);
    expect((await staf.agent.get('/beranda')).text).not.toContain('wajib Anda baca');

    const rekap = await admin.agent.get(`/sosialisasi/kelola/${k.id}/tanda-baca`);
    expect(rekap.status).toBe(200);
    // makeOrg: 5 staff accounts in Dinas Uji and 2 in Dinas Lain; one has read.
    expect(rekap.text).toContain('1 dari 6');
    expect(rekap.text).toMatch(/Dinas Uji<\/a><\/th><td class="text-end">1<\/td><td class="text-end">4<\/td>/);
    expect(rekap.text).toMatch(/Dinas Lain<\/a><\/th><td class="text-end">0<\/td><td class="text-end">2<\/td>/);
    expect(rekap.text).toContain('Staf Dua');
    expect(rekap.text).not.toMatch(/<li class="mb-1">Staf Uji /);
    const perUnit = await admin.agent.get(`/sosialisasi/kelola/${k.id}/tanda-baca?unit=${org.units.opd2.id}`);
    expect(perUnit.text).toContain('Staf Lain');
    expect(perUnit.text).not.toContain('Staf Dua');
  });

  it('attachments: PDFs only, downloadable by staff once published', async () => {
    const admin = await login(ctx.app, org.users.admin.username, PASSWORD);
    const k = await ctx.prisma.kontenSosialisasi.create({
      data: {
        jenis: 'HALAMAN',
        judul: 'Panduan PDF',
        slug: 'panduan-pdf',
        isi: 'Unduh panduan.',
        status: 'TERBIT',
        diterbitkanPada: new Date(),
      },
    });
    const form = await admin.agent.get(`/sosialisasi/kelola/${k.id}`);
    const bad = await admin.agent
      .post(`/sosialisasi/kelola/${k.id}/lampiran`)
      .field('_csrf', csrfFrom(form.text))
      .attach('berkas', Buffer.from('MZ\x90\x00binary'), 'panduan.pdf');
    expect(bad.status).toBe(400);
    const ok = await admin.agent
      .post(`/sosialisasi/kelola/${k.id}/lampiran`)
      .field('_csrf', csrfFrom(form.text))
      .attach('berkas', Buffer.from('%PDF-1.4\n%%EOF\n'), 'panduan.pdf');
    expect(ok.status).toBe(302);
    const l = await ctx.prisma.lampiranKonten.findFirstOrThrow({ where: { kontenId: k.id } });
    const staf = await login(ctx.app, org.users.staf.username, PASSWORD);
    expect((await staf.agent.get('/sosialisasi/konten/panduan-pdf')).text).toContain(`/sosialisasi/lampiran/${l.id}`);
    expect((await staf.agent.get(`/sosialisasi/lampiran/${l.id}`)).status).toBe(200);
    await ctx.prisma.kontenSosialisasi.update({ where: { id: k.id }, data: { status: 'DRAFT' } });
    expect((await staf.agent.get(`/sosialisasi/lampiran/${l.id}`)).status).toBe(404);
  });

  it('search finds published content by title or text (case-insensitive), paginated, never drafts', async () => {
    await ctx.prisma.kontenSosialisasi.createMany({
      data: [
        ...Array.from({ length: 12 }, (_, i) => ({
          jenis: 'FAQ' as const,
          judul: `Pertanyaan ${i + 1}`,
          slug: `faq-uji-${i}`,
          isi: 'Tentang BUKTI dukung dan realisasi.',
          status: 'TERBIT' as const,
        })),
        { jenis: 'HALAMAN' as const, judul: 'Rahasia draf bukti', slug: 'draf-uji', isi: 'bukti', status: 'DRAFT' as const },
      ],
    });
    const { agent } = await login(ctx.app, org.users.staf.username, PASSWORD);
    const p1 = await agent.get('/sosialisasi/cari?q=bukti');
    expect(p1.text).toContain('12 data');
    expect(p1.text).toContain('Halaman 1 dari 2');
    expect(p1.text).not.toContain('Rahasia draf');
    const p2 = await agent.get('/sosialisasi/cari?q=bukti&halaman=2');
    expect((p2.text.match(/class="fw-semibold">Pertanyaan/g) ?? []).length).toBe(2);
    expect((await agent.get('/sosialisasi/cari?q=%25')).text).not.toContain('Pertanyaan 1');
  });
});

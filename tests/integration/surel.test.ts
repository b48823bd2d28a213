/**
 * E-mail (issue 18) against a real SMTP server (smtp-server, tests/helpers/smtp.ts) and the real
 * pg-boss queue in the test database: who gets which mail, once; a refusing or absent mail server
 * (retried, then GAGAL with the reason, while the user's action and the in-app notification stand);
 * two app instances sharing the database; the profile choices and the Admin BKD list.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import pg from 'pg';
import { pino } from 'pino';
import { createApp } from '../../src/app.js';
import { AntreanSurel } from '../../src/modules/surel/antrean.js';
import { hariIni } from '../../src/lib/format.js';
import { notifyPegawai } from '../../src/modules/notifikasi/notifikasi.service.js';
import { setupApp, login, csrfFrom, type TestContext } from '../helpers/app.js';
import { makeOrg, makePeriode, makePegawai, makeUser, PASSWORD } from '../helpers/factories.js';
import { mulaiSmtp, tunggu, type SmtpUji, type Pesan } from '../helpers/smtp.js';

const BASE = 'https://sikap.contoh.go.id';
const HARI = 86_400_000;
let smtp: SmtpUji;
let ctx: TestContext;
let org: Awaited<ReturnType<typeof makeOrg>>;
let a1: AntreanSurel;
let a2: AntreanSurel;
let periodeId: number;
let pool2: pg.Pool | undefined;
let app2: ReturnType<typeof createApp>;
const email = {
  staf: 'staf.uji@contoh.go.id',
  staf2: 'staf.dua@contoh.go.id',
  kasi: 'atasan.uji@contoh.go.id',
  stafLain: 'staf.lain@contoh.go.id',
  tiga: 'staf.tiga@contoh.go.id',
};

/** The decoded text of a message (quoted-printable soft breaks and escapes undone). */
function isi(p: Pesan): string {
  return Buffer.from(
    p.mentah.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_a, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');
}

function antrean(c: TestContext) {
  return new AntreanSurel({
    url: c.url,
    prisma: c.prisma,
    config: c.config,
    logger: pino({ level: 'silent' }),
    sapuMs: 200,
    pollDetik: 0.5,
    jadwal: false,
  }).mulai();
}

async function penilaianDikirim(pegawai: { id: number; unitId: number; jabatanId: number; atasanId: number | null }) {
  return ctx.prisma.penilaianKinerja.create({
    data: {
      periodeId,
      pegawaiId: pegawai.id,
      unitId: pegawai.unitId,
      jabatanId: pegawai.jabatanId,
      penilaiId: pegawai.atasanId,
      status: 'DIKIRIM',
      dikirimPada: new Date(),
    },
  });
}

async function kembalikan(id: number, alasan: string) {
  const kasi = await login(ctx.app, org.users.kasi.username, PASSWORD);
  const page = await kasi.agent.get(`/tim/penilaian/${id}`);
  return kasi.agent
    .post(`/tim/penilaian/${id}/kembalikan`)
    .type('form')
    .send({ _csrf: csrfFrom(page.text), alasan });
}

beforeAll(async () => {
  smtp = await mulaiSmtp();
  ctx = await setupApp({
    SMTP_URL: smtp.url,
    SMTP_FROM: 'SIKAP Uji <sikap@contoh.go.id>',
    PUBLIC_BASE_URL: `${BASE}/`,
    SUREL_PERCOBAAN_ULANG: '2',
    SUREL_JEDA_DETIK: '1',
    SUREL_JAM_HARIAN: '0',
  });
  org = await makeOrg(ctx.prisma);
  for (const [k, alamat] of Object.entries(email)) {
    const p = (org.pegawai as Record<string, { id: number }>)[k];
    if (p) await ctx.prisma.pegawai.update({ where: { id: p.id }, data: { email: alamat } });
  }
  const hari = hariIni();
  const periode = await makePeriode(ctx.prisma);
  periodeId = periode.id;
  // Self-assessment due in 3 days, supervisors' in 7: both are reminder days (7, 3, 1 by default).
  await ctx.prisma.periodePenilaian.update({
    where: { id: periodeId },
    data: { batasPenilaianDiri: new Date(hari.getTime() + 3 * HARI), batasPenilaianAtasan: new Date(hari.getTime() + 7 * HARI) },
  });
  // The other OPD has its own, later deadlines: nobody there is reminded today.
  await ctx.prisma.batasWaktuUnit.create({
    data: {
      periodeId,
      unitId: org.units.opd2.id,
      batasPenilaianDiri: new Date(hari.getTime() + 10 * HARI),
      batasPenilaianAtasan: new Date(hari.getTime() + 20 * HARI),
    },
  });
  a1 = await antrean(ctx);
});

afterAll(async () => {
  await a2?.berhentikan();
  await a1?.berhentikan();
  await pool2?.end();
  await smtp?.tutup();
  await ctx?.close();
});

describe('surel', () => {
  it('when a supervisor returns a self-assessment, then the employee gets one e-mail (text and HTML) linking to PUBLIC_BASE_URL', async () => {
    const p = await penilaianDikirim(org.pegawai.staf2);
    const res = await kembalikan(p.id, 'Lengkapi bukti dukung indikator kedua.');
    expect(res.status).toBe(302);
    await tunggu(() => smtp.untuk(email.staf2).length === 1, 'surel pengembalian');
    const m = smtp.untuk(email.staf2)[0]!;
    expect(m.dari).toBe('sikap@contoh.go.id');
    expect(m.subjek).toBe('[SIKAP] Penilaian diri dikembalikan untuk diperbaiki');
    const teks = isi(m);
    expect(teks).toContain('text/plain');
    expect(teks).toContain('text/html');
    expect(teks).toContain('Yth. Staf Dua,');
    expect(teks).toContain('Lengkapi bukti dukung indikator kedua.');
    expect(teks).toContain(`${BASE}/penilaian/${p.id}/diri`);
    expect(teks).toContain(`${BASE}/profil/surel`);
    const row = await ctx.prisma.surelKeluar.findFirstOrThrow({ where: { kepada: email.staf2 } });
    expect(row).toMatchObject({ status: 'TERKIRIM', jenis: 'PENILAIAN_DIKEMBALIKAN', percobaan: 1 });
    // Nobody else got it, and it is not sent twice.
    await new Promise((r) => setTimeout(r, 1200));
    expect(smtp.pesan).toHaveLength(1);
  });

  it('when the daily job runs on two app instances at once, then each reminder and digest is written and sent once, to the right people', async () => {
    // A second app object and a second pg-boss on the same database.
    pool2 = new pg.Pool({ connectionString: ctx.url, max: 1 });
    pool2.on('error', () => {});
    app2 = createApp({ prisma: ctx.prisma, config: ctx.config, sessionPool: pool2, logger: pino({ level: 'silent' }) });
    a2 = await antrean(ctx);
    // Staf Tiga chose "in the app only" for reminders; the supervisor chose the daily digest.
    const tiga = await makePegawai(ctx.prisma, {
      unitId: org.units.seksi.id,
      jabatanId: org.jabatan.jStaf.id,
      atasanId: org.pegawai.kasi.id,
      nama: 'Staf Tiga',
    });
    await ctx.prisma.pegawai.update({ where: { id: tiga.id }, data: { email: email.tiga } });
    const uTiga = await makeUser(ctx.prisma, { pegawaiId: tiga.id });
    await ctx.prisma.preferensiSurel.create({ data: { userId: uTiga.id, jenis: 'PENGINGAT_BATAS', cara: 'APLIKASI' } });
    await ctx.prisma.preferensiSurel.create({ data: { userId: org.users.kasi.id, jenis: 'PENGINGAT_BATAS', cara: 'RINGKASAN' } });
    // Staf has not sent; Staf Dua's self-assessment was returned (not sent either); one more sent to the supervisor.
    const stafLagi = await makePegawai(ctx.prisma, {
      unitId: org.units.seksi.id,
      jabatanId: org.jabatan.jStaf.id,
      atasanId: org.pegawai.kasi.id,
      nama: 'Staf Empat',
    });
    await makeUser(ctx.prisma, { pegawaiId: stafLagi.id });
    await penilaianDikirim(stafLagi);
    smtp.pesan.length = 0;

    const [h1, h2] = await Promise.all([a1.jalankanHarian(), a2.jalankanHarian()]);
    const [h3] = await Promise.all([a1.jalankanHarian(), a2.jalankanHarian()]);
    expect(h1.pengingat + h2.pengingat).toBeGreaterThan(0);
    expect(h3).toEqual({ pengingat: 0, ringkasan: 0 });

    await tunggu(() => smtp.untuk(email.staf).length === 1 && smtp.untuk(email.kasi).length === 1, 'pengingat dan ringkasan');
    await new Promise((r) => setTimeout(r, 1500));
    const diri = smtp.untuk(email.staf);
    expect(diri).toHaveLength(1);
    expect(diri[0]!.subjek).toContain('Pengingat: penilaian diri');
    expect(isi(diri[0]!)).toContain('3 hari lagi');
    expect(smtp.untuk(email.staf2)).toHaveLength(1); // returned = not sent: reminded too
    expect(smtp.untuk(email.tiga)).toHaveLength(0); // in the app only
    expect(smtp.untuk(email.stafLain)).toHaveLength(0); // own unit deadline is later
    // The supervisor's reminder (1 waiting, deadline in 7 days) came inside the day's digest.
    const ringkasan = smtp.untuk(email.kasi);
    expect(ringkasan).toHaveLength(1);
    expect(ringkasan[0]!.subjek).toContain('Ringkasan SIKAP');
    expect(isi(ringkasan[0]!)).toContain('1 penilaian bawahan menunggu');
    // Kepala Uji has no address (and neither does Staf Empat): skipped with the reason, visible to BKD.
    const dilewati = await ctx.prisma.surelKeluar.findMany({ where: { status: 'DILEWATI' }, include: { user: true } });
    expect(dilewati.map((d) => d.userId).sort()).toEqual([org.users.kadis.id].sort());
    expect(dilewati[0]!.alasan).toBe('Pengguna tidak memiliki alamat surel.');
    const kunci = await ctx.prisma.surelKeluar.count({ where: { kunci: { startsWith: 'pengingat-' } } });
    // staf, staf2, kadis (skipped), and the supervisor's own self-assessment and the one waiting for
    // them (both digest items); Staf Empat has sent, Staf Tiga chose the app, the other OPD is later.
    expect(kunci).toBe(5);
    // Admin BKD on the second instance sees the one reminder of Staf Uji.
    const admin = await login(app2, org.users.admin.username, PASSWORD);
    const daftar = await admin.agent.get(`/admin/surel?q=${encodeURIComponent(email.staf)}`);
    expect(daftar.text.split('Pengingat: penilaian diri').length - 1).toBe(1);
    expect(isi(ringkasan[0]!)).toContain('2 pemberitahuan');
  });

  it('when the mail server refuses, then the mail is retried with back-off and marked failed with the reason; the action and the in-app notification stand', async () => {
    smtp.pesan.length = 0;
    smtp.tolak = '451 Kotak surat sementara tidak tersedia';
    const p = await penilaianDikirim(org.pegawai.staf);
    const res = await kembalikan(p.id, 'Target kedua belum diisi.');
    expect(res.status).toBe(302);
    expect((await ctx.prisma.penilaianKinerja.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('DIKEMBALIKAN');
    expect(await ctx.prisma.notifikasi.count({ where: { userId: org.users.staf.id, tautan: `/penilaian/${p.id}/diri` } })).toBe(1);
    const kunci = { kepada: email.staf, jenis: 'PENILAIAN_DIKEMBALIKAN' as const };
    await tunggu(
      async () => (await ctx.prisma.surelKeluar.findFirst({ where: { ...kunci, status: 'GAGAL' } })) !== null,
      'status GAGAL',
      30_000,
    );
    const row = await ctx.prisma.surelKeluar.findFirstOrThrow({ where: kunci });
    expect(row.percobaan).toBe(3); // the first attempt and SUREL_PERCOBAAN_ULANG=2 more
    expect(row.alasan).toContain('451');
    expect(row.alasan).toContain('Kotak surat sementara tidak tersedia');
    expect(smtp.pesan).toHaveLength(0);

    // Admin BKD sees it with the reason and sends it again once the server accepts mail.
    smtp.tolak = null;
    const admin = await login(ctx.app, org.users.admin.username, PASSWORD);
    const daftar = await admin.agent.get('/admin/surel?status=GAGAL');
    expect(daftar.status).toBe(200);
    expect(daftar.text).toContain('Kotak surat sementara tidak tersedia');
    expect(daftar.text).toContain(`/admin/surel/${row.id}/ulang`);
    const ulang = await admin.agent
      .post(`/admin/surel/${row.id}/ulang`)
      .type('form')
      .send({ _csrf: csrfFrom(daftar.text) });
    expect(ulang.status).toBe(302);
    await tunggu(() => smtp.untuk(email.staf).length === 1, 'surel yang dikirim ulang');
    expect((await ctx.prisma.surelKeluar.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('TERKIRIM');
    expect(await ctx.prisma.auditLog.count({ where: { aksi: 'KIRIM_ULANG_SUREL', entitasId: String(row.id) } })).toBe(1);
  });

  it('when the mail server is down, then the attempts fail with the connection error and the mail is marked failed', async () => {
    smtp.pesan.length = 0;
    await smtp.matikan();
    try {
      const lima = await makePegawai(ctx.prisma, {
        unitId: org.units.seksi.id,
        jabatanId: org.jabatan.jStaf.id,
        atasanId: org.pegawai.kasi.id,
      });
      await ctx.prisma.pegawai.update({ where: { id: lima.id }, data: { email: 'staf.lima@contoh.go.id' } });
      await makeUser(ctx.prisma, { pegawaiId: lima.id });
      const p = await penilaianDikirim(lima);
      const res = await kembalikan(p.id, 'Periksa lagi realisasi.');
      expect(res.status).toBe(302);
      await tunggu(
        async () => (await ctx.prisma.surelKeluar.count({ where: { tautan: `/penilaian/${p.id}/diri`, status: 'GAGAL' } })) === 1,
        'status GAGAL tanpa server',
        30_000,
      );
      const row = await ctx.prisma.surelKeluar.findFirstOrThrow({ where: { tautan: `/penilaian/${p.id}/diri` } });
      expect(row.alasan).toContain('ECONNREFUSED');
      // The app itself is fine.
      expect((await login(ctx.app, org.users.staf.username, PASSWORD)).csrf).toBeTruthy();
    } finally {
      await smtp.nyalakan();
    }
  });

  it('when someone chooses per kind on the profile, then a wrong choice is refused at its field with the rest kept, and a good one is saved and audited', async () => {
    const s = await login(ctx.app, org.users.staf.username, PASSWORD);
    const page = await s.agent.get('/profil/surel');
    expect(page.status).toBe(200);
    expect(page.text).toContain(email.staf);
    const body = {
      _csrf: csrfFrom(page.text),
      PENGINGAT_BATAS: 'RINGKASAN',
      PENILAIAN_DIKEMBALIKAN: 'SUREL',
      PENILAIAN_FINAL: 'SUREL',
      KEBERATAN: 'BURUNG_DARA',
      KALIBRASI: 'APLIKASI',
      UMPAN_BALIK_360: 'RINGKASAN',
      LAINNYA: 'APLIKASI',
    };
    const bad = await s.agent.post('/profil/surel').type('form').send(body);
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/id="f-KEBERATAN"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="f-KEBERATAN"/s);
    expect(bad.text).toContain('id="f-KEBERATAN-galat"');
    expect(bad.text).toMatch(/<option value="RINGKASAN" selected>Ringkasan harian<\/option>/);
    expect(await ctx.prisma.preferensiSurel.count({ where: { userId: org.users.staf.id } })).toBe(0);
    const ok = await s.agent
      .post('/profil/surel')
      .type('form')
      .send({ ...body, KEBERATAN: 'SUREL' });
    expect(ok.status).toBe(302);
    const pref = await ctx.prisma.preferensiSurel.findMany({ where: { userId: org.users.staf.id } });
    expect(Object.fromEntries(pref.map((p) => [p.jenis, p.cara]))).toMatchObject({
      PENGINGAT_BATAS: 'RINGKASAN',
      KALIBRASI: 'APLIKASI',
      KEBERATAN: 'SUREL',
    });
    expect(await ctx.prisma.auditLog.count({ where: { aksi: 'UBAH_PREFERENSI_SUREL', userId: org.users.staf.id } })).toBe(1);
    // Another user's choices are not touched.
    expect(await ctx.prisma.preferensiSurel.count({ where: { userId: org.users.staf2.id } })).toBe(0);
  });

  it('when notifications of several kinds arrive, then each follows the user’s choice for its kind, and a rolled-back action queues nothing', async () => {
    // The previous test saved for Staf Uji: KALIBRASI in the app only, KEBERATAN by e-mail, 360 in the digest.
    smtp.pesan.length = 0;
    const sebelum = await ctx.prisma.surelKeluar.count();
    await ctx.prisma.$transaction(async (tx) => {
      await notifyPegawai(
        tx,
        org.pegawai.staf.id,
        'Predikat kinerja Anda dikalibrasi',
        'Baik menjadi Sangat Baik.',
        '/penilaian',
        'KALIBRASI',
      );
      await notifyPegawai(tx, org.pegawai.staf.id, 'Keberatan Anda diputus', 'Diterima sebagian.', '/penilaian', 'KEBERATAN');
      await notifyPegawai(tx, org.pegawai.staf.id, 'Permintaan umpan balik 360°', 'Isi untuk rekan.', '/umpanbalik', 'UMPAN_BALIK_360');
    });
    await expect(
      ctx.prisma.$transaction(async (tx) => {
        await notifyPegawai(tx, org.pegawai.staf.id, 'Tidak jadi', 'Dibatalkan.', '/penilaian', 'KEBERATAN');
        throw new Error('batal');
      }),
    ).rejects.toThrow('batal');
    await tunggu(() => smtp.untuk(email.staf).length === 1, 'surel keberatan');
    await new Promise((r) => setTimeout(r, 800));
    expect(smtp.untuk(email.staf).map((m) => m.subjek)).toEqual(['[SIKAP] Keberatan Anda diputus']);
    const baru = await ctx.prisma.surelKeluar.findMany({
      where: { id: { gt: 0 } },
      orderBy: { id: 'desc' },
      take: (await ctx.prisma.surelKeluar.count()) - sebelum,
    });
    expect(baru.map((r) => [r.jenis, r.status]).sort()).toEqual([
      ['KEBERATAN', 'TERKIRIM'],
      ['UMPAN_BALIK_360', 'MENUNGGU_RINGKASAN'],
    ]);
    // All three are in the app regardless.
    expect(
      await ctx.prisma.notifikasi.count({
        where: {
          userId: org.users.staf.id,
          judul: { in: ['Predikat kinerja Anda dikalibrasi', 'Keberatan Anda diputus', 'Permintaan umpan balik 360°'] },
        },
      }),
    ).toBe(3);
  });

  it('when Admin BKD searches the outbox or changes the reminder days, then the list filters and pages, a wrong list is refused at the field, and others are kept out', async () => {
    const admin = await login(ctx.app, org.users.admin.username, PASSWORD);
    const semua = await admin.agent.get('/admin/surel');
    expect(semua.status).toBe(200);
    expect(semua.text).toContain('Terkirim');
    const cari = await admin.agent.get(`/admin/surel?q=${encodeURIComponent('staf.dua')}`);
    expect(cari.text).toContain(email.staf2);
    expect(cari.text).not.toContain(email.kasi);
    const dilewati = await admin.agent.get('/admin/surel?status=DILEWATI');
    expect(dilewati.text).toContain('Pengguna tidak memiliki alamat surel.');
    expect(dilewati.text).toContain('Kepala Uji');
    const salah = await admin.agent
      .post('/admin/surel/pengaturan')
      .type('form')
      .send({ _csrf: csrfFrom(semua.text), hariPengingat: '7, besok' });
    expect(salah.status).toBe(400);
    expect(salah.text).toContain('id="f-hariPengingat-galat"');
    expect(salah.text).toContain('value="7, besok"');
    const benar = await admin.agent
      .post('/admin/surel/pengaturan')
      .type('form')
      .send({ _csrf: csrfFrom(semua.text), hariPengingat: '14 7 1' });
    expect(benar.status).toBe(302);
    expect((await ctx.prisma.pengaturan.findUniqueOrThrow({ where: { kunci: 'surel.hariPengingat' } })).nilai).toEqual([14, 7, 1]);
    // Staff may not see the outbox nor retry a mail.
    const staf = await login(ctx.app, org.users.staf.username, PASSWORD);
    expect((await staf.agent.get('/admin/surel')).status).toBe(403);
    const id = (await ctx.prisma.surelKeluar.findFirstOrThrow({ where: { status: 'DILEWATI' } })).id;
    expect((await staf.agent.post(`/admin/surel/${id}/ulang`).type('form').send({ _csrf: staf.csrf })).status).toBe(403);
    // A skipped mail stays skipped while the address is missing: said on the list, not an error page.
    const ulang = await admin.agent
      .post(`/admin/surel/${id}/ulang`)
      .type('form')
      .send({ _csrf: csrfFrom(semua.text) });
    expect(ulang.status).toBe(302);
    expect((await admin.agent.get('/admin/surel')).text).toContain('Lengkapi alamat surel di data pegawai');
  });
});

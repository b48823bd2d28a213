import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import { setupApp, login, csrfFrom, type TestContext, type Agent } from '../helpers/app.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';
import { makeRekan, makeTautan, setPengaturan } from '../helpers/umpanbalik-factories.js';
import { makeKompetensi } from '../helpers/penilaian-factories.js';
import { konteksUmpanBalik } from '../../src/modules/umpanbalik/konteks.js';

let ctx: TestContext;
let org: Awaited<ReturnType<typeof makeOrg>>;
let periode: Awaited<ReturnType<typeof makePeriode>>;
let rekan: Awaited<ReturnType<typeof makeRekan>>;
const sessions = new Map<string, { agent: Agent; csrf: string }>();

/** One signed-in agent per user for the whole file (sign-in is slow: argon2). */
async function as(username: string) {
  let s = sessions.get(username);
  if (!s) {
    s = await login(ctx.app, username, PASSWORD);
    sessions.set(username, s);
  }
  return s;
}

beforeAll(async () => {
  ctx = await setupApp({ TRUST_PROXY: '1', LOGIN_RATE_LIMIT_PER_15MIN: '1000' });
  org = await makeOrg(ctx.prisma);
  periode = await makePeriode(ctx.prisma, { tahun: 2026 });
  rekan = await makeRekan(ctx.prisma, { unitId: org.units.seksi.id, atasanId: org.pegawai.kasi.id, n: 3, prefix: 'Rekan Rahasia' });
  await ctx.prisma.unitKerja.update({ where: { id: org.units.opd.id }, data: { layananPublik: true } });
  await setPengaturan(ctx.prisma, 'batasUmpanBalikPerIp', 1000);
}, 120_000);
afterAll(() => ctx.close());

describe('dialog kinerja', () => {
  it('when the employee adds a check-in, then both sides see it in the shared log', async () => {
    const staf = await as(org.users.staf.username);
    const res = await staf.agent.post(`/umpanbalik/dialog/${org.pegawai.staf.id}`).type('form').send({
      _csrf: staf.csrf,
      jenis: 'CHECKIN',
      tanggal: '2026-03-02',
      catatan: 'Membahas kendala data triwulan I',
      tindakLanjut: 'Atasan membantu akses data',
      tanggalTindakLanjut: '2026-03-16',
    });
    expect(res.status).toBe(302);
    const kasi = await as(org.users.kasi.username);
    const page = await kasi.agent.get(`/umpanbalik/dialog/${org.pegawai.staf.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Membahas kendala data triwulan I');
    expect(page.text).toContain('Atasan membantu akses data');
  });

  it('when the employee tries to give praise, then 400 and the typed note stays', async () => {
    const staf = await as(org.users.staf.username);
    const res = await staf.agent
      .post(`/umpanbalik/dialog/${org.pegawai.staf.id}`)
      .type('form')
      .send({ _csrf: staf.csrf, jenis: 'PUJIAN', tanggal: '2026-03-02', catatan: 'Saya hebat sekali', sasaran: '' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Saya hebat sekali');
  });

  it('when the supervisor gives praise without an indicator or competency, then 400; with a competency, then saved', async () => {
    const kasi = await as(org.users.kasi.username);
    const bad = await kasi.agent
      .post(`/umpanbalik/dialog/${org.pegawai.staf.id}`)
      .type('form')
      .send({ _csrf: kasi.csrf, jenis: 'PUJIAN', tanggal: '2026-04-01', catatan: 'Bagus' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Pilih indikator atau kompetensi');
    const komp = await ctx.prisma.kompetensi.create({
      data: {
        kode: `UBK${Date.now() % 100000}`,
        nama: 'Komunikasi Uji',
        definisi: 'x',
        kelompok: { create: { kode: 'MANAJERIAL', nama: 'Manajerial' } },
      },
    });
    await ctx.prisma.standarKompetensiJabatan.create({
      data: { jabatanId: org.jabatan.jStaf.id, kompetensiId: komp.id, levelDibutuhkan: 2 },
    });
    const ok = await kasi.agent
      .post(`/umpanbalik/dialog/${org.pegawai.staf.id}`)
      .type('form')
      .send({ _csrf: kasi.csrf, jenis: 'PUJIAN', tanggal: '2026-04-01', catatan: 'Paparan jelas sekali', sasaran: `k:${komp.id}` });
    expect(ok.status).toBe(302);
    const row = await ctx.prisma.dialogKinerja.findFirstOrThrow({ where: { catatan: 'Paparan jelas sekali' } });
    expect(row.kompetensiId).toBe(komp.id);
    expect(row.periodeId).toBe(periode.id);
    const notif = await ctx.prisma.notifikasi.count({ where: { userId: org.users.staf.id, judul: 'Catatan dialog kinerja baru' } });
    expect(notif).toBeGreaterThan(0);
  });

  it('when a stranger opens or posts to the log, then 404', async () => {
    const lain = await as(org.users.kasiLain.username);
    expect((await lain.agent.get(`/umpanbalik/dialog/${org.pegawai.staf.id}`)).status).toBe(404);
    const post = await lain.agent
      .post(`/umpanbalik/dialog/${org.pegawai.staf.id}`)
      .type('form')
      .send({ _csrf: lain.csrf, jenis: 'CHECKIN', tanggal: '2026-03-02', catatan: 'x' });
    expect(post.status).toBe(404);
    const peer = await as(org.users.staf2.username);
    expect((await peer.agent.get(`/umpanbalik/dialog/${org.pegawai.staf.id}`)).status).toBe(404);
  });

  it('when a staff member has had no check-in for the configured weeks, then the supervisor dashboard reminds', async () => {
    await setPengaturan(ctx.prisma, 'mingguTanpaDialog', 2);
    const kasi = await as(org.users.kasi.username);
    const home = await kasi.agent.get('/beranda');
    expect(home.text).toContain('belum berdialog kinerja dengan Anda lebih dari 2 minggu');
    expect(home.text).toContain('Staf Dua');
  });
});

describe('360 input', () => {
  it('when a stranger opens the nomination page, then 404', async () => {
    const lain = await as(org.users.kasiLain.username);
    expect((await lain.agent.get(`/umpanbalik/360/pegawai/${org.pegawai.staf.id}`)).status).toBe(404);
    const staf = await as(org.users.staf.username);
    expect((await staf.agent.get(`/umpanbalik/360/pegawai/${org.pegawai.staf.id}`)).status).toBe(404);
  });

  it('when the employee proposes a rater, then the supervisor sees and approves the proposal', async () => {
    const staf = await as(org.users.staf.username);
    const res = await staf.agent
      .post('/umpanbalik/360/saya/usul')
      .type('form')
      .send({ _csrf: staf.csrf, raterId: String(org.pegawai.staf2.id) });
    expect(res.status).toBe(302);
    const p = await ctx.prisma.penugasan360.findFirstOrThrow({ where: { raterId: org.pegawai.staf2.id } });
    expect(p.status).toBe('DIUSULKAN');
    const kasi = await as(org.users.kasi.username);
    const page = await kasi.agent.get(`/umpanbalik/360/pegawai/${org.pegawai.staf.id}`);
    expect(page.text).toContain('Usulan pegawai');
    const ok = await kasi.agent
      .post(`/umpanbalik/360/pegawai/${org.pegawai.staf.id}/rater/${p.id}/setujui`)
      .type('form')
      .send({ _csrf: kasi.csrf });
    expect(ok.status).toBe(302);
    expect((await ctx.prisma.penugasan360.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('DIMINTA');
  });

  it('when the supervisor nominates raters, then each gets a task; a rater can decline', async () => {
    const kasi = await as(org.users.kasi.username);
    for (const r of rekan) {
      const res = await kasi.agent
        .post(`/umpanbalik/360/pegawai/${org.pegawai.staf.id}/rater`)
        .type('form')
        .send({ _csrf: kasi.csrf, raterId: String(r.pegawai.id) });
      expect(res.status).toBe(302);
    }
    // A rater from another OPD by NIP is LAIN_UNIT.
    const byNip = await kasi.agent
      .post(`/umpanbalik/360/pegawai/${org.pegawai.staf.id}/rater`)
      .type('form')
      .send({ _csrf: kasi.csrf, nip: org.pegawai.stafLain.nip });
    expect(byNip.status).toBe(302);
    const lainUnit = await ctx.prisma.penugasan360.findFirstOrThrow({ where: { raterId: org.pegawai.stafLain.id } });
    expect(lainUnit.hubungan).toBe('LAIN_UNIT');
    // Self-nomination is refused.
    const self = await kasi.agent
      .post(`/umpanbalik/360/pegawai/${org.pegawai.staf.id}/rater`)
      .type('form')
      .send({ _csrf: kasi.csrf, nip: org.pegawai.staf.nip });
    expect(self.status).toBe(400);

    const declining = await as(org.users.stafLain.username);
    const tasks = await declining.agent.get('/umpanbalik/360');
    expect(tasks.text).toContain(`/umpanbalik/360/tugas/${lainUnit.id}`);
    const tolak = await declining.agent.post(`/umpanbalik/360/tugas/${lainUnit.id}/tolak`).type('form').send({ _csrf: declining.csrf });
    expect(tolak.status).toBe(302);
    expect((await ctx.prisma.penugasan360.findUniqueOrThrow({ where: { id: lainUnit.id } })).status).toBe('DITOLAK');
  });

  it("when someone opens another rater's task, then 404", async () => {
    const p = await ctx.prisma.penugasan360.findFirstOrThrow({ where: { raterId: rekan[0]!.pegawai.id } });
    const staf = await as(org.users.staf.username);
    expect((await staf.agent.get(`/umpanbalik/360/tugas/${p.id}`)).status).toBe(404);
  });

  async function jawab(i: number, komentar: string) {
    const r = rekan[i]!;
    const s = await as(r.user.username);
    const p = await ctx.prisma.penugasan360.findFirstOrThrow({ where: { raterId: r.pegawai.id }, include: { sesi: true } });
    const form = await s.agent.get(`/umpanbalik/360/tugas/${p.id}`);
    expect(form.status).toBe(200);
    const body: Record<string, string> = { _csrf: s.csrf, komentar };
    for (const n of ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'])
      body[`b_${n}`] = String(3 + (i % 3));
    for (const k of p.sesi.kompetensiIds) body[`k_${k}`] = '4';
    return s.agent.post(`/umpanbalik/360/tugas/${p.id}`).type('form').send(body);
  }

  it('when a score is missing, then 400 with the message and the comment kept', async () => {
    const r = rekan[0]!;
    const s = await as(r.user.username);
    const p = await ctx.prisma.penugasan360.findFirstOrThrow({ where: { raterId: r.pegawai.id } });
    const res = await s.agent
      .post(`/umpanbalik/360/tugas/${p.id}`)
      .type('form')
      .send({ _csrf: s.csrf, komentar: 'Komentar yang tidak boleh hilang' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Pilih nilai 1–5.');
    expect(res.text).toContain('Komentar yang tidak boleh hilang');
  });

  it('when only 2 responses exist, then nothing is shown; at 3, the aggregate appears without names and with comments sorted', async () => {
    expect((await jawab(0, 'Zaman ini dia paling sigap')).status).toBe(302);
    expect((await jawab(1, 'Anaknya teliti dan rapi')).status).toBe(302);
    const staf = await as(org.users.staf.username);
    let mine = await staf.agent.get('/umpanbalik/360/saya');
    expect(mine.text).toContain('Hasil 360° belum ditampilkan');
    expect(mine.text).not.toContain('Anaknya teliti');
    const k2 = await konteksUmpanBalik(ctx.prisma, { pegawaiId: org.pegawai.staf.id, periodeId: periode.id, unitId: org.units.seksi.id });
    expect(k2.agregat360).toBeNull();

    expect((await jawab(2, 'Menolong rekan saat beban kerja tinggi')).status).toBe(302);
    mine = await staf.agent.get('/umpanbalik/360/saya');
    expect(mine.text).toContain('<strong>3</strong> jawaban');
    const a = mine.text.indexOf('Anaknya teliti');
    const m = mine.text.indexOf('Menolong rekan');
    const z = mine.text.indexOf('Zaman ini');
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(m);
    expect(m).toBeLessThan(z);
    // No rater is named anywhere the employee can look. (Peers do appear in the proposal
    // drop-down, whether they were asked or not; the results section names nobody.)
    const hasil = mine.text.slice(mine.text.indexOf('id="h-hasil"'), mine.text.indexOf('id="h-usul"'));
    expect(hasil).toContain('Anaknya teliti');
    for (const r of rekan) expect(hasil).not.toContain(r.pegawai.nama);
    for (const path of [
      '/umpanbalik',
      '/umpanbalik/360',
      `/umpanbalik/dialog/${org.pegawai.staf.id}`,
      '/notifikasi',
      '/profil',
      '/beranda',
    ]) {
      const page = await staf.agent.get(path);
      for (const r of rekan) expect(page.text, path).not.toContain(r.pegawai.nama);
    }
    const k3 = await konteksUmpanBalik(ctx.prisma, { pegawaiId: org.pegawai.staf.id, periodeId: periode.id, unitId: org.units.seksi.id });
    expect(k3.agregat360?.jumlah).toBe(3);
    expect(k3.agregat360?.berakhlak).toHaveLength(7);
    expect(k3.agregat360?.komentar).toEqual([
      'Anaknya teliti dan rapi',
      'Menolong rekan saat beban kerja tinggi',
      'Zaman ini dia paling sigap',
    ]);
    expect(JSON.stringify(k3)).not.toContain('Rekan Rahasia');
    // The supervisor's round page lists raters, but "answered" and "declined" read the same.
    const kasi = await as(org.users.kasi.username);
    const kelola = await kasi.agent.get(`/umpanbalik/360/pegawai/${org.pegawai.staf.id}`);
    expect(kelola.text).toContain('Sudah ditanggapi');
    expect(kelola.text).not.toMatch(/Ditolak|Selesai menjawab/);
  });

  it('when a rater has answered, then the same task cannot be answered again', async () => {
    const r = rekan[0]!;
    const s = await as(r.user.username);
    const p = await ctx.prisma.penugasan360.findFirstOrThrow({ where: { raterId: r.pegawai.id } });
    expect((await s.agent.get(`/umpanbalik/360/tugas/${p.id}`)).status).toBe(404);
    const res = await s.agent.post(`/umpanbalik/360/tugas/${p.id}`).type('form').send({ _csrf: s.csrf, komentar: 'lagi' });
    expect(res.status).toBe(404);
    expect(await ctx.prisma.jawaban360.count()).toBe(3);
  });

  it('when the supervisor ticks more than 5 competencies, then 400 with the message at the choices and the ticks kept', async () => {
    const komp = [];
    for (let i = 0; i < 6; i++) {
      komp.push(await makeKompetensi(ctx.prisma, { nama: `Kompetensi 360 ${i}`, jabatanIds: [org.pegawai.staf2.jabatanId] }));
    }
    const kasi = await as(org.users.kasi.username);
    const path = `/umpanbalik/360/pegawai/${org.pegawai.staf2.id}`;
    const semua = komp.map((k) => String(k.id));
    const res = await kasi.agent.post(`${path}/kompetensi`).type('form').send({ _csrf: kasi.csrf, kompetensi: semua });
    expect(res.status).toBe(400);
    expect(res.text).toContain('href="#f-kompetensi-0"');
    expect(res.text).toContain('id="f-kompetensi-galat">Pilih paling banyak 5 kompetensi.</div>');
    for (const k of komp) expect(res.text).toMatch(new RegExp(`name="kompetensi" value="${k.id}" id="f-kompetensi-\\d+" checked`));
    const ok = await kasi.agent
      .post(`${path}/kompetensi`)
      .type('form')
      .send({ _csrf: kasi.csrf, kompetensi: [String(komp[0]!.id)] });
    expect(ok.status).toBe(302);
    expect(ok.headers.location).toBe(path);
  });

  it('the threshold is configurable upwards', async () => {
    await setPengaturan(ctx.prisma, 'ambangResponden360', 4);
    const k = await konteksUmpanBalik(ctx.prisma, { pegawaiId: org.pegawai.staf.id, periodeId: periode.id, unitId: org.units.seksi.id });
    expect(k.agregat360).toBeNull();
    await setPengaturan(ctx.prisma, 'ambangResponden360', 1);
    const k1 = await konteksUmpanBalik(ctx.prisma, { pegawaiId: org.pegawai.staf.id, periodeId: periode.id, unitId: org.units.seksi.id });
    expect(k1.agregat360?.jumlah).toBe(3); // never below 3, so still shown at 3
    await setPengaturan(ctx.prisma, 'ambangResponden360', 3);
  });
});

describe('public service feedback', () => {
  const TOKEN = 'uji-tautan-publik-seksi-01';
  let tautanId: number;
  beforeAll(async () => {
    tautanId = (await makeTautan(ctx.prisma, org.units.seksi.id, TOKEN)).id;
  });

  async function citizen(ip: string) {
    const agent = request.agent(ctx.app);
    const page = await agent.get(`/u/${TOKEN}`).set('X-Forwarded-For', ip);
    return { agent, page, csrf: csrfFrom(page.text) };
  }

  it('when a citizen opens the link without an account, then the form shows (with a CSRF token)', async () => {
    const { page } = await citizen('10.0.0.1');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Seksi Uji');
    expect(page.text).toContain('Sangat puas');
    expect(page.text).toContain('name="situs_web"');
  });

  it('when the POST has no CSRF token, then 403 and nothing is stored', async () => {
    const res = await request(ctx.app).post(`/u/${TOKEN}`).set('X-Forwarded-For', '10.0.0.2').type('form').send({ skor: '5' });
    expect(res.status).toBe(403);
    expect(await ctx.prisma.umpanBalikPublik.count({ where: { tautanId } })).toBe(0);
  });

  it('when a score without comment is sent, then it counts at once; with a comment it waits for moderation', async () => {
    const c = await citizen('10.0.0.3');
    const a = await c.agent
      .post(`/u/${TOKEN}`)
      .set('X-Forwarded-For', '10.0.0.3')
      .type('form')
      .send({ _csrf: c.csrf, skor: '5', jenisLayanan: 'Legalisir' });
    expect(a.status).toBe(303);
    expect(a.headers.location).toBe(`/u/${TOKEN}/terima-kasih`);
    const b = await c.agent
      .post(`/u/${TOKEN}`)
      .set('X-Forwarded-For', '10.0.0.3')
      .type('form')
      .send({ _csrf: c.csrf, skor: '2', komentar: 'Antrean lama sekali' });
    expect(b.status).toBe(303);
    const rows = await ctx.prisma.umpanBalikPublik.findMany({ where: { tautanId }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.skor, r.status])).toEqual([
      [5, 'DISETUJUI'],
      [2, 'MENUNGGU'],
    ]);
    const thanks = await c.agent.get(`/u/${TOKEN}/terima-kasih`);
    expect(thanks.text).toContain('Terima kasih');
  });

  it('when the score is missing or the comment too long, then 400 with messages and the text kept', async () => {
    const c = await citizen('10.0.0.4');
    const a = await c.agent
      .post(`/u/${TOKEN}`)
      .set('X-Forwarded-For', '10.0.0.4')
      .type('form')
      .send({ _csrf: c.csrf, komentar: 'Tetap di sini' });
    expect(a.status).toBe(400);
    expect(a.text).toContain('Pilih salah satu wajah');
    expect(a.text).toContain('Tetap di sini');
    const b = await c.agent
      .post(`/u/${TOKEN}`)
      .set('X-Forwarded-For', '10.0.0.4')
      .type('form')
      .send({ _csrf: c.csrf, skor: '4', komentar: 'x'.repeat(501) });
    expect(b.status).toBe(400);
    expect(b.text).toContain('paling banyak 500 karakter');
    const c2 = await c.agent.post(`/u/${TOKEN}`).set('X-Forwarded-For', '10.0.0.4').type('form').send({ _csrf: c.csrf, skor: '9' });
    expect(c2.status).toBe(400);
    expect(await ctx.prisma.umpanBalikPublik.count({ where: { tautanId } })).toBe(2);
  });

  it('when the honeypot is filled, then the bot sees success but nothing is stored', async () => {
    const c = await citizen('10.0.0.5');
    const res = await c.agent
      .post(`/u/${TOKEN}`)
      .set('X-Forwarded-For', '10.0.0.5')
      .type('form')
      .send({ _csrf: c.csrf, skor: '1', komentar: 'spam http://x', situs_web: 'http://spam.example' });
    expect(res.status).toBe(303);
    expect(await ctx.prisma.umpanBalikPublik.count({ where: { tautanId } })).toBe(2);
  });

  it('when one IP sends too many, then 429 with a friendly page', async () => {
    await setPengaturan(ctx.prisma, 'batasUmpanBalikPerIp', 2);
    const c = await citizen('10.0.0.6');
    const send = () => c.agent.post(`/u/${TOKEN}`).set('X-Forwarded-For', '10.0.0.6').type('form').send({ _csrf: c.csrf, skor: '4' });
    expect((await send()).status).toBe(303);
    expect((await send()).status).toBe(303);
    const third = await send();
    expect(third.status).toBe(429);
    expect(third.text).toContain('Terlalu banyak penilaian');
    // Another device is not affected.
    const other = await citizen('10.0.0.7');
    expect(
      (await other.agent.post(`/u/${TOKEN}`).set('X-Forwarded-For', '10.0.0.7').type('form').send({ _csrf: other.csrf, skor: '4' })).status,
    ).toBe(303);
    await setPengaturan(ctx.prisma, 'batasUmpanBalikPerIp', 1000);
  });

  it('when a unit receives too many from many IPs, then the unit limit stops them', async () => {
    const unit2 = await ctx.prisma.unitKerja.create({
      data: { kode: `UB2-${Date.now() % 100000}`, nama: 'Loket Dua', jenis: 'SEKSI', indukId: org.units.opd.id },
    });
    await makeTautan(ctx.prisma, unit2.id, 'uji-tautan-publik-loket-2');
    await setPengaturan(ctx.prisma, 'batasUmpanBalikPerUnit', 2);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const agent = request.agent(ctx.app);
      const ip = `10.1.0.${i + 1}`;
      const page = await agent.get('/u/uji-tautan-publik-loket-2').set('X-Forwarded-For', ip);
      statuses.push(
        (
          await agent
            .post('/u/uji-tautan-publik-loket-2')
            .set('X-Forwarded-For', ip)
            .type('form')
            .send({ _csrf: csrfFrom(page.text), skor: '3' })
        ).status,
      );
    }
    expect(statuses).toEqual([303, 303, 429]);
    await setPengaturan(ctx.prisma, 'batasUmpanBalikPerUnit', 300);
  });

  it('when the link is unknown, inactive, or an individual link while BKD has not enabled them, then 404', async () => {
    expect((await request(ctx.app).get('/u/tidak-ada-tautan-seperti-ini')).status).toBe(404);
    await makeTautan(ctx.prisma, org.units.seksi.id, 'uji-tautan-publik-pegawai', org.pegawai.staf.id);
    expect((await request(ctx.app).get('/u/uji-tautan-publik-pegawai')).status).toBe(404);
    await setPengaturan(ctx.prisma, 'umpanBalikPublikPerPegawai', true);
    const ok = await request(ctx.app).get('/u/uji-tautan-publik-pegawai');
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('Staf Uji');
    await setPengaturan(ctx.prisma, 'umpanBalikPublikPerPegawai', false);
  });

  it("when the unit's pimpinan approves a comment, then it counts; a pimpinan elsewhere or plain staff get 404", async () => {
    const kadis = await as(org.users.kadis.username);
    const queue = await kadis.agent.get('/umpanbalik/publik/moderasi');
    expect(queue.status).toBe(200);
    expect(queue.text).toContain('Antrean lama sekali');
    const pending = await ctx.prisma.umpanBalikPublik.findFirstOrThrow({ where: { tautanId, status: 'MENUNGGU' } });

    await ctx.prisma.user.update({ where: { id: org.users.kasiLain.id }, data: { roles: ['PEGAWAI', 'PIMPINAN'] } });
    sessions.delete(org.users.kasiLain.username);
    const lain = await as(org.users.kasiLain.username);
    expect((await lain.agent.get('/umpanbalik/publik/moderasi')).text).not.toContain('Antrean lama sekali');
    expect(
      (await lain.agent.post(`/umpanbalik/publik/moderasi/${pending.id}`).type('form').send({ _csrf: lain.csrf, keputusan: 'DITOLAK' }))
        .status,
    ).toBe(404);
    const staf = await as(org.users.staf.username);
    expect((await staf.agent.get('/umpanbalik/publik')).status).toBe(404);
    expect((await staf.agent.get('/umpanbalik/publik/moderasi')).status).toBe(404);

    const before = await konteksUmpanBalik(ctx.prisma, {
      pegawaiId: org.pegawai.staf.id,
      periodeId: periode.id,
      unitId: org.units.seksi.id,
    });
    const ok = await kadis.agent
      .post(`/umpanbalik/publik/moderasi/${pending.id}`)
      .type('form')
      .send({ _csrf: kadis.csrf, keputusan: 'DISETUJUI' });
    expect(ok.status).toBe(302);
    const after = await konteksUmpanBalik(ctx.prisma, {
      pegawaiId: org.pegawai.staf.id,
      periodeId: periode.id,
      unitId: org.units.seksi.id,
    });
    expect(after.publik!.jumlah).toBe(before.publik!.jumlah + 1);
    expect(after.publik!.unitNama).toBe('Seksi Uji');
    const overview = await kadis.agent.get('/umpanbalik/publik');
    expect(overview.text).toContain('Seksi Uji');
  });

  it('when the admin creates a link, then a printable page and an SVG QR code exist', async () => {
    const admin = await as(org.users.admin.username);
    const res = await admin.agent
      .post('/umpanbalik/publik/tautan')
      .type('form')
      .send({ _csrf: admin.csrf, unitId: String(org.units.opd.id) });
    expect(res.status).toBe(302);
    const cetak = await admin.agent.get(res.headers.location!);
    expect(cetak.text).toContain('/u/');
    const l = await ctx.prisma.tautanUmpanBalikPublik.findFirstOrThrow({ where: { unitId: org.units.opd.id } });
    const qr = await admin.agent.get(`/umpanbalik/publik/tautan/${l.id}/qr.svg`);
    expect(qr.status).toBe(200);
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(Buffer.from(qr.body as Buffer).toString('utf8')).toContain('<svg');
    const notLayanan = await admin.agent
      .post('/umpanbalik/publik/tautan')
      .type('form')
      .send({ _csrf: admin.csrf, unitId: String(org.units.opd2.id) });
    expect(notLayanan.status).toBe(400);
  });
});

describe('penghargaan', () => {
  it('when BKD records an award, then it shows on the employee profile; plain staff cannot open the page', async () => {
    await ctx.prisma.penilaianKinerja.create({
      data: {
        periodeId: periode.id,
        pegawaiId: org.pegawai.staf2.id,
        jabatanId: org.jabatan.jStaf.id,
        unitId: org.units.seksi.id,
        predikat: 'SANGAT_BAIK',
        status: 'FINAL',
      },
    });
    const admin = await as(org.users.admin.username);
    const page = await admin.agent.get(`/penghargaan?periode=${periode.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Staf Dua');
    expect(page.text).toContain('Predikat Sangat Baik');
    const bad = await admin.agent
      .post('/penghargaan')
      .type('form')
      .send({
        _csrf: admin.csrf,
        periodeId: String(periode.id),
        pegawaiId: String(org.pegawai.staf2.id),
        kategori: 'Inovasi',
        alasan: '',
        tanggal: '2026-12-20',
      });
    expect(bad.status).toBe(400);
    const res = await admin.agent
      .post('/penghargaan')
      .type('form')
      .send({
        _csrf: admin.csrf,
        periodeId: String(periode.id),
        pegawaiId: String(org.pegawai.staf2.id),
        kategori: 'Inovasi',
        alasan: 'Aplikasi antrean rujukan',
        tanggal: '2026-12-20',
      });
    expect(res.status).toBe(302);
    const row = await ctx.prisma.penghargaan.findFirstOrThrow({ where: { pegawaiId: org.pegawai.staf2.id } });
    expect(row.dicatatOleh).toBe(org.users.admin.id);
    const staf2 = await as(org.users.staf2.username);
    const profil = await staf2.agent.get('/profil');
    expect(profil.text).toContain('Aplikasi antrean rujukan');
    expect((await staf2.agent.get('/penghargaan')).status).toBe(404);
  });

  it('when a pimpinan awards someone outside their unit, then it is refused', async () => {
    const lain = await as(org.users.kasiLain.username); // made PIMPINAN of Dinas Lain above
    const res = await lain.agent
      .post('/penghargaan')
      .type('form')
      .send({
        _csrf: lain.csrf,
        periodeId: String(periode.id),
        pegawaiId: String(org.pegawai.staf.id),
        kategori: 'Inovasi',
        alasan: 'Tidak boleh',
        tanggal: '2026-12-20',
      });
    expect(res.status).toBe(400);
    expect(await ctx.prisma.penghargaan.count({ where: { pegawaiId: org.pegawai.staf.id } })).toBe(0);
  });
});

describe('navigation', () => {
  it('shows "Umpan Balik" to staff and the landing page works', async () => {
    const staf = await as(org.users.staf.username);
    const res = await staf.agent.get('/umpanbalik');
    expect(res.status).toBe(200);
    expect(res.text).toContain('href="/umpanbalik"');
    expect(res.text).toContain('Dialog kinerja saya');
  });
});

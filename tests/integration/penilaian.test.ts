import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import { setupApp, login, csrfFrom, type TestContext, type Agent } from '../helpers/app.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';
import { makeKompetensi } from '../helpers/penilaian-factories.js';

let ctx: TestContext;
let org: Awaited<ReturnType<typeof makeOrg>>;
let staf: { agent: Agent; csrf: string };
let kasi: { agent: Agent; csrf: string };
let pid: number;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

beforeAll(async () => {
  ctx = await setupApp({ UPLOAD_MAX_MB: '0.5' });
  org = await makeOrg(ctx.prisma);
  await makePeriode(ctx.prisma);
  const kom = await makeKompetensi(ctx.prisma, { nama: 'Komunikasi', jabatanIds: [org.jabatan.jStaf.id], level: 2 });
  await ctx.prisma.programPelatihan.create({
    data: {
      kode: 'P-UJI',
      judul: 'Coaching Komunikasi',
      metode: 'NONKLASIKAL',
      bentuk: 'COACHING',
      jp: 8,
      kompetensi: { create: [{ kompetensiId: kom.id, levelMin: 1, levelMax: 3 }] },
    },
  });
  await makeKompetensi(ctx.prisma, { nama: 'Integritas', jabatanIds: [org.jabatan.jStaf.id], level: 1 });
  staf = await login(ctx.app, org.users.staf.username, PASSWORD);
  kasi = await login(ctx.app, org.users.kasi.username, PASSWORD);
});
afterAll(() => ctx.close());

async function freshCsrf(a: Agent, path = '/beranda') {
  return csrfFrom((await a.get(path)).text);
}
async function autosave(a: Agent, path: string, body: object) {
  return a
    .post(path)
    .set('x-csrf-token', await freshCsrf(a))
    .set('Accept', 'application/json')
    .send(body);
}
/** The signed mark of who types on an autosaved form page (data-pemilik). */
function pemilikDari(html: string): string {
  const m = /<form id="form-(?:diri|nilai)"[^>]*data-pemilik="([^"]+)"/.exec(html);
  if (!m) throw new Error('no data-pemilik on the form');
  return m[1]!;
}
/** An autosave from this site's page after the session died (no CSRF token left to send). */
function autosaveSesiHabis(a: Agent, path: string, body: object) {
  return a.post(path).set('Accept', 'application/json').set('Origin', 'http://127.0.0.1').set('Host', '127.0.0.1').send(body);
}
async function sessionIds(userId: number): Promise<string[]> {
  const rows = await ctx.prisma.$queryRaw<{ sid: string }[]>`SELECT sid FROM "session" WHERE sess->'passport'->>'user' = ${String(userId)}`;
  return rows.map((x) => x.sid);
}
async function load() {
  return ctx.prisma.penilaianKinerja.findUniqueOrThrow({
    where: { id: pid },
    include: { rhk: { include: { indikator: true } }, kompetensi: { include: { kompetensi: true } }, perilaku: true },
  });
}

describe('the appraisal cycle, end to end', () => {
  it('when the employee starts, then the appraisal snapshots jabatan, raters and required competencies', async () => {
    const res = await staf.agent.post('/penilaian/mulai').type('form').send({ _csrf: staf.csrf });
    expect(res.status).toBe(302);
    pid = Number(res.headers.location.split('/').pop());
    const p = await load();
    expect(p.penilaiId).toBe(org.pegawai.kasi.id);
    expect(p.atasanPenilaiId).toBe(org.pegawai.kadis.id);
    expect(p.kompetensi.map((k) => [k.kompetensi.nama, k.levelDibutuhkan]).sort()).toEqual([
      ['Integritas', 1],
      ['Komunikasi', 2],
    ]);
    expect(Array.isArray(p.kompetensi[0]!.snapshotLevel)).toBe(true);
    expect(p.perilaku).toHaveLength(7);
    // Starting twice is harmless.
    const again = await staf.agent.post('/penilaian/mulai').type('form').send({ _csrf: staf.csrf });
    expect(again.headers.location).toBe(`/penilaian/${pid}`);
  });

  it('when the plan form is incomplete, then 400 with messages and the typed text kept', async () => {
    const res = await staf.agent.post(`/penilaian/${pid}/rhk`).type('form').send({ _csrf: staf.csrf, uraian: '' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Tuliskan rencana hasil kerja.');
  });

  it('when the employee drafts RHK and indicators and submits the plan, then the supervisor approves it', async () => {
    await staf.agent
      .post(`/penilaian/${pid}/rhk`)
      .type('form')
      .send({ _csrf: staf.csrf, uraian: 'Terverifikasinya data rujukan tepat waktu' })
      .expect(302);
    const rhk = (await load()).rhk[0]!;
    const bad = await staf.agent.post(`/penilaian/${pid}/rhk/${rhk.id}/iki`).type('form').send({
      _csrf: staf.csrf,
      uraian: 'Persentase data terverifikasi',
      jenisTarget: 'KUANTITATIF',
      targetNilai: 'sembilan puluh',
      satuan: '%',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Isi dengan angka');
    expect(bad.text).toContain('value="sembilan puluh"');
    await staf.agent
      .post(`/penilaian/${pid}/rhk/${rhk.id}/iki`)
      .type('form')
      .send({ _csrf: staf.csrf, uraian: 'Persentase data terverifikasi', jenisTarget: 'KUANTITATIF', targetNilai: '95', satuan: '%' })
      .expect(302);
    await staf.agent
      .post(`/penilaian/${pid}/rhk/${rhk.id}/iki`)
      .type('form')
      .send({ _csrf: staf.csrf, uraian: 'Rekomendasi perbaikan alur', jenisTarget: 'KUALITATIF', targetKualitatif: '1 dokumen disetujui' })
      .expect(302);
    await staf.agent.post(`/penilaian/${pid}/rencana/ajukan`).type('form').send({ _csrf: staf.csrf }).expect(302);
    expect((await load()).statusRencana).toBe('DIAJUKAN');
    // Frozen while the supervisor decides.
    const frozen = await staf.agent.post(`/penilaian/${pid}/rhk`).type('form').send({ _csrf: staf.csrf, uraian: 'Lagi' });
    expect(frozen.status).toBe(409);
    const page = await kasi.agent.get(`/tim/penilaian/${pid}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Setujui rencana');
    await kasi.agent.post(`/tim/penilaian/${pid}/rencana`).type('form').send({ _csrf: kasi.csrf, keputusan: 'setujui' }).expect(302);
    expect((await load()).statusRencana).toBe('DISETUJUI');
    const notif = await ctx.prisma.notifikasi.findFirst({ where: { userId: org.users.staf.id, judul: 'Rencana kinerja disetujui' } });
    expect(notif).not.toBeNull();
  });

  it('when the employee types, then autosave stores each field and reports progress', async () => {
    const p = await load();
    const [iq, iql] = p.rhk[0]!.indikator;
    const res = await autosave(staf.agent, `/penilaian/${pid}/autosave`, {
      versi: p.versi,
      fields: { [`iki-${iq!.id}-realisasi`]: '96,5', [`iki-${iq!.id}-narasi`]: 'Rekap aplikasi rujukan' },
      base: { [`iki-${iq!.id}-realisasi`]: '', [`iki-${iq!.id}-narasi`]: '' },
    });
    expect(res.status).toBe(200);
    expect(res.body.saved.sort()).toEqual([`iki-${iq!.id}-narasi`, `iki-${iq!.id}-realisasi`]);
    expect(res.body.savedAt).toMatch(/^\d{2}\.\d{2}$/);
    expect(res.body.progress).toEqual({ terisi: 1, total: 2 + 2 + 7 });
    const after = await load();
    expect(Number(after.rhk[0]!.indikator.find((i) => i.id === iq!.id)!.realisasiNilai)).toBe(96.5);
    expect(after.versi).toBe(p.versi + 1);
    // An invalid value is refused and reported, the valid one next to it is saved.
    const mixed = await autosave(staf.agent, `/penilaian/${pid}/autosave`, {
      versi: after.versi,
      fields: { [`iki-${iq!.id}-realisasi`]: 'banyak', [`iki-${iql!.id}-realisasi`]: 'Dokumen disetujui' },
      base: { [`iki-${iq!.id}-realisasi`]: '96.5', [`iki-${iql!.id}-realisasi`]: '' },
    });
    expect(mixed.status).toBe(422);
    expect(mixed.body.errors[`iki-${iq!.id}-realisasi`]).toContain('angka');
    expect(mixed.body.saved).toEqual([`iki-${iql!.id}-realisasi`]);
  });

  it('when two tabs edit the same field, then the second save is a conflict showing both texts, never a silent overwrite', async () => {
    const p = await load();
    const key = `perilaku-AKUNTABEL`;
    const first = await autosave(staf.agent, `/penilaian/${pid}/autosave`, {
      versi: p.versi,
      fields: { [key]: 'Teks dari tab A' },
      base: { [key]: '' },
    });
    expect(first.status).toBe(200);
    const second = await autosave(staf.agent, `/penilaian/${pid}/autosave`, {
      versi: p.versi,
      fields: { [key]: 'Teks dari tab B' },
      base: { [key]: '' },
    });
    expect(second.status).toBe(409);
    expect(second.body.conflicts[0]).toMatchObject({ key, tersimpan: 'Teks dari tab A', isianAnda: 'Teks dari tab B' });
    expect((await load()).perilaku.find((x) => x.nilai === 'AKUNTABEL')!.refleksiDiri).toBe('Teks dari tab A');
    // A different field from the stale tab still saves (field-level check).
    const other = await autosave(staf.agent, `/penilaian/${pid}/autosave`, {
      versi: p.versi,
      fields: { 'perilaku-LOYAL': 'Menjaga rahasia jabatan' },
      base: { 'perilaku-LOYAL': '' },
    });
    expect(other.status).toBe(200);
    // Choosing "use mine" resends with the stored text as base.
    const mine = await autosave(staf.agent, `/penilaian/${pid}/autosave`, {
      versi: second.body.versi,
      fields: { [key]: 'Teks dari tab B' },
      base: { [key]: 'Teks dari tab A' },
    });
    expect(mine.status).toBe(200);
  });

  it('when the plain form (no JavaScript) carries a bad number, then 400 with the message next to the field and every typed value kept', async () => {
    const page = await staf.agent.get(`/penilaian/${pid}/diri`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Level 2 — Dasar');
    expect(page.text).toContain('Deskripsi level 2');
    expect(page.text).toContain('standar jabatan');
    const p = await load();
    const iq = p.rhk[0]!.indikator[0]!;
    const base = page.text.match(/name="_base" value="([^"]*)"/)![1]!.replace(/&#34;/g, '"');
    const res = await staf.agent
      .post(`/penilaian/${pid}/diri`)
      .type('form')
      .send({
        _csrf: csrfFrom(page.text),
        _versi: String(p.versi),
        _base: base,
        [`iki-${iq.id}-realisasi`]: '9x',
        'perilaku-ADAPTIF': 'Cepat belajar aplikasi baru <b>tebal</b>',
        aksi: 'simpan',
      });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Isi dengan angka');
    expect(res.text).toContain('value="9x"');
    expect(res.text).toContain('Cepat belajar aplikasi baru &lt;b&gt;tebal&lt;/b&gt;');
    // The valid field was saved.
    expect((await load()).perilaku.find((x) => x.nilai === 'ADAPTIF')!.refleksiDiri).toBe('Cepat belajar aplikasi baru <b>tebal</b>');
  });

  it('when the employee submits incomplete work, then the missing fields are listed with links', async () => {
    const res = await staf.agent
      .post(`/penilaian/${pid}/kirim`)
      .type('form')
      .send({ _csrf: await freshCsrf(staf.agent) });
    expect(res.status).toBe(400);
    expect(res.text).toContain('belum lengkap');
    expect(res.text).toMatch(/href="#f-komp-\d+-level"/);
    expect(res.text).toContain('href="#f-perilaku-HARMONIS"');
  });

  it('evidence: a PDF is stored outside public and served only to those who may see the appraisal; spoofed or oversized files are refused', async () => {
    const p = await load();
    const iq = p.rhk[0]!.indikator[0]!;
    const csrf = await freshCsrf(staf.agent, `/penilaian/${pid}/diri`);
    await staf.agent
      .post(`/penilaian/${pid}/iki/${iq.id}/bukti`)
      .field('_csrf', csrf)
      .field('judul', 'Rekap Oktober')
      .attach('berkas', PDF, 'rekap.pdf')
      .expect(302);
    // Refused: the self-assessment again (400) with the message at the indicator's upload form.
    const spoof = await staf.agent
      .post(`/penilaian/${pid}/iki/${iq.id}/bukti`)
      .field('_csrf', csrf)
      .attach('berkas', Buffer.from('<script>alert(1)</script>'), 'gambar.png');
    expect(spoof.status).toBe(400);
    expect(spoof.text).toContain('Jenis berkas tidak diizinkan');
    const big = await staf.agent
      .post(`/penilaian/${pid}/iki/${iq.id}/bukti`)
      .field('_csrf', csrf)
      .attach('berkas', Buffer.concat([PNG, Buffer.alloc(600 * 1024)]), 'besar.png');
    expect(big.status, big.text.slice(0, 300)).toBe(400);
    expect(big.text, big.text.match(/alert[^<]*<[^<]*/g)?.join(' | ')).toContain('melebihi batas');
    const noCsrf = await staf.agent.post(`/penilaian/${pid}/iki/${iq.id}/bukti`).attach('berkas', PDF, 'x.pdf');
    expect(noCsrf.status).toBe(403);
    const bukti = await ctx.prisma.buktiDukung.findMany({ where: { indikatorId: iq.id } });
    expect(bukti).toHaveLength(1);
    expect(bukti[0]!.lokasi).not.toContain('rekap');
    const url = `/berkas/penilaian/${pid}/bukti/${bukti[0]!.id}`;
    const own = await staf.agent.get(url);
    expect(own.status).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect((await kasi.agent.get(url)).status).toBe(200);
    const stranger = await login(ctx.app, org.users.stafLain.username, PASSWORD);
    expect((await stranger.agent.get(url)).status).toBe(404);
    const otherRater = await login(ctx.app, org.users.kasiLain.username, PASSWORD);
    expect((await otherRater.agent.get(url)).status).toBe(404);
    expect((await request(ctx.app).get(url)).status).toBe(302);
  });

  it('when complete, then the employee submits and can no longer edit', async () => {
    const p = await load();
    const fields: Record<string, string> = {};
    const base: Record<string, string> = {};
    for (const iki of p.rhk[0]!.indikator) if (iki.jenisTarget === 'KUANTITATIF') fields[`iki-${iki.id}-realisasi`] = '96';
    for (const k of p.kompetensi) fields[`komp-${k.id}-level`] = k.kompetensi.nama === 'Komunikasi' ? '2' : '1';
    for (const n of ['BERORIENTASI_PELAYANAN', 'KOMPETEN', 'HARMONIS', 'KOLABORATIF']) fields[`perilaku-${n}`] = `Refleksi ${n}`;
    for (const k of Object.keys(fields)) base[k] = '';
    base[Object.keys(fields)[0]!] = '96.5';
    const r = await autosave(staf.agent, `/penilaian/${pid}/autosave`, { versi: p.versi, fields, base });
    expect(r.status).toBe(200);
    expect(r.body.progress.terisi).toBe(r.body.progress.total);
    await staf.agent
      .post(`/penilaian/${pid}/kirim`)
      .type('form')
      .send({ _csrf: await freshCsrf(staf.agent) })
      .expect(302);
    expect((await load()).status).toBe('DIKIRIM');
    const late = await autosave(staf.agent, `/penilaian/${pid}/autosave`, { versi: 99, fields: { 'perilaku-LOYAL': 'ubah' }, base: {} });
    expect(late.status).toBe(409);
    expect(late.body.pesan).toContain('tidak dapat diubah');
  });

  it('another supervisor and another employee see nothing of it (404)', async () => {
    const other = await login(ctx.app, org.users.kasiLain.username, PASSWORD);
    expect((await other.agent.get(`/tim/penilaian/${pid}`)).status).toBe(404);
    const res = await other.agent.post(`/tim/penilaian/${pid}/finalkan`).type('form').send({ _csrf: other.csrf });
    expect(res.status).toBe(404);
    const peer = await login(ctx.app, org.users.staf2.username, PASSWORD);
    expect((await peer.agent.get(`/penilaian/${pid}`)).status).toBe(404);
    expect((await peer.agent.get(`/tim/penilaian/${pid}`)).status).toBe(404);
    // The employee cannot rate themself.
    expect((await staf.agent.get(`/tim/penilaian/${pid}`)).status).toBe(404);
  });

  it('when the supervisor returns it with a reason, then the employee edits and resubmits', async () => {
    const noReason = await kasi.agent.post(`/tim/penilaian/${pid}/kembalikan`).type('form').send({ _csrf: kasi.csrf, alasan: '' });
    expect(noReason.status).toBe(400);
    await kasi.agent
      .post(`/tim/penilaian/${pid}/kembalikan`)
      .type('form')
      .send({ _csrf: kasi.csrf, alasan: 'Lengkapi penjelasan indikator kualitatif.' })
      .expect(302);
    expect((await load()).status).toBe('DIKEMBALIKAN');
    const page = await staf.agent.get(`/penilaian/${pid}/diri`);
    expect(page.text).toContain('Lengkapi penjelasan indikator kualitatif.');
    const p = await load();
    const iql = p.rhk[0]!.indikator.find((i) => i.jenisTarget === 'KUALITATIF')!;
    const r = await autosave(staf.agent, `/penilaian/${pid}/autosave`, {
      versi: p.versi,
      fields: { [`iki-${iql.id}-narasi`]: 'Disetujui kepala seksi 10 Okt' },
      base: { [`iki-${iql.id}-narasi`]: '' },
    });
    expect(r.status).toBe(200);
    await staf.agent
      .post(`/penilaian/${pid}/kirim`)
      .type('form')
      .send({ _csrf: await freshCsrf(staf.agent) })
      .expect(302);
    expect((await load()).status).toBe('DIKIRIM');
  });

  it('when the supervisor rates, then the predikat follows the period matrix, and final notifies the employee', async () => {
    const early = await kasi.agent.post(`/tim/penilaian/${pid}/finalkan`).type('form').send({ _csrf: kasi.csrf });
    expect(early.status).toBe(409);
    const page = await kasi.agent.get(`/tim/penilaian/${pid}`);
    expect(page.text).toContain('data-matriks');
    const incomplete = await kasi.agent
      .post(`/tim/penilaian/${pid}`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), _versi: '0', _base: '{}', aksi: 'nilai' });
    expect(incomplete.status).toBe(400);
    expect(incomplete.text).toContain('Rating hasil kerja');
    const p = await load();
    const fields: Record<string, string> = {
      ratingHasilKerja: 'DI_ATAS',
      ratingPerilaku: 'DI_ATAS',
      umpanBalik: 'Kerja yang sangat baik.',
    };
    for (const k of p.kompetensi) fields[`komp-${k.id}-levelAtasan`] = k.kompetensi.nama === 'Komunikasi' ? '1' : '2';
    const base = Object.fromEntries(Object.keys(fields).map((k) => [k, '']));
    const r = await autosave(kasi.agent, `/tim/penilaian/${pid}/autosave`, { versi: p.versi, fields, base });
    expect(r.status).toBe(200);
    await kasi.agent
      .post(`/tim/penilaian/${pid}`)
      .type('form')
      .send({ _csrf: kasi.csrf, _versi: String(r.body.versi), _base: JSON.stringify(r.body.current), aksi: 'nilai' })
      .expect(302);
    let after = await load();
    expect(after.status).toBe('DINILAI');
    expect(after.predikat).toBe('SANGAT_BAIK');
    // Not visible to the employee before final.
    expect((await staf.agent.get(`/penilaian/${pid}`)).text).not.toContain('id="hasil"');
    await kasi.agent.post(`/tim/penilaian/${pid}/finalkan`).type('form').send({ _csrf: kasi.csrf }).expect(302);
    after = await load();
    expect(after.status).toBe('FINAL');
    const mine = await staf.agent.get(`/penilaian/${pid}`);
    expect(mine.text).toContain('Sangat Baik');
    expect(mine.text).toContain('Kerja yang sangat baik.');
    expect(mine.text).toContain('−1 (di bawah standar)');
    expect(await ctx.prisma.notifikasi.count({ where: { userId: org.users.staf.id, judul: 'Hasil penilaian kinerja tersedia' } })).toBe(1);
    // The Komunikasi gap became a training recommendation.
    const rek = await ctx.prisma.rekomendasiPelatihan.findMany({ where: { penilaianId: pid }, include: { program: true } });
    expect(rek.map((r) => r.program.judul)).toEqual(['Coaching Komunikasi']);
    // Nobody edits a final appraisal.
    const edit = await autosave(kasi.agent, `/tim/penilaian/${pid}/autosave`, {
      versi: after.versi,
      fields: { umpanBalik: 'ubah' },
      base: { umpanBalik: 'Kerja yang sangat baik.' },
    });
    expect(edit.status).toBe(409);
  });

  it('when the employee objects, then the atasan pejabat penilai decides in writing and the result changes', async () => {
    const short = await staf.agent
      .post(`/penilaian/${pid}/keberatan`)
      .type('form')
      .send({ _csrf: await freshCsrf(staf.agent), alasan: 'tidak' });
    expect(short.status).toBe(400);
    await staf.agent
      .post(`/penilaian/${pid}/keberatan`)
      .type('form')
      .send({ _csrf: await freshCsrf(staf.agent), alasan: 'Perilaku kerja saya dinilai terlalu tinggi dibanding rekan; mohon ditinjau.' })
      .expect(302);
    const twice = await staf.agent
      .post(`/penilaian/${pid}/keberatan`)
      .type('form')
      .send({ _csrf: await freshCsrf(staf.agent), alasan: 'Keberatan kedua yang sama panjangnya.' });
    expect(twice.status).toBe(409);
    const k = await ctx.prisma.keberatan.findFirstOrThrow({ where: { penilaianId: pid } });
    // The direct supervisor is not the one who decides.
    expect((await kasi.agent.get(`/keberatan/${k.id}`)).status).toBe(404);
    const kadis = await login(ctx.app, org.users.kadis.username, PASSWORD);
    const list = await kadis.agent.get('/keberatan');
    expect(list.text).toContain('Staf Uji');
    const bad = await kadis.agent
      .post(`/keberatan/${k.id}`)
      .type('form')
      .send({ _csrf: kadis.csrf, hasil: 'DIUBAH', keputusan: 'Diubah.' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Pilih rating hasil kerja yang baru.');
    await kadis.agent
      .post(`/keberatan/${k.id}`)
      .type('form')
      .send({
        _csrf: kadis.csrf,
        hasil: 'DIUBAH',
        ratingHasilKerja: 'DI_ATAS',
        ratingPerilaku: 'SESUAI',
        keputusan: 'Perilaku sesuai ekspektasi berdasarkan catatan dialog kinerja.',
      })
      .expect(302);
    const after = await load();
    expect(after.predikat).toBe('BAIK');
    const page = await staf.agent.get(`/penilaian/${pid}`);
    expect(page.text).toContain('Dikabulkan');
    for (const step of [
      'Penilaian dimulai',
      'Rencana kinerja diajukan',
      'Rencana kinerja disetujui',
      'Penilaian diri dikirim',
      'Dikembalikan untuk revisi',
      'Dinilai atasan',
      'Difinalkan',
      'Keberatan diajukan',
      'Keberatan diputus: hasil diubah',
    ]) {
      expect(page.text, step).toContain(step);
    }
  });
});

describe('never lose what someone typed', () => {
  // Both sides type into an autosaved form; both must get their text back (issue 13 item 2: the
  // supervisor's draft was kept but the rating page never restored it).
  const sides = [
    {
      sisi: 'employee (self-assessment)',
      user: () => org.users.staf2,
      field: 'perilaku-HARMONIS',
      async appraisal(u: { agent: Agent; csrf: string }) {
        const start = await u.agent.post('/penilaian/mulai').type('form').send({ _csrf: u.csrf });
        return Number(start.headers.location.split('/').pop());
      },
      autosavePath: (id: number) => `/penilaian/${id}/autosave`,
      page: (id: number) => `/penilaian/${id}/diri`,
      formId: 'form-diri',
      stored: async (id: number) =>
        (await ctx.prisma.perilakuKerja.findFirstOrThrow({ where: { penilaianId: id, nilai: 'HARMONIS' } })).refleksiDiri,
    },
    {
      sisi: 'supervisor (rating page)',
      user: () => org.users.kasi,
      field: 'perilaku-HARMONIS-catatan',
      async appraisal() {
        // Staf Dua's appraisal, submitted and waiting for the supervisor.
        const s2 = await login(ctx.app, org.users.staf2.username, PASSWORD);
        const start = await s2.agent.post('/penilaian/mulai').type('form').send({ _csrf: s2.csrf });
        const id = Number(start.headers.location.split('/').pop());
        await ctx.prisma.penilaianKinerja.update({ where: { id }, data: { status: 'DIKIRIM' } });
        return id;
      },
      autosavePath: (id: number) => `/tim/penilaian/${id}/autosave`,
      page: (id: number) => `/tim/penilaian/${id}`,
      formId: 'form-nilai',
      stored: async (id: number) =>
        (await ctx.prisma.perilakuKerja.findFirstOrThrow({ where: { penilaianId: id, nilai: 'HARMONIS' } })).catatanAtasan,
    },
  ];
  it.each(sides)(
    'when the session expired during autosave on the $sisi side, then the text is kept, restored after signing in again, and saved',
    async (side) => {
      const user = side.user();
      const sessionsOf = async () =>
        (await ctx.prisma.$queryRaw<{ sid: string }[]>`SELECT sid FROM "session" WHERE sess->'passport'->>'user' = ${String(user.id)}`).map(
          (x) => x.sid,
        );
      const others = await sessionsOf(); // the user's other browsers (the shared agents of this file) live on
      const u = await login(ctx.app, user.username, PASSWORD);
      const id2 = await side.appraisal(u);
      const p = await ctx.prisma.penilaianKinerja.findUniqueOrThrow({ where: { id: id2 } });
      const typed = `Teks panjang yang saya ketik sebelum sesi habis (${side.sisi})`;
      // The open page carries the signed mark of who types on it; autosave.js sends it along.
      const pemilik = pemilikDari((await u.agent.get(side.page(id2))).text);
      // This browser's session dies on the server (timeout) while the page is open.
      const mine = (await sessionsOf()).filter((sid) => !others.includes(sid));
      expect(mine).toHaveLength(1);
      await ctx.prisma.$executeRaw`DELETE FROM "session" WHERE sid = ${mine[0]}`;
      const body = { versi: p.versi, fields: { [side.field]: typed }, base: {}, _pemilik: pemilik };
      const res = await autosaveSesiHabis(u.agent, side.autosavePath(id2), body);
      expect(res.status).toBe(401);
      expect(res.body.error).toBe('SESI_BERAKHIR');
      const page = await u.agent.get('/masuk');
      const back = await u.agent
        .post('/masuk')
        .type('form')
        .send({ _csrf: csrfFrom(page.text), identitas: user.username, sandi: PASSWORD });
      expect(back.headers.location).toBe(side.page(id2));
      const form = await u.agent.get(back.headers.location);
      expect(form.status).toBe(200);
      // The text is in its field, the notice says so, and the form is marked for autosave.js to send it.
      expect(form.text).toMatch(new RegExp(`name="${side.field}"[^>]*>${typed.replace(/[()]/g, '\\$&')}</textarea>`));
      expect(form.text).toContain('dipulihkan');
      expect(form.text).toMatch(new RegExp(`<form id="${side.formId}"[^>]*data-restored`));
      // What autosave.js then sends is saved, and the kept draft is gone.
      const saved = await autosave(u.agent, side.autosavePath(id2), {
        versi: p.versi,
        fields: { [side.field]: typed },
        base: { [side.field]: '' },
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect(await side.stored(id2)).toBe(typed);
      const again = await u.agent.get(side.page(id2));
      expect(again.text).not.toContain('dipulihkan');
    },
  );

  /** A browser whose session expired on the server while `page` was open: the mark it holds. */
  async function sesiHabis(user: { id: number; username: string }, page: string) {
    const before = await sessionIds(user.id);
    const u = await login(ctx.app, user.username, PASSWORD);
    const pemilik = pemilikDari((await u.agent.get(page)).text);
    const mine = (await sessionIds(user.id)).filter((sid) => !before.includes(sid));
    expect(mine).toHaveLength(1);
    await ctx.prisma.$executeRaw`DELETE FROM "session" WHERE sid = ${mine[0]}`;
    return { agent: u.agent, pemilik };
  }
  /** Signing in on this browser, as from the "Masuk lagi" link (back to `kembali`). */
  async function masuk(agent: Agent, username: string, kembali = '') {
    const page = await agent.get(`/masuk?kembali=${encodeURIComponent(kembali)}`);
    return agent
      .post('/masuk')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), identitas: username, sandi: PASSWORD, kembali });
  }
  /** Sessions in the store holding this text (a kept draft). */
  async function drafDenganTeks(teks: string): Promise<number> {
    const rows = await ctx.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "session" WHERE sess::text LIKE ${`%${teks}%`}`;
    return Number(rows[0]!.n);
  }
  /** Staf Dua's appraisal, submitted: the rating page kasi (and a Plt for kasi) may open. */
  async function dikirimStafDua() {
    const s2 = await login(ctx.app, org.users.staf2.username, PASSWORD);
    const start = await s2.agent.post('/penilaian/mulai').type('form').send({ _csrf: s2.csrf });
    const id = Number(start.headers.location.split('/').pop());
    await ctx.prisma.penilaianKinerja.update({ where: { id }, data: { status: 'DIKIRIM' } });
    return ctx.prisma.penilaianKinerja.findUniqueOrThrow({ where: { id } });
  }

  it('when someone else signs in on the browser holding a draft caught after expiry, then it is dropped, never shown', async () => {
    const p = await dikirimStafDua();
    const page = `/tim/penilaian/${p.id}`;
    const typed = 'Catatan pribadi atasan yang belum tersimpan';
    // Kasi Lain acts for kasi (Plt), so they may open the very same rating page.
    const today = new Date();
    const plt = await ctx.prisma.delegasi.create({
      data: {
        jenis: 'PLT',
        penerimaId: org.pegawai.kasiLain.id,
        asalId: org.pegawai.kasi.id,
        mulai: new Date(today.getTime() - 86400000),
        selesai: new Date(today.getTime() + 86400000),
      },
    });
    try {
      const { agent, pemilik } = await sesiHabis(org.users.kasi, page);
      const body = { versi: p.versi, fields: { 'perilaku-HARMONIS-catatan': typed }, base: {}, _pemilik: pemilik };
      const res = await autosaveSesiHabis(agent, `${page}/autosave`, body);
      expect(res.status).toBe(401);
      expect(await drafDenganTeks(typed)).toBe(1);
      // Kasi walks away; Kasi Lain follows the "Masuk lagi" link on the same browser.
      const other = await masuk(agent, org.users.kasiLain.username, page);
      expect(other.status).toBe(302);
      expect(other.headers.location).toBe(page);
      expect(await drafDenganTeks(typed)).toBe(0);
      const seen = await agent.get(page);
      expect(seen.status).toBe(200);
      expect(seen.text).not.toContain(typed);
      expect(seen.text).not.toContain('dipulihkan');
      expect(seen.text).not.toMatch(/<form id="form-nilai"[^>]*data-restored/);
      // Dropped, not parked: signing in as kasi afterwards on this browser brings nothing back.
      await agent
        .post('/keluar')
        .type('form')
        .send({ _csrf: csrfFrom(seen.text) });
      expect((await masuk(agent, org.users.kasi.username)).headers.location).not.toBe(page);
      expect((await agent.get(page)).text).not.toContain(typed);
    } finally {
      await ctx.prisma.delegasi.delete({ where: { id: plt.id } });
    }
  });

  it('when an autosave after expiry carries no mark, a forged one or one for another page, then nothing is kept', async () => {
    const p = await dikirimStafDua();
    const page = `/tim/penilaian/${p.id}`;
    const { agent, pemilik } = await sesiHabis(org.users.kasi, page);
    const [uid, nonce] = pemilik.split('.');
    const { pemilik: lain } = await sesiHabis(org.users.staf2, `/penilaian/${p.id}/diri`);
    const forged = `${uid}.${nonce}.${'A'.repeat(43)}`;
    const otherUser = `${org.users.kasiLain.id}.${pemilik.split('.').slice(1).join('.')}`;
    const marks = [undefined, forged, otherUser, lain];
    for (const mark of marks) {
      const typed = `Tanpa tanda yang sah ${String(mark).slice(0, 12)}`;
      const body = { versi: p.versi, fields: { 'perilaku-HARMONIS-catatan': typed }, base: {}, _pemilik: mark };
      const res = await autosaveSesiHabis(agent, `${page}/autosave`, body);
      expect(res.status).toBe(401);
      expect(res.body.error).toBe('SESI_BERAKHIR');
      expect(await drafDenganTeks(typed), String(mark)).toBe(0);
    }
    // Signing in as kasi: the usual landing, no draft.
    expect((await masuk(agent, org.users.kasi.username)).headers.location).not.toBe(page);
    expect((await agent.get(page)).text).not.toContain('dipulihkan');
  });

  it('when a cross-site page posts to autosave without a session, then it is refused', async () => {
    const res = await request(ctx.app)
      .post('/penilaian/1/autosave')
      .set('Accept', 'application/json')
      .set('Origin', 'https://jahat.example')
      .send({ fields: { x: 'y' } });
    expect(res.status).toBe(403);
  });
});

describe('supervisor list', () => {
  it('shows only direct reports with status, filter and search', async () => {
    const res = await kasi.agent.get('/tim');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Staf Uji');
    expect(res.text).toContain('Staf Dua');
    expect(res.text).not.toContain('Staf Lain');
    const filtered = await kasi.agent.get('/tim?status=FINAL');
    expect(filtered.text).toContain('Staf Uji');
    expect(filtered.text).not.toContain('Staf Dua');
    const search = await kasi.agent.get('/tim?q=dua');
    expect(search.text).toContain('Staf Dua');
    expect(search.text).not.toContain('Staf Uji</span>');
  });

  it("a Plt delegation lets the acting rater rate another supervisor's staff", async () => {
    const other = await login(ctx.app, org.users.kasiLain.username, PASSWORD);
    expect((await other.agent.get('/tim')).text).not.toContain('Staf Dua');
    const today = new Date();
    await ctx.prisma.delegasi.create({
      data: {
        jenis: 'PLT',
        penerimaId: org.pegawai.kasiLain.id,
        asalId: org.pegawai.kasi.id,
        mulai: new Date(today.getTime() - 86400000),
        selesai: new Date(today.getTime() + 86400000),
      },
    });
    const list = await other.agent.get('/tim');
    expect(list.text).toContain('Staf Dua');
    expect(list.text).toContain('Didelegasikan kepada Anda');
    expect((await other.agent.get(`/tim/penilaian/${pid}`)).status).toBe(200);
  });
});

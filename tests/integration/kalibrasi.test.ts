import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setupApp, login, csrfFrom, type TestContext } from '../helpers/app.js';
import { makeOrg, makePegawai, makePeriode, PASSWORD } from '../helpers/factories.js';
import { makePenilaian } from '../helpers/laporan-factories.js';

let ctx: TestContext;
let org: Awaited<ReturnType<typeof makeOrg>>;
let periode: Awaited<ReturnType<typeof makePeriode>>;
let pkStaf: Awaited<ReturnType<typeof makePenilaian>>;
let pkStaf2: Awaited<ReturnType<typeof makePenilaian>>;
let board: string;

beforeAll(async () => {
  ctx = await setupApp();
  org = await makeOrg(ctx.prisma);
  periode = await makePeriode(ctx.prisma, { tahun: 2026 });
  pkStaf = await makePenilaian(ctx.prisma, {
    periodeId: periode.id,
    pegawai: org.pegawai.staf,
    hasil: 'SESUAI',
    perilaku: 'SESUAI',
    status: 'FINAL',
  });
  pkStaf2 = await makePenilaian(ctx.prisma, {
    periodeId: periode.id,
    pegawai: org.pegawai.staf2,
    hasil: 'DI_ATAS',
    perilaku: 'SESUAI',
    status: 'DINILAI',
  });
  // A draft is not on the board.
  const draf = await makePegawai(ctx.prisma, {
    unitId: org.units.seksi.id,
    jabatanId: org.jabatan.jStaf.id,
    atasanId: org.pegawai.kasi.id,
    nama: 'Masih Draf',
  });
  await makePenilaian(ctx.prisma, { periodeId: periode.id, pegawai: draf, status: 'DRAFT' });
  await ctx.prisma.predikatUnit.create({ data: { periodeId: periode.id, unitId: org.units.opd.id, predikatOrganisasi: 'BAIK' } });
  board = `/kalibrasi/${periode.id}/${org.units.opd.id}`;
});
afterAll(() => ctx.close());

/** The board's form fields as the browser would send them (every row of the page). */
function formDari(html: string): Record<string, string> {
  const f: Record<string, string> = { _csrf: csrfFrom(html) };
  for (const m of html.matchAll(/<input type="hidden" name="([ov]_\d+)" value="([^"]*)">/g)) f[m[1]!] = m[2]!;
  for (const m of html.matchAll(/name="(p_\d+)" data-asal="([A-Z_]+)"/g)) f[m[1]!] = m[2]!;
  return f;
}

describe('calibration board', () => {
  it('when the pimpinan opens the board, then all rated and final results are listed with the spread against the bounds', async () => {
    const { agent } = await login(ctx.app, org.users.kadis.username, PASSWORD);
    const res = await agent.get(board);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Staf Uji');
    expect(res.text).toContain('Staf Dua');
    expect(res.text).not.toContain('Masih Draf');
    expect(res.text).toContain('id="t-sebaran"');
    expect(res.text).toContain('data-predikat="BAIK" data-jumlah="2" data-min="0" data-maks="70"');
    expect(res.text).toContain('/static/js/kalibrasi.js');
    expect(res.text).toContain('aria-sort="ascending"');
    const sorted = await agent.get(`${board}?urut=predikat`);
    expect(sorted.status).toBe(200);
  });

  it('when a predikat is changed without a reason, then 400 with the message next to the field and nothing saved', async () => {
    const { agent } = await login(ctx.app, org.users.kadis.username, PASSWORD);
    const page = await agent.get(board);
    const form = { ...formDari(page.text), [`p_${pkStaf.id}`]: 'SANGAT_BAIK', [`a_${pkStaf.id}`]: 'singkat' };
    const res = await agent.post(board).type('form').send(form);
    expect(res.status).toBe(400);
    expect(res.text).toContain('Tulis alasan perubahan predikat');
    expect(res.text).toContain('>singkat</textarea>');
    expect(res.text).toMatch(new RegExp(`<option value="SANGAT_BAIK" selected>`));
    const pk = await ctx.prisma.penilaianKinerja.findUniqueOrThrow({ where: { id: pkStaf.id } });
    expect(pk.predikat).toBe('BAIK');
  });

  it('when a predikat is changed with a reason, then it is saved with the prior value, audited, notified, and a keberatan can still be filed', async () => {
    const { agent } = await login(ctx.app, org.users.kadis.username, PASSWORD);
    const page = await agent.get(board);
    const alasan = 'Capaian rujukan tertinggi di dinas, diverifikasi tim penilai kinerja.';
    const form = { ...formDari(page.text), [`p_${pkStaf.id}`]: 'SANGAT_BAIK', [`a_${pkStaf.id}`]: alasan };
    const res = await agent.post(board).type('form').send(form);
    expect(res.status).toBe(302);
    const pk = await ctx.prisma.penilaianKinerja.findUniqueOrThrow({ where: { id: pkStaf.id } });
    expect(pk).toMatchObject({
      predikat: 'SANGAT_BAIK',
      predikatSebelumKalibrasi: 'BAIK',
      alasanKalibrasi: alasan,
      versi: pkStaf.versi + 1,
    });
    // The untouched row stays as it was.
    expect((await ctx.prisma.penilaianKinerja.findUniqueOrThrow({ where: { id: pkStaf2.id } })).versi).toBe(pkStaf2.versi);

    const log = await ctx.prisma.auditLog.findFirstOrThrow({
      where: { entitas: 'PenilaianKinerja', entitasId: String(pkStaf.id), aksi: 'PREDIKAT_DIKALIBRASI' },
    });
    expect(log.userId).toBe(org.users.kadis.id);
    expect(log.sebelum).toMatchObject({ predikat: 'BAIK' });
    expect(log.sesudah).toMatchObject({ predikat: 'SANGAT_BAIK', alasanKalibrasi: alasan });

    const nStaf = await ctx.prisma.notifikasi.findMany({ where: { userId: org.users.staf.id } });
    expect(nStaf.some((n) => n.pesan.includes('Sangat Baik') && n.pesan.includes(alasan) && n.pesan.includes('keberatan'))).toBe(true);
    const nKasi = await ctx.prisma.notifikasi.findMany({ where: { userId: org.users.kasi.id } });
    expect(nKasi.some((n) => n.pesan.includes('Staf Uji') && n.pesan.includes('Sangat Baik'))).toBe(true);

    const keberatan = await ctx.prisma.keberatan.create({
      data: { penilaianId: pk.id, alasan: 'Saya ingin penjelasan atas hasil kalibrasi.', predikatSemula: pk.predikat },
    });
    expect(keberatan.status).toBe('DIAJUKAN');

    // The board recounts after saving: 1 Sangat Baik, 1 Baik; the document shows the calibration.
    const after = await agent.get(board);
    expect(after.text).toContain('data-predikat="SANGAT_BAIK" data-jumlah="1"');
    expect(after.text).toContain('Semula: Baik');
    const dok = await agent.get(`/laporan/dokumen/${pk.id}`);
    expect(dok.text).toContain('Semula Baik; alasan: ' + alasan);
  });

  it('when the board was opened before someone else changed the row, then the stale change is refused', async () => {
    const { agent } = await login(ctx.app, org.users.admin.username, PASSWORD);
    const page = await agent.get(board);
    await ctx.prisma.penilaianKinerja.update({ where: { id: pkStaf2.id }, data: { versi: { increment: 1 } } });
    const res = await agent
      .post(board)
      .type('form')
      .send({
        ...formDari(page.text),
        [`p_${pkStaf2.id}`]: 'BUTUH_PERBAIKAN',
        [`a_${pkStaf2.id}`]: 'Target utama tidak tercapai pada triwulan IV.',
      });
    expect(res.status).toBe(409);
    expect(res.text).toContain('telah diubah orang lain');
  });

  it('when the calibration is locked, then changes are refused with a clear message; only BKD may unlock', async () => {
    const kadis = await login(ctx.app, org.users.kadis.username, PASSWORD);
    const page = await kadis.agent.get(board);
    const form = {
      ...formDari(page.text),
      [`p_${pkStaf2.id}`]: 'BUTUH_PERBAIKAN',
      [`a_${pkStaf2.id}`]: 'Target utama tidak tercapai pada triwulan IV.',
    };
    const lock = await kadis.agent
      .post(`${board}/kunci`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text) });
    expect(lock.status).toBe(302);
    expect(
      (await ctx.prisma.predikatUnit.findFirstOrThrow({ where: { periodeId: periode.id, unitId: org.units.opd.id } })).kalibrasiDikunci,
    ).toBe(true);
    expect(await ctx.prisma.auditLog.count({ where: { aksi: 'KALIBRASI_DIKUNCI' } })).toBe(1);

    const refused = await kadis.agent.post(board).type('form').send(form);
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('sudah dikunci');
    expect((await ctx.prisma.penilaianKinerja.findUniqueOrThrow({ where: { id: pkStaf2.id } })).predikat).toBe('BAIK');
    const lockedPage = await kadis.agent.get(board);
    expect(lockedPage.text).toContain('sudah dikunci');
    expect(lockedPage.text).not.toContain('Simpan perubahan predikat');

    const notAllowed = await kadis.agent
      .post(`${board}/buka`)
      .type('form')
      .send({ _csrf: csrfFrom(lockedPage.text) });
    expect(notAllowed.status).toBe(403);
    const admin = await login(ctx.app, org.users.admin.username, PASSWORD);
    expect((await admin.agent.post(`${board}/buka`).type('form').send({ _csrf: admin.csrf })).status).toBe(302);
    expect(
      (await ctx.prisma.predikatUnit.findFirstOrThrow({ where: { periodeId: periode.id, unitId: org.units.opd.id } })).kalibrasiDikunci,
    ).toBe(false);
  });

  it("when a pimpinan opens another unit's board, then 404; staff without the role get 403", async () => {
    const { agent } = await login(ctx.app, org.users.kadis.username, PASSWORD);
    expect((await agent.get(`/kalibrasi/${periode.id}/${org.units.opd2.id}`)).status).toBe(404);
    const list = await agent.get(`/kalibrasi?periode=${periode.id}`);
    expect(list.text).toContain('Dinas Uji');
    expect(list.text).not.toContain('Dinas Lain');
    const staf = await login(ctx.app, org.users.staf.username, PASSWORD);
    expect((await staf.agent.get(board)).status).toBe(403);
    expect((await staf.agent.post(board).type('form').send({ _csrf: staf.csrf })).status).toBe(403);
  });
});

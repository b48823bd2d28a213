import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setupApp, type TestContext } from '../helpers/app.js';
import { makeOrg, makePeriode, makeUnit, makeJabatan } from '../helpers/factories.js';
import { asAdmin, makeKamus, kompetensiForm, type AdminSession, type Org } from '../helpers/admin-factories.js';

let ctx: TestContext;
let org: Org;
let admin: AdminSession;
let kamus: Awaited<ReturnType<typeof makeKamus>>;

beforeAll(async () => {
  ctx = await setupApp();
  org = await makeOrg(ctx.prisma);
  kamus = await makeKamus(ctx.prisma);
  admin = await asAdmin(ctx, org);
});
afterAll(() => ctx.close());

describe('kamus kompetensi', () => {
  it('when an admin creates a competency with five levels and indicator lists, then levels and indicators are stored as lists', async () => {
    const res = await admin.post(
      '/admin/kamus/baru',
      kompetensiForm(
        { kode: 'M9', nama: 'Kepemimpinan Uji', kelompokId: kamus.kelompok.manajerial.id },
        { l2_indikator: ['Satu', '', 'Dua'] },
      ),
    );
    expect(res.status).toBe(302);
    const k = await ctx.prisma.kompetensi.findUniqueOrThrow({ where: { kode: 'M9' }, include: { level: { orderBy: { level: 'asc' } } } });
    expect(k.level).toHaveLength(5);
    expect(k.level[1]!.indikator).toEqual(['Satu', 'Dua']);
    expect(k.versi).toBe(1);
  });

  it('when a level has no indicator or the code is taken, then 400 with the message at the field and typed text kept', async () => {
    const res = await admin.post(
      '/admin/kamus/baru',
      kompetensiForm(
        { kode: 'M1', nama: 'Duplikat', kelompokId: kamus.kelompok.manajerial.id },
        { l3_indikator: ['', ''], definisi: 'Teks yang diketik' },
      ),
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain('Isi sekurang-kurangnya satu indikator perilaku untuk level 3.');
    expect(res.text).toContain('Teks yang diketik');
    const dup = await admin.post(
      '/admin/kamus/baru',
      kompetensiForm({ kode: 'M1', nama: 'Duplikat', kelompokId: kamus.kelompok.manajerial.id }),
    );
    expect(dup.status).toBe(400);
    expect(dup.text).toContain('Kode M1 sudah dipakai oleh kompetensi Integritas.');
  });

  it('when a kelompok form is refused, then 400, the summary first, the section open, each message at its field, text kept', async () => {
    const g = kamus.kelompok.manajerial;
    const res = await admin.post(`/admin/kamus/kelompok/${g.id}`, { nama: '', urutan: 'tujuh puluh' });
    expect(res.status).toBe(400);
    // The summary comes before the folded section, which renders open, and links to the fields.
    const ringkasan = res.text.indexOf('id="ringkasan-galat"');
    expect(ringkasan).toBeGreaterThan(-1);
    expect(ringkasan).toBeLessThan(res.text.indexOf('<details'));
    expect(res.text).toMatch(/<details class="card card-body mb-3" open>/);
    expect(res.text).toContain(`href="#kel-nama-${g.id}"`);
    expect(res.text).toContain(`href="#kel-urut-${g.id}"`);
    // Each message sits at its own field, which carries what was typed.
    const nama = `kel-nama-${g.id}`;
    expect(res.text).toMatch(new RegExp(`id="${nama}" name="nama" value=""[^>]*aria-invalid="true" aria-describedby="${nama}-galat"`));
    expect(res.text).toMatch(new RegExp(`id="kel-urut-${g.id}-galat">Harus berupa angka.</div>`));
    expect(res.text).toMatch(new RegExp(`id="kel-urut-${g.id}" name="urutan" type="number"\\s+value="tujuh puluh"`));
    // The other kelompok forms are untouched; nothing was saved.
    expect(res.text).not.toContain(`kel-nama-${kamus.kelompok.teknis.id}-galat`);
    expect((await ctx.prisma.kelompokKompetensi.findUniqueOrThrow({ where: { id: g.id } })).nama).toBe(g.nama);
    const ok = await admin.post(`/admin/kamus/kelompok/${g.id}`, { nama: 'Manajerial (diubah)', urutan: '2' });
    expect(ok.status).toBe(302);
    expect((await ctx.prisma.kelompokKompetensi.findUniqueOrThrow({ where: { id: g.id } })).nama).toBe('Manajerial (diubah)');
    await admin.post(`/admin/kamus/kelompok/${g.id}`, { nama: g.nama, urutan: String(g.urutan) });
  });

  it("when a competency's levels change after an appraisal was submitted, then the version is bumped and the appraisal keeps its version and snapshot", async () => {
    const k = kamus.kompetensi.komunikasi;
    const periode = await makePeriode(ctx.prisma);
    const snapshot = [{ level: 2, label: 'Dasar', deskripsi: 'Komunikasi level 2.', indikator: ['Indikator Komunikasi 2a'] }];
    const pen = await ctx.prisma.penilaianKinerja.create({
      data: {
        periodeId: periode.id,
        pegawaiId: org.pegawai.staf.id,
        jabatanId: org.jabatan.jStaf.id,
        unitId: org.units.seksi.id,
        status: 'DIKIRIM',
        kompetensi: { create: { kompetensiId: k.id, levelDibutuhkan: 2, versiKamus: 1, snapshotLevel: snapshot, levelDiri: 2 } },
      },
    });
    const res = await admin.post(
      `/admin/kamus/${k.id}`,
      kompetensiForm({ kode: k.kode, nama: k.nama, kelompokId: k.kelompokId }, { l2_deskripsi: 'Deskripsi level 2 yang baru.' }),
    );
    expect(res.status).toBe(302);
    const after = await ctx.prisma.kompetensi.findUniqueOrThrow({ where: { id: k.id }, include: { level: true } });
    expect(after.versi).toBe(2);
    expect(after.level.find((l) => l.level === 2)!.deskripsi).toBe('Deskripsi level 2 yang baru.');
    const pk = await ctx.prisma.penilaianKompetensi.findFirstOrThrow({ where: { penilaianId: pen.id } });
    expect(pk.versiKamus).toBe(1);
    expect(pk.snapshotLevel).toEqual(snapshot);
    const page = await admin.agent.get(`/admin/kamus/${k.id}`);
    expect(page.text).toContain('versi kamus 2');
    expect(page.text).toMatch(/versi kamus 1: 1 penilaian \(versi lama\)/);
    const log = await ctx.prisma.auditLog.findFirstOrThrow({
      where: { entitas: 'Kompetensi', entitasId: String(k.id), aksi: 'UBAH_VERSI' },
    });
    expect(log.keterangan).toContain('1 → 2');
  });

  it('when only the name or order changes, then the version stays', async () => {
    const k = kamus.kompetensi.integritas;
    await admin.post(
      `/admin/kamus/${k.id}`,
      kompetensiForm({ kode: k.kode, nama: 'Integritas', kelompokId: k.kelompokId }, { urutan: '5' }),
    );
    expect((await ctx.prisma.kompetensi.findUniqueOrThrow({ where: { id: k.id } })).versi).toBe(1);
  });

  it('when a competency is deactivated, then it stays in the database', async () => {
    const k = kamus.kompetensi.data;
    await admin.post(`/admin/kamus/${k.id}/aktif`, { aktif: '0' });
    expect((await ctx.prisma.kompetensi.findUniqueOrThrow({ where: { id: k.id } })).aktif).toBe(false);
    await admin.post(`/admin/kamus/${k.id}/aktif`, { aktif: '1' });
  });
});

describe('standar kompetensi jabatan', () => {
  it("when an admin sets levels in the matrix, then the jabatan's staff see them on their profile", async () => {
    const j = org.jabatan.jStaf;
    const page = await admin.agent.get(`/admin/standar/${j.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Komunikasi');
    const res = await admin.post(`/admin/standar/${j.id}`, {
      [`k_${kamus.kompetensi.komunikasi.id}`]: '3',
      [`k_${kamus.kompetensi.integritas.id}`]: '1',
    });
    expect(res.status).toBe(302);
    const rows = await ctx.prisma.standarKompetensiJabatan.findMany({ where: { jabatanId: j.id } });
    expect(rows.map((r) => [r.kompetensiId, r.levelDibutuhkan]).sort()).toEqual(
      [
        [kamus.kompetensi.integritas.id, 1],
        [kamus.kompetensi.komunikasi.id, 3],
      ].sort(),
    );
    const log = await ctx.prisma.auditLog.findFirstOrThrow({
      where: { entitas: 'StandarKompetensiJabatan', entitasId: String(j.id) },
      orderBy: { id: 'desc' },
    });
    expect(log.sesudah).toEqual({ M1: 1, M3: 3 });
    const { as } = await import('../helpers/admin-factories.js');
    const staf = await as(ctx, org.users.staf.username);
    const profil = await staf.agent.get('/profil');
    expect(profil.text).toContain('Komunikasi');
    expect(profil.text).toMatch(/badge text-bg-primary">3</);
    // The one rank format (labels.pangkatGolongan), as on the Dokumen Evaluasi Kinerja.
    expect(profil.text).toContain('Penata Muda, III/a');
  });

  it('when a level is out of range, then 400 with the message next to that competency', async () => {
    const res = await admin.post(`/admin/standar/${org.jabatan.jStaf.id}`, { [`k_${kamus.kompetensi.komunikasi.id}`]: '7' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Level harus 1 sampai 5, atau kosong.');
  });

  it('when emptying a level, then that competency is no longer required', async () => {
    await admin.post(`/admin/standar/${org.jabatan.jStaf.id}`, {
      [`k_${kamus.kompetensi.komunikasi.id}`]: '3',
      [`k_${kamus.kompetensi.integritas.id}`]: '',
    });
    expect(await ctx.prisma.standarKompetensiJabatan.count({ where: { jabatanId: org.jabatan.jStaf.id } })).toBe(1);
  });

  it("when copying from another jabatan, then the standard is replaced by the source's", async () => {
    const res = await admin.post(`/admin/standar/${org.jabatan.jLain.id}/salin`, { dariJabatanId: String(org.jabatan.jStaf.id) });
    expect(res.status).toBe(302);
    const rows = await ctx.prisma.standarKompetensiJabatan.findMany({ where: { jabatanId: org.jabatan.jLain.id } });
    expect(rows.map((r) => [r.kompetensiId, r.levelDibutuhkan])).toEqual([[kamus.kompetensi.komunikasi.id, 3]]);
  });

  it('when copying from a jabatan without a standard, then 400 with the message at the source field and the choice kept', async () => {
    const kosong = await makeJabatan(ctx.prisma, org.units.seksi.id, 'PELAKSANA', 'Jabatan Tanpa Standar');
    const res = await admin.post(`/admin/standar/${org.jabatan.jLain.id}/salin`, { dariJabatanId: String(kosong.id) });
    expect(res.status).toBe(400);
    expect(res.text).toContain('href="#f-dariJabatanId"');
    expect(res.text).toMatch(/id="f-dariJabatanId"[^>]*aria-invalid="true" aria-describedby="f-dariJabatanId-galat"/);
    expect(res.text).toContain('id="f-dariJabatanId-galat">Jabatan Tanpa Standar belum memiliki standar untuk disalin.</div>');
    expect(res.text).toContain(`<option value="${kosong.id}" selected>`);
  });

  it('when applying defaults, then manajerial and sosial kultural get the configured level for the jabatan type', async () => {
    await admin.post(`/admin/standar/${org.jabatan.jKadis.id}/bawaan`);
    const rows = await ctx.prisma.standarKompetensiJabatan.findMany({ where: { jabatanId: org.jabatan.jKadis.id } });
    expect(new Set(rows.map((r) => r.levelDibutuhkan))).toEqual(new Set([4])); // JPT Pratama
    expect(rows.some((r) => r.kompetensiId === kamus.kompetensi.data.id)).toBe(false);
    // Configure Pengawas = 3, then apply to a Pengawas jabatan.
    const body: Record<string, string> = {
      JPT_UTAMA: '5',
      JPT_MADYA: '5',
      JPT_PRATAMA: '4',
      ADMINISTRATOR: '3',
      PENGAWAS: '3',
      PELAKSANA: '1',
      AHLI_PERTAMA: '1',
      AHLI_MUDA: '2',
      AHLI_MADYA: '3',
      AHLI_UTAMA: '4',
      PEMULA: '1',
      TERAMPIL: '1',
      MAHIR: '1',
      PENYELIA: '2',
    };
    expect((await admin.post('/admin/standar/bawaan', body)).status).toBe(302);
    expect((await admin.post('/admin/standar/bawaan', { ...body, PENGAWAS: '9' })).status).toBe(400);
    await admin.post(`/admin/standar/${org.jabatan.jKasi.id}/bawaan`);
    const kasi = await ctx.prisma.standarKompetensiJabatan.findMany({ where: { jabatanId: org.jabatan.jKasi.id } });
    expect(kasi.every((r) => r.levelDibutuhkan === 3)).toBe(true);
    expect(kasi).toHaveLength(4); // M1, M3, M9 (created above) and SK1
  });

  it('when using the unit matrix, then levels of several jabatan are saved at once and defaults apply to all', async () => {
    const seksi = org.units.seksi;
    const page = await admin.agent.get(`/admin/standar/unit/${org.units.opd.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Kepala Seksi Uji');
    expect(page.text).toContain('Pengelola Data');
    const k = kamus.kompetensi.perekat.id;
    const res = await admin.post(`/admin/standar/unit/${seksi.id}`, {
      [`s_${org.jabatan.jKasi.id}_${k}`]: '2',
      [`s_${org.jabatan.jStaf.id}_${k}`]: '1',
    });
    expect(res.status).toBe(302);
    const rows = await ctx.prisma.standarKompetensiJabatan.findMany({
      where: { kompetensiId: k, jabatanId: { in: [org.jabatan.jKasi.id, org.jabatan.jStaf.id] } },
      orderBy: { jabatanId: 'asc' },
    });
    expect(rows.map((r) => [r.jabatanId, r.levelDibutuhkan])).toEqual([
      [org.jabatan.jKasi.id, 2],
      [org.jabatan.jStaf.id, 1],
    ]);
    const bad = await admin.post(`/admin/standar/unit/${seksi.id}`, { [`s_${org.jabatan.jKasi.id}_${k}`]: '0' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('harus 1 sampai 5');
    await admin.post(`/admin/standar/unit/${seksi.id}/bawaan`);
    const staf = await ctx.prisma.standarKompetensiJabatan.findMany({
      where: { jabatanId: org.jabatan.jStaf.id, kompetensi: { kelompok: { kode: { not: 'TEKNIS' } } } },
    });
    expect(staf.every((r) => r.levelDibutuhkan === 1)).toBe(true);
  });

  it('when a unit has many jabatan, then the matrix pages by 25 with search, saves only posted rows, refuses jabatan of other units, and returns to the same page', async () => {
    const unit = await makeUnit(ctx.prisma, { nama: 'Dinas Banyak Jabatan' });
    const ids: number[] = [];
    for (let i = 0; i < 30; i++)
      ids.push((await makeJabatan(ctx.prisma, unit.id, 'PELAKSANA', `Jabatan Matriks ${String(i).padStart(2, '0')}`)).id);
    const p1 = await admin.agent.get(`/admin/standar/unit/${unit.id}`);
    expect(p1.status).toBe(200);
    expect(p1.text).toContain('30 jabatan aktif');
    expect(p1.text).toContain('Jabatan Matriks 24');
    expect(p1.text).not.toContain('Jabatan Matriks 25');
    const p2 = await admin.agent.get(`/admin/standar/unit/${unit.id}?halaman=2`);
    expect(p2.text).toContain('Jabatan Matriks 29');
    expect(p2.text).not.toContain('Jabatan Matriks 24');
    const cari = await admin.agent.get(`/admin/standar/unit/${unit.id}?q=${encodeURIComponent('Matriks 07')}`);
    expect(cari.text).toContain('1 jabatan aktif');
    expect(cari.text).toContain('Jabatan Matriks 07');
    const k = kamus.kompetensi.perekat.id;
    const saved = await admin.post(`/admin/standar/unit/${unit.id}`, { [`s_${ids[27]}_${k}`]: '3', halaman: '2' });
    expect(saved.status).toBe(302);
    expect(saved.headers.location).toBe(`/admin/standar/unit/${unit.id}?halaman=2`);
    expect((await ctx.prisma.standarKompetensiJabatan.findFirst({ where: { jabatanId: ids[27], kompetensiId: k } }))?.levelDibutuhkan).toBe(
      3,
    );
    // Rows of page 1 were not posted and stay as they were.
    expect(await ctx.prisma.standarKompetensiJabatan.count({ where: { jabatanId: ids[0] } })).toBe(0);
    // A jabatan of another unit cannot be slipped into this unit's matrix.
    const foreign = await admin.post(`/admin/standar/unit/${unit.id}`, { [`s_${org.jabatan.jLain.id}_${k}`]: '4' });
    expect(foreign.status).toBe(404);
    expect(
      await ctx.prisma.standarKompetensiJabatan.count({ where: { jabatanId: org.jabatan.jLain.id, kompetensiId: k, levelDibutuhkan: 4 } }),
    ).toBe(0);
    // A bad value on page 2 answers on page 2 with the message.
    const bad = await admin.post(`/admin/standar/unit/${unit.id}`, { [`s_${ids[28]}_${k}`]: '9', halaman: '2' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('harus 1 sampai 5');
    expect(bad.text).toContain('Jabatan Matriks 28');
  });
});

/**
 * Stored files with the app's *default* UPLOAD_DIR (`.data/uploads`, relative, under the
 * project): every other test stores under /tmp, which is how a 404 for every download in a
 * default `npm start` went unseen (send refuses paths with a dot segment unless given a root).
 * Each kind of stored file is uploaded through its form and downloaded by those who may.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setupApp, login, csrfFrom, DEFAULT_UPLOAD_DIR, type TestContext, type Agent } from '../helpers/app.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';
import { realPdf, realPng, storedLocations, uploadCleanup } from '../helpers/files.js';
import { PROJECT_ROOT } from '../../src/lib/paths.js';

let ctx: TestContext;
let org: Awaited<ReturnType<typeof makeOrg>>;
let cleanup: ReturnType<typeof uploadCleanup>;
let staf: { agent: Agent; csrf: string };
let kasi: { agent: Agent; csrf: string };
let admin: { agent: Agent; csrf: string };

beforeAll(async () => {
  ctx = await setupApp({ ...DEFAULT_UPLOAD_DIR });
  cleanup = uploadCleanup(ctx.config.uploadDir);
  org = await makeOrg(ctx.prisma);
  staf = await login(ctx.app, org.users.staf.username, PASSWORD);
  kasi = await login(ctx.app, org.users.kasi.username, PASSWORD);
  admin = await login(ctx.app, org.users.admin.username, PASSWORD);
});
afterAll(async () => {
  if (ctx) cleanup?.clean(await storedLocations(ctx.prisma));
  await ctx?.close();
});

/** The body of a download as bytes. */
async function bytes(a: Agent, url: string) {
  return a
    .get(url)
    .buffer(true)
    .parse((res, cb) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => cb(null, Buffer.concat(parts)));
    });
}

describe('stored files with the default UPLOAD_DIR (.data/uploads)', () => {
  it('when no UPLOAD_DIR is set, then the app stores under the project in a dotted folder', () => {
    expect(ctx.config.uploadDir).toBe(path.join(PROJECT_ROOT, '.data', 'uploads'));
  });

  it('when an employee uploads a PNG as evidence, then the employee and the supervisor download the same bytes', async () => {
    const periode = await makePeriode(ctx.prisma);
    const s = org.pegawai.staf;
    const pen = await ctx.prisma.penilaianKinerja.create({
      data: {
        periodeId: periode.id,
        pegawaiId: s.id,
        unitId: s.unitId,
        jabatanId: s.jabatanId,
        penilaiId: org.pegawai.kasi.id,
        status: 'DRAFT',
        statusRencana: 'DISETUJUI',
        rhk: {
          create: [
            { uraian: 'Laporan layanan', indikator: { create: [{ uraian: 'Laporan tepat waktu', targetNilai: 12, satuan: 'laporan' }] } },
          ],
        },
      },
      include: { rhk: { include: { indikator: true } } },
    });
    const iki = pen.rhk[0]!.indikator[0]!;
    const png = realPng();
    const csrf = csrfFrom((await staf.agent.get(`/penilaian/${pen.id}/diri`)).text);
    const up = await staf.agent
      .post(`/penilaian/${pen.id}/iki/${iki.id}/bukti`)
      .field('_csrf', csrf)
      .field('judul', 'Foto kegiatan')
      .attach('berkas', png, 'foto.png');
    expect(up.status).toBe(302);
    const b = await ctx.prisma.buktiDukung.findFirstOrThrow({ where: { indikatorId: iki.id } });
    expect(fs.existsSync(path.join(ctx.config.uploadDir, b.lokasi!))).toBe(true);
    const url = `/berkas/penilaian/${pen.id}/bukti/${b.id}`;
    // The self-assessment page links to it.
    expect((await staf.agent.get(`/penilaian/${pen.id}/diri`)).text).toContain(url);
    for (const who of [staf, kasi, admin]) {
      const res = await bytes(who.agent, url);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(Buffer.compare(res.body as Buffer, png)).toBe(0);
    }
    // Someone else's supervisor still gets nothing.
    const other = await login(ctx.app, org.users.kasiLain.username, PASSWORD);
    expect((await other.agent.get(url)).status).toBe(404);
  });

  it('when an employee records training with a PDF certificate, then the employee and the supervisor download it', async () => {
    const pdf = realPdf('Sertifikat pelatihan');
    const form = await staf.agent.get('/pengembangan/riwayat/baru');
    const res = await staf.agent
      .post('/pengembangan/riwayat/baru')
      .field('_csrf', csrfFrom(form.text))
      .field('judul', 'Pelatihan Pelayanan Prima')
      .field('tanggalMulai', '2026-02-02')
      .field('tanggalSelesai', '2026-02-04')
      .field('jp', '24')
      .attach('sertifikat', pdf, 'sertifikat.pdf');
    expect(res.status).toBe(302);
    const row = await ctx.prisma.riwayatPelatihan.findFirstOrThrow({ where: { pegawaiId: org.pegawai.staf.id } });
    const url = `/pengembangan/riwayat/${row.id}/sertifikat`;
    for (const who of [staf, kasi, admin]) {
      const dl = await bytes(who.agent, url);
      expect(dl.status).toBe(200);
      expect(dl.headers['content-type']).toBe('application/pdf');
      expect(Buffer.compare(dl.body as Buffer, pdf)).toBe(0);
    }
  });

  it('when BKD attaches a PDF to a published announcement, then staff download it', async () => {
    const k = await ctx.prisma.kontenSosialisasi.create({
      data: {
        jenis: 'PENGUMUMAN',
        judul: 'Jadwal penilaian',
        slug: 'jadwal-penilaian',
        isi: 'Lihat lampiran.',
        status: 'TERBIT',
        diterbitkanPada: new Date(),
      },
    });
    const pdf = realPdf('Jadwal penilaian 2026');
    const form = await admin.agent.get(`/sosialisasi/kelola/${k.id}`);
    const up = await admin.agent
      .post(`/sosialisasi/kelola/${k.id}/lampiran`)
      .field('_csrf', csrfFrom(form.text))
      .attach('berkas', pdf, 'jadwal.pdf');
    expect(up.status).toBe(302);
    const l = await ctx.prisma.lampiranKonten.findFirstOrThrow({ where: { kontenId: k.id } });
    for (const who of [staf, kasi, admin]) {
      const dl = await bytes(who.agent, `/sosialisasi/lampiran/${l.id}`);
      expect(dl.status).toBe(200);
      expect(Buffer.compare(dl.body as Buffer, pdf)).toBe(0);
    }
  });

  it('when a stored location names a dotfile inside the upload area or climbs out of it, then 404', async () => {
    const k = await ctx.prisma.kontenSosialisasi.create({
      data: { jenis: 'HALAMAN', judul: 'Uji lokasi', slug: 'uji-lokasi', isi: 'x', status: 'TERBIT', diterbitkanPada: new Date() },
    });
    const year = new Date().getUTCFullYear();
    const dotRel = `sosialisasi/${year}/.tersembunyi.pdf`;
    const dotDirRel = `sosialisasi/${year}/.rahasia/berkas.pdf`;
    const made = [dotRel, dotDirRel].map((rel) => path.join(ctx.config.uploadDir, rel));
    try {
      for (const abs of made) {
        fs.mkdirSync(path.dirname(abs), { recursive: true });
        fs.writeFileSync(abs, realPdf('rahasia'));
      }
      for (const lokasi of [
        dotRel,
        dotDirRel,
        '../session-secret',
        '../../package.json',
        '/etc/passwd',
        `sosialisasi/${year}/../../../package.json`,
      ]) {
        const l = await ctx.prisma.lampiranKonten.create({
          data: { kontenId: k.id, namaBerkas: 'x.pdf', mimeType: 'application/pdf', ukuran: 1, lokasi },
        });
        const res = await staf.agent.get(`/sosialisasi/lampiran/${l.id}`);
        expect(res.status, lokasi).toBe(404);
        expect(res.headers['content-disposition'], lokasi).toBeUndefined();
        await ctx.prisma.lampiranKonten.delete({ where: { id: l.id } });
      }
    } finally {
      for (const abs of made) fs.rmSync(abs, { force: true });
      if (fs.existsSync(path.dirname(made[1]!))) fs.rmdirSync(path.dirname(made[1]!));
    }
  });
});

import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { requireAuth, requirePegawai, requireRole } from '../../web/guards.js';
import { registerNav } from '../../web/nav.js';
import { parse } from '../../web/validate.js';
import { flash } from '../../web/flash.js';
import { NotFoundError } from '../../core/errors.js';
import { uploadOne, sendStoredFile } from '../../web/upload.js';
import type { Db } from '../../db/client.js';
import { pegawaiTerjangkau } from './pengembangan.policy.js';
import { halamanPegawai, timPengembangan } from './pengembangan.service.js';
import { buatRekomendasiSistem, tambahRekomendasi, ubahRekomendasi } from './rekomendasi.service.js';
import { catatRiwayat, sertifikatUntuk } from './riwayat.service.js';
import { gantiProgramSchema, hitungRekomendasiSchema, riwayatSchema, statusRekomendasiSchema, tambahRekomendasiSchema } from './pengembangan.schema.js';
import { LABEL_STATUS_GAP } from './gap.js';
import './pengembangan.strings.js';

// BKD admins get the analysis pages under the same label; their own page is linked from the dashboard.
registerNav({ href: '/pengembangan', label: 'Pengembangan', show: (p) => !!p.pegawaiId && !p.roles.includes('ADMIN_BKD') });

const V = 'pengembangan/';
const num = (v: unknown) => Number(v);

export function pengembanganRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  async function tampilPegawai(req: Request, res: Response, pegawaiId: number, sendiri: boolean) {
    const p = await pegawaiTerjangkau(prisma, req.user!, pegawaiId);
    const data = await halamanPegawai(prisma, req.user!, p, req.query.periode ? num(req.query.periode) : undefined);
    const title = sendiri ? 'Pengembangan kompetensi saya' : `Pengembangan: ${p.nama}`;
    res.page(V + 'pegawai', {
      title,
      crumbs: sendiri ? [{ label: 'Pengembangan' }] : [{ label: 'Pengembangan', href: '/pengembangan' }, { label: p.nama }],
      pegawai: p, sendiri, LABEL_STATUS_GAP, basePath: sendiri ? '/pengembangan' : `/pengembangan/pegawai/${p.id}`, ...data,
      styles: ['/static/css/pengembangan.css'],
    });
  }

  r.get('/pengembangan', requirePegawai, (req, res) => tampilPegawai(req, res, req.user!.pegawaiId!, true));
  r.get('/pengembangan/pegawai/:id', requireAuth, (req, res) => tampilPegawai(req, res, num(req.params.id), num(req.params.id) === req.user!.pegawaiId));

  r.get('/pengembangan/tim', requirePegawai, async (req, res) => {
    const tim = await timPengembangan(prisma, req.user!.pegawaiId!);
    res.page(V + 'tim', { title: 'Pengembangan tim saya', crumbs: [{ label: 'Pengembangan', href: '/pengembangan' }, { label: 'Tim saya' }], tim, styles: ['/static/css/pengembangan.css'] });
  });

  // Supervisor: confirm, reject, replace, add, recompute.
  r.post('/pengembangan/rekomendasi/:id/status', requirePegawai, async (req, res) => {
    const v = parse(statusRekomendasiSchema, req.body);
    if (!v.ok) throw new NotFoundError();
    const row = await ubahRekomendasi(prisma, req.user!, num(req.params.id), { status: v.data.status, catatan: v.data.catatan });
    flash(req, 'sukses', v.data.status === 'DISETUJUI' ? 'Rekomendasi disetujui dan masuk rencana pengembangan.' : 'Rekomendasi ditolak.');
    res.redirect(`/pengembangan/pegawai/${row.pegawaiId}?periode=${row.periodeId}`);
  });
  r.post('/pengembangan/rekomendasi/:id/ganti', requirePegawai, async (req, res) => {
    const v = parse(gantiProgramSchema, req.body);
    if (!v.ok) throw new NotFoundError();
    const row = await ubahRekomendasi(prisma, req.user!, num(req.params.id), { programId: v.data.programId });
    flash(req, 'sukses', `Program diganti menjadi ${row.program.judul}.`);
    res.redirect(`/pengembangan/pegawai/${row.pegawaiId}?periode=${row.periodeId}`);
  });
  r.post('/pengembangan/pegawai/:id/rekomendasi', requirePegawai, async (req, res) => {
    const p = await pegawaiTerjangkau(prisma, req.user!, num(req.params.id));
    const v = parse(tambahRekomendasiSchema, req.body);
    if (!v.ok) {
      flash(req, 'galat', Object.values(v.errors)[0] ?? 'Isian belum benar.');
      return res.redirect(`/pengembangan/pegawai/${p.id}`);
    }
    await tambahRekomendasi(prisma, req.user!, p, { periodeId: v.data.periodeId, programId: v.data.programId, kompetensiId: v.data.kompetensiId ?? null, catatan: v.data.catatan ?? null });
    flash(req, 'sukses', 'Program ditambahkan ke rencana pengembangan.');
    res.redirect(`/pengembangan/pegawai/${p.id}?periode=${v.data.periodeId}`);
  });
  r.post('/pengembangan/pegawai/:id/rekomendasi/hitung', requirePegawai, async (req, res) => {
    const p = await pegawaiTerjangkau(prisma, req.user!, num(req.params.id));
    if (p.atasanId !== req.user!.pegawaiId) throw new NotFoundError();
    const v = parse(hitungRekomendasiSchema, req.body);
    if (!v.ok) throw new NotFoundError();
    const pen = await prisma.penilaianKinerja.findFirst({ where: { pegawaiId: p.id, periodeId: v.data.periodeId, status: { in: ['FINAL', 'DINILAI'] } } });
    if (!pen) throw new NotFoundError();
    const n = await buatRekomendasiSistem(prisma, pen.id);
    flash(req, n ? 'sukses' : 'info', n ? `${n} rekomendasi baru dari sistem.` : 'Tidak ada rekomendasi baru: semua kesenjangan dan target yang tidak tercapai sudah memiliki usulan.');
    res.redirect(`/pengembangan/pegawai/${p.id}?periode=${pen.periodeId}`);
  });

  // Training history: own (staff) or anyone's (BKD).
  const programOpsi = (db: Db) => db.programPelatihan.findMany({ where: { aktif: true }, orderBy: { judul: 'asc' }, select: { id: true, judul: true, jp: true } });
  async function formRiwayat(req: Request, res: Response, pegawaiId: number, action: string, status = 200, errors: Record<string, string> = {}, values: Record<string, unknown> = {}) {
    const p = await pegawaiTerjangkau(prisma, req.user!, pegawaiId);
    const program = await programOpsi(prisma);
    res.page(V + 'riwayat-form', {
      title: 'Catat pelatihan selesai',
      crumbs: [{ label: 'Pengembangan', href: req.user!.pegawaiId === p.id ? '/pengembangan' : `/pengembangan/pegawai/${p.id}` }, { label: 'Catat pelatihan' }],
      pegawai: p, program, action, errors, values: { programId: req.query.program ?? '', ...values },
    }, status);
  }
  async function simpanRiwayat(req: Request, res: Response, pegawaiId: number, action: string, kembali: string) {
    const v = parse(riwayatSchema, req.body);
    const errors = v.ok ? {} : { ...v.errors };
    if (req.uploadError) errors.sertifikat = req.uploadError;
    if (!v.ok || req.uploadError) return formRiwayat(req, res, pegawaiId, action, 400, errors, req.body);
    await catatRiwayat(prisma, req.user!, pegawaiId, v.data, req.checkedFile);
    flash(req, 'sukses', 'Pelatihan dicatat. JP tahun ini diperbarui.');
    res.redirect(kembali);
  }
  r.get('/pengembangan/riwayat/baru', requirePegawai, (req, res) => formRiwayat(req, res, req.user!.pegawaiId!, '/pengembangan/riwayat/baru'));
  r.post('/pengembangan/riwayat/baru', requirePegawai, ...uploadOne('sertifikat', ['pdf', 'jpg', 'png']), (req, res) =>
    simpanRiwayat(req, res, req.user!.pegawaiId!, '/pengembangan/riwayat/baru', '/pengembangan'),
  );
  r.get('/pengembangan/pegawai/:id/riwayat/baru', requireRole('ADMIN_BKD'), (req, res) => formRiwayat(req, res, num(req.params.id), `/pengembangan/pegawai/${num(req.params.id)}/riwayat/baru`));
  r.post('/pengembangan/pegawai/:id/riwayat/baru', requireRole('ADMIN_BKD'), ...uploadOne('sertifikat', ['pdf', 'jpg', 'png']), async (req, res) => {
    const p = await pegawaiTerjangkau(prisma, req.user!, num(req.params.id));
    await simpanRiwayat(req, res, p.id, `/pengembangan/pegawai/${p.id}/riwayat/baru`, `/pengembangan/pegawai/${p.id}`);
  });
  r.get('/pengembangan/riwayat/:id/sertifikat', requireAuth, async (req, res) => {
    const s = await sertifikatUntuk(prisma, req.user!, num(req.params.id));
    sendStoredFile(res, s.lokasi, s.mime, s.nama);
  });
  return r;
}

import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { requireAuth, requirePegawai, requireRole } from '../../web/guards.js';
import { registerNav } from '../../web/nav.js';
import { parse } from '../../web/validate.js';
import { flash } from '../../web/flash.js';
import { NotFoundError } from '../../core/errors.js';
import { uploadOne, sendStoredFile } from '../../web/upload.js';
import { pegawaiTerjangkau } from './pengembangan.policy.js';
import { halamanPegawai, programAktif, timPengembangan } from './pengembangan.service.js';
import { hitungUlangRekomendasi, tambahRekomendasi, ubahRekomendasi } from './rekomendasi.service.js';
import { catatRiwayat, sertifikatUntuk } from './riwayat.service.js';
import {
  gantiProgramSchema,
  hitungRekomendasiSchema,
  riwayatSchema,
  statusRekomendasiSchema,
  tambahRekomendasiSchema,
} from './pengembangan.schema.js';
import { LABEL_STATUS_GAP } from './gap.js';
import './pengembangan.strings.js';

// BKD admins get the analysis pages under the same label; their own page is linked from the dashboard.
registerNav({ href: '/pengembangan', label: 'Pengembangan', show: (p) => !!p.pegawaiId && !p.roles.includes('ADMIN_BKD') });

const V = 'pengembangan/';
const num = (v: unknown) => Number(v);

/** A refused form on the page: a message per field and what was typed. */
interface FormGalat {
  errors: Record<string, string>;
  values: Record<string, unknown>;
}

export function pengembanganRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  /** The development page of one person; a refused "Tambah program" comes back with its messages and text (400). */
  async function tampilPegawai(req: Request, res: Response, pegawaiId: number, sendiri: boolean, galat?: FormGalat, periodeId?: number) {
    const p = await pegawaiTerjangkau(prisma, req.user!, pegawaiId);
    const data = await halamanPegawai(prisma, req.user!, p, periodeId ?? (req.query.periode ? num(req.query.periode) : undefined));
    const title = sendiri ? 'Pengembangan kompetensi saya' : `Pengembangan: ${p.nama}`;
    res.page(
      V + 'pegawai',
      {
        title,
        crumbs: sendiri ? [{ label: 'Pengembangan' }] : [{ label: 'Pengembangan', href: '/pengembangan' }, { label: p.nama }],
        pegawai: p,
        sendiri,
        LABEL_STATUS_GAP,
        basePath: sendiri ? '/pengembangan' : `/pengembangan/pegawai/${p.id}`,
        ...data,
        errors: galat?.errors ?? {},
        values: galat?.values ?? {},
        styles: ['/static/css/pengembangan.css'],
      },
      galat ? 400 : 200,
    );
  }

  r.get('/pengembangan', requirePegawai, (req, res) => tampilPegawai(req, res, req.user!.pegawaiId!, true));
  r.get('/pengembangan/pegawai/:id', requireAuth, (req, res) =>
    tampilPegawai(req, res, num(req.params.id), num(req.params.id) === req.user!.pegawaiId),
  );

  r.get('/pengembangan/tim', requirePegawai, async (req, res) => {
    const tim = await timPengembangan(prisma, req.user!.pegawaiId!);
    res.page(V + 'tim', {
      title: 'Pengembangan tim saya',
      crumbs: [{ label: 'Pengembangan', href: '/pengembangan' }, { label: 'Tim saya' }],
      tim,
      styles: ['/static/css/pengembangan.css'],
    });
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
      // The period is a hidden id: one that does not parse names nothing (404). The rest is typed.
      if (v.errors.periodeId) throw new NotFoundError();
      return tampilPegawai(req, res, p.id, p.id === req.user!.pegawaiId, { errors: v.errors, values: v.values }, num(req.body.periodeId));
    }
    const { periodeId, programId, kompetensiId, catatan } = v.data;
    await tambahRekomendasi(prisma, req.user!, p, { periodeId, programId, kompetensiId: kompetensiId ?? null, catatan: catatan ?? null });
    flash(req, 'sukses', 'Program ditambahkan ke rencana pengembangan.');
    res.redirect(`/pengembangan/pegawai/${p.id}?periode=${periodeId}`);
  });
  r.post('/pengembangan/pegawai/:id/rekomendasi/hitung', requirePegawai, async (req, res) => {
    const p = await pegawaiTerjangkau(prisma, req.user!, num(req.params.id));
    const v = parse(hitungRekomendasiSchema, req.body);
    if (!v.ok) throw new NotFoundError();
    const n = await hitungUlangRekomendasi(prisma, req.user!, p, v.data.periodeId);
    const pesan = n
      ? `${n} rekomendasi baru dari sistem.`
      : 'Tidak ada rekomendasi baru: semua kesenjangan dan target yang tidak tercapai sudah memiliki usulan.';
    flash(req, n ? 'sukses' : 'info', pesan);
    res.redirect(`/pengembangan/pegawai/${p.id}?periode=${v.data.periodeId}`);
  });

  // Training history: own (staff) or anyone's (BKD).
  async function formRiwayat(
    req: Request,
    res: Response,
    pegawaiId: number,
    action: string,
    status = 200,
    errors: Record<string, string> = {},
    values: Record<string, unknown> = {},
  ) {
    const p = await pegawaiTerjangkau(prisma, req.user!, pegawaiId);
    const program = await programAktif(prisma);
    res.page(
      V + 'riwayat-form',
      {
        title: 'Catat pelatihan selesai',
        crumbs: [
          { label: 'Pengembangan', href: req.user!.pegawaiId === p.id ? '/pengembangan' : `/pengembangan/pegawai/${p.id}` },
          { label: 'Catat pelatihan' },
        ],
        pegawai: p,
        program,
        action,
        errors,
        values: { programId: req.query.program ?? '', ...values },
      },
      status,
    );
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
  r.get('/pengembangan/riwayat/baru', requirePegawai, (req, res) =>
    formRiwayat(req, res, req.user!.pegawaiId!, '/pengembangan/riwayat/baru'),
  );
  r.post('/pengembangan/riwayat/baru', requirePegawai, ...uploadOne('sertifikat', ['pdf', 'jpg', 'png']), (req, res) =>
    simpanRiwayat(req, res, req.user!.pegawaiId!, '/pengembangan/riwayat/baru', '/pengembangan'),
  );
  r.get('/pengembangan/pegawai/:id/riwayat/baru', requireRole('ADMIN_BKD'), (req, res) =>
    formRiwayat(req, res, num(req.params.id), `/pengembangan/pegawai/${num(req.params.id)}/riwayat/baru`),
  );
  r.post(
    '/pengembangan/pegawai/:id/riwayat/baru',
    requireRole('ADMIN_BKD'),
    ...uploadOne('sertifikat', ['pdf', 'jpg', 'png']),
    async (req, res) => {
      const p = await pegawaiTerjangkau(prisma, req.user!, num(req.params.id));
      await simpanRiwayat(req, res, p.id, `/pengembangan/pegawai/${p.id}/riwayat/baru`, `/pengembangan/pegawai/${p.id}`);
    },
  );
  r.get('/pengembangan/riwayat/:id/sertifikat', requireAuth, async (req, res) => {
    const s = await sertifikatUntuk(prisma, req.user!, num(req.params.id));
    sendStoredFile(res, s.lokasi, s.mime, s.nama);
  });
  return r;
}

import { Router, type Request, type Response } from 'express';
import type { z } from 'zod';
import type { AppDeps } from '../../core/deps.js';
import { requirePegawai } from '../../web/guards.js';
import { registerNav } from '../../web/nav.js';
import { flash } from '../../web/flash.js';
import { parse } from '../../web/validate.js';
import { formPost } from '../../web/form.js';
import { uploadOne, sendStoredFile } from '../../web/upload.js';
import { t } from '../../locales/id.js';
import './penilaian.strings.js';
import { daftarSaya, kompetensiPilihan, loadOwn, mulai, tanggapi } from './penilaian.service.js';
import { ajukanRencana, hapusIki, hapusRhk, rhkAtasanPilihan, tambahIki, tambahRhk, ubahIki, ubahRhk } from './rencana.service.js';
import { ajukanKeberatan } from './keberatan.service.js';
import { berkasUntuk, hapusBukti, tambahBerkas, tambahTautan } from './bukti.service.js';
import { alasanSchema, ikiSchema, rhkSchema, tanggapanSchema, tautanSchema } from './penilaian.schema.js';
import { detailExtras, formModel, matriksTabel } from './penilaian.view.js';
import { pegawaiMayEdit, rencanaMayEdit } from './state.js';
import { simpanFlow, type FormTambahan } from './simpan.flow.js';
import { hariIni } from '../../lib/format.js';
import { progresEvaluasi } from '../evaluasi/progres.service.js';
import { linimasa } from '../evaluasi/evaluasi.service.js';

registerNav({ href: '/penilaian', label: 'Penilaian saya', show: (p) => !!p.pegawaiId });

const id = (req: Request) => Number(req.params.id);

/** A refused evidence upload or link, shown at its indicator's (opened) form. */
interface BuktiGalat {
  ikiId: number;
  jenis: 'berkas' | 'tautan';
  errors: Record<string, string>;
  values: Record<string, string>;
}

export function penilaianRoutes(deps: AppDeps): Router {
  const { prisma } = deps;
  const r = Router();
  r.use('/penilaian', requirePegawai);

  r.get('/penilaian', async (req, res) => {
    const { periode, aktif, daftar } = await daftarSaya(prisma, req.user!);
    const lini = periode ? await linimasa(prisma, req.user!.pegawaiId!, periode.id) : null;
    res.page('penilaian/saya', { title: 'Penilaian saya', crumbs: [{ label: 'Penilaian saya' }], periode, aktif, daftar, lini });
  });

  r.post('/penilaian/mulai', async (req, res) => {
    const pid = await mulai(prisma, req.user!);
    flash(req, 'sukses', 'Penilaian dimulai. Susun rencana kinerja Anda lalu isi penilaian diri.');
    res.redirect(`/penilaian/${pid}`);
  });

  async function renderDetail(req: Request, res: Response, extra: Record<string, unknown> = {}, status = 200) {
    const p = await loadOwn(prisma, req.user!, id(req));
    const [ex, rhkAtasan, matriks] = await Promise.all([
      detailExtras(prisma, p),
      rhkAtasanPilihan(prisma, p.penilaiId, p.periodeId),
      matriksTabel(prisma, p.periodeId),
    ]);
    res.page(
      'penilaian/detail',
      {
        title: p.periode.nama,
        crumbs: [{ label: 'Penilaian saya', href: '/penilaian' }, { label: p.periode.nama }],
        p,
        ...ex,
        rhkAtasan,
        kompetensiPilihan: kompetensiPilihan(p),
        matriks,
        bolehRencana: rencanaMayEdit(p.statusRencana, p.status, p.periode.status),
        bolehDiri: pegawaiMayEdit(p.status, p.periode.status),
        hariIni: hariIni(),
        errors: {},
        values: {},
        formKey: null,
        ...extra,
      },
      status,
    );
  }

  r.get('/penilaian/:id', (req, res) => renderDetail(req, res));

  /**
   * A form on the appraisal's page (plan, indicator, response, objection): parse → service →
   * flash and back to `kembali`; refused, the page again with 400, the message at the field and
   * the typed text in the form named `formKey`, which opens.
   */
  function formDetail<S extends z.ZodType>(
    path: string,
    schema: S,
    o: {
      formKey: (req: Request) => string;
      jalankan: (req: Request, data: z.infer<S>) => Promise<unknown>;
      pesan: string;
      kembali: (req: Request) => string;
    },
  ) {
    r.post(
      path,
      formPost({
        schema,
        halaman: (req, res, isian, status) => renderDetail(req, res, { ...isian, formKey: o.formKey(req) }, status),
        jalankan: o.jalankan,
        selesai: (req) => ({ pesan: o.pesan, ke: `/penilaian/${id(req)}${o.kembali(req)}` }),
      }),
    );
  }
  const rhkId = (req: Request) => Number(req.params.rhkId);
  const ikiId = (req: Request) => Number(req.params.ikiId);

  // ── SKP plan ──
  formDetail('/penilaian/:id/rhk', rhkSchema, {
    formKey: () => 'rhk-baru',
    jalankan: (req, data) => tambahRhk(prisma, req.user!, id(req), data),
    pesan: 'Rencana hasil kerja ditambahkan.',
    kembali: () => '#rencana',
  });
  formDetail('/penilaian/:id/rhk/:rhkId', rhkSchema, {
    formKey: (req) => `rhk-${req.params.rhkId}`,
    jalankan: (req, data) => ubahRhk(prisma, req.user!, id(req), rhkId(req), data),
    pesan: 'Rencana hasil kerja diperbarui.',
    kembali: (req) => `#rhk-${req.params.rhkId}`,
  });
  r.post('/penilaian/:id/rhk/:rhkId/hapus', async (req, res) => {
    await hapusRhk(prisma, req.user!, id(req), rhkId(req));
    flash(req, 'sukses', 'Rencana hasil kerja dihapus.');
    res.redirect(`/penilaian/${id(req)}#rencana`);
  });
  formDetail('/penilaian/:id/rhk/:rhkId/iki', ikiSchema, {
    formKey: (req) => `iki-baru-${req.params.rhkId}`,
    jalankan: (req, data) => tambahIki(prisma, req.user!, id(req), rhkId(req), data),
    pesan: 'Indikator ditambahkan.',
    kembali: (req) => `#rhk-${req.params.rhkId}`,
  });
  formDetail('/penilaian/:id/iki/:ikiId', ikiSchema, {
    formKey: (req) => `iki-${req.params.ikiId}`,
    jalankan: (req, data) => ubahIki(prisma, req.user!, id(req), ikiId(req), data),
    pesan: 'Indikator diperbarui.',
    kembali: () => '#rencana',
  });
  r.post('/penilaian/:id/iki/:ikiId/hapus', async (req, res) => {
    await hapusIki(prisma, req.user!, id(req), ikiId(req));
    flash(req, 'sukses', 'Indikator dihapus.');
    res.redirect(`/penilaian/${id(req)}#rencana`);
  });
  r.post('/penilaian/:id/rencana/ajukan', async (req, res) => {
    await ajukanRencana(prisma, req.user!, id(req));
    flash(req, 'sukses', t('penilaian.rencanaDiajukan'));
    res.redirect(`/penilaian/${id(req)}`);
  });

  // ── Self-assessment: the one save flow (simpan.flow.ts), the employee's side ──
  const diri = simpanFlow<FormTambahan & { bukti?: BuktiGalat }>(deps, 'PEGAWAI', async (_req, p, overlay, extra) => ({
    view: 'penilaian/diri',
    locals: {
      progres: progresEvaluasi(p),
      title: 'Penilaian diri',
      crumbs: [
        { label: 'Penilaian saya', href: '/penilaian' },
        { label: p.periode.nama, href: `/penilaian/${p.id}` },
        { label: 'Penilaian diri' },
      ],
      p,
      ...(await detailExtras(prisma, p, { riwayat: false })),
      ...formModel(p, 'PEGAWAI', overlay),
      bolehUbah: pegawaiMayEdit(p.status, p.periode.status),
      bukti: extra.bukti ?? null,
      scripts: ['/static/js/autosave.js', '/static/js/tur-singkat.js', '/static/js/penilaian-diri.js', '/static/js/progres-isi.js'],
      styles: ['/static/css/pengembangan.css', '/static/css/penilaian-diri.css'],
    },
  }));
  r.get('/penilaian/:id/diri', diri.tampil);
  r.post('/penilaian/:id/diri', diri.simpanForm);
  r.post('/penilaian/:id/autosave', diri.autosave);
  r.post('/penilaian/:id/kirim', diri.lanjut);

  // ── Evidence ──
  r.post('/penilaian/:id/iki/:ikiId/bukti', ...uploadOne('berkas', ['pdf', 'jpg', 'png']), async (req, res) => {
    const judul = typeof req.body?.judul === 'string' && req.body.judul.trim() ? req.body.judul.trim().slice(0, 200) : null;
    if (req.uploadError || !req.checkedFile) {
      // Re-render (not a redirect to the indicator with a flash at the top): the summary is where
      // the page lands, the message is at the file field, and its folded form is open.
      const ikiId = Number(req.params.ikiId);
      const errors = { berkas: req.uploadError ?? 'Pilih berkas yang akan diunggah.' };
      return diri.render(req, res, { bukti: { ikiId, jenis: 'berkas', errors, values: { judul: judul ?? '' } } }, 400);
    }
    await tambahBerkas(prisma, req.user!, id(req), Number(req.params.ikiId), req.checkedFile, judul);
    flash(req, 'sukses', t('penilaian.buktiDiunggah'));
    res.redirect(`/penilaian/${id(req)}/diri#iki-${req.params.ikiId}`);
  });
  r.post('/penilaian/:id/iki/:ikiId/tautan', async (req, res) => {
    const v = parse(tautanSchema, req.body);
    if (!v.ok) {
      const ikiId = Number(req.params.ikiId);
      const values = v.values as Record<string, string>;
      return diri.render(req, res, { bukti: { ikiId, jenis: 'tautan', errors: v.errors, values } }, 400);
    }
    await tambahTautan(prisma, req.user!, id(req), Number(req.params.ikiId), v.data.url, v.data.judul);
    flash(req, 'sukses', 'Tautan bukti dukung ditambahkan.');
    res.redirect(`/penilaian/${id(req)}/diri#iki-${req.params.ikiId}`);
  });
  r.post('/penilaian/:id/bukti/:buktiId/hapus', async (req, res) => {
    await hapusBukti(prisma, req.user!, id(req), Number(req.params.buktiId));
    flash(req, 'sukses', t('penilaian.buktiDihapus'));
    res.redirect(`/penilaian/${id(req)}/diri`);
  });

  // ── After the result ──
  formDetail('/penilaian/:id/tanggapan', tanggapanSchema, {
    formKey: () => 'tanggapan',
    jalankan: (req, data) => tanggapi(prisma, req.user!, id(req), data.tanggapan),
    pesan: t('penilaian.tanggapan'),
    kembali: () => '#hasil',
  });
  formDetail('/penilaian/:id/keberatan', alasanSchema, {
    formKey: () => 'keberatan',
    jalankan: (req, data) => ajukanKeberatan(prisma, req.user!, id(req), data.alasan),
    pesan: t('penilaian.keberatan'),
    kembali: () => '#hasil',
  });

  return r;
}

/** Evidence download: anyone who may read the appraisal (owner, rater, atasan penilai, BKD). */
export function buktiRoutes({ prisma }: AppDeps): Router {
  const r = Router();
  r.get('/berkas/penilaian/:id/bukti/:buktiId', async (req, res) => {
    if (!req.user) return res.redirect(`/masuk?kembali=${encodeURIComponent(req.originalUrl)}`);
    const b = await berkasUntuk(prisma, req.user, id(req), Number(req.params.buktiId));
    sendStoredFile(res, b.lokasi!, b.mimeType ?? 'application/octet-stream', b.namaBerkas ?? 'bukti');
  });
  return r;
}

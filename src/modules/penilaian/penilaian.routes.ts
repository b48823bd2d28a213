import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { requirePegawai } from '../../web/guards.js';
import { registerNav } from '../../web/nav.js';
import { flash } from '../../web/flash.js';
import { parse } from '../../web/validate.js';
import { uploadOne, sendStoredFile } from '../../web/upload.js';
import { t } from '../../locales/id.js';
import { findActivePeriod } from '../periode/periode.repo.js';
import './penilaian.strings.js';
import { kirim, loadOwn, mulai, simpan, tanggapi, unsavedOf } from './penilaian.service.js';
import { ajukanRencana, hapusIki, hapusRhk, rhkAtasanPilihan, tambahIki, tambahRhk, ubahIki, ubahRhk } from './rencana.service.js';
import { ajukanKeberatan } from './keberatan.service.js';
import { berkasUntuk, hapusBukti, tambahBerkas, tambahTautan } from './bukti.service.js';
import { alasanSchema, ikiSchema, rhkSchema, saveInputFrom, tanggapanSchema, tautanSchema } from './penilaian.schema.js';
import { detailExtras, formModel, matriksTabel } from './penilaian.view.js';
import { pegawaiMayEdit, rencanaMayEdit } from './state.js';
import { lupakanDraf, pulihkanDraf } from './autosave-expired.js';
import { hariIni } from '../../lib/format.js';

registerNav({ href: '/penilaian', label: 'Penilaian saya', show: (p) => !!p.pegawaiId });

const id = (req: Request) => Number(req.params.id);

/** A refused evidence upload or link, shown at its indicator's (opened) form. */
interface BuktiGalat {
  ikiId: number;
  jenis: 'berkas' | 'tautan';
  errors: Record<string, string>;
  values: Record<string, string>;
}

export function penilaianRoutes({ prisma }: AppDeps): Router {
  const r = Router();
  r.use('/penilaian', requirePegawai);

  r.get('/penilaian', async (req, res) => {
    const user = req.user!;
    const periode = await findActivePeriod(prisma);
    const daftar = await prisma.penilaianKinerja.findMany({
      where: { pegawaiId: user.pegawaiId! },
      include: { periode: true },
      orderBy: [{ periode: { tahun: 'desc' } }, { periode: { tanggalMulai: 'desc' } }],
    });
    const aktif = periode ? daftar.find((d) => d.periodeId === periode.id) : undefined;
    res.page('penilaian/saya', { title: 'Penilaian saya', crumbs: [{ label: 'Penilaian saya' }], periode, aktif, daftar });
  });

  r.post('/penilaian/mulai', async (req, res) => {
    const pid = await mulai(prisma, req.user!);
    flash(req, 'sukses', 'Penilaian dimulai. Susun rencana kinerja Anda lalu isi penilaian diri.');
    res.redirect(`/penilaian/${pid}`);
  });

  async function renderDetail(req: Request, res: Response, extra: Record<string, unknown> = {}, status = 200) {
    const p = await loadOwn(prisma, req.user!, id(req));
    const [ex, rhkAtasan, kompetensi, matriks] = await Promise.all([
      detailExtras(prisma, p),
      rhkAtasanPilihan(prisma, p.penilaiId, p.periodeId),
      prisma.kompetensi.findMany({ where: { id: { in: p.kompetensi.map((k) => k.kompetensiId) } }, select: { id: true, nama: true }, orderBy: { urutan: 'asc' } }),
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
        kompetensiPilihan: kompetensi,
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

  // ── SKP plan ──
  r.post('/penilaian/:id/rhk', async (req, res) => {
    const v = parse(rhkSchema, req.body);
    if (!v.ok) return renderDetail(req, res, { errors: v.errors, values: v.values, formKey: 'rhk-baru' }, 400);
    await tambahRhk(prisma, req.user!, id(req), v.data);
    flash(req, 'sukses', 'Rencana hasil kerja ditambahkan.');
    res.redirect(`/penilaian/${id(req)}#rencana`);
  });
  r.post('/penilaian/:id/rhk/:rhkId', async (req, res) => {
    const v = parse(rhkSchema, req.body);
    if (!v.ok) return renderDetail(req, res, { errors: v.errors, values: v.values, formKey: `rhk-${req.params.rhkId}` }, 400);
    await ubahRhk(prisma, req.user!, id(req), Number(req.params.rhkId), v.data);
    flash(req, 'sukses', 'Rencana hasil kerja diperbarui.');
    res.redirect(`/penilaian/${id(req)}#rhk-${req.params.rhkId}`);
  });
  r.post('/penilaian/:id/rhk/:rhkId/hapus', async (req, res) => {
    await hapusRhk(prisma, req.user!, id(req), Number(req.params.rhkId));
    flash(req, 'sukses', 'Rencana hasil kerja dihapus.');
    res.redirect(`/penilaian/${id(req)}#rencana`);
  });
  r.post('/penilaian/:id/rhk/:rhkId/iki', async (req, res) => {
    const v = parse(ikiSchema, req.body);
    if (!v.ok) return renderDetail(req, res, { errors: v.errors, values: v.values, formKey: `iki-baru-${req.params.rhkId}` }, 400);
    await tambahIki(prisma, req.user!, id(req), Number(req.params.rhkId), v.data);
    flash(req, 'sukses', 'Indikator ditambahkan.');
    res.redirect(`/penilaian/${id(req)}#rhk-${req.params.rhkId}`);
  });
  r.post('/penilaian/:id/iki/:ikiId', async (req, res) => {
    const v = parse(ikiSchema, req.body);
    if (!v.ok) return renderDetail(req, res, { errors: v.errors, values: v.values, formKey: `iki-${req.params.ikiId}` }, 400);
    await ubahIki(prisma, req.user!, id(req), Number(req.params.ikiId), v.data);
    flash(req, 'sukses', 'Indikator diperbarui.');
    res.redirect(`/penilaian/${id(req)}#rencana`);
  });
  r.post('/penilaian/:id/iki/:ikiId/hapus', async (req, res) => {
    await hapusIki(prisma, req.user!, id(req), Number(req.params.ikiId));
    flash(req, 'sukses', 'Indikator dihapus.');
    res.redirect(`/penilaian/${id(req)}#rencana`);
  });
  r.post('/penilaian/:id/rencana/ajukan', async (req, res) => {
    await ajukanRencana(prisma, req.user!, id(req));
    flash(req, 'sukses', t('penilaian.rencanaDiajukan'));
    res.redirect(`/penilaian/${id(req)}`);
  });

  // ── Self-assessment ──
  async function renderDiri(req: Request, res: Response, extra: { overlay?: Record<string, string>; errors?: Record<string, string>; conflicts?: unknown[]; kurang?: unknown[]; notice?: string; bukti?: BuktiGalat } = {}, status = 200) {
    const p = await loadOwn(prisma, req.user!, id(req));
    const { overlay, notice, restored } = pulihkanDraf(req, 'PEGAWAI', p.id, extra);
    const ex = await detailExtras(prisma, p, { riwayat: false });
    res.page(
      'penilaian/diri',
      {
        title: 'Penilaian diri',
        crumbs: [{ label: 'Penilaian saya', href: '/penilaian' }, { label: p.periode.nama, href: `/penilaian/${p.id}` }, { label: 'Penilaian diri' }],
        p,
        ...ex,
        ...formModel(p, 'PEGAWAI', overlay),
        bolehUbah: pegawaiMayEdit(p.status, p.periode.status),
        errors: extra.errors ?? {},
        conflicts: extra.conflicts ?? [],
        kurang: extra.kurang ?? [],
        notice,
        restored,
        bukti: extra.bukti ?? null,
        scripts: ['/static/js/autosave.js', '/static/js/tur-singkat.js', '/static/js/penilaian-diri.js'],
        styles: ['/static/css/pengembangan.css', '/static/css/penilaian-diri.css'],
      },
      status,
    );
  }

  r.get('/penilaian/:id/diri', (req, res) => renderDiri(req, res));

  r.post('/penilaian/:id/diri', async (req, res) => {
    const input = saveInputFrom(req.body);
    const result = await simpan(prisma, req.user!, id(req), 'PEGAWAI', input);
    lupakanDraf(req);
    const unsaved = unsavedOf(input.values, result);
    if (Object.keys(result.errors).length || result.conflicts.length) {
      return renderDiri(req, res, { overlay: unsaved, errors: result.errors, conflicts: result.conflicts }, result.conflicts.length ? 409 : 400);
    }
    if (req.body.aksi === 'kirim') {
      const k = await kirim(prisma, req.user!, id(req));
      if (!k.ok) return renderDiri(req, res, { kurang: k.kurang }, 400);
      flash(req, 'sukses', t('penilaian.dikirim'));
      return res.redirect(`/penilaian/${id(req)}`);
    }
    flash(req, 'sukses', t('penilaian.tersimpan'));
    res.redirect(`/penilaian/${id(req)}/diri`);
  });

  r.post('/penilaian/:id/autosave', async (req, res) => {
    const result = await simpan(prisma, req.user!, id(req), 'PEGAWAI', saveInputFrom(req.body));
    lupakanDraf(req);
    res.status(result.conflicts.length ? 409 : Object.keys(result.errors).length ? 422 : 200).json(result);
  });

  r.post('/penilaian/:id/kirim', async (req, res) => {
    const k = await kirim(prisma, req.user!, id(req));
    if (!k.ok) return renderDiri(req, res, { kurang: k.kurang }, 400);
    flash(req, 'sukses', t('penilaian.dikirim'));
    res.redirect(`/penilaian/${id(req)}`);
  });

  // ── Evidence ──
  r.post('/penilaian/:id/iki/:ikiId/bukti', ...uploadOne('berkas', ['pdf', 'jpg', 'png']), async (req, res) => {
    const judul = typeof req.body?.judul === 'string' && req.body.judul.trim() ? req.body.judul.trim().slice(0, 200) : null;
    if (req.uploadError || !req.checkedFile) {
      // Re-render (not a redirect to the indicator with a flash at the top): the summary is where
      // the page lands, the message is at the file field, and its folded form is open.
      const ikiId = Number(req.params.ikiId);
      return renderDiri(req, res, { bukti: { ikiId, jenis: 'berkas', errors: { berkas: req.uploadError ?? 'Pilih berkas yang akan diunggah.' }, values: { judul: judul ?? '' } } }, 400);
    }
    await tambahBerkas(prisma, req.user!, id(req), Number(req.params.ikiId), req.checkedFile, judul);
    flash(req, 'sukses', t('penilaian.buktiDiunggah'));
    res.redirect(`/penilaian/${id(req)}/diri#iki-${req.params.ikiId}`);
  });
  r.post('/penilaian/:id/iki/:ikiId/tautan', async (req, res) => {
    const v = parse(tautanSchema, req.body);
    if (!v.ok) {
      const ikiId = Number(req.params.ikiId);
      return renderDiri(req, res, { bukti: { ikiId, jenis: 'tautan', errors: v.errors, values: v.values as Record<string, string> } }, 400);
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
  r.post('/penilaian/:id/tanggapan', async (req, res) => {
    const v = parse(tanggapanSchema, req.body);
    if (!v.ok) return renderDetail(req, res, { errors: v.errors, values: v.values, formKey: 'tanggapan' }, 400);
    await tanggapi(prisma, req.user!, id(req), v.data.tanggapan);
    flash(req, 'sukses', t('penilaian.tanggapan'));
    res.redirect(`/penilaian/${id(req)}#hasil`);
  });
  r.post('/penilaian/:id/keberatan', async (req, res) => {
    const v = parse(alasanSchema, req.body);
    if (!v.ok) return renderDetail(req, res, { errors: v.errors, values: v.values, formKey: 'keberatan' }, 400);
    await ajukanKeberatan(prisma, req.user!, id(req), v.data.alasan);
    flash(req, 'sukses', t('penilaian.keberatan'));
    res.redirect(`/penilaian/${id(req)}#hasil`);
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

import { Router, type Request } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { requireRole } from '../../web/guards.js';
import { registerNav } from '../../web/nav.js';
import { parse } from '../../web/validate.js';
import { flash } from '../../web/flash.js';
import { prosesForm, type Isian } from '../../web/form.js';
import { pageParams, makePage } from '../../web/pagination.js';
import { hariIni } from '../../lib/format.js';
import {
  agregatPerJabatan,
  agregatPerKompetensi,
  agregatPerUnit,
  kelasPanas,
  kompetensiKolom,
  periodeAnalisis,
} from './agregat.service.js';
import { capaianJpPerUnit, daftarKurangJp } from './jp.service.js';
import {
  anggaranTahun,
  detailRencana,
  eksporRencana,
  gapTidakTercakup,
  hapusPeserta,
  hapusRencana,
  permintaanProgram,
  rencanaTahun,
  setPagu,
  tambahPeserta,
  tambahProgramRencana,
} from './rencana.service.js';
import { opdAktif, programAktif } from './pengembangan.service.js';
import { paguSchema, tambahPesertaSchema, tambahRencanaSchema } from './pengembangan.schema.js';

registerNav({ href: '/pengembangan/bkd', label: 'Pengembangan', show: (p) => p.roles.includes('ADMIN_BKD') });

const V = 'pengembangan/';
const BKD = requireRole('ADMIN_BKD');
const crumbs = (label: string) => [{ label: 'Analisis pengembangan', href: '/pengembangan/bkd' }, { label }];

function tahunDari(req: Request): number {
  const t = Number(req.query.tahun ?? req.body?.tahun);
  return Number.isInteger(t) && t >= 2000 && t <= 2100 ? t : hariIni().getUTCFullYear();
}

export function pengembanganBkdRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  r.get('/pengembangan/bkd', BKD, async (req, res) => {
    const { list, pilih } = await periodeAnalisis(prisma, Number(req.query.periode) || undefined);
    const menurut = req.query.menurut === 'jabatan' ? 'jabatan' : 'unit';
    const { page, perPage, skip } = pageParams(req.query as Record<string, unknown>, 25);
    const kolom = await kompetensiKolom(prisma);
    let data: {
      baris: { id: number; nama: string; sub: string | null }[];
      sel: { barisId: number; kompetensiId: number; dinilai: number; dibawah: number; totalGap: number }[];
      total?: number;
    } = { baris: [], sel: [] };
    let ringkas: Awaited<ReturnType<typeof agregatPerKompetensi>> = [];
    if (pilih) {
      [data, ringkas] = await Promise.all([
        menurut === 'jabatan' ? agregatPerJabatan(prisma, pilih.id, skip, perPage) : agregatPerUnit(prisma, pilih.id),
        agregatPerKompetensi(prisma, pilih.id),
      ]);
    }
    res.page(V + 'bkd-heatmap', {
      title: 'Peta kesenjangan kompetensi',
      crumbs: [{ label: 'Analisis pengembangan' }],
      periodeList: list,
      periode: pilih,
      menurut,
      kolom,
      data,
      ringkas,
      kelasPanas,
      page:
        menurut === 'jabatan' ? makePage('/pengembangan/bkd', req.query as Record<string, unknown>, page, perPage, data.total ?? 0) : null,
      styles: ['/static/css/pengembangan.css'],
    });
  });

  r.get('/pengembangan/bkd/jp', BKD, async (req, res) => {
    const tahun = tahunDari(req);
    const q = typeof req.query.q === 'string' ? req.query.q.trim().slice(0, 80) : '';
    const unitId = Number(req.query.unit) || null;
    const { page, perPage, skip } = pageParams(req.query as Record<string, unknown>, 25);
    const [daftar, perUnit, opd] = await Promise.all([
      daftarKurangJp(prisma, { tahun, unitId, q, skip, take: perPage }),
      capaianJpPerUnit(prisma, tahun),
      opdAktif(prisma),
    ]);
    res.page(V + 'bkd-jp', {
      title: `Pemenuhan JP ${tahun}`,
      crumbs: crumbs('Pemenuhan JP'),
      tahun,
      q,
      unitId,
      opd,
      daftar,
      perUnit,
      page: makePage('/pengembangan/bkd/jp', req.query as Record<string, unknown>, page, perPage, daftar.total),
      styles: ['/static/css/pengembangan.css'],
    });
  });

  async function halamanRencana(
    req: Request,
    res: import('express').Response,
    status = 200,
    errors: Record<string, string> = {},
    values: Record<string, unknown> = {},
  ) {
    const tahun = tahunDari(req);
    const [permintaan, rencana, anggaran, tidakTercakup, program] = await Promise.all([
      permintaanProgram(prisma, tahun),
      rencanaTahun(prisma, tahun),
      anggaranTahun(prisma, tahun),
      gapTidakTercakup(prisma, tahun),
      programAktif(prisma),
    ]);
    const totalRencana = rencana.reduce((s, x) => s + x.biaya, 0n);
    res.page(
      V + 'bkd-rencana',
      {
        title: `Rencana pelatihan ${tahun}`,
        crumbs: crumbs(`Rencana pelatihan ${tahun}`),
        tahun,
        permintaan,
        rencana,
        anggaran,
        tidakTercakup,
        program,
        totalRencana,
        errors,
        values,
        semua: req.query.semua === '1',
        styles: ['/static/css/pengembangan.css'],
      },
      status,
    );
  }
  r.get('/pengembangan/bkd/rencana', BKD, (req, res) => halamanRencana(req, res));
  r.post('/pengembangan/bkd/rencana', BKD, async (req, res) => {
    const tahun = tahunDari(req);
    const lagi = ({ errors }: Isian) => halamanRencana(req, res, 400, errors, req.body);
    const ok = await prosesForm(req.body, tambahRencanaSchema, lagi, (data) =>
      tambahProgramRencana(prisma, req.user!, tahun, data.programId, data.peserta),
    );
    if (!ok) return;
    flash(req, 'sukses', `${ok.hasil.program.judul} masuk rencana ${tahun} (${ok.hasil.ditambah} peserta ditambahkan).`);
    const a = await anggaranTahun(prisma, tahun);
    const lebih = a.baris.filter((b) => b.melebihi).map((b) => b.unitNama);
    if (lebih.length) flash(req, 'peringatan', `Rencana melebihi pagu: ${lebih.join(', ')}. Kurangi peserta atau naikkan pagu.`);
    res.redirect(`/pengembangan/bkd/rencana?tahun=${tahun}`);
  });
  r.post('/pengembangan/bkd/anggaran', BKD, async (req, res) => {
    const tahun = tahunDari(req);
    const v = parse(paguSchema, req.body);
    if (!v.ok) return halamanRencana(req, res, 400, { [`pagu-${req.body.unitId}`]: v.errors.pagu ?? 'Isian belum benar.' }, req.body);
    await setPagu(prisma, req.user!, tahun, v.data.unitId, v.data.pagu);
    flash(req, 'sukses', 'Pagu anggaran pelatihan disimpan.');
    res.redirect(`/pengembangan/bkd/rencana?tahun=${tahun}#anggaran`);
  });
  r.get('/pengembangan/bkd/rencana/ekspor.xlsx', BKD, async (req, res) => {
    const tahun = tahunDari(req);
    const buf = await eksporRencana(prisma, tahun);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.attachment(`rencana-pelatihan-${tahun}.xlsx`);
    res.send(buf);
  });
  async function halamanDetail(req: Request, res: import('express').Response, status = 200, errors: Record<string, string> = {}) {
    const rencana = await detailRencana(prisma, Number(req.params.id));
    res.page(
      V + 'bkd-rencana-detail',
      {
        title: rencana.program.judul,
        crumbs: [
          { label: 'Analisis pengembangan', href: '/pengembangan/bkd' },
          { label: `Rencana ${rencana.tahun}`, href: `/pengembangan/bkd/rencana?tahun=${rencana.tahun}` },
          { label: rencana.program.kode },
        ],
        rencana,
        errors,
        values: req.body ?? {},
        styles: ['/static/css/pengembangan.css'],
      },
      status,
    );
  }
  r.get('/pengembangan/bkd/rencana/:id', BKD, (req, res) => halamanDetail(req, res));
  r.post('/pengembangan/bkd/rencana/:id/peserta', BKD, async (req, res) => {
    const rencana = await detailRencana(prisma, Number(req.params.id));
    const lagi = ({ errors }: Isian) => halamanDetail(req, res, 400, errors);
    const ok = await prosesForm(req.body, tambahPesertaSchema, lagi, (data) => tambahPeserta(prisma, req.user!, rencana.id, data.nip));
    if (!ok) return;
    flash(req, 'sukses', `${ok.hasil.nama} ditambahkan sebagai peserta.`);
    res.redirect(`/pengembangan/bkd/rencana/${rencana.id}`);
  });
  r.post('/pengembangan/bkd/rencana/:id/peserta/:pegawaiId/hapus', BKD, async (req, res) => {
    await hapusPeserta(prisma, req.user!, Number(req.params.id), Number(req.params.pegawaiId));
    flash(req, 'sukses', 'Peserta dihapus dari rencana.');
    res.redirect(`/pengembangan/bkd/rencana/${Number(req.params.id)}`);
  });
  r.post('/pengembangan/bkd/rencana/:id/hapus', BKD, async (req, res) => {
    const rencana = await detailRencana(prisma, Number(req.params.id));
    await hapusRencana(prisma, req.user!, rencana.id);
    flash(req, 'sukses', `${rencana.program.judul} dihapus dari rencana ${rencana.tahun}.`);
    res.redirect(`/pengembangan/bkd/rencana?tahun=${rencana.tahun}`);
  });
  return r;
}

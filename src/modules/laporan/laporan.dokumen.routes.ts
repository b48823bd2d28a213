import fs from 'node:fs';
import path from 'node:path';
import { Router, type Response } from 'express';
import type { Db } from '../../db/client.js';
import { NotFoundError } from '../../core/errors.js';
import { PROJECT_ROOT } from '../../lib/paths.js';
import { namaLengkap } from '../../lib/format.js';
import { dokumenEvaluasi } from './laporan.dokumen.js';
import { htmlKePdf } from './laporan.pdf.js';

const CSS_DOKUMEN = path.join(PROJECT_ROOT, 'public', 'css', 'dokumen.css');
let cssCache: string | null = null;
const cssDokumen = () => (cssCache ??= fs.readFileSync(CSS_DOKUMEN, 'utf8'));

function renderString(res: Response, view: string, locals: Record<string, unknown>): Promise<string> {
  return new Promise((resolve, reject) =>
    res.render(view, locals, (err: Error | null, html?: string) => (err ? reject(err) : resolve(html ?? ''))),
  );
}

/** Dokumen Evaluasi Kinerja: print-ready page and its PDF (same template). */
export function dokumenRoutes(prisma: Db): Router {
  const r = Router();
  r.get('/laporan/dokumen/:berkas', async (req, res) => {
    const m = /^(\d{1,9})(\.pdf)?$/.exec(String(req.params.berkas));
    if (!m) throw new NotFoundError();
    const dok = await dokumenEvaluasi(prisma, req.user!, Number(m[1]));
    const nama = namaLengkap(dok.pegawai);
    const judul = `Dokumen Evaluasi Kinerja — ${nama}`;
    if (!m[2]) {
      return res.page('laporan/dokumen', {
        title: judul,
        crumbs: [{ label: 'Laporan', href: '/laporan' }, { label: 'Dokumen Evaluasi Kinerja' }],
        dok,
        styles: ['/static/css/dokumen.css'],
        scripts: ['/static/js/dokumen.js'],
      });
    }
    const html = await renderString(res, 'laporan/dokumen-pdf', { title: judul, dok, css: cssDokumen() });
    const pdf = await htmlKePdf(html);
    const berkas = `dokumen-evaluasi-kinerja-${dok.periode.tahun}-${dok.pegawai.nip ?? dok.pegawai.niPppk ?? dok.pegawaiId}.pdf`;
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.attachment(berkas);
    res.send(pdf);
  });
  return r;
}

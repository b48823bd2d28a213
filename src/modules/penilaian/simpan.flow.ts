import type { Request, RequestHandler, Response } from 'express';
import type { AppDeps } from '../../core/deps.js';
import { flash } from '../../web/flash.js';
import type { PageLocals } from '../../web/render.js';
import { t } from '../../locales/id.js';
import { PREDIKAT } from '../domain/labels.js';
import type { PenilaianForm, Sisi } from './fields.js';
import { kirim, loadFor, nilai, simpan, unsavedOf, type Conflict, type Kelengkapan } from './penilaian.service.js';
import { saveInputFrom } from './penilaian.schema.js';
import { halamanForm, lupakanDraf, pulihkanDraf, tandaPemilik } from './autosave-expired.js';

/** What a re-render of a side's form carries besides the stored values. */
export interface FormTambahan {
  /** Typed text that was not stored (invalid or in conflict), laid over the stored values. */
  overlay?: Record<string, string>;
  errors?: Record<string, string>;
  conflicts?: Conflict[];
  /** Required fields still empty when the side tried its step (kirim / nilai). */
  kurang?: { key: string; label: string }[];
  notice?: string;
}

/** The page of one side: its view and the locals only it has (the flow adds the shared ones). */
export type HalamanSisi<E> = (
  req: Request,
  p: PenilaianForm,
  overlay: Record<string, string>,
  extra: E,
) => Promise<{ view: string; locals: PageLocals }>;

/** The step the plain form's second button takes (`aksi`): the employee sends, the rater rates. */
const LANGKAH: Record<Sisi, { aksi: string; jalankan: typeof kirim | typeof nilai }> = {
  PEGAWAI: { aksi: 'kirim', jalankan: kirim },
  PENILAI: { aksi: 'nilai', jalankan: nilai },
};

const id = (req: Request) => Number(req.params.id);

/**
 * The one save flow of an appraisal form, for both sides (the employee's self-assessment and the
 * supervisor's rating; decision 005): parse the typed fields → the service saves what the side
 * may write through the access policy (`simpan(…, sisi)`) → JSON for autosave (200, 422 invalid,
 * 409 conflict), or for the plain *Simpan*: redirect after success, 400 re-render keeping the
 * typed text, 409 page showing both texts of a conflict. A draft kept when the session expired
 * is restored on the page for the user who typed it and dropped once a save goes through.
 */
export function simpanFlow<E extends FormTambahan>({ prisma, config }: AppDeps, sisi: Sisi, halaman: HalamanSisi<E>) {
  const langkah = LANGKAH[sisi];

  /** The side's form page; `extra` carries a refusal's messages and typed text. */
  async function render(req: Request, res: Response, extra: E = {} as E, status = 200): Promise<void> {
    const p = await loadFor(prisma, req.user!, id(req), sisi);
    const { overlay, notice, restored } = pulihkanDraf(req, sisi, p.id, extra);
    const { view, locals } = await halaman(req, p, overlay, extra);
    res.page(
      view,
      {
        ...locals,
        errors: extra.errors ?? {},
        conflicts: extra.conflicts ?? [],
        kurang: extra.kurang ?? [],
        notice,
        restored,
        pemilikDraf: tandaPemilik(config.sessionSecret, req.user!.id, halamanForm(sisi, p.id)),
      },
      status,
    );
  }

  /** Runs the side's step; false when it answered with the missing fields (400). */
  async function jalankanLangkah(req: Request, res: Response): Promise<boolean> {
    const hasil: Kelengkapan & { predikat?: keyof typeof PREDIKAT } = await langkah.jalankan(prisma, req.user!, id(req));
    if (!hasil.ok) {
      await render(req, res, { kurang: hasil.kurang } as E, 400);
      return false;
    }
    const predikat = hasil.predikat ? PREDIKAT[hasil.predikat] : '—';
    flash(req, 'sukses', sisi === 'PEGAWAI' ? t('penilaian.dikirim') : t('penilaian.dinilai', { predikat }));
    return true;
  }
  /** Where a finished step lands: the employee's overview after sending; the rater stays on the rating page. */
  const sesudahLangkah = (pid: number) => (sisi === 'PEGAWAI' ? `/penilaian/${pid}` : halamanForm(sisi, pid));

  const tampil: RequestHandler = (req, res) => render(req, res);

  /** The plain form (works without JavaScript): *Simpan*, or save then the side's step. */
  const simpanForm: RequestHandler = async (req, res) => {
    const input = saveInputFrom(req.body);
    const result = await simpan(prisma, req.user!, id(req), sisi, input);
    lupakanDraf(req);
    if (Object.keys(result.errors).length || result.conflicts.length) {
      const extra = { overlay: unsavedOf(input.values, result), errors: result.errors, conflicts: result.conflicts } as E;
      return render(req, res, extra, result.conflicts.length ? 409 : 400);
    }
    if (req.body.aksi === langkah.aksi) {
      if (await jalankanLangkah(req, res)) res.redirect(sesudahLangkah(id(req)));
      return;
    }
    flash(req, 'sukses', t('penilaian.tersimpan'));
    res.redirect(halamanForm(sisi, id(req)));
  };

  /** autosave.js: the same save, answered as JSON. */
  const autosave: RequestHandler = async (req, res) => {
    const result = await simpan(prisma, req.user!, id(req), sisi, saveInputFrom(req.body));
    lupakanDraf(req);
    res.status(result.conflicts.length ? 409 : Object.keys(result.errors).length ? 422 : 200).json(result);
  };

  /** The step on its own (the employee's *Kirim ke atasan* outside the form). */
  const lanjut: RequestHandler = async (req, res) => {
    if (await jalankanLangkah(req, res)) res.redirect(sesudahLangkah(id(req)));
  };

  return { render, tampil, simpanForm, autosave, lanjut };
}

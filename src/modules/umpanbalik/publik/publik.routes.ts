import { Router, type Request, type Response, type NextFunction } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AppDeps } from '../../../core/deps.js';
import { parse } from '../../../web/validate.js';
import { NotFoundError } from '../../../core/errors.js';
import { namaLengkap } from '../../../lib/format.js';
import { t } from '../../../locales/id.js';
import { bacaPengaturan } from '../pengaturan.js';
import { STYLES } from '../umpanbalik.view.js';
import { JENIS_LAYANAN_MAKS, KOMENTAR_MAKS, publikSchema } from './publik.schema.js';
import { simpanTanggapan, tautanAktif } from './publik.service.js';

const VIEW = 'umpanbalik/publik-form';
/** The honeypot: a field people never see; bots that fill every input give themselves away. */
export const HONEYPOT = 'situs_web';

type Tautan = NonNullable<Awaited<ReturnType<typeof tautanAktif>>>;

/**
 * The citizen's form at /u/:token: no login, no personal data. The GET creates the session that
 * holds the CSRF token, so the POST is CSRF-checked like every other form.
 */
export function publikRoutes({ prisma }: AppDeps): Router {
  const r = Router();

  const muat = async (req: Request, res: Response, next: NextFunction) => {
    const l = await tautanAktif(prisma, String(req.params.token));
    if (!l) throw new NotFoundError();
    res.locals.tautan = l;
    next();
  };

  function render(res: Response, values: Record<string, unknown>, errors: Record<string, string>, status = 200, pesan?: string) {
    const l = res.locals.tautan as Tautan;
    res.page(
      VIEW,
      {
        title: `Umpan balik layanan — ${l.unit.nama}`,
        styles: STYLES,
        tautan: l,
        namaPegawai: l.pegawai ? namaLengkap(l.pegawai) : null,
        values,
        errors,
        pesan,
        HONEYPOT,
        KOMENTAR_MAKS,
        JENIS_LAYANAN_MAKS,
      },
      status,
    );
  }

  const terlaluBanyak = (req: Request, res: Response) =>
    render(
      res,
      { komentar: req.body?.komentar ?? '', jenisLayanan: req.body?.jenisLayanan ?? '', skor: req.body?.skor ?? '' },
      {},
      429,
      t('umpanbalik.publik.terlaluBanyak'),
    );

  // Per device (IP) and per unit, so neither one person nor a crowd of bots can flood a unit's score.
  const perIp = rateLimit({
    windowMs: 15 * 60_000,
    limit: () => bacaPengaturan(prisma, 'batasUmpanBalikPerIp'),
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: terlaluBanyak,
  });
  const perUnit = rateLimit({
    windowMs: 60 * 60_000,
    limit: () => bacaPengaturan(prisma, 'batasUmpanBalikPerUnit'),
    keyGenerator: (_req, res) => `unit:${(res.locals.tautan as Tautan).unitId}`,
    standardHeaders: false,
    legacyHeaders: false,
    handler: terlaluBanyak,
  });

  r.get('/u/:token', muat, (_req, res) => {
    res.set('Cache-Control', 'no-store');
    render(res, {}, {});
  });

  r.post('/u/:token', muat, perIp, perUnit, async (req, res) => {
    const l = res.locals.tautan as Tautan;
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body[HONEYPOT] === 'string' && body[HONEYPOT] !== '') {
      // Looks like success to the bot; nothing is stored.
      req.log?.info({ tautanId: l.id }, 'umpan balik publik: honeypot terisi');
      return res.redirect(303, `/u/${l.token}/terima-kasih`);
    }
    const parsed = parse(publikSchema, body);
    if (!parsed.ok) return render(res, parsed.values, parsed.errors, 400);
    await simpanTanggapan(prisma, l, parsed.data);
    res.redirect(303, `/u/${l.token}/terima-kasih`);
  });

  r.get('/u/:token/terima-kasih', muat, (_req, res) => {
    const l = res.locals.tautan as Tautan;
    res.page('umpanbalik/publik-terima-kasih', { title: t('umpanbalik.publik.terimaKasih'), styles: STYLES, tautan: l });
  });

  return r;
}

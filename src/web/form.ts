import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { ValidationError } from '../core/errors.js';
import { flash } from './flash.js';
import { parse } from './validate.js';

/** What a refused form shows again: a message per field and what was typed. */
export interface Isian {
  values: Record<string, unknown>;
  errors: Record<string, string>;
}
/** Shows the form again after a refusal, with status 400. */
export type TampilkanLagi = (isian: Isian) => Promise<void> | void;
/** The page that holds a form: shown plainly (200) or again after a refusal (the isian, 400). */
export type HalamanForm = (req: Request, res: Response, isian: Isian, status: number) => Promise<void> | void;

/**
 * The one shape of a form POST (docs/developing.md, "Forms"): the body is parsed with the
 * route's schema, then the service runs; a refusal by either — the schema's messages, or a
 * `ValidationError` the service throws (a code taken, a rule between records) — shows the form
 * again through `lagi` with the messages and the typed text. Returns the parsed data and what
 * the service returned, or `null` once the form was shown again (the handler then stops).
 */
export async function prosesForm<S extends z.ZodType, T>(
  body: unknown,
  schema: S,
  lagi: TampilkanLagi,
  jalankan: (data: z.infer<S>) => Promise<T>,
): Promise<{ data: z.infer<S>; hasil: T } | null> {
  const v = parse(schema, body);
  if (!v.ok) {
    await lagi({ values: v.values, errors: v.errors });
    return null;
  }
  try {
    return { data: v.data, hasil: await jalankan(v.data) };
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    await lagi({ values: (body ?? {}) as Record<string, unknown>, errors: e.fieldErrors });
    return null;
  }
}

/**
 * A whole form route in that shape: parse → service (which applies the access policy) → flash
 * and redirect (PRG); refused, `halaman` again with 400. For handlers with nothing else to do.
 */
export function formPost<S extends z.ZodType, T>(o: {
  schema: S;
  halaman: HalamanForm;
  jalankan: (req: Request, data: z.infer<S>) => Promise<T>;
  /** The success message and where to go, from what the service returned. */
  selesai: (req: Request, hasil: T, data: z.infer<S>) => { pesan: string; ke: string };
}): RequestHandler {
  return async (req, res) => {
    const ok = await prosesForm(
      req.body,
      o.schema,
      (isian) => o.halaman(req, res, isian, 400),
      (data) => o.jalankan(req, data),
    );
    if (!ok) return;
    const { pesan, ke } = o.selesai(req, ok.hasil, ok.data);
    flash(req, 'sukses', pesan);
    res.redirect(ke);
  };
}

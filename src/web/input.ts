/**
 * What people send is cleaned once, before any route sees it (decision 094): the C0 control
 * characters other than tab, line feed and carriage return, and DEL, are removed from every
 * string of the query, the form/JSON body and multipart fields (keys too). Nobody types them;
 * they arrive pasted from binary files or from probes, and PostgreSQL refuses a NUL byte in text
 * (22021), which used to escape as a 500. A URL path holding one names nothing: 404.
 */
import querystring from 'node:querystring';
import type { Request, Response, NextFunction } from 'express';
import { NotFoundError } from '../core/errors.js';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_TEST = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Nesting deeper than this is not a form anyone fills in (autosave sends two levels). */
const MAX_DEPTH = 32;

export function stripControls(s: string): string {
  return CONTROL_TEST.test(s) ? s.replace(CONTROL, '') : s;
}

/** True when the string holds a character that stripControls() removes. */
export function hasControls(s: string): boolean {
  return CONTROL_TEST.test(s);
}

class TooDeep extends Error {
  status = 400;
  expose = true;
  type = 'entity.too.deep';
}

/**
 * Every string in a parsed query or body, cleaned; objects and arrays are walked (own keys only,
 * set with defineProperty so a "__proto__" key stays a plain key). Returns a new value.
 */
export function cleanInput<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return stripControls(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) throw new TooDeep('Isian bersarang terlalu dalam.');
  if (Array.isArray(value)) return value.map((v) => cleanInput(v, depth + 1)) as T;
  if (Buffer.isBuffer(value)) return value;
  const out = Object.create(Object.getPrototypeOf(value) === null ? null : Object.prototype) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, stripControls(key), {
      value: cleanInput((value as Record<string, unknown>)[key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out as T;
}

/** The app's query parser: Express's "simple" one (node:querystring), then cleaned. */
export function parseQuery(str: string): Record<string, unknown> {
  return cleanInput(querystring.parse(str) as Record<string, unknown>);
}

/** After the body parsers: the urlencoded or JSON body, cleaned. (Multipart: uploadOne.) */
export function cleanBody(req: Request, _res: Response, next: NextFunction): void {
  if (req.body !== undefined && req.body !== null && typeof req.body === 'object') {
    try {
      req.body = cleanInput(req.body);
    } catch (err) {
      return next(err);
    }
  }
  next();
}

/** A path whose decoded form holds a control character names no page or record. */
export function refuseControlPath(req: Request, _res: Response, next: NextFunction): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(req.path);
  } catch {
    return next(new NotFoundError());
  }
  if (CONTROL_TEST.test(decoded)) return next(new NotFoundError());
  next();
}

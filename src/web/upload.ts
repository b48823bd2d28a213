import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import multer from 'multer';
import { fileTypeFromBuffer } from 'file-type';
import type { Request, Response, NextFunction, RequestHandler } from 'express';
import { csrfSynchronisedProtection, UPLOAD_STEP } from './csrf.js';
import { config } from '../config/env.js';
import { cleanInput } from './input.js';

/** Upload settings of the running app (set by createApp; falls back to the environment). */
let settings: { dir: string; maxMb: number } | undefined;
export function setUploadSettings(s: { dir: string; maxMb: number }): void {
  settings = s;
}
function current(): { dir: string; maxMb: number } {
  return settings ?? { dir: config().uploadDir, maxMb: config().UPLOAD_MAX_MB };
}

export type Kind = 'pdf' | 'jpg' | 'png' | 'xlsx' | 'csv';
const MIME: Record<Kind, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

export interface CheckedFile {
  buffer: Buffer;
  originalName: string;
  size: number;
  kind: Kind;
  mime: string;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by uploadOne() when a file was sent and passed the checks. */
      checkedFile?: CheckedFile;
      /** Set by uploadOne() when a file was sent but refused; the route shows it next to the field. */
      uploadError?: string;
    }
  }
}

/** Detects the real type from the bytes; CSV (plain text) is accepted only when asked for. */
export async function detectKind(buf: Buffer, allowed: Kind[]): Promise<Kind | null> {
  const ft = await fileTypeFromBuffer(buf);
  if (ft) {
    if (ft.ext === 'pdf' && allowed.includes('pdf')) return 'pdf';
    if (ft.ext === 'jpg' && allowed.includes('jpg')) return 'jpg';
    if (ft.ext === 'png' && allowed.includes('png')) return 'png';
    if (ft.ext === 'xlsx' && allowed.includes('xlsx')) return 'xlsx';
    return null;
  }
  if (allowed.includes('csv')) {
    const head = buf.subarray(0, 4096).toString('utf8');
    // Text without NUL bytes and with a separator on the first line.
    if (!head.includes('\u0000') && /[,;\t]/.test(head.split(/\r?\n/)[0] ?? '')) return 'csv';
  }
  return null;
}

/**
 * One uploaded file in memory, size-limited, type checked by content, then CSRF checked
 * (multipart bodies are only readable after multer). Refusals become req.uploadError so the
 * route can re-render the form with everything else the user typed.
 */
export function uploadOne(field: string, allowed: Kind[], maxBytes = current().maxMb * 1024 * 1024): RequestHandler[] {
  const m = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1, fields: 200 } }).single(field);
  const label = allowed.map((k) => k.toUpperCase()).join('/');
  const parseStep = Object.assign(
    (req: Request, res: Response, next: NextFunction) => {
      m(req, res, (err: unknown) => {
        if (err) {
          const e = err as { code?: string };
          req.uploadError =
            e.code === 'LIMIT_FILE_SIZE'
              ? `Berkas melebihi batas ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB.`
              : 'Berkas tidak dapat dibaca. Coba unggah ulang.';
          // Keep going so the page can be re-rendered with the typed text (after the CSRF check).
        }
        // Multipart fields are cleaned like every other body (decision 094).
        if (req.body && typeof req.body === 'object') req.body = cleanInput(req.body);
        next();
      });
    },
    { [UPLOAD_STEP]: true },
  );
  return [
    parseStep,
    csrfSynchronisedProtection,
    async (req: Request, _res: Response, next: NextFunction) => {
      const f = req.file;
      if (!f || req.uploadError) return next();
      if (f.size === 0) {
        req.uploadError = 'Berkas kosong.';
        return next();
      }
      const kind = await detectKind(f.buffer, allowed);
      if (!kind) {
        req.uploadError = `Jenis berkas tidak diizinkan. Unggah ${label} (isi berkas diperiksa, bukan hanya namanya).`;
        return next();
      }
      req.checkedFile = { buffer: f.buffer, originalName: safeName(f.originalname), size: f.size, kind, mime: MIME[kind] };
      next();
    },
  ];
}

/** Display name only; never used as a path. */
export function safeName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are among those replaced
  const unsafe = /[\u0000-\u001f<>:"|?*]/g;
  const base = path.basename(name.replace(/\\/g, '/')).replace(unsafe, '_').trim();
  return (base || 'berkas').slice(0, 150);
}

/** Stores bytes under UPLOAD_DIR/<area>/<yyyy>/<random>.<ext>; returns the relative location. */
export async function storeFile(area: string, file: CheckedFile): Promise<string> {
  const year = String(new Date().getUTCFullYear());
  const rel = path.posix.join(area.replace(/[^a-z0-9-]/gi, ''), year, `${crypto.randomUUID()}.${file.kind}`);
  const abs = path.join(current().dir, rel);
  await fs.promises.mkdir(path.dirname(abs), { recursive: true });
  await fs.promises.writeFile(abs, file.buffer, { flag: 'wx' });
  return rel;
}

/**
 * Streams a stored file after the caller has checked access. Never serves outside UPLOAD_DIR.
 *
 * The upload folder is given to send as its root, so only the part below it is checked for
 * dot segments: the default UPLOAD_DIR (`.data/uploads`) and a checkout under a dotted folder
 * work, while a dotfile or `..` *inside* the upload area is still refused (send's
 * `dotfiles: 'ignore'` → 404, `..` → 403; both answered 404 here).
 */
export function sendStoredFile(res: Response, rel: string, mime: string, downloadName: string): void {
  const root = path.resolve(current().dir);
  const abs = path.resolve(root, rel);
  const inside = path.relative(root, abs);
  if (!inside || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside) || !abs.startsWith(root + path.sep)) {
    res.status(404).end();
    return;
  }
  res.setHeader('Content-Type', mime);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Cache-Control', 'private, no-store');
  res.attachment(downloadName);
  res.sendFile(inside.split(path.sep).join('/'), { root, dotfiles: 'ignore' }, (err) => {
    if (err && !res.headersSent) {
      // The download headers must not describe an error answer.
      res.removeHeader('Content-Disposition');
      res.removeHeader('Content-Type');
      res.status(404).end();
    }
  });
}

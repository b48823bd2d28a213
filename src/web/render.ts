import zlib from 'node:zlib';
import type { Request, Response, NextFunction, RequestHandler } from 'express';

export interface Crumb {
  label: string;
  href?: string;
}
export interface PageLocals {
  title: string;
  crumbs?: Crumb[];
  [k: string]: unknown;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Response {
      /** Renders a view inside the one layout (views/layout.ejs). */
      page(view: string, locals: PageLocals, status?: number): void;
    }
  }
}

/** Pages below this size go out as they are (as the compression middleware's threshold). */
const THRESHOLD = 1024;
/**
 * Brotli quality for pages. On the 44 kB self-assessment page (measured, docs/performance.md):
 * quality 2 costs 0.25 ms of CPU for 7.7 kB, quality 1 the same for 8.4 kB, quality 0 0.12 ms
 * for 8.8 kB (gzip level 1: 0.22 ms for 8.6 kB). The deadline peak is CPU-bound; 1 kB more per
 * page on a phone is not. `setBrotliQuality` is for `npm run bench:ab` only.
 */
let brotliQuality = 0;
export const setBrotliQuality = (q: number): void => {
  brotliQuality = q;
};

/**
 * A whole page, compressed as a whole (brotli at the quality above, else gzip at `level`; decision 092) and
 * written with its headers in one `end()`: one system call for the response instead of one per
 * chunk the streaming compressor emits (writev was ~16 % of the server's CPU, issue 15). The
 * compression middleware sees Content-Encoding set and leaves the body alone.
 */
export function sendHtml(req: Request, res: Response, html: string, level: number): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Vary', 'Accept-Encoding');
  let body: Buffer = Buffer.from(html, 'utf8');
  if (level > 0 && body.length >= THRESHOLD && req.method !== 'HEAD') {
    if (req.acceptsEncodings('br')) {
      body = zlib.brotliCompressSync(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      });
      res.setHeader('Content-Encoding', 'br');
    } else if (req.acceptsEncodings('gzip')) {
      body = zlib.gzipSync(body, { level });
      res.setHeader('Content-Encoding', 'gzip');
    }
  }
  res.setHeader('Content-Length', body.length);
  res.end(body);
}

/** res.page(): view → layout → one compressed write. */
export function pageRenderer(opts: { compressionLevel: number }): RequestHandler {
  return (req: Request, res: Response, next: NextFunction): void => {
    res.page = (view, locals, status = 200) => {
      res.status(status);
      res.render(view, locals, (err: Error | null, body?: string) => {
        if (err) return next(err);
        res.render('layout', { ...locals, body }, (err2: Error | null, html?: string) => {
          if (err2) return next(err2);
          sendHtml(req, res, html ?? '', opts.compressionLevel);
        });
      });
    };
    next();
  };
}

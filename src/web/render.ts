import type { Request, Response, NextFunction } from 'express';

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

export function pageRenderer(_req: Request, res: Response, next: NextFunction): void {
  res.page = (view, locals, status = 200) => {
    res.status(status);
    res.render(view, locals, (err: Error | null, body?: string) => {
      if (err) return next(err);
      res.render('layout', { ...locals, body }, (err2: Error | null, html?: string) => {
        if (err2) return next(err2);
        res.send(html);
      });
    });
  };
  next();
}

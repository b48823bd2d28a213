import { NotFoundError } from '../../core/errors.js';

/** A route id parameter; anything that is not a positive integer is simply "not found". */
export function idParam(v: unknown): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0 || n > 2_147_483_647) throw new NotFoundError();
  return n;
}

/** "2026-11-23" → UTC-midnight Date (calendar date), for forms' date inputs. */
export function isoTanggal(d: Date | null | undefined): string {
  return d ? d.toISOString().slice(0, 10) : '';
}

export function rataRata(total: number, n: number): number | null {
  return n ? Math.round((total / n) * 100) / 100 : null;
}

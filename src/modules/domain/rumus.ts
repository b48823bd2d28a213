/**
 * Text a spreadsheet application would run as a formula (decision 095): "=", "+", "-" or "@"
 * followed by anything, judged after trimming (a leading tab or line break is trimmed away, so
 * the sign behind it counts). A lone "-" (the usual "empty") is text.
 */
const RUMUS = /^[=+\-@]./su;

export function diawaliRumus(v: string): boolean {
  return RUMUS.test(v.trim());
}

export const PESAN_RUMUS = 'Tidak boleh diawali =, +, - atau @: aplikasi lembar kerja menjalankannya sebagai rumus.';

/** For a zod refinement on names, titles and codes: empty is fine, a formula is not. */
export const tanpaRumus = (v: string | null): boolean => v === null || !diawaliRumus(v);

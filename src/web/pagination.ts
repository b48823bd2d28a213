/** Page maths and links for every list (?halaman=N keeps the other query parameters). */
export interface Page {
  page: number;
  perPage: number;
  total: number;
  totalPages: number;
  skip: number;
  hrefFor(n: number): string;
}

export function pageParams(query: Record<string, unknown>, perPage = 25): { page: number; perPage: number; skip: number } {
  const raw = Number(query.halaman);
  const page = Number.isInteger(raw) && raw > 0 && raw < 100_000 ? raw : 1;
  return { page, perPage, skip: (page - 1) * perPage };
}

export function makePage(basePath: string, query: Record<string, unknown>, page: number, perPage: number, total: number): Page {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    page,
    perPage,
    total,
    totalPages,
    skip: (page - 1) * perPage,
    hrefFor(n: number) {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(query)) {
        if (k !== 'halaman' && typeof v === 'string' && v !== '') params.set(k, v);
      }
      params.set('halaman', String(Math.min(Math.max(1, n), totalPages)));
      return `${basePath}?${params.toString()}`;
    },
  };
}

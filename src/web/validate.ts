import type { z } from 'zod';

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: Record<string, string>; values: Record<string, unknown> };

/** The one validation helper: zod issues become one Indonesian message per field. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || '_';
    errors[key] ??= issue.message;
  }
  return { ok: false, errors, values: (input ?? {}) as Record<string, unknown> };
}

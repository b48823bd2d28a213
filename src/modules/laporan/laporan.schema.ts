import { z } from 'zod';
import { idFilter } from '../../core/fields.js';
import { GOLONGAN, JENIS_JABATAN } from '../domain/labels.js';
import type { Golongan, JenisJabatan } from '../../generated/prisma/enums.js';

/** Report filters from the query string; anything malformed falls back to "no filter". */
export const filterSchema = z.object({
  periode: idFilter(),
  unit: idFilter(),
  jenis: z
    .string()
    .optional()
    .transform((v) => (v && v in JENIS_JABATAN ? (v as JenisJabatan) : undefined))
    .catch(undefined),
  golongan: z
    .string()
    .optional()
    .transform((v) => (v && v in GOLONGAN ? (v as Golongan) : undefined))
    .catch(undefined),
  hanyaDitandai: z
    .string()
    .optional()
    .transform((v) => v === '1')
    .catch(false),
  kelompok: z.enum(['UMUM', 'TEKNIS']).optional().catch(undefined),
});
export type Filter = z.infer<typeof filterSchema>;

export function parseFilter(query: unknown): Filter {
  const r = filterSchema.safeParse(query ?? {});
  return r.success
    ? r.data
    : { hanyaDitandai: false, periode: undefined, unit: undefined, jenis: undefined, golongan: undefined, kelompok: undefined };
}

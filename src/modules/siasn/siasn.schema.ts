import { z } from 'zod';
import { bulat, pilihan } from '../../core/fields.js';

export const JENIS_EKSPOR = ['TAHUNAN', 'PERIODIK'] as const;
export const MODE_EKSPOR = ['BERUBAH', 'SEMUA'] as const;

export const eksporSchema = z.object({
  tahun: bulat(2000, 2100, { label: 'Tahun' }),
  jenis: pilihan(JENIS_EKSPOR, 'Pilih jenis hasil.'),
  mode: pilihan(MODE_EKSPOR, 'Pilih yang diekspor.'),
});

/** The page's filter (?tahun=&jenis=&q=): anything else falls back to the default. */
export const saringSchema = z.object({
  tahun: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  jenis: z.enum(JENIS_EKSPOR).optional().catch(undefined),
  q: z.string().max(100).optional().catch(undefined),
});

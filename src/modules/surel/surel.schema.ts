import { z } from 'zod';
import { pilihan, teks } from '../../core/fields.js';
import { CARA, JENIS_PILIHAN } from './surel.service.js';

/** The profile form: one choice per kind. */
export const preferensiSchema = z.object(
  Object.fromEntries(JENIS_PILIHAN.map((j) => [j, pilihan(CARA, 'Pilih cara menerima pemberitahuan ini.')])) as Record<
    (typeof JENIS_PILIHAN)[number],
    ReturnType<typeof pilihan<typeof CARA>>
  >,
);

/** Admin BKD: the days before a deadline on which reminders go out ("7, 3, 1"). */
export const hariPengingatSchema = z.object({ hariPengingat: teks(40) });

import type { Golongan, JenisJabatan, JenjangFungsional } from '../../generated/prisma/enums.js';

/**
 * The enum values the forms and imports choose from, in the order they are offered: one list each,
 * for the zod schemas of staff, jabatan and talent management (labels: ./labels.ts).
 */
export const JENIS_JABATAN = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL_KEAHLIAN',
  'FUNGSIONAL_KETERAMPILAN',
] as const satisfies readonly JenisJabatan[];

export const JENJANG = [
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
] as const satisfies readonly JenjangFungsional[];

export const GOLONGAN = [
  'I_A',
  'I_B',
  'I_C',
  'I_D',
  'II_A',
  'II_B',
  'II_C',
  'II_D',
  'III_A',
  'III_B',
  'III_C',
  'III_D',
  'IV_A',
  'IV_B',
  'IV_C',
  'IV_D',
  'IV_E',
] as const satisfies readonly Golongan[];

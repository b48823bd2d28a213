import { z } from 'zod';
import { bulat, daftar, daftarId, id, idFilter, pilihan, tanggal, teks, teksOpsional } from '../../core/fields.js';
import { tanpaRumus, PESAN_RUMUS } from '../domain/rumus.js';
import { GOLONGAN, JENIS_JABATAN, JENJANG } from '../domain/daftar.js';
import { TINGKAT_HUKUMAN } from './talenta.pengaturan.js';

export { JENIS_JABATAN, JENJANG, GOLONGAN };

const tanpaRumusTeks = <S extends z.ZodType<string | null>>(s: S) => s.refine((v) => tanpaRumus(v as string | null), PESAN_RUMUS);

export const reviewSchema = z.object({
  tahun: bulat(2000, 2100, { label: 'Tahun' }),
  unitIds: daftarId(200),
  jenisJabatan: z.preprocess((v) => daftar(v).filter((s) => s !== ''), z.array(z.enum(JENIS_JABATAN, { error: 'Pilihan tidak sah.' }))),
});

/** The map filters in a query string: anything malformed means "no filter". */
export const filterSchema = z.object({
  opdId: idFilter(),
  unitId: idFilter(),
  jenisJabatan: z.enum(JENIS_JABATAN).optional().catch(undefined),
  jenjang: z.enum(JENJANG).optional().catch(undefined),
  golongan: z.enum(GOLONGAN).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});

export const ALASAN_MAKS = 1000;
export const kalibrasiSchema = z.object({
  kotak: bulat(1, 9, { pesan: 'Pilih kotak tujuan 1–9.' }),
  alasan: teks(ALASAN_MAKS, { label: 'Alasan', min: 10, pesanMin: 'Tulis alasan pemindahan, minimal 10 karakter.' }),
});

/** One disciplinary record: the form and every imported row are checked by this one schema. */
export const hukumanSchema = z.object({
  nip: teks(30, { label: 'NIP' }),
  tingkat: pilihan(TINGKAT_HUKUMAN, 'Pilih tingkat hukuman: ringan, sedang, atau berat.'),
  jenis: tanpaRumusTeks(teks(200, { label: 'Jenis hukuman', satuBaris: true })),
  tanggal: tanggal({ label: 'Tanggal' }),
  keterangan: tanpaRumusTeks(teksOpsional(500, { label: 'Keterangan' })),
});
export type HukumanInput = z.infer<typeof hukumanSchema>;

export const kritikalSchema = z.object({
  jabatanId: id('Pilih jabatan.'),
  alasan: tanpaRumusTeks(teksOpsional(500, { label: 'Alasan' })),
});

import { StateError } from '../../core/errors.js';
import { jam } from '../../lib/format.js';
import { canonical, fieldsOf, missing, normalize, type FieldDef, type PenilaianForm, type Sisi } from './fields.js';
import { pegawaiMayEdit, penilaiMayEdit } from './state.js';

/**
 * The save of an appraisal form, apart from how it is written (Prisma transaction or straight on
 * the pool, decision 142): what was typed, and what comes back.
 */
export interface SaveInput {
  versi: number;
  values: Record<string, string>;
  /** The value each field had when this client last read it (for field-level conflict checks). */
  base: Record<string, string>;
}
export interface Conflict {
  key: string;
  label: string;
  tersimpan: string;
  isianAnda: string;
}
export interface SaveResult {
  versi: number;
  savedAt: string;
  saved: string[];
  errors: Record<string, string>;
  conflicts: Conflict[];
  progress: { terisi: number; total: number };
  current: Record<string, string>;
}

export function progressOf(fields: FieldDef[], values?: Record<string, string>): { terisi: number; total: number } {
  const req = fields.filter((f) => f.required);
  return { terisi: req.length - missing(req, values).length, total: req.length };
}

/**
 * The one rule of a save, for both ways of writing it: may this side edit now; per typed field,
 * invalid (error), changed by someone else since this client read it (conflict), unchanged, or a
 * change to write.
 */
export function rencanaSimpan(fresh: PenilaianForm, sisi: Sisi, input: SaveInput) {
  const mayEdit =
    sisi === 'PEGAWAI' ? pegawaiMayEdit(fresh.status, fresh.periode.status) : penilaiMayEdit(fresh.status, fresh.periode.status);
  if (!mayEdit) {
    throw new StateError(
      sisi === 'PEGAWAI'
        ? 'Penilaian ini tidak dapat diubah lagi (sudah dikirim, dinilai, atau periodenya ditutup).'
        : 'Penilaian ini belum dikirim pegawai atau sudah final; tidak dapat diubah.',
    );
  }
  const defs = new Map(fieldsOf(fresh, sisi).map((f) => [f.key, f]));
  const errors: Record<string, string> = {};
  const conflicts: Conflict[] = [];
  const changes: { def: FieldDef; value: string | null }[] = [];
  for (const [key, raw] of Object.entries(input.values)) {
    const def = defs.get(key);
    if (!def) continue;
    const n = normalize(def, raw);
    if (!n.ok) {
      errors[key] = n.pesan;
      continue;
    }
    const cur = canonical(def, def.current);
    const mine = n.value ?? '';
    if (cur === mine) continue;
    const base = input.base[key];
    const untouchedElsewhere = base !== undefined ? canonical(def, base) === cur : fresh.versi === input.versi;
    if (!untouchedElsewhere) {
      conflicts.push({ key, label: def.label, tersimpan: def.current, isianAnda: String(raw) });
      continue;
    }
    changes.push({ def, value: n.value });
  }
  return { defs, errors, conflicts, changes };
}

/** The answer of a save once its changes are written (`versi` as stored now). */
export function hasilSimpan(r: ReturnType<typeof rencanaSimpan>, versi: number): SaveResult {
  // The stored form of each written value is its normalised value, so no re-read is needed.
  for (const c of r.changes) c.def.current = c.value ?? '';
  const afterFields = [...r.defs.values()];
  return {
    versi,
    savedAt: jam(new Date()),
    saved: r.changes.map((c) => c.def.key),
    errors: r.errors,
    conflicts: r.conflicts,
    progress: progressOf(afterFields),
    current: Object.fromEntries(afterFields.map((f) => [f.key, f.current])),
  };
}

import crypto from 'node:crypto';
import type pg from 'pg';
import type { Principal } from '../../core/principal.js';
import { NotFoundError } from '../../core/errors.js';
import { Prisma } from '../../generated/prisma/client.js';
import { bacaFormPemilikPada, dariCache, simpanKeCache } from './form-baca.js';
import type { FieldDef, PenilaianForm } from './fields.js';
import { hasilSimpan, rencanaSimpan, type SaveInput, type SaveResult } from './simpan.rencana.js';

/**
 * The employee's save (form and autosave) in one transaction straight on the adapter's pg pool,
 * without Prisma's interactive transaction (decision 142, issue 15). Same rule as the Prisma path
 * (`rencanaSimpan`: who may edit, validation, field-level conflicts), same row lock first, same
 * answer; the writes are a handful of prepared UPDATEs: each field's row also filtered by the
 * appraisal (ids from the browser cannot reach other appraisals), and the version bump with the
 * appraisal's own fields in one statement. Measured: Prisma's transaction machinery was ~40 % of
 * the autosave's Node CPU (docs/performance.md).
 */

type Kolom = FieldDef['target']['column'];
/** The SQL type of every column a form field writes (the union makes a new column a type error here). */
const TIPE: Record<Kolom, string> = {
  realisasiNilai: 'numeric',
  realisasiKualitatif: 'text',
  narasi: 'text',
  catatanAtasan: 'text',
  levelDiri: 'int',
  contohPerilaku: 'text',
  levelAtasan: 'int',
  refleksiDiri: 'text',
  ratingHasilKerja: '"RatingKinerja"',
  ratingPerilaku: '"RatingKinerja"',
  umpanBalik: 'text',
  catatanPengembangan: 'text',
};

/** A prepared statement per distinct text (a few shapes: which columns of which table). */
function siap(text: string, values: unknown[]): pg.QueryConfig {
  return { name: `sikap_simpan_${crypto.createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text, values };
}

interface Tertulis {
  versi: number;
  versiBaca: number;
  updatedAt: Date;
}

async function tulis(klien: pg.ClientBase, penilaianId: number, changes: { def: FieldDef; value: string | null }[]): Promise<Tertulis> {
  const baris = new Map<string, { model: FieldDef['target']['model']; id?: number; kolom: [Kolom, string | null][] }>();
  for (const { def, value } of changes) {
    const t = def.target;
    const k = `${t.model}:${'id' in t ? t.id : 0}`;
    const b = baris.get(k) ?? { model: t.model, id: 'id' in t ? t.id : undefined, kolom: [] };
    b.kolom.push([t.column, value]);
    baris.set(k, b);
  }
  let milikPenilaian: [Kolom, string | null][] = [];
  for (const b of baris.values()) {
    if (b.model === 'penilaian') {
      milikPenilaian = b.kolom;
      continue;
    }
    const set = b.kolom.map(([c], i) => `"${c}" = $${i + 3}::${TIPE[c]}`).join(', ');
    const nilai = [b.id, penilaianId, ...b.kolom.map(([, v]) => v)];
    const sql =
      b.model === 'indikator'
        ? `UPDATE "IndikatorKinerja" i SET ${set}, "updatedAt" = now() FROM "RencanaHasilKerja" r
            WHERE i.id = $1 AND r.id = i."rhkId" AND r."penilaianId" = $2`
        : `UPDATE "${b.model === 'kompetensi' ? 'PenilaianKompetensi' : 'PerilakuKerja'}" SET ${set} WHERE id = $1 AND "penilaianId" = $2`;
    await klien.query(siap(sql, nilai));
  }
  const set = milikPenilaian.map(([c], i) => `"${c}" = $${i + 2}::${TIPE[c]}, `).join('');
  // "updatedAt" as text: pg would read a timestamp without time zone as local time; it is UTC.
  const r = await klien.query<{ versi: number; versiBaca: number; updatedAt: string }>(
    siap(
      `UPDATE "PenilaianKinerja" SET ${set}"versi" = "versi" + 1, "versiBaca" = "versiBaca" + 1, "updatedAt" = now()
        WHERE id = $1 RETURNING "versi", "versiBaca", "updatedAt"::text AS "updatedAt"`,
      [penilaianId, ...milikPenilaian.map(([, v]) => v)],
    ),
  );
  const x = r.rows[0]!;
  return { versi: x.versi, versiBaca: x.versiBaca, updatedAt: new Date(`${x.updatedAt.replace(' ', 'T')}Z`) };
}

/** A copy of a (frozen, shared) form to change: plain objects and arrays copied, Dates new, Decimals shared (immutable). */
function salin<T>(v: T): T {
  if (Array.isArray(v)) return v.map(salin) as T;
  if (v instanceof Date) return new Date(v.getTime()) as T;
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, salin(x)])) as T;
  return v;
}

/** The value a fresh read gives for a written field (as form-baca revives it). */
function nilaiBaca(kolom: Kolom, v: string | null): unknown {
  if (v === null) return null;
  if (TIPE[kolom] === 'int') return Number(v);
  if (TIPE[kolom] === 'numeric') return new Prisma.Decimal(v);
  return v;
}

/** The form as the database holds it after the save: the read form with the written values. */
function sesudahSimpan(form: PenilaianForm, changes: { def: FieldDef; value: string | null }[], t: Tertulis): PenilaianForm {
  const f = salin(form) as PenilaianForm & Record<string, unknown>;
  for (const { def, value } of changes) {
    const tg = def.target;
    const v = nilaiBaca(tg.column, value);
    let baris: Record<string, unknown> | undefined;
    if (tg.model === 'penilaian') baris = f;
    else if (tg.model === 'kompetensi') baris = f.kompetensi.find((k) => k.id === tg.id);
    else if (tg.model === 'perilaku') baris = f.perilaku.find((p) => p.id === tg.id);
    else {
      for (const r of f.rhk) baris ??= r.indikator.find((i) => i.id === tg.id);
      if (baris) baris.updatedAt = t.updatedAt; // the same now() of this transaction
    }
    if (!baris) throw new Error(`baris ${tg.model} ${'id' in tg ? tg.id : ''} tidak ada di form`);
    baris[tg.column] = v;
  }
  f.versi = t.versi;
  f.versiBaca = t.versiBaca;
  f.updatedAt = t.updatedAt;
  return f;
}

export async function simpanLangsung(pool: pg.Pool, user: Principal, id: number, input: SaveInput): Promise<SaveResult> {
  if (!user.pegawaiId || !Number.isInteger(id)) throw new NotFoundError();
  const klien = await pool.connect();
  let rusak: Error | undefined;
  try {
    // As the Prisma path's transaction limits: no endless wait on the row lock of a busy appraisal.
    // This transaction bumps the form's "versiBaca" itself (with the version, below), so the
    // per-row triggers of decision 143 are skipped for it (migration form_versi_baca_ringan).
    await klien.query(
      `BEGIN; SET LOCAL lock_timeout = '10s'; SET LOCAL statement_timeout = '15s'; SET LOCAL sikap.versi_baca_diurus = 'on'`,
    );
    // Lock first (a row lock reveals nothing), with the form's version and owner.
    const kunci = await klien.query<{ versiBaca: number; pegawaiId: number }>({
      name: 'sikap_kunci_penilaian_v',
      text: 'SELECT "versiBaca", "pegawaiId" FROM "PenilaianKinerja" WHERE id = $1 FOR UPDATE',
      values: [id],
    });
    const baris = kunci.rows[0];
    if (!baris || baris.pegawaiId !== user.pegawaiId) throw new NotFoundError();
    // The form as kept by the last save or view when nothing was written since (decision 143);
    // else read on this connection. Only this connection from here to COMMIT: no second one is
    // taken from the pool while this one is held (ten saves holding ten connections would wait
    // for each other forever).
    const fresh = dariCache(id, baris.versiBaca) ?? (await bacaFormPemilikPada(klien, id, user.pegawaiId));
    if (!fresh) throw new NotFoundError();
    const rencana = rencanaSimpan(fresh, 'PEGAWAI', input);
    const tertulis = rencana.changes.length ? await tulis(klien, fresh.id, rencana.changes) : null;
    await klien.query('COMMIT');
    if (tertulis) simpanKeCache(sesudahSimpan(fresh, rencana.changes, tertulis));
    return hasilSimpan(rencana, tertulis?.versi ?? fresh.versi);
  } catch (e) {
    // A connection that cannot even roll back is broken: it is destroyed, not given back to the pool.
    await klien.query('ROLLBACK').catch((e2: unknown) => {
      rusak = e2 instanceof Error ? e2 : new Error(String(e2));
    });
    throw e;
  } finally {
    klien.release(rusak);
  }
}

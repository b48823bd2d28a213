import crypto from 'node:crypto';
import type pg from 'pg';
import type { Principal } from '../../core/principal.js';
import { NotFoundError } from '../../core/errors.js';
import { bacaFormPemilikPada } from './form-baca.js';
import type { FieldDef } from './fields.js';
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

async function tulis(klien: pg.ClientBase, penilaianId: number, changes: { def: FieldDef; value: string | null }[]): Promise<number> {
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
  const r = await klien.query<{ versi: number }>(
    siap(
      `UPDATE "PenilaianKinerja" SET ${set}"versi" = "versi" + 1, "versiBaca" = "versiBaca" + 1, "updatedAt" = now() WHERE id = $1 RETURNING "versi"`,
      [penilaianId, ...milikPenilaian.map(([, v]) => v)],
    ),
  );
  return r.rows[0]!.versi;
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
    try {
      // Lock first (a row lock reveals nothing), then read the employee's own appraisal.
      await klien.query({
        name: 'sikap_kunci_penilaian',
        text: 'SELECT id FROM "PenilaianKinerja" WHERE id = $1 FOR UPDATE',
        values: [id],
      });
      // Only this connection from here to COMMIT: no second one is taken from the pool while
      // this one is held (ten saves holding ten connections would wait for each other forever).
      const fresh = await bacaFormPemilikPada(klien, id, user.pegawaiId);
      if (!fresh) throw new NotFoundError();
      const rencana = rencanaSimpan(fresh, 'PEGAWAI', input);
      const versi = rencana.changes.length ? await tulis(klien, fresh.id, rencana.changes) : fresh.versi;
      await klien.query('COMMIT');
      return hasilSimpan(rencana, versi);
    } catch (e) {
      await klien.query('ROLLBACK').catch((e2: unknown) => {
        rusak = e2 instanceof Error ? e2 : new Error(String(e2));
      });
      throw e;
    }
  } catch (e) {
    // A connection that failed mid-transaction is not given back to the pool.
    rusak ??=
      e instanceof Error && /ECONN|terminat|Connection/i.test(`${(e as { code?: string }).code ?? ''} ${e.message}`) ? e : undefined;
    throw e;
  } finally {
    klien.release(rusak);
  }
}

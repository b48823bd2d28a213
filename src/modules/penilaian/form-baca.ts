import { Prisma } from '../../generated/prisma/client.js';
import type pg from 'pg';
import { kolamLangsung, type Db } from '../../db/client.js';
import { bekukan, versiGlobal } from '../../core/konfigurasi-cache.js';

type Tx = Prisma.TransactionClient;
import type { PenilaianForm } from './fields.js';

/**
 * The appraisal form's read without Prisma's result mapping (issue 15, decision 101).
 *
 * `findFirst({ include: formInclude })` cost 0.9–1.5 ms of Node CPU per call on the 50k data —
 * the largest single item of the self-assessment page — most of it compiling the relation-join
 * query and mapping its JSON field by field. Here PostgreSQL builds the same tree as one JSON
 * text (one prepared statement), `JSON.parse` reads it natively, and only the columns whose JSON
 * form is not their JavaScript form are converted (timestamps and dates → `Date`, numeric →
 * `Prisma.Decimal`, bigint → `bigint`), as Prisma does. Which columns those are is read once per
 * process from `information_schema`, so a column added by a migration needs no change here.
 * `tests/integration/form-baca.test.ts` holds the result equal to Prisma's for every demo
 * appraisal; `formInclude` stays the type and the reference.
 */

const orang = (kolom: string) =>
  `(SELECT json_build_object('id', g.id, 'nama', g.nama, 'gelarDepan', g."gelarDepan", 'gelarBelakang', g."gelarBelakang",
      'jabatan', (SELECT json_build_object('nama', j.nama) FROM "Jabatan" j WHERE j.id = g."jabatanId"))
    FROM "Pegawai" g WHERE g.id = p."${kolom}")`;

/** The progress log's entries toward an indicator (issue 16): the few columns summed beside each realisation. */
const progres = (skp: string) =>
  `(SELECT coalesce(json_agg(json_build_object('indikatorId', c."indikatorId", 'tanggal', c.tanggal, 'kuantitas', c.kuantitas) ORDER BY c.id), '[]')
    FROM "CatatanProgres" c WHERE c."skpId" = ${skp} AND c."indikatorId" IS NOT NULL)`;

const POHON = `json_build_object(
  'p', row_to_json(p),
  'periode', (SELECT row_to_json(x) FROM "PeriodePenilaian" x WHERE x.id = p."periodeId"),
  'pegawai', ${orang('pegawaiId')},
  'penilai', ${orang('penilaiId')},
  'rhk', (SELECT coalesce(json_agg(json_build_object(
      'r', row_to_json(r),
      'rhkAtasan', (SELECT row_to_json(ra) FROM "RencanaHasilKerja" ra WHERE ra.id = r."rhkAtasanId"),
      'indikator', (SELECT coalesce(json_agg(json_build_object(
          'i', row_to_json(i),
          'bukti', (SELECT coalesce(json_agg(row_to_json(b) ORDER BY b."createdAt", b.id), '[]')
                    FROM "BuktiDukung" b WHERE b."indikatorId" = i.id)
        ) ORDER BY i.urutan, i.id), '[]') FROM "IndikatorKinerja" i WHERE i."rhkId" = r.id)
    ) ORDER BY r.urutan, r.id), '[]') FROM "RencanaHasilKerja" r WHERE r."penilaianId" = p.id),
  'kompetensi', (SELECT coalesce(json_agg(json_build_object(
      'k', to_jsonb(pk) - 'snapshotLevel', 'kompetensi', row_to_json(k), 'kelompok', row_to_json(kk)
    ) ORDER BY kk.urutan, k.urutan, pk.id), '[]')
    FROM "PenilaianKompetensi" pk JOIN "Kompetensi" k ON k.id = pk."kompetensiId"
    JOIN "KelompokKompetensi" kk ON kk.id = k."kelompokId" WHERE pk."penilaianId" = p.id),
  'perilaku', (SELECT coalesce(json_agg(row_to_json(pr) ORDER BY pr.id), '[]') FROM "PerilakuKerja" pr WHERE pr."penilaianId" = p.id),
  'catatanProgres', ${progres('p.id')},
  'skp', CASE WHEN p."skpId" IS NULL THEN NULL ELSE json_build_object('catatanProgres', ${progres('p."skpId"')}) END
)::text`;

/** The employee's own appraisal: id and owner in the query. */
const SQL_PEMILIK = `SELECT ${POHON} AS f FROM "PenilaianKinerja" p WHERE p.id = $1 AND p."pegawaiId" = $2`;
/** By id, after the access policy has let the caller through (loadAsPenilai, loadReadable). */
const SQL_ID = `SELECT ${POHON} AS f FROM "PenilaianKinerja" p WHERE p.id = $1`;

const TABEL = [
  'PenilaianKinerja',
  'PeriodePenilaian',
  'RencanaHasilKerja',
  'IndikatorKinerja',
  'BuktiDukung',
  'PenilaianKompetensi',
  'Kompetensi',
  'KelompokKompetensi',
  'PerilakuKerja',
  'CatatanProgres',
] as const;
type Tabel = (typeof TABEL)[number];
type Ubah = (v: unknown) => unknown;

const keDate: Ubah = (v) => (typeof v === 'string' ? new Date(v.endsWith('Z') || /[+-]\d\d:\d\d$/.test(v) ? v : `${v}Z`) : v);
const keTanggal: Ubah = (v) => (typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : v);
const keDecimal: Ubah = (v) => (typeof v === 'number' || typeof v === 'string' ? new Prisma.Decimal(v) : v);
const keBigInt: Ubah = (v) => (typeof v === 'number' || typeof v === 'string' ? BigInt(v) : v);

function pengubah(tipe: string): Ubah | null {
  switch (tipe) {
    case 'timestamp without time zone':
    case 'timestamp with time zone':
      return keDate;
    case 'date':
      return keTanggal;
    case 'numeric':
      return keDecimal;
    case 'bigint':
      return keBigInt;
    default:
      return null;
  }
}

/** Per table, the columns whose JSON value must be converted. Read once per process. */
let kolomUbah: Promise<Map<Tabel, [string, Ubah][]>> | null = null;

type BarisKolom = { table_name: Tabel; column_name: string; data_type: string };
const SQL_KOLOM = `SELECT table_name, column_name, data_type FROM information_schema.columns
  WHERE table_schema = current_schema() AND table_name = ANY($1::text[])`;

async function bacaKolom(db: Db | Tx | pg.ClientBase): Promise<Map<Tabel, [string, Ubah][]>> {
  // On a held connection (the direct save) the same connection asks: taking a second one from
  // the pool while holding one could wait forever when every connection is held the same way.
  const rows =
    '$queryRawUnsafe' in db
      ? await db.$queryRawUnsafe<BarisKolom[]>(SQL_KOLOM, [...TABEL])
      : (await db.query<BarisKolom>(SQL_KOLOM, [[...TABEL]])).rows;
  const out = new Map<Tabel, [string, Ubah][]>(TABEL.map((t) => [t, []]));
  for (const r of rows) {
    const u = pengubah(r.data_type);
    if (u) out.get(r.table_name)!.push([r.column_name, u]);
  }
  return out;
}

function kolom(db: Db | Tx | pg.ClientBase): Promise<Map<Tabel, [string, Ubah][]>> {
  kolomUbah ??= bacaKolom(db).catch((e: unknown) => {
    kolomUbah = null;
    throw e;
  });
  return kolomUbah;
}

function ubah<T extends Record<string, unknown> | null>(row: T, daftar: [string, Ubah][]): T {
  if (!row) return row;
  for (const [k, u] of daftar) if (row[k] !== null && row[k] !== undefined) (row as Record<string, unknown>)[k] = u(row[k]);
  return row;
}

type Mentah = {
  p: Record<string, unknown>;
  periode: Record<string, unknown>;
  pegawai: Record<string, unknown>;
  penilai: Record<string, unknown> | null;
  rhk: {
    r: Record<string, unknown>;
    rhkAtasan: Record<string, unknown> | null;
    indikator: { i: Record<string, unknown>; bukti: Record<string, unknown>[] }[];
  }[];
  kompetensi: { k: Record<string, unknown>; kompetensi: Record<string, unknown>; kelompok: Record<string, unknown> }[];
  perilaku: Record<string, unknown>[];
  catatanProgres: Record<string, unknown>[];
  skp: { catatanProgres: Record<string, unknown>[] } | null;
};

function susun(m: Mentah, t: Map<Tabel, [string, Ubah][]>): PenilaianForm {
  const c = (n: Tabel) => t.get(n)!;
  return {
    ...ubah(m.p, c('PenilaianKinerja')),
    periode: ubah(m.periode, c('PeriodePenilaian')),
    pegawai: m.pegawai,
    penilai: m.penilai,
    rhk: m.rhk.map((r) => ({
      ...ubah(r.r, c('RencanaHasilKerja')),
      rhkAtasan: ubah(r.rhkAtasan, c('RencanaHasilKerja')),
      indikator: r.indikator.map((i) => ({
        ...ubah(i.i, c('IndikatorKinerja')),
        bukti: i.bukti.map((b) => ubah(b, c('BuktiDukung'))),
      })),
    })),
    kompetensi: m.kompetensi.map((k) => ({
      ...ubah(k.k, c('PenilaianKompetensi')),
      kompetensi: { ...ubah(k.kompetensi, c('Kompetensi')), kelompok: ubah(k.kelompok, c('KelompokKompetensi')) },
    })),
    perilaku: m.perilaku.map((p) => ubah(p, c('PerilakuKerja'))),
    catatanProgres: m.catatanProgres.map((x) => ubah(x, c('CatatanProgres'))),
    skp: m.skp ? { catatanProgres: m.skp.catatanProgres.map((x) => ubah(x, c('CatatanProgres'))) } : null,
  } as unknown as PenilaianForm;
}

async function baca(db: Db | Tx, nama: string, sql: string, params: number[]): Promise<PenilaianForm | null> {
  const t = await kolom(db);
  // Outside a transaction straight on the pool (Prisma's raw query costs ~0.3 ms of Node CPU
  // more per call); inside one, on the transaction's connection.
  const pool = kolamLangsung(db);
  const rows = pool
    ? (await pool.query<{ f: string }>({ name: nama, text: sql, values: params })).rows
    : await db.$queryRawUnsafe<{ f: string }[]>(sql, ...params);
  return rows.length ? susun(JSON.parse(rows[0].f) as Mentah, t) : null;
}

/**
 * Forms read in GET requests, kept per process (decision 143): keyed by the appraisal's
 * "versiBaca" — bumped by triggers on every write to its tree, in the writer's transaction
 * (migration form_versi_baca) — plus the configuration and unit/jabatan-name versions read with
 * the session. A view reads the one number (a primary-key lookup) and, when it matches, skips the
 * tree. Writes (saves, steps) always read the tree inside their transaction.
 */
const MAKS_FORM = 5_000;
const formTersimpan = new Map<number, { kunci: string; form: PenilaianForm }>();

async function lewatCache(
  db: Db | Tx,
  id: number,
  versi: { name: string; text: string; values: number[] },
  baca: () => Promise<PenilaianForm | null>,
): Promise<PenilaianForm | null> {
  const pool = kolamLangsung(db);
  if (!versiGlobal() || !pool) return baca();
  const r = await pool.query<{ v: number }>(versi);
  if (!r.rows.length) return null;
  const tersedia = dariCache(id, r.rows[0]!.v);
  if (tersedia) return tersedia;
  const form = await baca();
  if (form) simpanKeCache(form);
  return form;
}

/**
 * Keeps a form under the version it carries itself (a write between reading the version and the
 * tree is not hidden), least recently used dropped first. A save calls it with the form as it left
 * it (decision 143): read in its transaction, its changes applied with the values the database
 * returned, so the next autosave and the next view of the same appraisal do not read the tree.
 */
export function simpanKeCache(form: PenilaianForm): void {
  const global = versiGlobal();
  if (!global) return;
  formTersimpan.delete(form.id);
  if (formTersimpan.size >= MAKS_FORM) formTersimpan.delete(formTersimpan.keys().next().value!);
  formTersimpan.set(form.id, { kunci: `${form.versiBaca}|${global}`, form: bekukan(form) });
}

/** The kept form of an appraisal when its key is (versiBaca, this request's global versions); a hit becomes the most recently used. */
export function dariCache(id: number, versiBaca: number): PenilaianForm | null {
  const global = versiGlobal();
  const e = global ? formTersimpan.get(id) : undefined;
  if (!e || e.kunci !== `${versiBaca}|${global}`) return null;
  formTersimpan.delete(id);
  formTersimpan.set(id, e);
  return e.form;
}

/**
 * The employee's own appraisal read on a connection already in a transaction (the direct save,
 * decision 142). Everything on that one connection (see bacaKolom).
 */
export async function bacaFormPemilikPada(klien: pg.ClientBase, id: number, pegawaiId: number): Promise<PenilaianForm | null> {
  const t = await kolom(klien);
  const rows = (await klien.query<{ f: string }>({ name: 'sikap_form_pemilik', text: SQL_PEMILIK, values: [id, pegawaiId] })).rows;
  return rows.length ? susun(JSON.parse(rows[0]!.f) as Mentah, t) : null;
}

/** The employee's own appraisal with everything its form shows, or null. */
export function bacaFormPemilik(db: Db | Tx, id: number, pegawaiId: number): Promise<PenilaianForm | null> {
  return lewatCache(
    db,
    id,
    {
      name: 'sikap_form_versi_pemilik',
      text: 'SELECT "versiBaca" AS v FROM "PenilaianKinerja" WHERE id = $1 AND "pegawaiId" = $2',
      values: [id, pegawaiId],
    },
    () => baca(db, 'sikap_form_pemilik', SQL_PEMILIK, [id, pegawaiId]),
  );
}

/** An appraisal by id, for a caller the access policy has already let through. */
export function bacaFormId(db: Db | Tx, id: number): Promise<PenilaianForm | null> {
  return lewatCache(
    db,
    id,
    { name: 'sikap_form_versi_id', text: 'SELECT "versiBaca" AS v FROM "PenilaianKinerja" WHERE id = $1', values: [id] },
    () => baca(db, 'sikap_form_id', SQL_ID, [id]),
  );
}

/** For tests: the kept form of an appraisal, whatever its key. */
export function formTersimpanUntukUji(id: number): PenilaianForm | undefined {
  return formTersimpan.get(id)?.form;
}

import type { Db } from '../../db/client.js';
import { dariKonfigurasi } from '../../core/konfigurasi-cache.js';
import { fieldsOf, type PenilaianForm, type Sisi } from './fields.js';
import { progressOf, timeline, type Conflict } from './penilaian.service.js';
import { deadlinesFor } from '../periode/periode.repo.js';
import { PREDIKAT, RATING } from '../domain/labels.js';

/** Stored value → what the input shows ("12.5" → "12,5"). */
export function tampil(kind: string, v: string): string {
  return kind === 'decimal' && v ? v.replace('.', ',') : v;
}

/** Everything a form view needs: values (stored, overlaid by what the user typed), base, progress. */
export function formModel(p: PenilaianForm, sisi: Sisi, overlay: Record<string, string> = {}) {
  const fields = fieldsOf(p, sisi);
  const stored: Record<string, string> = {};
  for (const f of fields) stored[f.key] = tampil(f.kind, f.current);
  const values = { ...stored, ...overlay };
  return {
    fields: Object.fromEntries(fields.map((f) => [f.key, f])),
    values,
    base: JSON.stringify(stored),
    progress: progressOf(fields, values),
  };
}

/** The predikat matrix of a period, from the configuration cache in a GET (decision 140). */
const matriksPeriode = (prisma: Db, periodeId: number) =>
  dariKonfigurasi(`matriks:${periodeId}`, () => prisma.matriksPredikat.findMany({ where: { periodeId } }));

/** The predikat matrix of the period as a lookup the rating page script reads. */
export async function matriksJson(prisma: Db, periodeId: number): Promise<string> {
  const rows = await matriksPeriode(prisma, periodeId);
  return JSON.stringify(Object.fromEntries(rows.map((r) => [`${r.hasilKerja}|${r.perilaku}`, PREDIKAT[r.predikat]])));
}

export async function matriksTabel(prisma: Db, periodeId: number) {
  const rows = await matriksPeriode(prisma, periodeId);
  const keys = Object.keys(RATING) as (keyof typeof RATING)[];
  return keys.map((h) => ({
    hasil: h,
    sel: keys.map((pr) => rows.find((r) => r.hasilKerja === h && r.perilaku === pr)?.predikat ?? null),
  }));
}

/** What the appraisal pages show around the form. The self-assessment page skips the history. */
export async function detailExtras(prisma: Db, p: PenilaianForm, opts: { riwayat?: boolean } = {}) {
  const withHistory = opts.riwayat !== false;
  const [riwayat, deadlines, keberatan] = await Promise.all([
    withHistory ? timeline(prisma, p.id) : Promise.resolve([]),
    deadlinesFor(prisma, p.periodeId, p.unitId, p.periode),
    withHistory
      ? prisma.keberatan.findMany({ where: { penilaianId: p.id }, orderBy: { createdAt: 'desc' }, include: { pemutus: true } })
      : Promise.resolve([]),
  ]);
  // Employee and rater come with the appraisal (formInclude).
  return { riwayat, deadlines, pegawai: p.pegawai, penilai: p.penilai, keberatan };
}

export type { Conflict };

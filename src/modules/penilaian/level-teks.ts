import type { Db } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';

type Tx = Db | Prisma.TransactionClient;

/**
 * The five levels of a competency as the self-assessment and rating pages show them (label,
 * description, behaviour indicators), rendered to HTML once per dictionary version and reused
 * by every request (issue 15): they are most of the page and the same for everyone.
 *
 * Keyed by (competency id, dictionary version): an appraisal keeps the snapshot of the version it
 * was made against (PenilaianKompetensi.versiKamus + snapshotLevel), and a change to a level text
 * always bumps the version (updateKompetensi), so the key names immutable text — nothing to
 * invalidate, nothing stale. The appraisal load leaves the snapshot out (formInclude); on a miss
 * the snapshots are read in one statement.
 */
export interface LevelTeks {
  level: number;
  /** HTML (escaped): "Level 3 — Mampu". */
  judul: string;
  /** HTML (escaped). */
  deskripsi: string;
  /** HTML: the folded list of behaviour indicators, or ''. */
  indikator: string;
}

interface Snapshot {
  level: number;
  label: string;
  deskripsi: string;
  indikator?: string[];
}

const MAX = 20_000;
const cache = new Map<string, LevelTeks[]>();
const kunci = (k: { kompetensiId: number; versiKamus: number }) => `${k.kompetensiId}:${k.versiKamus}`;

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };
const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]!);

export function renderLevel(snapshot: unknown): LevelTeks[] {
  const levels = Array.isArray(snapshot) ? (snapshot as Snapshot[]) : [];
  return levels.map((l) => ({
    level: l.level,
    judul: `Level ${esc(l.level)} — ${esc(l.label)}`,
    deskripsi: esc(l.deskripsi),
    indikator:
      l.indikator && l.indikator.length
        ? `<details class="level-indikator small"><summary>Indikator perilaku level ${esc(l.level)}</summary><ul class="mb-0">${l.indikator.map((i) => `<li>${esc(i)}</li>`).join('')}</ul></details>`
        : '',
  }));
}

/** Makes sure the levels of these appraisal competencies are cached (one statement for all misses). */
export async function siapkanLevel(prisma: Tx, rows: { id: number; kompetensiId: number; versiKamus: number }[]): Promise<void> {
  const miss = rows.filter((r) => !cache.has(kunci(r)));
  if (!miss.length) return;
  const found = await prisma.penilaianKompetensi.findMany({
    where: { id: { in: miss.map((r) => r.id) } },
    select: { kompetensiId: true, versiKamus: true, snapshotLevel: true },
  });
  if (cache.size + found.length > MAX) cache.clear();
  for (const f of found) cache.set(kunci(f), renderLevel(f.snapshotLevel));
}

/** For the views (_level.ejs): the cached levels of one appraisal competency. */
export function levelTeks(k: { kompetensiId: number; versiKamus: number }): LevelTeks[] {
  const hit = cache.get(kunci(k));
  if (!hit) throw new Error(`Level kompetensi ${kunci(k)} belum dimuat (siapkanLevel).`);
  return hit;
}

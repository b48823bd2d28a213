import type { Prisma } from '../../generated/prisma/client.js';
import type { NilaiBerakhlak, RatingKinerja } from '../../generated/prisma/enums.js';
import { BERAKHLAK, RATING } from '../domain/labels.js';

/**
 * Every typed field of an appraisal has a stable key (also the input's name), e.g.
 * `iki-12-realisasi`, `komp-5-level`, `perilaku-AKUNTABEL`. The same registry serves the plain
 * form submit, the autosave endpoint, conflict detection and the completeness check.
 */
export type Sisi = 'PEGAWAI' | 'PENILAI';
type Kind = 'decimal' | 'text' | 'level' | 'rating';
type Target =
  | { model: 'indikator'; id: number; column: 'realisasiNilai' | 'realisasiKualitatif' | 'narasi' | 'catatanAtasan' }
  | { model: 'kompetensi'; id: number; column: 'levelDiri' | 'contohPerilaku' | 'levelAtasan' | 'catatanAtasan' }
  | { model: 'perilaku'; id: number; column: 'refleksiDiri' | 'catatanAtasan' }
  | { model: 'penilaian'; column: 'ratingHasilKerja' | 'ratingPerilaku' | 'umpanBalik' | 'catatanPengembangan' };

export interface FieldDef {
  key: string;
  label: string;
  kind: Kind;
  max: number;
  required: boolean;
  target: Target;
  current: string;
}

const orang = { select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, jabatan: { select: { nama: true } } } } as const;

export const formInclude = {
  periode: true,
  // Who is appraised and who rates: shown at the head of every appraisal page.
  pegawai: orang,
  penilai: orang,
  rhk: {
    orderBy: { urutan: 'asc' },
    include: { indikator: { orderBy: { urutan: 'asc' }, include: { bukti: { orderBy: { createdAt: 'asc' } } } }, rhkAtasan: true },
  },
  // The level texts (snapshotLevel) are most of the bytes: they come rendered from a cache keyed
  // by competency + dictionary version (level-teks.ts), not with every load.
  kompetensi: {
    orderBy: [{ kompetensi: { kelompok: { urutan: 'asc' } } }, { kompetensi: { urutan: 'asc' } }],
    omit: { snapshotLevel: true },
    include: { kompetensi: { include: { kelompok: true } } },
  },
  perilaku: true,
  // Issue 16: the progress log summed beside each realisation (the SKP's own entries, or the SKP's
  // for a periodic evaluation), in the same statement; a few small columns per entry.
  catatanProgres: { where: { indikatorId: { not: null } }, select: { indikatorId: true, tanggal: true, kuantitas: true } },
  skp: {
    select: { catatanProgres: { where: { indikatorId: { not: null } }, select: { indikatorId: true, tanggal: true, kuantitas: true } } },
  },
} satisfies Prisma.PenilaianKinerjaInclude;

export type PenilaianForm = Prisma.PenilaianKinerjaGetPayload<{ include: typeof formInclude }>;

const NILAI_ORDER = Object.keys(BERAKHLAK) as NilaiBerakhlak[];

function s(v: { toString(): string } | null | undefined): string {
  return v === null || v === undefined ? '' : v.toString();
}

export function fieldsOf(p: PenilaianForm, sisi: Sisi): FieldDef[] {
  const out: FieldDef[] = [];
  for (const rhk of p.rhk) {
    for (const iki of rhk.indikator) {
      if (sisi === 'PEGAWAI') {
        if (iki.jenisTarget === 'KUALITATIF') {
          out.push({
            key: `iki-${iki.id}-realisasi`,
            label: `Realisasi: ${iki.uraian}`,
            kind: 'text',
            max: 1000,
            required: true,
            target: { model: 'indikator', id: iki.id, column: 'realisasiKualitatif' },
            current: s(iki.realisasiKualitatif),
          });
        } else {
          out.push({
            key: `iki-${iki.id}-realisasi`,
            label: `Realisasi: ${iki.uraian}`,
            kind: 'decimal',
            max: 20,
            required: true,
            target: { model: 'indikator', id: iki.id, column: 'realisasiNilai' },
            current: s(iki.realisasiNilai),
          });
        }
        out.push({
          key: `iki-${iki.id}-narasi`,
          label: `Penjelasan: ${iki.uraian}`,
          kind: 'text',
          max: 2000,
          required: false,
          target: { model: 'indikator', id: iki.id, column: 'narasi' },
          current: s(iki.narasi),
        });
      } else {
        out.push({
          key: `iki-${iki.id}-catatan`,
          label: `Catatan atasan: ${iki.uraian}`,
          kind: 'text',
          max: 2000,
          required: false,
          target: { model: 'indikator', id: iki.id, column: 'catatanAtasan' },
          current: s(iki.catatanAtasan),
        });
      }
    }
  }
  for (const k of p.kompetensi) {
    if (sisi === 'PEGAWAI') {
      out.push({
        key: `komp-${k.id}-level`,
        label: `Level ${k.kompetensi.nama}`,
        kind: 'level',
        max: 1,
        required: true,
        target: { model: 'kompetensi', id: k.id, column: 'levelDiri' },
        current: s(k.levelDiri),
      });
      out.push({
        key: `komp-${k.id}-contoh`,
        label: `Contoh perilaku ${k.kompetensi.nama}`,
        kind: 'text',
        max: 1000,
        required: false,
        target: { model: 'kompetensi', id: k.id, column: 'contohPerilaku' },
        current: s(k.contohPerilaku),
      });
    } else {
      out.push({
        key: `komp-${k.id}-levelAtasan`,
        label: `Level ${k.kompetensi.nama} menurut atasan`,
        kind: 'level',
        max: 1,
        required: true,
        target: { model: 'kompetensi', id: k.id, column: 'levelAtasan' },
        current: s(k.levelAtasan),
      });
      out.push({
        key: `komp-${k.id}-catatanAtasan`,
        label: `Catatan ${k.kompetensi.nama}`,
        kind: 'text',
        max: 1000,
        required: false,
        target: { model: 'kompetensi', id: k.id, column: 'catatanAtasan' },
        current: s(k.catatanAtasan),
      });
    }
  }
  const perilaku = [...p.perilaku].sort((a, b) => NILAI_ORDER.indexOf(a.nilai) - NILAI_ORDER.indexOf(b.nilai));
  for (const pk of perilaku) {
    const nama = BERAKHLAK[pk.nilai].nama;
    if (sisi === 'PEGAWAI') {
      out.push({
        key: `perilaku-${pk.nilai}`,
        label: `Refleksi ${nama}`,
        kind: 'text',
        max: 1000,
        required: true,
        target: { model: 'perilaku', id: pk.id, column: 'refleksiDiri' },
        current: s(pk.refleksiDiri),
      });
    } else {
      out.push({
        key: `perilaku-${pk.nilai}-catatan`,
        label: `Catatan ${nama}`,
        kind: 'text',
        max: 1000,
        required: false,
        target: { model: 'perilaku', id: pk.id, column: 'catatanAtasan' },
        current: s(pk.catatanAtasan),
      });
    }
  }
  if (sisi === 'PENILAI') {
    out.push({
      key: 'ratingHasilKerja',
      label: 'Rating hasil kerja',
      kind: 'rating',
      max: 10,
      required: true,
      target: { model: 'penilaian', column: 'ratingHasilKerja' },
      current: s(p.ratingHasilKerja),
    });
    out.push({
      key: 'ratingPerilaku',
      label: 'Rating perilaku kerja',
      kind: 'rating',
      max: 10,
      required: true,
      target: { model: 'penilaian', column: 'ratingPerilaku' },
      current: s(p.ratingPerilaku),
    });
    out.push({
      key: 'umpanBalik',
      label: 'Umpan balik',
      kind: 'text',
      max: 4000,
      required: true,
      target: { model: 'penilaian', column: 'umpanBalik' },
      current: s(p.umpanBalik),
    });
    out.push({
      key: 'catatanPengembangan',
      label: 'Catatan pengembangan',
      kind: 'text',
      max: 2000,
      required: false,
      target: { model: 'penilaian', column: 'catatanPengembangan' },
      current: s(p.catatanPengembangan),
    });
  }
  return out;
}

export type Normal = { ok: true; value: string | null } | { ok: false; pesan: string };

/** Turns typed text into the stored value: "12,5" → "12.5", "" → null. */
export function normalize(f: Pick<FieldDef, 'kind' | 'max'>, raw: unknown): Normal {
  const str = typeof raw === 'string' ? raw : raw === undefined || raw === null ? '' : String(raw);
  if (f.kind === 'text') {
    const v = str.replace(/\r\n/g, '\n');
    if (v.length > f.max)
      return {
        ok: false,
        pesan: `Terlalu panjang: maksimal ${f.max.toLocaleString('id-ID')} karakter (tertulis ${v.length.toLocaleString('id-ID')}).`,
      };
    return { ok: true, value: v.trim() === '' ? null : v };
  }
  const v = str.trim();
  if (v === '') return { ok: true, value: null };
  if (f.kind === 'decimal') {
    // Indonesian notation: "1.234,5"; a lone comma or dot is the decimal separator.
    let t = v.replace(/\s/g, '');
    if (t.includes(',')) t = t.replace(/\./g, '').replace(',', '.');
    else if (/^\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, '');
    const n = Number(t);
    if (!/^-?\d+(\.\d+)?$/.test(t) || !Number.isFinite(n)) return { ok: false, pesan: 'Isi dengan angka, misalnya 95 atau 12,5.' };
    if (n < 0) return { ok: false, pesan: 'Realisasi tidak boleh negatif.' };
    if (n >= 1e12) return { ok: false, pesan: 'Angka terlalu besar.' };
    return { ok: true, value: String(Math.round(n * 100) / 100) };
  }
  if (f.kind === 'level') {
    return /^[1-5]$/.test(v) ? { ok: true, value: v } : { ok: false, pesan: 'Pilih level 1 sampai 5.' };
  }
  return v in RATING ? { ok: true, value: v } : { ok: false, pesan: 'Pilih salah satu rating.' };
}

/** Comparable form of a stored or typed value (so "12,50" equals "12.5"). */
export function canonical(f: FieldDef, raw: unknown): string {
  const n = normalize(f, raw);
  return n.ok ? (n.value ?? '') : String(raw ?? '');
}

/** Writes normalised values, grouped per row. */
export async function writeFields(
  tx: Prisma.TransactionClient,
  penilaianId: number,
  changes: { def: FieldDef; value: string | null }[],
): Promise<void> {
  const groups = new Map<string, { model: Target['model']; id?: number; data: Record<string, unknown> }>();
  for (const { def, value } of changes) {
    const t = def.target;
    const gk = `${t.model}:${'id' in t ? t.id : penilaianId}`;
    const g = groups.get(gk) ?? { model: t.model, id: 'id' in t ? t.id : undefined, data: {} };
    let v: unknown = value;
    if (value !== null && def.kind === 'level') v = Number(value);
    if (value !== null && def.kind === 'rating') v = value as RatingKinerja;
    g.data[t.column] = v;
    groups.set(gk, g);
  }
  for (const g of groups.values()) {
    // Each row is also filtered by its appraisal: ids from the browser cannot reach other appraisals.
    if (g.model === 'indikator') await tx.indikatorKinerja.updateMany({ where: { id: g.id!, rhk: { penilaianId } }, data: g.data });
    else if (g.model === 'kompetensi') await tx.penilaianKompetensi.updateMany({ where: { id: g.id!, penilaianId }, data: g.data });
    else if (g.model === 'perilaku') await tx.perilakuKerja.updateMany({ where: { id: g.id!, penilaianId }, data: g.data });
    else await tx.penilaianKinerja.update({ where: { id: penilaianId }, data: g.data });
  }
}

/** Required fields still empty, in page order (for the "what is missing" list). */
export function missing(fields: FieldDef[], values?: Record<string, string>): FieldDef[] {
  return fields.filter((f) => f.required && canonical(f, values?.[f.key] ?? f.current) === '');
}

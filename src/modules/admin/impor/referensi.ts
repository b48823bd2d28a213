/** Units named by an import row (pegawai and jabatan): by unor_kode, or else by a unique unor_nama. */
import { kosong } from './nilai.js';

export interface UnitRef {
  id: number;
  kode: string;
  nama: string;
}

export interface IndeksUnit {
  byId: Map<number, UnitRef>;
  byKode: Map<string, UnitRef>;
  byNama: Map<string, UnitRef[]>;
}

export function indeksUnit(units: UnitRef[]): IndeksUnit {
  const byNama = new Map<string, UnitRef[]>();
  for (const u of units) byNama.set(u.nama.toLowerCase(), [...(byNama.get(u.nama.toLowerCase()) ?? []), u]);
  return { byId: new Map(units.map((u) => [u.id, u])), byKode: new Map(units.map((u) => [u.kode.toLowerCase(), u])), byNama };
}

/** The unit the row names: `unit`, or `pesan` saying why none fits; neither when the row names no unit. */
export function cariUnit(o: Record<string, string | undefined>, idx: IndeksUnit): { unit?: UnitRef; pesan?: string } {
  if (!kosong(o.unor_kode)) {
    const unit = idx.byKode.get(o.unor_kode!.toLowerCase());
    return unit ? { unit } : { pesan: `Unit kerja berkode "${o.unor_kode}" tidak dikenal.` };
  }
  if (!kosong(o.unor_nama)) {
    const cand = idx.byNama.get(o.unor_nama!.toLowerCase()) ?? [];
    if (cand.length === 1) return { unit: cand[0] };
    if (!cand.length) return { pesan: `Unit kerja "${o.unor_nama}" tidak dikenal. Tambahkan unitnya dulu atau isi kolom unor_kode.` };
    return { pesan: `Nama unit "${o.unor_nama}" dipakai ${cand.length} unit; isi kolom unor_kode.` };
  }
  return {};
}

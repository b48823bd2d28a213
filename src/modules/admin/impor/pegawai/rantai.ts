/**
 * Step 4 of the staff import, across rows: every supervisor exists (a valid row of the file, or
 * an active record in SIKAP) and no chain loops (the form's check, cekRantaiAtasan, over the
 * file's rows laid over SIKAP). A row whose supervisor is refused is refused too.
 */
import { cekRantaiAtasan } from '../../pegawai/pegawai.rules.js';
import type { EntriPegawai } from './entri.js';
import type { DataSikap } from './referensi.js';

export function cekRantai(entri: EntriPegawai[], sikap: DataSikap): void {
  const pertama = new Map<string, EntriPegawai>();
  for (const e of entri) if (!pertama.has(e.kunci)) pertama.set(e.kunci, e);
  const sah = () => new Map(entri.filter((e) => !e.galat.length).map((e) => [e.kunci, e]));

  const cekAda = () => {
    for (let berubah = true; berubah;) {
      berubah = false;
      const ok = sah();
      for (const e of ok.values()) {
        if (!e.atasan || ok.has(e.atasan)) continue;
        const p = sikap.pegByKey.get(e.atasan);
        if (p?.aktif) continue;
        const bad = pertama.get(e.atasan);
        e.galat.push(
          bad
            ? `Atasan ${e.atasan} (baris ${bad.baris}) bermasalah.`
            : p
              ? `Atasan ${e.atasan} tidak aktif di SIKAP.`
              : `Atasan ${e.atasan} tidak ditemukan di berkas maupun di SIKAP.`,
        );
        berubah = true;
      }
    }
  };

  cekAda();
  const ok = sah();
  const atasanOf = (k: string) => (ok.has(k) ? ok.get(k)!.atasan : sikap.kunciDari(sikap.pegByKey.get(k)?.atasanId));
  const aman = new Set<string>();
  const salah: [EntriPegawai, string][] = [];
  for (const e of ok.values()) {
    const pesan = cekRantaiAtasan(e.kunci, e.atasan, atasanOf, String, aman);
    if (pesan) salah.push([e, pesan]);
  }
  for (const [e, pesan] of salah) e.galat.push(pesan);
  cekAda();
}

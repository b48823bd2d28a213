/** Dry-run and apply for the competency standard import (key: jabatan_kode + kompetensi_kode). */
import type { Db } from '../../../db/client.js';
import { cekRumus, keObjek } from './kolom.js';
import * as N from './nilai.js';
import { potong, catatAudit, hasilBaris, penandaDuplikat, type BarisHasil, type Rencana } from './rencana.js';

export async function rencanaStandar(prisma: Db, pemetaan: string[], rows: string[][]): Promise<Rencana> {
  const [jabs, komps, std] = await Promise.all([
    prisma.jabatan.findMany({ select: { id: true, kode: true, nama: true } }),
    prisma.kompetensi.findMany({ select: { id: true, kode: true, nama: true } }),
    prisma.standarKompetensiJabatan.findMany({ select: { id: true, jabatanId: true, kompetensiId: true, levelDibutuhkan: true } }),
  ]);
  const jabByKode = new Map(jabs.map((j) => [j.kode.toLowerCase(), j]));
  const kompByKode = new Map(komps.map((k) => [k.kode.toLowerCase(), k]));
  const stdByPair = new Map(std.map((s) => [`${s.jabatanId}|${s.kompetensiId}`, s]));
  const duplikat = penandaDuplikat();
  const entries: { jabatanId: number; kompetensiId: number; level: number | null; exId?: number; hasil: BarisHasil }[] = [];

  rows.forEach((row, i) => {
    const baris = i + 2;
    const o = keObjek(pemetaan, row);
    const g = new N.GalatBaris();
    // A formula in any cell refuses the row (decision 095).
    g.tambah(...cekRumus('standar', o).values());
    const jk = (o.jabatan_kode ?? '').trim();
    const kk = (o.kompetensi_kode ?? '').trim();
    const j = jabByKode.get(jk.toLowerCase());
    const k = kompByKode.get(kk.toLowerCase());
    if (!jk) g.tambah('Kode jabatan wajib diisi.');
    else if (!j) g.tambah(`Kode jabatan "${jk}" tidak dikenal.`);
    if (!kk) g.tambah('Kode kompetensi wajib diisi.');
    else if (!k) g.tambah(`Kode kompetensi "${kk}" tidak dikenal.`);
    const level = g.sel(() => N.bulat(o.level, 'Level', 1, 5), null);
    const pair = j && k ? `${j.id}|${k.id}` : '';
    const dulu = pair ? duplikat(pair, baris) : undefined;
    if (dulu !== undefined) g.tambah(`Duplikat: pasangan jabatan dan kompetensi ini sudah ada di baris ${dulu}.`);
    const kunci = `${jk} / ${kk}`;
    const nama = `${j?.nama ?? jk} — ${k?.nama ?? kk}`;
    const ex = pair ? stdByPair.get(pair) : undefined;
    // An empty level removes a stored standard; with nothing stored it changes nothing.
    const beda: [string, string, string][] =
      ex && ex.levelDibutuhkan !== level ? [['Level', String(ex.levelDibutuhkan), level === null ? '(dihapus)' : String(level)]] : [];
    const hasil = hasilBaris({ baris, kunci, nama }, g.pesan, !!ex || level === null, beda);
    entries.push({ jabatanId: j?.id ?? 0, kompetensiId: k?.id ?? 0, level, exId: ex?.id, hasil });
  });

  return {
    baris: entries.map((e) => e.hasil),
    async terapkan(tx, by, progres) {
      const baru = entries.filter((e) => e.hasil.hasil === 'BARU');
      const ubah = entries.filter((e) => e.hasil.hasil === 'UBAH' && e.level !== null);
      const hapus = entries.filter((e) => e.hasil.hasil === 'UBAH' && e.level === null);
      let done = 0;
      for (const chunk of potong(baru, 5000)) {
        await tx.standarKompetensiJabatan.createMany({
          data: chunk.map((e) => ({ jabatanId: e.jabatanId, kompetensiId: e.kompetensiId, levelDibutuhkan: e.level! })),
        });
        done += chunk.length;
        await progres(done);
      }
      for (const chunk of potong(ubah, 5000)) {
        await tx.$executeRawUnsafe(
          `UPDATE "StandarKompetensiJabatan" AS s SET "levelDibutuhkan" = v.l, "updatedAt" = now()
           FROM unnest($1::int[], $2::int[]) AS v(id, l) WHERE s.id = v.id`,
          chunk.map((e) => e.exId!),
          chunk.map((e) => e.level!),
        );
        done += chunk.length;
        await progres(done);
      }
      if (hapus.length) await tx.standarKompetensiJabatan.deleteMany({ where: { id: { in: hapus.map((e) => e.exId!) } } });
      const logs = [...baru, ...ubah, ...hapus].map((e) => ({
        userId: by.userId,
        ip: by.ip,
        aksi: 'IMPOR_UBAH',
        entitas: 'StandarKompetensiJabatan',
        entitasId: String(e.jabatanId),
        sebelum: e.hasil.beda ? { [e.hasil.kunci]: e.hasil.beda[0]![1] } : undefined,
        sesudah: { [e.hasil.kunci]: e.level },
      }));
      await catatAudit(tx, logs);
    },
  };
}

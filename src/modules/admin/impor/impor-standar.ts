/** Dry-run and apply for the competency standard import (key: jabatan_kode + kompetensi_kode). */
import type { Db } from '../../../db/client.js';
import { cekRumus, keObjek } from './kolom.js';
import * as N from './nilai.js';
import { potong, catatAudit, type BarisHasil, type Rencana } from './rencana.js';

export async function rencanaStandar(prisma: Db, pemetaan: string[], rows: string[][]): Promise<Rencana> {
  const [jabs, komps, std] = await Promise.all([
    prisma.jabatan.findMany({ select: { id: true, kode: true, nama: true } }),
    prisma.kompetensi.findMany({ select: { id: true, kode: true, nama: true } }),
    prisma.standarKompetensiJabatan.findMany({ select: { id: true, jabatanId: true, kompetensiId: true, levelDibutuhkan: true } }),
  ]);
  const jabByKode = new Map(jabs.map((j) => [j.kode.toLowerCase(), j]));
  const kompByKode = new Map(komps.map((k) => [k.kode.toLowerCase(), k]));
  const stdByPair = new Map(std.map((s) => [`${s.jabatanId}|${s.kompetensiId}`, s]));
  const seen = new Map<string, number>();
  const entries: { jabatanId: number; kompetensiId: number; level: number | null; exId?: number; hasil: BarisHasil }[] = [];

  rows.forEach((row, i) => {
    const baris = i + 2;
    const o = keObjek(pemetaan, row);
    const errs: string[] = [];
    // A formula in any cell refuses the row (decision 095).
    errs.push(...cekRumus('standar', o));
    const jk = (o.jabatan_kode ?? '').trim();
    const kk = (o.kompetensi_kode ?? '').trim();
    const j = jabByKode.get(jk.toLowerCase());
    const k = kompByKode.get(kk.toLowerCase());
    if (!jk) errs.push('Kode jabatan wajib diisi.');
    else if (!j) errs.push(`Kode jabatan "${jk}" tidak dikenal.`);
    if (!kk) errs.push('Kode kompetensi wajib diisi.');
    else if (!k) errs.push(`Kode kompetensi "${kk}" tidak dikenal.`);
    let level: number | null = null;
    try {
      level = N.bulat(o.level, 'Level', 1, 5);
    } catch (e) {
      if (e instanceof N.SelGalat) errs.push(e.message);
      else throw e;
    }
    const pair = j && k ? `${j.id}|${k.id}` : '';
    if (pair && seen.has(pair)) errs.push(`Duplikat: pasangan jabatan dan kompetensi ini sudah ada di baris ${seen.get(pair)}.`);
    else if (pair) seen.set(pair, baris);
    const kunci = `${jk} / ${kk}`;
    const nama = `${j?.nama ?? jk} — ${k?.nama ?? kk}`;
    const ex = pair ? stdByPair.get(pair) : undefined;
    let hasil: BarisHasil;
    if (errs.length) hasil = { baris, kunci, nama, hasil: 'GALAT', pesan: errs.join(' ') };
    else if (!ex) hasil = level === null ? { baris, kunci, nama, hasil: 'SAMA' } : { baris, kunci, nama, hasil: 'BARU' };
    else if (ex.levelDibutuhkan === level) hasil = { baris, kunci, nama, hasil: 'SAMA' };
    else hasil = { baris, kunci, nama, hasil: 'UBAH', beda: [['Level', String(ex.levelDibutuhkan), level === null ? '(dihapus)' : String(level)]] };
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
        await tx.standarKompetensiJabatan.createMany({ data: chunk.map((e) => ({ jabatanId: e.jabatanId, kompetensiId: e.kompetensiId, levelDibutuhkan: e.level! })) });
        done += chunk.length;
        await progres(done);
      }
      for (const chunk of potong(ubah, 5000)) {
        await tx.$executeRawUnsafe(`UPDATE "StandarKompetensiJabatan" AS s SET "levelDibutuhkan" = v.l, "updatedAt" = now() FROM unnest($1::int[], $2::int[]) AS v(id, l) WHERE s.id = v.id`, chunk.map((e) => e.exId!), chunk.map((e) => e.level!));
        done += chunk.length;
        await progres(done);
      }
      if (hapus.length) await tx.standarKompetensiJabatan.deleteMany({ where: { id: { in: hapus.map((e) => e.exId!) } } });
      const logs = [...baru, ...ubah, ...hapus].map((e) => ({
        userId: by.userId, ip: by.ip, aksi: 'IMPOR_UBAH', entitas: 'StandarKompetensiJabatan', entitasId: String(e.jabatanId),
        sebelum: e.hasil.beda ? { [e.hasil.kunci]: e.hasil.beda[0]![1] } : undefined, sesudah: { [e.hasil.kunci]: e.level },
      }));
      await catatAudit(tx, logs);
    },
  };
}

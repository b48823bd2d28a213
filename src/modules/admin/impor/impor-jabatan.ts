/** Dry-run and apply for the jabatan import (key: jabatan_kode). */
import type { Db } from '../../../db/client.js';
import type { JenisJabatan, JenjangFungsional } from '../../../generated/prisma/enums.js';
import { JENIS_JABATAN, JENJANG } from '../../domain/labels.js';
import { cekRumus, keObjek } from './kolom.js';
import * as N from './nilai.js';
import { potong, catatAudit, type BarisHasil, type Rencana } from './rencana.js';

interface Rec { kode: string; nama: string; jenis: JenisJabatan; jenjang: JenjangFungsional | null; unitId: number; kelasJabatan: number | null }
const KEAHLIAN = ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'];

export async function rencanaJabatan(prisma: Db, pemetaan: string[], rows: string[][]): Promise<Rencana> {
  const [units, jabs] = await Promise.all([
    prisma.unitKerja.findMany({ select: { id: true, kode: true, nama: true, aktif: true } }),
    prisma.jabatan.findMany({ select: { id: true, kode: true, nama: true, jenis: true, jenjang: true, unitId: true, kelasJabatan: true } }),
  ]);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const unitByKode = new Map(units.map((u) => [u.kode.toLowerCase(), u]));
  const unitByNama = new Map<string, typeof units>();
  for (const u of units) unitByNama.set(u.nama.toLowerCase(), [...(unitByNama.get(u.nama.toLowerCase()) ?? []), u]);
  const jabByKode = new Map(jabs.map((j) => [j.kode.toLowerCase(), j]));
  const seen = new Map<string, number>();
  const entries: { baris: number; rec: Rec; exId?: number; hasil: BarisHasil }[] = [];

  rows.forEach((row, i) => {
    const baris = i + 2;
    const o = keObjek(pemetaan, row);
    const has = (f: string) => o[f] !== undefined;
    const errs: string[] = [];
    // A formula in any cell refuses the row (decision 095).
    errs.push(...cekRumus('jabatan', o));
    const safe = <T>(fn: () => T, fb: T): T => {
      try {
        return fn();
      } catch (e) {
        if (e instanceof N.SelGalat) {
          errs.push(e.message);
          return fb;
        }
        throw e;
      }
    };
    const kode = (o.jabatan_kode ?? '').trim();
    if (!kode) errs.push('Kode jabatan wajib diisi.');
    else if (!/^[A-Za-z0-9._-]{1,60}$/.test(kode)) errs.push('Kode jabatan hanya huruf, angka, titik, garis bawah, dan tanda hubung.');
    else if (seen.has(kode.toLowerCase())) errs.push(`Duplikat: kode ${kode} sudah ada di baris ${seen.get(kode.toLowerCase())}.`);
    else seen.set(kode.toLowerCase(), baris);
    const ex = kode ? jabByKode.get(kode.toLowerCase()) : undefined;
    const nama = has('jabatan_nama') ? safe(() => N.teks(o.jabatan_nama, 200, 'Nama jabatan'), null) : ex?.nama ?? null;
    if (!nama) errs.push('Nama jabatan wajib diisi.');
    const jenis = has('jenis_jabatan_nama') ? safe(() => N.jenisJabatan(o.jenis_jabatan_nama), null) : ex?.jenis ?? null;
    if (!jenis && !has('jenis_jabatan_nama')) errs.push('Jenis jabatan wajib diisi.');
    const jenjang = has('jenjang') ? safe(() => N.jenjang(o.jenjang), null) : ex?.jenjang ?? null;
    if (jenis?.startsWith('FUNGSIONAL') && !jenjang) errs.push('Jabatan fungsional wajib memiliki jenjang.');
    if (jenis && !jenis.startsWith('FUNGSIONAL') && jenjang) errs.push('Jenjang hanya untuk jabatan fungsional.');
    if (jenis === 'FUNGSIONAL_KEAHLIAN' && jenjang && !KEAHLIAN.includes(jenjang)) errs.push('Jenjang keahlian: Ahli Pertama sampai Ahli Utama.');
    if (jenis === 'FUNGSIONAL_KETERAMPILAN' && jenjang && KEAHLIAN.includes(jenjang)) errs.push('Jenjang keterampilan: Pemula sampai Penyelia.');
    let unitId = ex?.unitId;
    if (has('unor_kode') && !N.kosong(o.unor_kode)) {
      const u = unitByKode.get(o.unor_kode!.toLowerCase());
      if (!u) errs.push(`Unit kerja berkode "${o.unor_kode}" tidak dikenal.`);
      else unitId = u.id;
    } else if (has('unor_nama') && !N.kosong(o.unor_nama)) {
      const cand = unitByNama.get(o.unor_nama!.toLowerCase()) ?? [];
      if (cand.length === 1) unitId = cand[0]!.id;
      else errs.push(cand.length ? `Nama unit "${o.unor_nama}" dipakai ${cand.length} unit; isi kolom unor_kode.` : `Unit kerja "${o.unor_nama}" tidak dikenal.`);
    }
    if (!unitId && !errs.some((e) => e.includes('nit'))) errs.push('Unit kerja wajib diisi.');
    const kelasJabatan = has('kelas_jabatan') ? safe(() => N.bulat(o.kelas_jabatan, 'Kelas jabatan', 1, 17), null) : ex?.kelasJabatan ?? null;
    const rec: Rec = { kode, nama: nama ?? '', jenis: (jenis ?? 'PELAKSANA') as JenisJabatan, jenjang: jenjang as JenjangFungsional | null, unitId: unitId ?? 0, kelasJabatan };
    let hasil: BarisHasil;
    if (errs.length) hasil = { baris, kunci: kode, nama: rec.nama, hasil: 'GALAT', pesan: errs.join(' ') };
    else if (!ex) hasil = { baris, kunci: kode, nama: rec.nama, hasil: 'BARU' };
    else {
      const f: [string, (r: Omit<Rec, 'kode'>) => string][] = [
        ['Nama', (r) => r.nama],
        ['Jenis', (r) => JENIS_JABATAN[r.jenis]],
        ['Jenjang', (r) => (r.jenjang ? JENJANG[r.jenjang] : '')],
        ['Unit kerja', (r) => unitById.get(r.unitId)?.nama ?? ''],
        ['Kelas jabatan', (r) => (r.kelasJabatan === null ? '' : String(r.kelasJabatan))],
      ];
      const beda = f.filter(([, g]) => g(ex) !== g(rec)).map(([l, g]) => [l, g(ex), g(rec)] as [string, string, string]);
      hasil = { baris, kunci: kode, nama: rec.nama, hasil: beda.length ? 'UBAH' : 'SAMA', beda: beda.length ? beda : undefined };
    }
    entries.push({ baris, rec, exId: ex?.id, hasil });
  });

  return {
    baris: entries.map((e) => e.hasil),
    async terapkan(tx, by, progres) {
      const baru = entries.filter((e) => e.hasil.hasil === 'BARU');
      const ubah = entries.filter((e) => e.hasil.hasil === 'UBAH');
      let done = 0;
      for (const chunk of potong(baru, 2000)) {
        await tx.jabatan.createMany({ data: chunk.map((e) => e.rec) });
        done += chunk.length;
        await progres(done);
      }
      for (const chunk of potong(ubah, 2000)) {
        await tx.$executeRawUnsafe(
          `UPDATE "Jabatan" AS j SET nama = v.nama, jenis = v.jenis::"JenisJabatan", jenjang = v.jenjang::"JenjangFungsional", "unitId" = v.unit, "kelasJabatan" = v.kelas, "updatedAt" = now()
           FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[]) AS v(id, nama, jenis, jenjang, unit, kelas) WHERE j.id = v.id`,
          chunk.map((e) => e.exId!), chunk.map((e) => e.rec.nama), chunk.map((e) => e.rec.jenis), chunk.map((e) => e.rec.jenjang), chunk.map((e) => e.rec.unitId), chunk.map((e) => e.rec.kelasJabatan),
        );
        done += chunk.length;
        await progres(done);
      }
      const ids = new Map((await tx.jabatan.findMany({ where: { kode: { in: baru.map((e) => e.rec.kode) } }, select: { id: true, kode: true } })).map((j) => [j.kode, j.id]));
      const logs = [
        ...baru.map((e) => ({ userId: by.userId, ip: by.ip, aksi: 'IMPOR_BUAT', entitas: 'Jabatan', entitasId: String(ids.get(e.rec.kode)), sesudah: { ...e.rec } })),
        ...ubah.map((e) => ({ userId: by.userId, ip: by.ip, aksi: 'IMPOR_UBAH', entitas: 'Jabatan', entitasId: String(e.exId), sebelum: Object.fromEntries(e.hasil.beda!.map((b) => [b[0], b[1]])), sesudah: Object.fromEntries(e.hasil.beda!.map((b) => [b[0], b[2]])) })),
      ];
      await catatAudit(tx, logs);
    },
  };
}

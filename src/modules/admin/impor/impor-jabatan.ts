/**
 * Dry run and apply for the jabatan import (key: jabatan_kode). A row is read (SIASN's names
 * for jenis and jenjang), laid over the stored jabatan, checked with the jabatan form's rule
 * (`dataJabatanSchema`), compared, and applied.
 */
import type { Db } from '../../../db/client.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { JENIS_JABATAN, JENJANG } from '../../domain/labels.js';
import { dataJabatanSchema, type DataJabatan } from '../jabatan/jabatan.schema.js';
import type { Actor } from '../shared/http.js';
import { cekRumus, keObjek } from './kolom.js';
import * as N from './nilai.js';
import { cariUnit, indeksUnit, type IndeksUnit } from './referensi.js';
import {
  auditBuat,
  auditUbah,
  bandingkan,
  catatAudit,
  hasilBaris,
  penandaDuplikat,
  potong,
  type BarisHasil,
  type Progres,
  type Rencana,
} from './rencana.js';

export type RekamJabatan = DataJabatan & { unitId: number };
interface JabatanSikap extends RekamJabatan {
  id: number;
}
export interface EntriJabatan {
  rekam: RekamJabatan | null;
  exId?: number;
  hasil: BarisHasil;
}

/** Record field ← import column. */
const KOLOM_DARI: Record<string, string> = {
  kode: 'jabatan_kode',
  nama: 'jabatan_nama',
  jenis: 'jenis_jabatan_nama',
  jenjang: 'jenjang',
  kelasJabatan: 'kelas_jabatan',
};

/** One row, read and checked against what SIKAP holds. */
export function entriJabatan(
  pemetaan: string[],
  row: string[],
  i: number,
  sikap: { unit: IndeksUnit; jabByKode: Map<string, JabatanSikap> },
  duplikat: (kunci: string, baris: number) => number | undefined,
): EntriJabatan {
  const baris = i + 2;
  const o = keObjek(pemetaan, row);
  const has = (f: string) => o[f] !== undefined;
  const g = new N.GalatBaris();
  // A formula in any cell refuses the row (decision 095).
  const rumus = cekRumus('jabatan', o);
  g.tambah(...rumus.values());
  const kode = (o.jabatan_kode ?? '').trim();
  const dulu = kode ? duplikat(kode.toLowerCase(), baris) : undefined;
  if (dulu !== undefined) g.tambah(`Duplikat: kode ${kode} sudah ada di baris ${dulu}.`);
  const ex = kode ? sikap.jabByKode.get(kode.toLowerCase()) : undefined;
  const { unit, pesan } = cariUnit(o, sikap.unit);
  if (pesan) g.tambah(pesan);
  const unitId = unit?.id ?? ex?.unitId;
  if (!unitId && !pesan) g.tambah('Unit kerja wajib diisi.');
  const isian = {
    kode,
    nama: has('jabatan_nama') ? o.jabatan_nama : ex?.nama,
    jenis: has('jenis_jabatan_nama') ? g.sel(() => N.jenisJabatan(o.jenis_jabatan_nama), undefined) : ex?.jenis,
    jenjang: has('jenjang') ? g.sel(() => N.jenjang(o.jenjang), undefined) : ex?.jenjang,
    kelasJabatan: has('kelas_jabatan') ? o.kelas_jabatan : ex?.kelasJabatan,
  };
  const r = dataJabatanSchema.safeParse(isian);
  if (!r.success) {
    const seen = new Set<string>();
    for (const issue of r.error.issues) {
      const field = String(issue.path[0] ?? '');
      // A cell already refused (as a formula, or by its reader) gives one message.
      if (
        seen.has(field) ||
        rumus.has(KOLOM_DARI[field] ?? '') ||
        (isian[field as keyof typeof isian] === undefined && has(KOLOM_DARI[field] ?? ''))
      )
        continue;
      seen.add(field);
      g.tambah(issue.message);
    }
  }
  const rekam = r.success && unitId && !g.ada ? { ...r.data, unitId } : null;
  const nama = rekam?.nama ?? o.jabatan_nama ?? ex?.nama ?? '';
  const beda = ex && rekam ? bandingkan(KOLOM_BEDA(sikap.unit), ex, rekam) : [];
  return { rekam, exId: ex?.id, hasil: hasilBaris({ baris, kunci: kode, nama }, g.pesan, !!ex, beda) };
}

const KOLOM_BEDA = (unit: IndeksUnit): (readonly [string, (r: RekamJabatan) => string])[] => [
  ['Nama', (r) => r.nama],
  ['Jenis', (r) => JENIS_JABATAN[r.jenis]],
  ['Jenjang', (r) => (r.jenjang ? JENJANG[r.jenjang] : '')],
  ['Unit kerja', (r) => unit.byId.get(r.unitId)?.nama ?? ''],
  ['Kelas jabatan', (r) => (r.kelasJabatan === null ? '' : String(r.kelasJabatan))],
];

export async function rencanaJabatan(prisma: Db, pemetaan: string[], rows: string[][]): Promise<Rencana> {
  const [units, jabs] = await Promise.all([
    prisma.unitKerja.findMany({ select: { id: true, kode: true, nama: true } }),
    prisma.jabatan.findMany({ select: { id: true, kode: true, nama: true, jenis: true, jenjang: true, unitId: true, kelasJabatan: true } }),
  ]);
  const sikap = { unit: indeksUnit(units), jabByKode: new Map(jabs.map((j) => [j.kode.toLowerCase(), j])) };
  const duplikat = penandaDuplikat();
  const entri = rows.map((row, i) => entriJabatan(pemetaan, row, i, sikap, duplikat));
  return { baris: entri.map((e) => e.hasil), terapkan: (tx, by, progres) => terapkanJabatan(tx, entri, by, progres) };
}

async function terapkanJabatan(tx: Prisma.TransactionClient, entri: EntriJabatan[], by: Actor, progres: Progres): Promise<void> {
  const baru = entri.filter((e) => e.hasil.hasil === 'BARU');
  const ubah = entri.filter((e) => e.hasil.hasil === 'UBAH');
  let done = 0;
  for (const chunk of potong(baru, 2000)) {
    await tx.jabatan.createMany({ data: chunk.map((e) => e.rekam!) });
    done += chunk.length;
    await progres(done);
  }
  for (const chunk of potong(ubah, 2000)) {
    const col = <T>(f: (r: RekamJabatan) => T) => chunk.map((e) => f(e.rekam!));
    await tx.$executeRawUnsafe(
      `UPDATE "Jabatan" AS j SET nama = v.nama, jenis = v.jenis::"JenisJabatan", jenjang = v.jenjang::"JenjangFungsional",
         "unitId" = v.unit, "kelasJabatan" = v.kelas, "updatedAt" = now()
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[]) AS v(id, nama, jenis, jenjang, unit, kelas)
       WHERE j.id = v.id`,
      chunk.map((e) => e.exId!),
      col((r) => r.nama),
      col((r) => r.jenis),
      col((r) => r.jenjang),
      col((r) => r.unitId),
      col((r) => r.kelasJabatan),
    );
    done += chunk.length;
    await progres(done);
  }
  const kode = baru.map((e) => e.rekam!.kode);
  const ids = new Map(
    (await tx.jabatan.findMany({ where: { kode: { in: kode } }, select: { id: true, kode: true } })).map((j) => [j.kode, j.id]),
  );
  await catatAudit(tx, [
    ...baru.map((e) => auditBuat(by, 'Jabatan', String(ids.get(e.rekam!.kode)), { ...e.rekam })),
    ...ubah.map((e) => auditUbah(by, 'Jabatan', String(e.exId), e.hasil.beda!)),
  ]);
}

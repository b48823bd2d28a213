/**
 * SIKAP value → SIASN reference code (decision 116). The table is data (KodeSiasn, defaults in
 * the issue-16 migration); Admin BKD corrects a code when SIASN's reference table says otherwise.
 * A row missing from the table falls back to the default here, so an export never lacks a code.
 */
import type { Db } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { audit } from '../audit/audit.service.js';
import { ValidationError } from '../../core/errors.js';
import { diawaliRumus } from '../domain/rumus.js';
import { GOLONGAN, PREDIKAT, RATING } from '../domain/labels.js';
import type { Actor } from '../admin/shared/http.js';

export type KelompokKode = 'HASIL_KINERJA' | 'PERILAKU_KERJA' | 'KUADRAN_KINERJA' | 'STATUS_PENILAI' | 'GOLONGAN';

const RATING_BAWAAN: Record<string, string> = { DI_ATAS: '1', SESUAI: '2', DI_BAWAH: '3' };
const GOL_BAWAAN = Object.fromEntries(
  Object.keys(GOLONGAN).map((g) => {
    const [gol, ruang] = g.split('_') as [string, string];
    return [g, `${['I', 'II', 'III', 'IV'].indexOf(gol) + 1}${'ABCDE'.indexOf(ruang) + 1}`];
  }),
);

/** Each group: the SIASN field it fills, its SIKAP values with labels, and the default codes. */
export const KELOMPOK: {
  kelompok: KelompokKode;
  judul: string;
  field: string;
  nilai: [string, string][];
  bawaan: Record<string, string>;
}[] = [
  {
    kelompok: 'HASIL_KINERJA',
    judul: 'Rating hasil kerja',
    field: 'hasilKinerjaNilai',
    nilai: Object.entries(RATING),
    bawaan: RATING_BAWAAN,
  },
  {
    kelompok: 'PERILAKU_KERJA',
    judul: 'Rating perilaku kerja',
    field: 'perilakuKerjaNilai',
    nilai: Object.entries(RATING),
    bawaan: RATING_BAWAAN,
  },
  {
    kelompok: 'KUADRAN_KINERJA',
    judul: 'Predikat kinerja (kuadran)',
    field: 'kuadranKinerjaNilai',
    nilai: Object.entries(PREDIKAT),
    bawaan: { SANGAT_BAIK: '1', BAIK: '2', BUTUH_PERBAIKAN: '3', KURANG: '4', SANGAT_KURANG: '5' },
  },
  {
    kelompok: 'STATUS_PENILAI',
    judul: 'Status pejabat penilai',
    field: 'statusPenilai',
    nilai: [
      ['ASN', 'ASN'],
      ['NON_ASN', 'Bukan ASN'],
    ],
    bawaan: { ASN: 'ASN', NON_ASN: 'NON ASN' },
  },
  {
    kelompok: 'GOLONGAN',
    judul: 'Golongan pejabat penilai',
    field: 'penilaiGolongan',
    nilai: Object.entries(GOLONGAN).map(([k, v]) => [k, v.label]),
    bawaan: GOL_BAWAAN,
  },
];

export type PetaKode = Record<KelompokKode, Record<string, string>>;

/** The codes in force: the table's, else the default. */
export async function muatKode(prisma: Db | Prisma.TransactionClient): Promise<PetaKode> {
  const rows = await prisma.kodeSiasn.findMany({ select: { kelompok: true, nilaiSikap: true, kode: true } });
  const peta = Object.fromEntries(KELOMPOK.map((k) => [k.kelompok, { ...k.bawaan }])) as PetaKode;
  for (const r of rows) if (r.kelompok in peta) peta[r.kelompok as KelompokKode][r.nilaiSikap] = r.kode;
  return peta;
}

/** The mapping page: every group and value with its code and whether it was checked against SIASN. */
export async function daftarKode(prisma: Db) {
  const rows = await prisma.kodeSiasn.findMany();
  const byKey = new Map(rows.map((r) => [`${r.kelompok}|${r.nilaiSikap}`, r]));
  return KELOMPOK.map((k) => ({
    ...k,
    baris: k.nilai.map(([nilai, label]) => {
      const r = byKey.get(`${k.kelompok}|${nilai}`);
      return { nilai, label, kode: r?.kode ?? k.bawaan[nilai]!, terverifikasi: r?.terverifikasi ?? false, nama: `${k.kelompok}-${nilai}` };
    }),
  }));
}

const KODE = /^[A-Za-z0-9 ._/-]{1,20}$/;

/**
 * Saves the posted codes (`kode-<KELOMPOK>-<NILAI>` and `cek-…` for "checked against SIASN"):
 * every changed row is audited (before/after). Refuses an empty, over-long or formula-like code at its field.
 */
export async function ubahKode(prisma: Db, by: Actor, body: Record<string, unknown>): Promise<number> {
  const errors: Record<string, string> = {};
  const baru: { kelompok: string; nilai: string; kode: string; terverifikasi: boolean; label: string }[] = [];
  for (const k of KELOMPOK) {
    for (const [nilai, label] of k.nilai) {
      const nama = `${k.kelompok}-${nilai}`;
      const isi = body[`kode-${nama}`];
      const v = typeof isi === 'string' ? isi.trim() : '';
      if (!v) errors[`kode-${nama}`] = `Kode SIASN untuk ${label} wajib diisi.`;
      else if (diawaliRumus(v)) errors[`kode-${nama}`] = `Kode untuk ${label} tidak boleh diawali =, +, - atau @.`;
      else if (!KODE.test(v)) errors[`kode-${nama}`] = `Kode untuk ${label} paling banyak 20 karakter (huruf, angka, spasi, . _ / -).`;
      baru.push({ kelompok: k.kelompok, nilai, kode: v, terverifikasi: body[`cek-${nama}`] === 'on', label });
    }
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return prisma.$transaction(async (tx) => {
    const lama = new Map((await tx.kodeSiasn.findMany()).map((r) => [`${r.kelompok}|${r.nilaiSikap}`, r]));
    const bawaan = Object.fromEntries(KELOMPOK.map((k) => [k.kelompok, k.bawaan]));
    let n = 0;
    for (const b of baru) {
      const l = lama.get(`${b.kelompok}|${b.nilai}`);
      const sebelum = { kode: l?.kode ?? bawaan[b.kelompok]![b.nilai], terverifikasi: l?.terverifikasi ?? false };
      if (sebelum.kode === b.kode && sebelum.terverifikasi === b.terverifikasi) continue;
      const row = await tx.kodeSiasn.upsert({
        where: { kelompok_nilaiSikap: { kelompok: b.kelompok, nilaiSikap: b.nilai } },
        create: { kelompok: b.kelompok, nilaiSikap: b.nilai, kode: b.kode, keterangan: b.label, terverifikasi: b.terverifikasi },
        update: { kode: b.kode, terverifikasi: b.terverifikasi },
      });
      await audit(tx, {
        userId: by.userId,
        ip: by.ip,
        aksi: 'UBAH',
        entitas: 'KodeSiasn',
        entitasId: row.id,
        sebelum: { kelompok: b.kelompok, nilaiSikap: b.nilai, ...sebelum },
        sesudah: { kelompok: b.kelompok, nilaiSikap: b.nilai, kode: b.kode, terverifikasi: b.terverifikasi },
      });
      n++;
    }
    return n;
  });
}

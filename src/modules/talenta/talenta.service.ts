import type { Db } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Golongan, JenisJabatan, JenjangFungsional } from '../../generated/prisma/enums.js';
import type { Principal } from '../../core/principal.js';
import { NotFoundError, StateError, ValidationError } from '../../core/errors.js';
import { hariIni } from '../../lib/format.js';
import { audit } from '../audit/audit.service.js';
import { bacaPengaturan, PENGATURAN_DEFAULT, pengaturanSchema, type PengaturanTalenta } from './talenta.pengaturan.js';
import { petakan, type Komponen, type MasukanTalenta } from './talenta.pemetaan.js';
import { jpTahun, jumlahPenghargaan, kesesuaianKompetensi, predikatTahunan } from './talenta.sumber.js';
import { bolehBukaReview, lingkupPenempatan } from './talenta.akses.js';

/** What a list of placements shows (the box lists, the exports): one select for both. */
export const PENEMPATAN_DAFTAR = {
  pegawaiId: true,
  status: true,
  kotak: true,
  kotakAwal: true,
  nilaiKinerja: true,
  nilaiPotensi: true,
  skorTotal: true,
  kekurangan: true,
  alasanEksklusi: true,
  alasanKalibrasi: true,
  pegawai: {
    select: {
      nama: true,
      gelarDepan: true,
      gelarBelakang: true,
      nip: true,
      niPppk: true,
      jabatan: { select: { nama: true } },
      unit: { select: { nama: true } },
    },
  },
} satisfies Prisma.PenempatanTalentaSelect;

export const PESAN_TERKUNCI = 'Pemetaan talenta ini sudah dipublikasikan dan terkunci.';

export function daftarReview(db: Db) {
  return db.reviewTalenta.findMany({ orderBy: { tahun: 'desc' } });
}

/** A review the person may open, with its settings read (404 when out of reach). */
export async function ambilReview(db: Db, user: Principal, id: number) {
  const r = await db.reviewTalenta.findUnique({ where: { id } });
  if (!r) throw new NotFoundError();
  const pengaturan = bacaPengaturan(r.pengaturan);
  if (!bolehBukaReview(user, r, pengaturan)) throw new NotFoundError();
  return { ...r, p: pengaturan };
}

export async function buatReview(db: Db, userId: number, input: { tahun: number; unitIds: number[]; jenisJabatan: JenisJabatan[] }) {
  if (await db.reviewTalenta.findUnique({ where: { tahun: input.tahun } }))
    throw new ValidationError({ tahun: `Pemetaan talenta tahun ${input.tahun} sudah ada.` });
  if (input.unitIds.length) {
    const n = await db.unitKerja.count({ where: { id: { in: input.unitIds }, jenis: 'OPD' } });
    if (n !== input.unitIds.length) throw new ValidationError({ unitIds: 'Pilih OPD dari daftar.' });
  }
  // Settings carry over from the newest earlier review (BKD's last choices), else the defaults.
  const lalu = await db.reviewTalenta.findFirst({ where: { tahun: { lt: input.tahun } }, orderBy: { tahun: 'desc' } });
  const pengaturan = lalu ? bacaPengaturan(lalu.pengaturan) : PENGATURAN_DEFAULT;
  return db.$transaction(async (tx) => {
    const r = await tx.reviewTalenta.create({
      data: { ...input, pengaturan: pengaturan as unknown as Prisma.InputJsonValue, dibuatOleh: userId },
    });
    await audit(tx, { userId, aksi: 'BUAT', entitas: 'ReviewTalenta', entitasId: r.id, sesudah: { ...input, status: r.status } });
    return r;
  });
}

export async function ubahPengaturan(db: Db, userId: number, id: number, nilai: unknown) {
  const r = await db.reviewTalenta.findUnique({ where: { id } });
  if (!r) throw new NotFoundError();
  if (r.status === 'DIPUBLIKASI') throw new StateError(PESAN_TERKUNCI);
  const v = pengaturanSchema.safeParse(nilai);
  if (!v.success) {
    const errors: Record<string, string> = {};
    for (const i of v.error.issues) errors[i.path.join('.')] ??= i.message;
    throw new ValidationError(errors);
  }
  await db.$transaction(async (tx) => {
    await tx.reviewTalenta.update({ where: { id }, data: { pengaturan: v.data as unknown as Prisma.InputJsonValue } });
    await audit(tx, { userId, aksi: 'UBAH_PENGATURAN', entitas: 'ReviewTalenta', entitasId: id, sebelum: r.pengaturan, sesudah: v.data });
  });
}

/** The OPD ancestor of a unit path, from the set of OPD ids. */
function opdDari(jalur: string, opd: Set<number>): number | null {
  for (const s of jalur.split('/')) if (s && opd.has(Number(s))) return Number(s);
  return null;
}

const tahunAntara = (a: Date, b: Date) => (b.getTime() - a.getTime()) / (365.25 * 24 * 3600_000);

/**
 * Runs the mapping for every active employee in the review's scope: reads the inputs in a few
 * set-wise queries, places each person (pure engine) and stores the placements with the
 * components used. A calibrated box survives a re-run (with its reason); the computed box is updated.
 */
export async function jalankanPemetaan(db: Db, userId: number, id: number, acuanDiminta?: Date) {
  const review = await db.reviewTalenta.findUnique({ where: { id } });
  if (!review) throw new NotFoundError();
  if (review.status === 'DIPUBLIKASI') throw new StateError(PESAN_TERKUNCI);
  const p = bacaPengaturan(review.pengaturan);
  const akhirTahun = new Date(Date.UTC(review.tahun, 11, 31));
  const acuan = acuanDiminta ?? (hariIni() < akhirTahun ? hariIni() : akhirTahun);

  const units = await db.unitKerja.findMany({ select: { id: true, jalur: true, jenis: true } });
  const opd = new Set(units.filter((u) => u.jenis === 'OPD').map((u) => u.id));
  const jalurOf = new Map(units.map((u) => [u.id, u.jalur]));
  const scopeJalur = review.unitIds.map((u) => jalurOf.get(u)).filter((j): j is string => !!j);

  // One statement, no per-row relation objects: this list is the whole government at 50,000 staff.
  const pegawai = await db.$queryRaw<
    {
      id: number;
      unitId: number;
      jabatanId: number;
      golongan: Golongan | null;
      atasanId: number | null;
      pendidikan: string | null;
      tmtJabatan: Date | null;
      jenis: JenisJabatan;
      jenjang: JenjangFungsional | null;
    }[]
  >`
    SELECT p.id, p."unitId", p."jabatanId", p.golongan::text AS golongan, p."atasanId", p.pendidikan, p."tmtJabatan",
           j.jenis::text AS jenis, j.jenjang::text AS jenjang
    FROM "Pegawai" p JOIN "Jabatan" j ON j.id = p."jabatanId" JOIN "UnitKerja" u ON u.id = p."unitId"
    WHERE p.aktif
      AND (cardinality(${scopeJalur}::text[]) = 0 OR u.jalur LIKE ANY (SELECT x || '%' FROM unnest(${scopeJalur}::text[]) AS x))
      AND (cardinality(${review.jenisJabatan as string[]}::text[]) = 0 OR j.jenis::text = ANY(${review.jenisJabatan as string[]}::text[]))`;
  const ids = pegawai.map((x) => x.id);
  const tahunList = Array.from({ length: p.tahunKinerja }, (_, i) => review.tahun - i);
  const [predikat, kompetensi, jp, penghargaan, asesmen, hukuman, kalibrasiLama] = await Promise.all([
    predikatTahunan(db, ids, tahunList),
    kesesuaianKompetensi(db, ids, acuan),
    jpTahun(db, ids, review.tahun),
    jumlahPenghargaan(db, ids, review.tahun - 1, review.tahun),
    db.$queryRaw<{ pegawaiId: number; tanggal: Date; lembaga: string; rerata: number }[]>`
      SELECT DISTINCT ON (h."pegawaiId") h."pegawaiId", h.tanggal, h.lembaga, h.rerata
      FROM unnest(${ids}::int[]) AS u(id) JOIN "HasilAsesmen" h ON h."pegawaiId" = u.id
      WHERE h.tanggal <= ${acuan}
      ORDER BY h."pegawaiId", h.tanggal DESC, h.id DESC`,
    // Few rows in a government: read them all up to the reference date, keep those in scope below.
    db.hukumanDisiplin.findMany({
      where: { tanggal: { lte: acuan } },
      select: { pegawaiId: true, tingkat: true, jenis: true, tanggal: true },
    }),
    db.penempatanTalenta.findMany({
      where: { reviewId: id, alasanKalibrasi: { not: null } },
      select: { pegawaiId: true, kotak: true, alasanKalibrasi: true, dikalibrasiOleh: true, dikalibrasiPada: true },
    }),
  ]);
  const asesmenBy = new Map(asesmen.map((a) => [a.pegawaiId, a]));
  const hukumanBy = new Map<number, MasukanTalenta['hukuman']>();
  for (const h of hukuman) hukumanBy.set(h.pegawaiId, [...(hukumanBy.get(h.pegawaiId) ?? []), h]);
  const kalibrasiBy = new Map(kalibrasiLama.map((k) => [k.pegawaiId, k]));

  const rows: (Omit<Prisma.PenempatanTalentaCreateManyInput, 'komponen'> & { komponen: unknown })[] = [];
  const hitung = { DIPETAKAN: 0, TIDAK_LENGKAP: 0, DIKECUALIKAN: 0 };
  for (const x of pegawai) {
    const h = petakan(
      {
        predikat: predikat.get(x.id) ?? [],
        asesmen: asesmenBy.get(x.id) ?? null,
        kompetensi: kompetensi.get(x.id) ?? { capai: 0, butuh: 0, jumlah: 0 },
        jp: jp.get(x.id) ?? 0,
        penghargaan: penghargaan.get(x.id) ?? 0,
        pendidikan: x.pendidikan,
        masaJabatan: x.tmtJabatan ? Math.max(0, tahunAntara(x.tmtJabatan, acuan)) : null,
        hukuman: hukumanBy.get(x.id) ?? [],
      },
      p,
      { tahun: review.tahun, acuan },
    );
    hitung[h.status]++;
    const kal = h.status === 'DIPETAKAN' ? kalibrasiBy.get(x.id) : undefined;
    const jalur = jalurOf.get(x.unitId) ?? '';
    rows.push({
      reviewId: id,
      pegawaiId: x.id,
      status: h.status,
      unitId: x.unitId,
      unitJalur: jalur,
      opdId: opdDari(jalur, opd),
      jabatanId: x.jabatanId,
      jenisJabatan: x.jenis,
      jenjang: x.jenjang,
      golongan: x.golongan,
      atasanId: x.atasanId,
      nilaiKinerja: h.nilaiKinerja,
      nilaiPotensi: h.nilaiPotensi,
      skorTotal: h.skorTotal,
      kotakAwal: h.kotak,
      kotak: kal?.kotak ?? h.kotak,
      komponen: h.komponen.map((k) => ({ k: k.kode, n: k.nilai, b: k.bobot, s: k.sumber })),
      kekurangan: h.kekurangan,
      alasanEksklusi: h.alasanEksklusi,
      alasanKalibrasi: kal?.alasanKalibrasi ?? null,
      dikalibrasiOleh: kal?.dikalibrasiOleh ?? null,
      dikalibrasiPada: kal?.dikalibrasiPada ?? null,
    });
  }
  await db.$transaction(
    async (tx) => {
      // The placements are recomputable: no need to wait for the commit's flush to disk.
      await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
      await tx.penempatanTalenta.deleteMany({ where: { reviewId: id } });
      // One statement per 10,000 rows with the rows as one JSON parameter (createMany binds every
      // value as its own parameter: minutes at 50,000 placements). Types come from the table's row type.
      for (let i = 0; i < rows.length; i += 10_000)
        await tx.$executeRaw`
          INSERT INTO "PenempatanTalenta" ("reviewId", "pegawaiId", status, "unitId", "unitJalur", "opdId", "jabatanId", "jenisJabatan",
            jenjang, golongan, "atasanId", "nilaiKinerja", "nilaiPotensi", "skorTotal", "kotakAwal", kotak, komponen, kekurangan,
            "alasanEksklusi", "alasanKalibrasi", "dikalibrasiOleh", "dikalibrasiPada")
          SELECT r."reviewId", r."pegawaiId", r.status, r."unitId", r."unitJalur", r."opdId", r."jabatanId", r."jenisJabatan",
            r.jenjang, r.golongan, r."atasanId", r."nilaiKinerja", r."nilaiPotensi", r."skorTotal", r."kotakAwal", r.kotak, r.komponen,
            r.kekurangan, r."alasanEksklusi", r."alasanKalibrasi", r."dikalibrasiOleh", r."dikalibrasiPada"
          FROM json_populate_recordset(NULL::"PenempatanTalenta", ${JSON.stringify(rows.slice(i, i + 10_000))}::json) AS r`;
      await tx.reviewTalenta.update({ where: { id }, data: { status: 'DIPETAKAN', dipetakanPada: new Date() } });
      await audit(tx, {
        userId,
        aksi: 'JALANKAN_PEMETAAN',
        entitas: 'ReviewTalenta',
        entitasId: id,
        sesudah: { acuan: acuan.toISOString().slice(0, 10), jumlah: rows.length, ...hitung },
      });
    },
    { timeout: 120_000 },
  );
  // A run replaces tens of thousands of rows: fresh statistics and a vacuumed table keep the map's
  // counts an index-only scan. Outside the transaction (VACUUM cannot run inside one).
  await db.$executeRawUnsafe('VACUUM (ANALYZE) "PenempatanTalenta"');
  return { jumlah: rows.length, ...hitung };
}

export interface FilterPeta {
  opdId?: number;
  unitId?: number;
  jenisJabatan?: JenisJabatan;
  jenjang?: JenjangFungsional;
  golongan?: Golongan;
  q?: string;
}

/** The filters and the viewer's reach as one `where` on the placements. */
async function wherePeta(db: Db, user: Principal, reviewId: number, f: FilterPeta): Promise<Prisma.PenempatanTalentaWhereInput> {
  const and: Prisma.PenempatanTalentaWhereInput[] = [{ reviewId }, lingkupPenempatan(user)];
  if (f.opdId) and.push({ opdId: f.opdId });
  if (f.unitId) {
    const u = await db.unitKerja.findUnique({ where: { id: f.unitId }, select: { jalur: true } });
    and.push(u ? { unitJalur: { startsWith: u.jalur } } : { id: -1 });
  }
  if (f.jenisJabatan) and.push({ jenisJabatan: f.jenisJabatan });
  if (f.jenjang) and.push({ jenjang: f.jenjang });
  if (f.golongan) and.push({ golongan: f.golongan });
  if (f.q)
    and.push({ pegawai: { OR: [{ nama: { contains: f.q, mode: 'insensitive' } }, { nip: { startsWith: f.q.replace(/\s/g, '') } }] } });
  return { AND: and };
}

/** Counts per box and per status, for the grid (one grouped statement). */
export async function petaReview(db: Db, user: Principal, reviewId: number, f: FilterPeta) {
  const where = await wherePeta(db, user, reviewId, f);
  const g = await db.penempatanTalenta.groupBy({ by: ['status', 'kotak'], where, _count: { _all: true } });
  const perKotak: Record<number, number> = {};
  const perStatus = { DIPETAKAN: 0, TIDAK_LENGKAP: 0, DIKECUALIKAN: 0 };
  for (const r of g) {
    perStatus[r.status] += r._count._all;
    if (r.kotak) perKotak[r.kotak] = (perKotak[r.kotak] ?? 0) + r._count._all;
  }
  return { perKotak, perStatus, total: perStatus.DIPETAKAN + perStatus.TIDAK_LENGKAP + perStatus.DIKECUALIKAN };
}

export type Pilihan = { kotak: number } | { status: 'TIDAK_LENGKAP' | 'DIKECUALIKAN' };

/** People in one box (or not placed), best score first, one page. */
export async function daftarOrang(db: Db, user: Principal, reviewId: number, pilih: Pilihan, f: FilterPeta, skip: number, take: number) {
  const where: Prisma.PenempatanTalentaWhereInput = {
    AND: [
      await wherePeta(db, user, reviewId, f),
      'kotak' in pilih ? { kotak: pilih.kotak, status: 'DIPETAKAN' } : { status: pilih.status },
    ],
  };
  const [total, rows] = await Promise.all([
    db.penempatanTalenta.count({ where }),
    db.penempatanTalenta.findMany({
      where,
      orderBy: [{ skorTotal: { sort: 'desc', nulls: 'last' } }, { pegawai: { nama: 'asc' } }],
      skip,
      take,
      select: PENEMPATAN_DAFTAR,
    }),
  ]);
  return { total, rows };
}

export interface KomponenTersimpan {
  k: string;
  n: number | null;
  b: number;
  s: string;
}

/** One person's card: every component with its value, weight and source; the box before calibration. */
export async function kartu(db: Db, user: Principal, reviewId: number, pegawaiId: number) {
  const row = await db.penempatanTalenta.findFirst({
    where: { AND: [{ reviewId, pegawaiId }, lingkupPenempatan(user)] },
    include: {
      pegawai: {
        select: {
          id: true,
          nama: true,
          gelarDepan: true,
          gelarBelakang: true,
          nip: true,
          niPppk: true,
          golongan: true,
          jabatan: { select: { nama: true } },
          unit: { select: { nama: true } },
        },
      },
    },
  });
  if (!row) throw new NotFoundError();
  const pengkalibrasi = row.dikalibrasiOleh
    ? await db.user.findUnique({ where: { id: row.dikalibrasiOleh }, select: { username: true, pegawai: { select: { nama: true } } } })
    : null;
  return { ...row, komponen: row.komponen as unknown as KomponenTersimpan[], pengkalibrasi };
}

/** Committee calibration: another box with a written reason; the computed box stays. */
export async function kalibrasi(db: Db, userId: number, reviewId: number, pegawaiId: number, kotak: number, alasan: string) {
  const review = await db.reviewTalenta.findUnique({ where: { id: reviewId } });
  if (!review) throw new NotFoundError();
  if (review.status === 'DIPUBLIKASI') throw new StateError(PESAN_TERKUNCI);
  const row = await db.penempatanTalenta.findUnique({ where: { reviewId_pegawaiId: { reviewId, pegawaiId } } });
  if (!row) throw new NotFoundError();
  if (row.status !== 'DIPETAKAN') throw new ValidationError({ kotak: 'Hanya pegawai yang sudah dipetakan dapat dipindahkan.' });
  if (kotak === row.kotak) throw new ValidationError({ kotak: `Pegawai ini sudah berada di kotak ${kotak}. Pilih kotak lain.` });
  await db.$transaction(async (tx) => {
    await tx.penempatanTalenta.update({
      where: { id: row.id },
      data: { kotak, alasanKalibrasi: alasan, dikalibrasiOleh: userId, dikalibrasiPada: new Date() },
    });
    await audit(tx, {
      userId,
      aksi: 'KALIBRASI_TALENTA',
      entitas: 'PenempatanTalenta',
      entitasId: row.id,
      sebelum: { kotak: row.kotak, kotakAwal: row.kotakAwal, alasan: row.alasanKalibrasi },
      sesudah: { kotak, alasan },
      keterangan: `Review ${review.tahun}, pegawai ${pegawaiId}`,
    });
  });
}

export type { Komponen, PengaturanTalenta };

import type { Db } from '../../db/client.js';
import { dariKonfigurasi } from '../../core/konfigurasi-cache.js';
import type { MatriksPredikat, PolaDistribusi, Prisma } from '../../generated/prisma/client.js';
import type {
  AturanPredikatTahunan,
  JenisPeriode,
  Predikat,
  RatingKinerja,
  RitmeEvaluasi,
  StatusPenilaian,
  StatusPeriode,
} from '../../generated/prisma/enums.js';
import type { Principal } from '../../core/principal.js';
import { NotFoundError, StateError, ValidationError } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { bahanPenilaian, barisAwal } from '../penilaian/penilaian.service.js';
import type { Actor } from '../admin/shared/http.js';
import { findActivePeriod } from '../periode/periode.repo.js';

/**
 * Periodic evaluation (issue 16, decision 110). The year is a TAHUNAN period holding the rhythm
 * (`ritme`) and the annual rule (`aturanPredikatTahunan`); its periodic evaluations are periods of
 * jenis TRIWULAN / BULANAN with `indukId` = the year and `ke` = their number. The employee's
 * appraisal of the year is their SKP (plan, annual targets) and at the same time the year-end
 * evaluation; an appraisal of a periodic evaluation points at it (`skpId`) and holds a copy of the
 * plan's rows, so realisation, evidence, rating, predikat, calibration and keberatan work on it as
 * on any appraisal.
 */

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const ROMAWI = ['I', 'II', 'III', 'IV'];

/** Evaluations of a year: the periodic ones before the year end (the year's own appraisal is the last). */
export function jumlahEvaluasiPeriodik(ritme: RitmeEvaluasi): number {
  return ritme === 'TRIWULANAN' ? 3 : ritme === 'BULANAN' ? 11 : 0;
}

export function jenisEvaluasi(ritme: RitmeEvaluasi): JenisPeriode {
  return ritme === 'BULANAN' ? 'BULANAN' : 'TRIWULAN';
}

export function namaEvaluasi(jenis: JenisPeriode, ke: number, tahun: number): string {
  if (jenis === 'BULANAN') return `Evaluasi ${BULAN[ke - 1]} ${tahun}`;
  return `Evaluasi Triwulan ${ROMAWI[ke - 1]} ${tahun}`;
}

/** Name of the year-end evaluation in a year's timeline. */
export function namaAkhirTahun(ritme: RitmeEvaluasi, tahun: number): string {
  if (ritme === 'TRIWULANAN') return `Evaluasi Triwulan IV ${tahun} (akhir tahun)`;
  if (ritme === 'BULANAN') return `Evaluasi Desember ${tahun} (akhir tahun)`;
  return `Evaluasi tahunan ${tahun}`;
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));

/** Default window and deadlines of periodic evaluation `ke` (a pure function; BKD edits the deadlines). */
export function rancanganEvaluasi(tahun: number, ritme: RitmeEvaluasi, ke: number) {
  const bulanPer = ritme === 'BULANAN' ? 1 : 3;
  const awal = (ke - 1) * bulanPer;
  const tanggalMulai = utc(tahun, awal, 1);
  const tanggalSelesai = utc(tahun, awal + bulanPer, 0);
  const tambah = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
  const [diri, atasan] = ritme === 'BULANAN' ? [5, 10] : [10, 20];
  return {
    ke,
    jenis: jenisEvaluasi(ritme),
    nama: namaEvaluasi(jenisEvaluasi(ritme), ke, tahun),
    tanggalMulai,
    tanggalSelesai,
    batasPenilaianDiri: tambah(tanggalSelesai, diri),
    batasPenilaianAtasan: tambah(tanggalSelesai, atasan),
  };
}

/**
 * A new periodic evaluation of a year: its window and deadlines (rancanganEvaluasi), linked to the
 * year, no competencies by default, and the year's predikat matrix and distribution bounds copied.
 */
export function dataEvaluasiBaru(
  tahun: { id: number; tahun: number; matriks: MatriksPredikat[]; pola: PolaDistribusi[] },
  ritme: RitmeEvaluasi,
  ke: number,
  status?: StatusPeriode,
) {
  const r = rancanganEvaluasi(tahun.tahun, ritme, ke);
  return {
    nama: r.nama,
    tahun: tahun.tahun,
    jenis: r.jenis,
    triwulan: r.jenis === 'TRIWULAN' ? ke : null,
    ke,
    indukId: tahun.id,
    tanggalMulai: r.tanggalMulai,
    tanggalSelesai: r.tanggalSelesai,
    batasPenilaianDiri: r.batasPenilaianDiri,
    batasPenilaianAtasan: r.batasPenilaianAtasan,
    ...(status ? { status } : {}),
    nilaiKompetensi: false,
    matriks: { create: tahun.matriks.map((m) => ({ hasilKerja: m.hasilKerja, perilaku: m.perilaku, predikat: m.predikat })) },
    pola: {
      create: tahun.pola.map((x) => ({
        predikatOrganisasi: x.predikatOrganisasi,
        predikat: x.predikat,
        minPersen: x.minPersen,
        maksPersen: x.maksPersen,
      })),
    },
  } satisfies Prisma.PeriodePenilaianUncheckedCreateInput;
}

export type Keadaan = 'SELESAI' | 'BERJALAN' | 'AKAN_DATANG';

/** Done / open / upcoming, from the evaluation's status and the employee's appraisal in it. */
export function keadaanEvaluasi(status: StatusPeriode, penilaian?: { status: StatusPenilaian } | null): Keadaan {
  if (status === 'DITUTUP' || penilaian?.status === 'FINAL') return 'SELESAI';
  if (status === 'BERJALAN') return 'BERJALAN';
  return 'AKAN_DATANG';
}

/** One result the annual rule chooses from. `akhirTahun` marks the year's own appraisal. */
export interface HasilEvaluasi {
  penilaianId: number;
  periodeId: number;
  ke: number;
  akhirTahun: boolean;
  status: StatusPenilaian;
  predikat: Predikat | null;
  ratingHasilKerja: RatingKinerja | null;
  ratingPerilaku: RatingKinerja | null;
}

/**
 * The annual rule (data on the year, decision 110), as a pure function over the year's final results:
 * - EVALUASI_TERAKHIR (default; our reading of the annex): the last evaluation of the year that has a
 *   final result — the year end when it is final, else the latest final periodic evaluation;
 * - PENILAIAN_AKHIR_TAHUN: only the supervisor's year-end rating counts (none until it is final).
 */
export function pilihHasilTahunan(aturan: AturanPredikatTahunan, hasil: HasilEvaluasi[]): HasilEvaluasi | null {
  const final = hasil.filter((h) => h.status === 'FINAL' && h.predikat);
  if (aturan === 'PENILAIAN_AKHIR_TAHUN') return final.find((h) => h.akhirTahun) ?? null;
  const urut = [...final].sort((a, b) => Number(a.akhirTahun) - Number(b.akhirTahun) || a.ke - b.ke);
  return urut.at(-1) ?? null;
}

const hasilSelect = {
  id: true,
  periodeId: true,
  status: true,
  predikat: true,
  ratingHasilKerja: true,
  ratingPerilaku: true,
  penilaiId: true,
  periode: { select: { ke: true, indukId: true } },
} satisfies Prisma.PenilaianKinerjaSelect;

/**
 * The annual predikat of employee `pegawaiId` for year `tahun`, following that year's rule: the one
 * function other modules (talent management, SIASN export, reports) ask. Null while there is no
 * final result. Calibration and keberatan change the appraisal's own predikat, so this reads the
 * calibrated result.
 */
export async function predikatTahunan(prisma: Db, pegawaiId: number, tahun: number) {
  const tahunan = await prisma.periodePenilaian.findFirst({
    where: { tahun, jenis: 'TAHUNAN' },
    orderBy: { id: 'asc' },
    select: { id: true, aturanPredikatTahunan: true },
  });
  if (!tahunan) return null;
  const rows = await prisma.penilaianKinerja.findMany({
    where: { pegawaiId, OR: [{ periodeId: tahunan.id }, { periode: { indukId: tahunan.id } }] },
    select: hasilSelect,
  });
  const hasil: HasilEvaluasi[] = rows.map((r) => ({
    penilaianId: r.id,
    periodeId: r.periodeId,
    ke: r.periode.ke ?? 0,
    akhirTahun: r.periodeId === tahunan.id,
    status: r.status,
    predikat: r.predikat,
    ratingHasilKerja: r.ratingHasilKerja,
    ratingPerilaku: r.ratingPerilaku,
  }));
  const pilih = pilihHasilTahunan(tahunan.aturanPredikatTahunan, hasil);
  return pilih ? { ...pilih, aturan: tahunan.aturanPredikatTahunan } : null;
}

/** The year (TAHUNAN period) a period belongs to: itself, or its parent. */
export async function tahunDari(prisma: Db, periodeId: number) {
  const p = await prisma.periodePenilaian.findUnique({ where: { id: periodeId }, select: { id: true, indukId: true } });
  if (!p) throw new NotFoundError();
  return prisma.periodePenilaian.findUniqueOrThrow({
    where: { id: p.indukId ?? p.id },
    include: { anak: { orderBy: { ke: 'asc' } } },
  });
}

/**
 * The date window an evaluation covers (for the progress log and the export's months): a periodic
 * evaluation its own dates; the year end the rest of the year after the last periodic one (the whole
 * year when the year end is the supervisor's annual rating or the year is annual only).
 */
export function jendelaEvaluasi(
  tahun: { tanggalMulai: Date; tanggalSelesai: Date; aturanPredikatTahunan: AturanPredikatTahunan; anak: { tanggalSelesai: Date }[] },
  periode: { id: number; indukId: number | null; tanggalMulai: Date; tanggalSelesai: Date },
): { mulai: Date; selesai: Date } {
  if (periode.indukId) return { mulai: periode.tanggalMulai, selesai: periode.tanggalSelesai };
  if (!tahun.anak.length || tahun.aturanPredikatTahunan === 'PENILAIAN_AKHIR_TAHUN') {
    return { mulai: tahun.tanggalMulai, selesai: tahun.tanggalSelesai };
  }
  const akhir = Math.max(...tahun.anak.map((a) => a.tanggalSelesai.getTime()));
  return { mulai: new Date(akhir + 86_400_000), selesai: tahun.tanggalSelesai };
}

export interface ItemLinimasa {
  periodeId: number;
  nama: string;
  akhirTahun: boolean;
  keadaan: Keadaan;
  tanggalMulai: Date;
  tanggalSelesai: Date;
  batasPenilaianDiri: Date;
  nilaiKompetensi: boolean;
  penilaian: { id: number; status: StatusPenilaian; predikat: Predikat | null } | null;
}

/** The employee's year as a timeline: each periodic evaluation, then the year end, with their appraisal. */
export async function linimasa(prisma: Db, pegawaiId: number, tahunId: number) {
  const tahun = await prisma.periodePenilaian.findUnique({
    where: { id: tahunId },
    include: {
      anak: {
        orderBy: { ke: 'asc' },
        include: { penilaian: { where: { pegawaiId }, select: { id: true, status: true, predikat: true } } },
      },
      penilaian: { where: { pegawaiId }, select: { id: true, status: true, predikat: true, statusRencana: true } },
    },
  });
  if (!tahun) throw new NotFoundError();
  const skp = tahun.penilaian[0] ?? null;
  const items: ItemLinimasa[] = tahun.anak.map((a) => ({
    periodeId: a.id,
    nama: a.nama,
    akhirTahun: false,
    keadaan: keadaanEvaluasi(a.status, a.penilaian[0]),
    tanggalMulai: a.tanggalMulai,
    tanggalSelesai: a.tanggalSelesai,
    batasPenilaianDiri: a.batasPenilaianDiri,
    nilaiKompetensi: a.nilaiKompetensi,
    penilaian: a.penilaian[0] ?? null,
  }));
  const jendela = jendelaEvaluasi(tahun, tahun);
  const akhirBerjalan = tahun.status === 'BERJALAN' && !tahun.anak.some((a) => a.status !== 'DITUTUP');
  items.push({
    periodeId: tahun.id,
    nama: namaAkhirTahun(tahun.ritme, tahun.tahun),
    akhirTahun: true,
    keadaan:
      tahun.status === 'DITUTUP' || skp?.status === 'FINAL'
        ? 'SELESAI'
        : akhirBerjalan || (tahun.status === 'BERJALAN' && !tahun.anak.length)
          ? 'BERJALAN'
          : 'AKAN_DATANG',
    tanggalMulai: jendela.mulai,
    tanggalSelesai: jendela.selesai,
    batasPenilaianDiri: tahun.batasPenilaianDiri,
    nilaiKompetensi: tahun.nilaiKompetensi,
    penilaian: skp,
  });
  return { tahun, skp, items };
}

type Tx = Prisma.TransactionClient;

/** Target of an SKP indicator for evaluation `ke`: its per-evaluation target when one is set, else the annual one. */
export function targetUntuk(iki: { targetNilai: Prisma.Decimal | null; targetEvaluasi: unknown }, ke: number) {
  const daftar = Array.isArray(iki.targetEvaluasi) ? (iki.targetEvaluasi as { ke?: unknown; nilai?: unknown }[]) : [];
  const t = daftar.find((x) => x && x.ke === ke && x.nilai !== null && x.nilai !== undefined && x.nilai !== '');
  return t ? String(t.nilai) : iki.targetNilai;
}

/**
 * Starts the signed-in employee's appraisal of a running periodic evaluation (idempotent): needs the
 * year's SKP with an approved plan; copies the plan's RHK and indicators (target per evaluation when
 * set), the behaviour rows, and the competencies when BKD assesses them in this evaluation.
 */
export async function mulaiEvaluasi(prisma: Db, user: Principal, periodeId: number): Promise<number> {
  if (!user.pegawaiId || !Number.isInteger(periodeId)) throw new NotFoundError();
  const periode = await prisma.periodePenilaian.findFirst({ where: { id: periodeId, indukId: { not: null } } });
  if (!periode) throw new NotFoundError();
  const ada = await prisma.penilaianKinerja.findUnique({
    where: { periodeId_pegawaiId: { periodeId, pegawaiId: user.pegawaiId } },
    select: { id: true },
  });
  if (ada) return ada.id;
  if (periode.status !== 'BERJALAN') throw new StateError(`${periode.nama} belum dibuka atau sudah ditutup.`);
  const skp = await prisma.penilaianKinerja.findUnique({
    where: { periodeId_pegawaiId: { periodeId: periode.indukId!, pegawaiId: user.pegawaiId } },
    include: { rhk: { orderBy: { urutan: 'asc' }, include: { indikator: { orderBy: { urutan: 'asc' } } } } },
  });
  if (!skp || skp.statusRencana !== 'DISETUJUI') {
    throw new StateError('Rencana kinerja (SKP) tahun ini harus disetujui atasan sebelum evaluasi periodik dimulai.');
  }
  const { p, standar } = await bahanPenilaian(prisma, user.pegawaiId, periode.nilaiKompetensi);
  try {
    return await prisma.$transaction(async (tx: Tx) => {
      const pen = await tx.penilaianKinerja.create({
        data: {
          periodeId,
          pegawaiId: p.id,
          jabatanId: p.jabatanId,
          unitId: p.unitId,
          penilaiId: p.atasan?.id ?? skp.penilaiId,
          atasanPenilaiId: p.atasan?.atasanId ?? skp.atasanPenilaiId,
          skpId: skp.id,
          statusRencana: 'DISETUJUI',
          rencanaDisetujuiPada: skp.rencanaDisetujuiPada,
          ...barisAwal(standar),
        },
      });
      for (const rhk of skp.rhk) {
        await tx.rencanaHasilKerja.create({
          data: {
            penilaianId: pen.id,
            urutan: rhk.urutan,
            uraian: rhk.uraian,
            rhkAtasanId: rhk.rhkAtasanId,
            indikator: {
              create: rhk.indikator.map((i) => ({
                urutan: i.urutan,
                uraian: i.uraian,
                jenisTarget: i.jenisTarget,
                targetNilai: targetUntuk(i, periode.ke ?? 0),
                satuan: i.satuan,
                targetKualitatif: i.targetKualitatif,
                kompetensiId: i.kompetensiId,
                indikatorSkpId: i.id,
              })),
            },
          },
        });
      }
      await audit(tx, {
        userId: user.id,
        aksi: 'EVALUASI_DIMULAI',
        entitas: 'PenilaianKinerja',
        entitasId: pen.id,
        sesudah: { periodeId, skpId: skp.id },
      });
      return pen.id;
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002') {
      const again = await prisma.penilaianKinerja.findUniqueOrThrow({
        where: { periodeId_pegawaiId: { periodeId, pegawaiId: user.pegawaiId } },
      });
      return again.id;
    }
    throw err;
  }
}

export interface RitmeInput {
  ritme: RitmeEvaluasi;
  aturanPredikatTahunan: AturanPredikatTahunan;
  nilaiKompetensi: boolean;
}

/**
 * BKD sets a year's rhythm, annual rule and whether the year end assesses competencies; the
 * periodic evaluations the rhythm needs are created (with default deadlines and a copy of the
 * year's matrix and bounds). A rhythm cannot change once an evaluation holds appraisals.
 */
export async function aturRitme(prisma: Db, tahunId: number, d: RitmeInput, by: Actor) {
  const tahun = await prisma.periodePenilaian.findFirst({
    where: { id: tahunId, jenis: 'TAHUNAN' },
    include: {
      anak: { include: { _count: { select: { penilaian: true, dialog: true, sesi360: true, rekomendasi: true, penghargaan: true } } } },
      matriks: true,
      pola: true,
    },
  });
  if (!tahun) throw new NotFoundError();
  if (tahun.status === 'DITUTUP') throw new StateError(`${tahun.nama} sudah ditutup; ritmenya tidak dapat diubah lagi.`);
  const jenis = jenisEvaluasi(d.ritme);
  const n = jumlahEvaluasiPeriodik(d.ritme);
  const lain = tahun.anak.filter((a) => a.jenis !== jenis || (a.ke ?? 0) > n);
  // An evaluation the new rhythm drops goes only while nothing refers to it.
  const berisi = (a: (typeof lain)[number]) => Object.values(a._count).some((n) => n > 0);
  if (lain.some(berisi)) {
    throw new ValidationError({
      ritme: 'Ritme tidak dapat diubah: evaluasi yang akan dihapus sudah berisi penilaian atau catatan pegawai.',
    });
  }
  return prisma.$transaction(async (tx) => {
    for (const a of lain) {
      await tx.matriksPredikat.deleteMany({ where: { periodeId: a.id } });
      await tx.polaDistribusi.deleteMany({ where: { periodeId: a.id } });
      await tx.batasWaktuUnit.deleteMany({ where: { periodeId: a.id } });
      await tx.predikatUnit.deleteMany({ where: { periodeId: a.id } });
      await tx.periodePenilaian.delete({ where: { id: a.id } });
    }
    for (let ke = 1; ke <= n; ke++) {
      if (tahun.anak.some((a) => a.jenis === jenis && a.ke === ke)) continue;
      await tx.periodePenilaian.create({ data: dataEvaluasiBaru(tahun, d.ritme, ke) });
    }
    const after = await tx.periodePenilaian.update({ where: { id: tahun.id }, data: d });
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: 'ATUR_RITME',
      entitas: 'PeriodePenilaian',
      entitasId: tahun.id,
      sebelum: { ritme: tahun.ritme, aturanPredikatTahunan: tahun.aturanPredikatTahunan, nilaiKompetensi: tahun.nilaiKompetensi },
      sesudah: d,
    });
    return after;
  });
}

export interface EvaluasiInput {
  batasPenilaianDiri: Date;
  batasPenilaianAtasan: Date;
  nilaiKompetensi: boolean;
}

/** BKD edits one periodic evaluation's deadlines and whether it assesses competencies. */
export async function ubahEvaluasi(prisma: Db, tahunId: number, periodeId: number, d: EvaluasiInput, by: Actor) {
  const p = await prisma.periodePenilaian.findFirst({ where: { id: periodeId, indukId: tahunId } });
  if (!p) throw new NotFoundError();
  if (p.status === 'DITUTUP') throw new StateError(`${p.nama} sudah ditutup.`);
  if (d.batasPenilaianDiri < p.tanggalMulai)
    throw new ValidationError({ batasPenilaianDiri: 'Batas penilaian diri harus di dalam atau sesudah evaluasi.' });
  if (d.batasPenilaianAtasan < d.batasPenilaianDiri) {
    throw new ValidationError({ batasPenilaianAtasan: 'Batas penilaian atasan harus sesudah batas penilaian diri.' });
  }
  return prisma.$transaction(async (tx) => {
    const after = await tx.periodePenilaian.update({ where: { id: p.id }, data: d });
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: 'UBAH_EVALUASI',
      entitas: 'PeriodePenilaian',
      entitasId: p.id,
      sebelum: {
        batasPenilaianDiri: p.batasPenilaianDiri,
        batasPenilaianAtasan: p.batasPenilaianAtasan,
        nilaiKompetensi: p.nilaiKompetensi,
      },
      sesudah: d,
    });
    return after;
  });
}

/** The evaluation staff work in now: the running periodic evaluation of the running year, else the year itself. */
export async function evaluasiTerbuka(prisma: Db) {
  const tahun = await findActivePeriod(prisma);
  if (!tahun) return null;
  const anak = await dariKonfigurasi(`evaluasi-terbuka:${tahun.id}`, () =>
    prisma.periodePenilaian.findFirst({ where: { indukId: tahun.id, status: 'BERJALAN' }, orderBy: { ke: 'desc' } }),
  );
  return anak ?? tahun;
}

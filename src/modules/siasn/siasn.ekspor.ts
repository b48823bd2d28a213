/**
 * Export of final results in the shape SIASN takes (decision 115): annual results as `skp22`
 * records, periodic ones as `kinerjaperiodik` records, one per employee per evaluation, as JSON
 * lines or XLSX. Every export is a batch that keeps each row's record and a hash of it; the
 * BERUBAH mode lists a result only when its record differs from the last one exported (a
 * keberatan decided, a calibration, a corrected code), or was never exported.
 */
import crypto from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.js';
import type { JenisEksporSiasn, ModeEksporSiasn } from '../../generated/prisma/enums.js';
import { audit } from '../audit/audit.service.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import type { Actor } from '../admin/shared/http.js';
import { amankanSel } from '../admin/impor/spreadsheet.js';
import { potong } from '../admin/impor/rencana.js';
import { hasilAkhir, type HasilAkhir } from './siasn.sumber.js';
import { muatKode, type PetaKode } from './siasn.kode.js';

export type RekamanSiasn = Record<string, string | number | null>;

/** SIASN's record names, in the order the files list them. */
export const FIELD: Record<JenisEksporSiasn, string[]> = {
  TAHUNAN: [
    'pnsDinilaiOrang',
    'tahun',
    'hasilKinerjaNilai',
    'perilakuKerjaNilai',
    'kuadranKinerjaNilai',
    'penilaiNipNrp',
    'penilaiNama',
    'penilaiJabatan',
    'penilaiGolongan',
    'penilaiUnorNama',
    'statusPenilai',
  ],
  PERIODIK: [
    'pnsDinilaiId',
    'tahun',
    'bulanMulaiPenilaian',
    'tahunMulaiPenilaian',
    'bulanSelesaiPenilaian',
    'tahunSelesaiPenilaian',
    'hasilKinerjaNilai',
    'perilakuKerjaNilai',
    'kuadranKinerjaNilai',
    'penilaiNipNrp',
    'penilaiNama',
    'penilaiJabatan',
    'penilaiGolongan',
    'penilaiUnorNama',
    'statusPenilai',
  ],
};
export const NAMA_SIASN: Record<JenisEksporSiasn, string> = { TAHUNAN: 'skp22', PERIODIK: 'kinerjaperiodik' };

/** A code as SIASN's JSON carries it: a number when it is all digits, else the text. */
const nilaiKode = (v: string | undefined): string | number | null => (v === undefined ? null : /^\d{1,9}$/.test(v) ? Number(v) : v);

/** One result as SIASN's record, codes from the mapping. Pure: the same result and codes give the same record. */
export function rekaman(h: HasilAkhir, kode: PetaKode): RekamanSiasn {
  const dasar: RekamanSiasn = {
    tahun: h.tahun,
    hasilKinerjaNilai: nilaiKode(kode.HASIL_KINERJA[h.ratingHasilKerja]),
    perilakuKerjaNilai: nilaiKode(kode.PERILAKU_KERJA[h.ratingPerilaku]),
    kuadranKinerjaNilai: nilaiKode(kode.KUADRAN_KINERJA[h.predikat]),
    penilaiNipNrp: h.penilai?.nip ?? null,
    penilaiNama: h.penilai?.nama ?? null,
    penilaiJabatan: h.penilai?.jabatan ?? null,
    penilaiGolongan: h.penilai?.golongan ? (kode.GOLONGAN[h.penilai.golongan] ?? null) : null,
    penilaiUnorNama: h.penilai?.unitNama ?? null,
    statusPenilai: kode.STATUS_PENILAI[h.statusPenilai] ?? null,
  };
  const periodik = {
    bulanMulaiPenilaian: h.bulanMulai,
    tahunMulaiPenilaian: h.tahunMulai,
    bulanSelesaiPenilaian: h.bulanSelesai,
    tahunSelesaiPenilaian: h.tahunSelesai,
  };
  const semua: RekamanSiasn =
    h.jenis === 'TAHUNAN' ? { pnsDinilaiOrang: h.siasnId, ...dasar } : { pnsDinilaiId: h.siasnId, ...dasar, ...periodik };
  return Object.fromEntries(FIELD[h.jenis].map((f) => [f, semua[f] ?? null]));
}

export const hashRekaman = (r: RekamanSiasn) => crypto.createHash('sha256').update(JSON.stringify(r)).digest('hex');

export interface BarisSiap {
  hasil: HasilAkhir;
  rekaman: RekamanSiasn;
  hash: string;
  /** Never exported, or its record differs from the last exported one. */
  berubah: boolean;
  pernahDiekspor: boolean;
}

/** Every final result of the year and kind, with its record and whether it changed since the last export. */
export async function siapkan(prisma: Db, tahun: number, jenis: JenisEksporSiasn) {
  const [hasil, kode, terakhir] = await Promise.all([
    hasilAkhir(prisma, { tahun, jenis }),
    muatKode(prisma),
    prisma.$queryRaw<{ sumberId: number; hash: string }[]>`
      SELECT DISTINCT ON (b."sumberId") b."sumberId", b.hash FROM "BarisEksporSiasn" b
      JOIN "EksporSiasn" e ON e.id = b."eksporId"
      WHERE e.tahun = ${tahun} AND e.jenis = ${jenis}::"JenisEksporSiasn"
      ORDER BY b."sumberId", b.id DESC`,
  ]);
  const hashLama = new Map(terakhir.map((t) => [t.sumberId, t.hash]));
  const siap: BarisSiap[] = [];
  const tanpaId: HasilAkhir[] = [];
  for (const h of hasil) {
    if (!h.siasnId) {
      tanpaId.push(h);
      continue;
    }
    const r = rekaman(h, kode);
    const hash = hashRekaman(r);
    const lama = hashLama.get(h.sumberId);
    siap.push({ hasil: h, rekaman: r, hash, berubah: lama !== hash, pernahDiekspor: lama !== undefined });
  }
  return { siap, tanpaId };
}

/** Counts for the page: final results, exportable, without a SIASN id, changed since the last export. */
export async function ringkasan(prisma: Db, tahun: number, jenis: JenisEksporSiasn) {
  const { siap, tanpaId } = await siapkan(prisma, tahun, jenis);
  return {
    final: siap.length + tanpaId.length,
    siap: siap.length,
    tanpaId,
    berubah: siap.filter((s) => s.berubah && s.pernahDiekspor).length,
    belumPernah: siap.filter((s) => !s.pernahDiekspor).length,
  };
}

/**
 * Creates a batch: all exportable results (SEMUA) or only those never exported or changed since
 * (BERUBAH). Rows are stored with their record and hash, so the files of a batch can be downloaded
 * again and the next BERUBAH export compares against them.
 */
export async function buatEkspor(prisma: Db, by: Actor, o: { tahun: number; jenis: JenisEksporSiasn; mode: ModeEksporSiasn }) {
  const { siap, tanpaId } = await siapkan(prisma, o.tahun, o.jenis);
  const baris = o.mode === 'SEMUA' ? siap : siap.filter((s) => s.berubah);
  if (!baris.length)
    throw new ValidationError({
      mode:
        o.mode === 'BERUBAH'
          ? 'Tidak ada hasil yang berubah sejak ekspor terakhir.'
          : 'Belum ada hasil final dengan ID SIASN untuk tahun dan jenis ini.',
    });
  return prisma.$transaction(
    async (tx) => {
      const e = await tx.eksporSiasn.create({
        data: { ...o, jumlahBaris: baris.length, jumlahTanpaId: tanpaId.length, dibuatOleh: by.userId },
      });
      // Column arrays + unnest, one statement per 10,000 rows (createMany binds every value separately).
      for (const c of potong(baris, 10_000)) {
        await tx.$executeRawUnsafe(
          `INSERT INTO "BarisEksporSiasn" ("eksporId", "sumberId", "pegawaiId", hash, data)
           SELECT $1, v.s, v.p, v.h, v.d::jsonb FROM unnest($2::int[], $3::int[], $4::text[], $5::text[]) AS v(s, p, h, d)`,
          e.id,
          c.map((b) => b.hasil.sumberId),
          c.map((b) => b.hasil.pegawaiId),
          c.map((b) => b.hash),
          c.map((b) => JSON.stringify(b.rekaman)),
        );
      }
      await audit(tx, {
        userId: by.userId,
        ip: by.ip,
        aksi: 'EKSPOR_SIASN',
        entitas: 'EksporSiasn',
        entitasId: e.id,
        sesudah: { ...o, jumlahBaris: baris.length, jumlahTanpaId: tanpaId.length },
      });
      return e;
    },
    { timeout: 5 * 60_000 },
  );
}

export async function daftarEkspor(prisma: Db, skip: number, take: number) {
  const [items, total] = await Promise.all([
    prisma.eksporSiasn.findMany({ orderBy: { id: 'desc' }, skip, take }),
    prisma.eksporSiasn.count(),
  ]);
  const users = await prisma.user.findMany({
    where: { id: { in: items.map((i) => i.dibuatOleh).filter((x): x is number => x !== null) } },
    select: { id: true, username: true },
  });
  const nama = new Map(users.map((u) => [u.id, u.username]));
  return { items: items.map((i) => ({ ...i, oleh: i.dibuatOleh ? (nama.get(i.dibuatOleh) ?? '') : '' })), total };
}

/**
 * A batch's file: JSON lines (one SIASN record a line) or XLSX (the record's fields, plus NIP and
 * name for the operator; every cell text, formula-like values escaped). Written to `out` as it is
 * built — the XLSX through exceljs's streaming writer, yielding every 500 rows — so a 50,000-row
 * file neither sits whole in memory nor holds the event loop (docs/performance.md).
 */
export async function berkasEkspor(prisma: Db, id: number, format: 'jsonl' | 'xlsx') {
  const e = await prisma.eksporSiasn.findUnique({ where: { id } });
  if (!e) throw new NotFoundError();
  const nama = `siasn-${NAMA_SIASN[e.jenis]}-${e.tahun}-${e.id}.${format}`;
  const fields = FIELD[e.jenis];
  // jsonb keeps keys in its own order: lay each record out in SIASN's order again.
  const urut = (d: RekamanSiasn) => Object.fromEntries(fields.map((f) => [f, d[f] ?? null]));
  const muat = () =>
    prisma.barisEksporSiasn.findMany({ where: { eksporId: id }, orderBy: { id: 'asc' }, select: { data: true, pegawaiId: true } });
  if (format === 'jsonl') {
    return {
      nama,
      type: 'application/x-ndjson; charset=utf-8',
      async tulis(out: Writable) {
        const rows = await muat();
        for (let i = 0; i < rows.length; i += 1000) {
          const teks = rows
            .slice(i, i + 1000)
            .map((r) => `${JSON.stringify(urut(r.data as RekamanSiasn))}\n`)
            .join('');
          if (!out.write(teks)) await once(out, 'drain');
        }
        out.end();
      },
    };
  }
  return {
    nama,
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    async tulis(out: Writable) {
      const rows = await muat();
      const peg = new Map(
        (
          await prisma.pegawai.findMany({
            where: { id: { in: [...new Set(rows.map((r) => r.pegawaiId))] } },
            select: { id: true, nip: true, niPppk: true, nama: true },
          })
        ).map((p) => [p.id, p]),
      );
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
      wb.creator = 'SIKAP';
      const ws = wb.addWorksheet(NAMA_SIASN[e.jenis]);
      ws.columns = ['nipBaru', 'nama', ...fields].map((h) => ({ header: h, width: 18, style: { numFmt: '@' } }));
      ws.getRow(1).font = { bold: true };
      ws.getRow(1).commit();
      for (const [i, r] of rows.entries()) {
        const d = r.data as RekamanSiasn;
        const p = peg.get(r.pegawaiId);
        const sel = [
          p?.nip ?? p?.niPppk ?? '',
          p?.nama ?? '',
          ...fields.map((f) => (d[f] === null || d[f] === undefined ? '' : String(d[f]))),
        ];
        ws.addRow(sel.map(amankanSel)).commit();
        if (i % 500 === 499) await new Promise((ok) => setImmediate(ok));
      }
      ws.commit();
      await wb.commit();
    },
  };
}

/** The page's default year: the newest closed annual period (results are exported after a year closes), else the newest year. */
export async function tahunBawaan(prisma: Db, tahunList: number[]): Promise<number | undefined> {
  const ditutup = await prisma.periodePenilaian.findFirst({
    where: { jenis: 'TAHUNAN', status: 'DITUTUP' },
    orderBy: { tahun: 'desc' },
    select: { tahun: true },
  });
  return ditutup?.tahun ?? tahunList[0];
}

/** Years that have appraisal periods, newest first (the page's year choice). */
export async function tahunTersedia(prisma: Db): Promise<number[]> {
  const rows = await prisma.periodePenilaian.findMany({ distinct: ['tahun'], select: { tahun: true }, orderBy: { tahun: 'desc' } });
  return rows.map((r) => r.tahun);
}

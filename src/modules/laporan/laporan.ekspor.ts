import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.js';
import { GOLONGAN, PREDIKAT, RATING, STATUS_PENILAIAN } from '../domain/labels.js';
import type { Scope } from './laporan.scope.js';
import type { Filter } from './laporan.schema.js';
import { filterSql } from './laporan.sql.js';

/**
 * Spreadsheet programs run cells that start with = + - @ (or a tab / CR before them) as
 * formulas; a leading apostrophe makes them text again (OWASP "CSV injection").
 */
export function amankanSel(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** One CSV field: escaped against formulas, then quoted when needed (RFC 4180). */
export function csvField(v: string | number | null | undefined, sep = ';'): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? String(v) : amankanSel(v);
  return s.includes(sep) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const KOLOM = [
  'NIP / NI PPPK',
  'Nama',
  'Golongan',
  'Jabatan',
  'Unit kerja',
  'Status',
  'Hasil kerja',
  'Perilaku kerja',
  'Predikat',
  'Predikat sebelum kalibrasi',
  'Jumlah kesenjangan kompetensi',
  'JP pengembangan tahun ini',
] as const;

interface Baris {
  id: number;
  nip: string | null;
  ni_pppk: string | null;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  golongan: string | null;
  jabatan: string;
  unit: string;
  status: string | null;
  hasil: string | null;
  perilaku: string | null;
  predikat: string | null;
  sebelum: string | null;
  gap: number;
  jp: number;
}

const label = <T extends string>(m: Record<T, string>, k: string | null) => (k ? (m[k as T] ?? k) : '');

function nilai(b: Baris): (string | number)[] {
  const nama = [b.gelar_depan, b.nama].filter(Boolean).join(' ') + (b.gelar_belakang ? `, ${b.gelar_belakang}` : '');
  return [
    b.nip ?? b.ni_pppk ?? '',
    nama,
    b.golongan ? (GOLONGAN[b.golongan as keyof typeof GOLONGAN]?.label ?? b.golongan) : '',
    b.jabatan,
    b.unit,
    label(STATUS_PENILAIAN, b.status ?? 'BELUM_MULAI'),
    label(RATING, b.hasil),
    label(RATING, b.perilaku),
    label(PREDIKAT, b.predikat),
    label(PREDIKAT, b.sebelum),
    b.gap,
    b.jp,
  ];
}

/**
 * Rows of the scope in id order, fetched in keyset batches so a 50,000-row export never holds
 * everything at once. Competency gaps and the year's JP come from indexed lateral subqueries.
 */
async function* barisEkspor(prisma: Db, scope: Scope, f: Filter, periodeId: number, tahun: number, batch = 2000): AsyncGenerator<Baris[]> {
  const awal = new Date(Date.UTC(tahun, 0, 1));
  const akhir = new Date(Date.UTC(tahun, 11, 31));
  let lastId = 0;
  for (;;) {
    const rows = await prisma.$queryRaw<Baris[]>`
      SELECT p.id, p.nip, p."niPppk" AS ni_pppk, p.nama, p."gelarDepan" AS gelar_depan, p."gelarBelakang" AS gelar_belakang,
        p.golongan::text AS golongan, j.nama AS jabatan, u.nama AS unit, pk.status::text AS status,
        pk."ratingHasilKerja"::text AS hasil, pk."ratingPerilaku"::text AS perilaku, pk.predikat::text AS predikat,
        pk."predikatSebelumKalibrasi"::text AS sebelum,
        COALESCE(g.n, 0)::int AS gap, COALESCE(t.jp, 0)::int AS jp
      FROM "Pegawai" p
      LEFT JOIN "PenilaianKinerja" pk ON pk."pegawaiId" = p.id AND pk."periodeId" = ${periodeId}
      JOIN "UnitKerja" u ON u.id = COALESCE(pk."unitId", p."unitId")
      JOIN "Jabatan" j ON j.id = COALESCE(pk."jabatanId", p."jabatanId")
      LEFT JOIN LATERAL (
        SELECT count(*) AS n FROM "PenilaianKompetensi" k
        WHERE k."penilaianId" = pk.id AND COALESCE(k."levelAtasan", k."levelDiri") < k."levelDibutuhkan"
      ) g ON true
      LEFT JOIN LATERAL (
        SELECT sum(r.jp) AS jp FROM "RiwayatPelatihan" r
        WHERE r."pegawaiId" = p.id AND r."tanggalSelesai" BETWEEN ${awal}::date AND ${akhir}::date
      ) t ON true
      WHERE (p.aktif OR pk.id IS NOT NULL) AND u.jalur LIKE ${scope.jalur} || '%' AND p.id > ${lastId}${filterSql(f)}
      ORDER BY p.id
      LIMIT ${batch}`;
    if (!rows.length) return;
    yield rows;
    lastId = rows[rows.length - 1]!.id;
    if (rows.length < batch) return;
  }
}

export async function tulisCsv(out: Writable, prisma: Db, scope: Scope, f: Filter, periodeId: number, tahun: number): Promise<void> {
  // BOM + ";" so Excel with Indonesian regional settings opens the columns correctly.
  out.write('\uFEFF' + KOLOM.map((k) => csvField(k)).join(';') + '\r\n');
  for await (const rows of barisEkspor(prisma, scope, f, periodeId, tahun)) {
    out.write(
      rows
        .map((b) =>
          nilai(b)
            .map((v) => csvField(v))
            .join(';'),
        )
        .join('\r\n') + '\r\n',
    );
  }
  out.end();
}

export async function tulisXlsx(
  out: Writable,
  prisma: Db,
  scope: Scope,
  f: Filter,
  periodeId: number,
  tahun: number,
  judul: string,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  wb.creator = 'SIKAP';
  const ws = wb.addWorksheet('Hasil penilaian', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = KOLOM.map((k, i) => ({ header: k, key: `c${i}`, width: i === 1 || i === 3 || i === 4 ? 36 : i === 0 ? 22 : 16 }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  for await (const rows of barisEkspor(prisma, scope, f, periodeId, tahun)) {
    for (const b of rows) ws.addRow(nilai(b).map((v) => (typeof v === 'string' ? amankanSel(v) : v))).commit();
  }
  ws.commit();
  const info = wb.addWorksheet('Keterangan');
  info.addRow(['Laporan', amankanSel(judul)]).commit();
  info.addRow(['Dibuat', new Date().toISOString()]).commit();
  info.commit();
  await wb.commit();
}

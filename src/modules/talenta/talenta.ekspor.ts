/**
 * Exports of a review: the map (one row per person in reach, with the filters applied) and the
 * succession pools as XLSX, every cell text and formula-escaped (the admin import's writer,
 * `tulisXlsx`), and the per-OPD summary behind the printable page.
 */
import type { Db } from '../../db/client.js';
import type { Principal } from '../../core/principal.js';
import { namaLengkap } from '../../lib/format.js';
import { t } from '../../locales/id.js';
import { tulisXlsx } from '../admin/impor/spreadsheet.js';
import { lingkupPenempatan } from './talenta.akses.js';
import { PENEMPATAN_DAFTAR, type FilterPeta } from './talenta.service.js';
import { daftarKritikal, poolKritikal } from './talenta.suksesi.js';
import type { PengaturanTalenta } from './talenta.pengaturan.js';

type Review = { id: number; tahun: number; p: PengaturanTalenta };
const angka = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));
const BATAS_EKSPOR = 60_000;

export async function eksporPeta(db: Db, user: Principal, review: Review, f: FilterPeta): Promise<Buffer> {
  const where = {
    AND: [
      { reviewId: review.id },
      lingkupPenempatan(user),
      f.opdId ? { opdId: f.opdId } : {},
      f.jenisJabatan ? { jenisJabatan: f.jenisJabatan } : {},
      f.jenjang ? { jenjang: f.jenjang } : {},
      f.golongan ? { golongan: f.golongan } : {},
    ],
  };
  const rows = await db.penempatanTalenta.findMany({
    where,
    select: PENEMPATAN_DAFTAR,
    orderBy: [{ kotak: { sort: 'desc', nulls: 'last' } }, { skorTotal: { sort: 'desc', nulls: 'last' } }],
    take: BATAS_EKSPOR,
  });
  const label = new Map(review.p.kotak.map((k) => [k.nomor, k.label]));
  return tulisXlsx(
    `Peta talenta ${review.tahun}`,
    [
      'NIP',
      'Nama',
      'Jabatan',
      'Unit kerja',
      'Status',
      'Kotak',
      'Label kotak',
      'Kotak hasil pemetaan',
      'Nilai kinerja',
      'Nilai potensi',
      'Skor total',
      'Alasan kalibrasi',
      'Data belum lengkap',
      'Alasan dikecualikan',
    ],
    rows.map((r) => [
      r.pegawai.nip ?? r.pegawai.niPppk,
      namaLengkap(r.pegawai),
      r.pegawai.jabatan.nama,
      r.pegawai.unit.nama,
      t(`talenta.statusOrang.${r.status}`),
      r.kotak ? String(r.kotak) : '',
      r.kotak ? (label.get(r.kotak) ?? '') : '',
      r.kotakAwal ? String(r.kotakAwal) : '',
      angka(r.nilaiKinerja),
      angka(r.nilaiPotensi),
      angka(r.skorTotal),
      r.alasanKalibrasi,
      r.kekurangan.join('; '),
      r.alasanEksklusi,
    ]),
  );
}

export async function eksporPool(db: Db, user: Principal, review: Review): Promise<Buffer> {
  const rows: (string | null)[][] = [];
  for (const k of await daftarKritikal(db)) {
    const pool = await poolKritikal(db, user, review.id, review.p, k.id, 500);
    for (const [i, c] of pool.kandidat.entries())
      rows.push([
        k.jabatan.nama,
        String(i + 1),
        c.nip,
        namaLengkap(c),
        c.jabatan,
        c.unit,
        String(c.kotak),
        angka(c.persen),
        t(`talenta.kesiapan.${c.kesiapan}`),
        c.kesenjangan.map((g) => `${g.nama} (${g.level ?? '-'}/${g.dibutuhkan})`).join('; '),
        pool.peringatan ? t('talenta.peringatanSuksesi') : '',
      ]);
  }
  return tulisXlsx(
    `Suksesi ${review.tahun}`,
    [
      'Jabatan kritikal',
      'Peringkat',
      'NIP',
      'Nama',
      'Jabatan sekarang',
      'Unit kerja',
      'Kotak',
      'Kesesuaian kompetensi (%)',
      'Kesiapan',
      'Kesenjangan (level/standar)',
      'Peringatan',
    ],
    rows,
  );
}

/** Counts per OPD and box (one grouped statement), for the printable summary. */
export async function ringkasanOpd(db: Db, user: Principal, review: Review) {
  const g = await db.penempatanTalenta.groupBy({
    by: ['opdId', 'status', 'kotak'],
    where: { AND: [{ reviewId: review.id }, lingkupPenempatan(user)] },
    _count: { _all: true },
  });
  const ids = [...new Set(g.map((x) => x.opdId).filter((x): x is number => x !== null))];
  const opd = await db.unitKerja.findMany({ where: { id: { in: ids } }, select: { id: true, nama: true }, orderBy: { nama: 'asc' } });
  return opd.map((o) => {
    const baris = g.filter((x) => x.opdId === o.id);
    const kotak: Record<number, number> = {};
    let tidakLengkap = 0;
    let dikecualikan = 0;
    for (const b of baris) {
      if (b.status === 'DIPETAKAN' && b.kotak) kotak[b.kotak] = (kotak[b.kotak] ?? 0) + b._count._all;
      if (b.status === 'TIDAK_LENGKAP') tidakLengkap += b._count._all;
      if (b.status === 'DIKECUALIKAN') dikecualikan += b._count._all;
    }
    return { ...o, kotak, tidakLengkap, dikecualikan, total: baris.reduce((a, b) => a + b._count._all, 0) };
  });
}

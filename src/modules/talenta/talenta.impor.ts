/**
 * Imports for the talent map, in the staff import's two steps (upload → dry-run preview with each
 * bad row and its reasons → apply the good rows): assessment results (NIP, date, institution, one
 * column per aspect) and disciplinary records (checked by the same schema as the form). A cell that
 * starts like a spreadsheet formula is refused (decision 095). Files are read by the admin import's
 * reader (CSV by csv-parse, XLSX by exceljs; formulas never evaluated).
 */
import crypto from 'node:crypto';
import type { Db } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { NotFoundError, StateError, ValidationError } from '../../core/errors.js';
import { bacaTanggal } from '../../core/fields.js';
import type { CheckedFile } from '../../web/upload.js';
import { audit } from '../audit/audit.service.js';
import { diawaliRumus, PESAN_RUMUS } from '../domain/rumus.js';
import { bacaCsv, bacaXlsx, normalisasiKolom, pulihkanSel, SpreadsheetError, type Grid } from '../admin/impor/spreadsheet.js';
import { hukumanSchema } from './talenta.schema.js';

export type JenisImpor = 'asesmen' | 'hukuman';
export const JENIS_IMPOR: JenisImpor[] = ['asesmen', 'hukuman'];
const JOB = (j: JenisImpor) => `talenta-${j}`;

export interface BarisPratinjau {
  baris: number;
  nip: string;
  nama: string | null;
  galat: string[];
  /** What the row records, in words. */
  ringkas: string;
}

export const KOLOM_WAJIB: Record<JenisImpor, string[]> = {
  asesmen: ['nip', 'tanggal', 'lembaga'],
  hukuman: ['nip', 'tingkat', 'jenis', 'tanggal'],
};

interface Terbaca {
  pratinjau: BarisPratinjau[];
  asesmen: { pegawaiId: number; tanggal: Date; lembaga: string; skor: Record<string, number>; rerata: number }[];
  hukuman: { pegawaiId: number; tingkat: 'RINGAN' | 'SEDANG' | 'BERAT'; jenis: string; tanggal: Date; keterangan: string | null }[];
}

const angka = (s: string): number | null => {
  const t = s.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
};

/** Checks every row of a grid (header first): the rows to apply and the preview with reasons. */
export async function periksa(db: Db, jenis: JenisImpor, grid: Grid): Promise<Terbaca> {
  const [header, ...rows] = grid;
  if (!header) throw new ValidationError({ berkas: 'Berkas kosong.' });
  const kolom = header.map(normalisasiKolom);
  const hilang = KOLOM_WAJIB[jenis].filter((k) => !kolom.includes(k));
  if (hilang.length) throw new ValidationError({ berkas: `Kolom wajib tidak ada: ${hilang.join(', ')}.` });
  if (!rows.length) throw new ValidationError({ berkas: 'Berkas hanya berisi judul kolom, tanpa data.' });
  const idx = (k: string) => kolom.indexOf(k);
  const sel = (r: string[], k: string) => pulihkanSel((r[idx(k)] ?? '').trim());

  const nips = [...new Set(rows.map((r) => sel(r, 'nip').replace(/\s/g, '')).filter(Boolean))];
  const pegawai = await db.pegawai.findMany({
    where: { OR: [{ nip: { in: nips } }, { niPppk: { in: nips } }] },
    select: { id: true, nip: true, niPppk: true, nama: true },
  });
  const byNip = new Map<string, { id: number; nama: string }>();
  for (const p of pegawai) {
    if (p.nip) byNip.set(p.nip, p);
    if (p.niPppk) byNip.set(p.niPppk, p);
  }
  const out: Terbaca = { pratinjau: [], asesmen: [], hukuman: [] };
  const aspek = header
    .map((h, i) => ({ nama: h.trim(), i }))
    .filter((a) => a.nama && !['nip', 'tanggal', 'lembaga', 'nama'].includes(kolom[a.i]!));
  const dilihat = new Set<string>();

  rows.forEach((r, i) => {
    const galat: string[] = [];
    const nip = sel(r, 'nip').replace(/\s/g, '');
    r.forEach((c, ci) => {
      if (diawaliRumus(pulihkanSel(c)) && !(/^-?\d+([.,]\d+)?$/.test(c.trim()) && ci !== idx('nip')))
        galat.push(`Kolom ${header[ci] ?? ci + 1}: ${PESAN_RUMUS}`);
    });
    const p = nip ? byNip.get(nip) : undefined;
    if (!nip) galat.push('NIP wajib diisi.');
    else if (!p) galat.push(`NIP ${nip} tidak ditemukan.`);
    let ringkas = '';
    if (jenis === 'asesmen') {
      const tanggal = bacaTanggal(sel(r, 'tanggal'));
      const lembaga = sel(r, 'lembaga');
      if (!tanggal) galat.push('Tanggal bukan tanggal yang benar (contoh: 2026-03-31).');
      if (!lembaga) galat.push('Lembaga wajib diisi.');
      else if (lembaga.length > 200) galat.push('Lembaga paling banyak 200 karakter.');
      const skor: Record<string, number> = {};
      for (const a of aspek) {
        const v = (r[a.i] ?? '').trim();
        if (!v) continue;
        const n = angka(v);
        if (n === null || n > 100) galat.push(`${a.nama}: isi angka 0–100 (misalnya 3,5).`);
        else skor[a.nama] = n;
      }
      if (!aspek.length) galat.push('Tidak ada kolom skor aspek.');
      else if (!Object.keys(skor).length && !galat.some((g) => g.includes(':'))) galat.push('Belum ada skor aspek pada baris ini.');
      const kunci = `${nip}|${tanggal?.toISOString()}|${lembaga.toLowerCase()}`;
      if (dilihat.has(kunci)) galat.push('Baris ganda: NIP, tanggal dan lembaga yang sama sudah ada di atas.');
      dilihat.add(kunci);
      const nilai = Object.values(skor);
      const rerata = nilai.length ? Math.round((nilai.reduce((a, b) => a + b, 0) / nilai.length) * 100) / 100 : 0;
      ringkas = `${lembaga || '—'}, ${Object.keys(skor).length} aspek, rerata ${String(rerata).replace('.', ',')}`;
      if (!galat.length) out.asesmen.push({ pegawaiId: p!.id, tanggal: tanggal!, lembaga, skor, rerata });
    } else {
      const v = hukumanSchema.safeParse({
        nip,
        tingkat: sel(r, 'tingkat').toUpperCase(),
        jenis: sel(r, 'jenis'),
        tanggal: sel(r, 'tanggal'),
        keterangan: idx('keterangan') >= 0 ? sel(r, 'keterangan') : '',
      });
      if (!v.success) for (const iss of v.error.issues) if (!galat.includes(iss.message)) galat.push(iss.message);
      if (v.success) {
        const kunci = `${nip}|${v.data.tanggal.toISOString()}|${v.data.tingkat}`;
        if (dilihat.has(kunci)) galat.push('Baris ganda: NIP, tanggal dan tingkat yang sama sudah ada di atas.');
        dilihat.add(kunci);
        ringkas = `${v.data.tingkat.toLowerCase()}: ${v.data.jenis}`;
        if (!galat.length) {
          const { tingkat, jenis, tanggal, keterangan } = v.data;
          out.hukuman.push({ pegawaiId: p!.id, tingkat, jenis, tanggal, keterangan });
        }
      }
    }
    out.pratinjau.push({ baris: i + 2, nip, nama: p?.nama ?? null, galat, ringkas });
  });
  return out;
}

/** Step 1: read the upload and keep its rows server-side with the dry run; nothing is written to the records. */
export async function unggah(db: Db, userId: number, jenis: JenisImpor, file: CheckedFile): Promise<string> {
  let grid: Grid;
  try {
    grid = file.kind === 'csv' ? bacaCsv(file.buffer) : await bacaXlsx(file.buffer);
  } catch (e) {
    if (e instanceof SpreadsheetError) throw new ValidationError({ berkas: e.message });
    throw e;
  }
  const hasil = await periksa(db, jenis, grid);
  const id = crypto.randomBytes(18).toString('base64url');
  await db.importJob.create({
    data: {
      id,
      userId,
      jenis: JOB(jenis),
      namaBerkas: file.originalName,
      kolom: grid[0]!,
      pemetaan: [],
      baris: grid as unknown as Prisma.InputJsonValue,
      jumlahBaris: grid.length - 1,
      ringkasan: { hasil: hasil.pratinjau } as unknown as Prisma.InputJsonValue,
    },
  });
  return id;
}

export async function ambilImpor(db: Db, userId: number, jenis: JenisImpor, id: string) {
  const job = await db.importJob.findFirst({ where: { id, userId, jenis: JOB(jenis) } });
  if (!job) throw new NotFoundError();
  return { ...job, hasil: (job.ringkasan as { hasil?: BarisPratinjau[] } | null)?.hasil ?? [] };
}

/** Step 2: apply the good rows (checked again against today's records); bad rows are left out. */
export async function terapkan(db: Db, userId: number, jenis: JenisImpor, id: string) {
  const job = await ambilImpor(db, userId, jenis, id);
  if (job.status !== 'PRATINJAU') throw new StateError('Impor ini sudah diterapkan.');
  const hasil = await periksa(db, jenis, job.baris as unknown as Grid);
  return db.$transaction(async (tx) => {
    let n = 0;
    if (jenis === 'asesmen')
      for (const a of hasil.asesmen) {
        await tx.hasilAsesmen.upsert({
          where: { pegawaiId_tanggal_lembaga: { pegawaiId: a.pegawaiId, tanggal: a.tanggal, lembaga: a.lembaga } },
          update: { skor: a.skor, rerata: a.rerata, dicatatOleh: userId },
          create: { ...a, dicatatOleh: userId },
        });
        n++;
      }
    else
      for (const h of hasil.hukuman) {
        await tx.hukumanDisiplin.upsert({
          where: { pegawaiId_tanggal_tingkat: { pegawaiId: h.pegawaiId, tanggal: h.tanggal, tingkat: h.tingkat } },
          update: { jenis: h.jenis, keterangan: h.keterangan, dicatatOleh: userId },
          create: { ...h, dicatatOleh: userId },
        });
        n++;
      }
    await tx.importJob.update({ where: { id }, data: { status: 'DITERAPKAN', selesaiPada: new Date(), progres: n } });
    await audit(tx, {
      userId,
      aksi: 'IMPOR',
      entitas: jenis === 'asesmen' ? 'HasilAsesmen' : 'HukumanDisiplin',
      entitasId: id,
      sesudah: { berkas: job.namaBerkas, diterapkan: n, ditolak: hasil.pratinjau.filter((b) => b.galat.length).length },
    });
    return { diterapkan: n, ditolak: hasil.pratinjau.filter((b) => b.galat.length).length };
  });
}

/** One disciplinary record from the form. */
export async function catatHukuman(
  db: Db,
  userId: number,
  v: { nip: string; tingkat: 'RINGAN' | 'SEDANG' | 'BERAT'; jenis: string; tanggal: Date; keterangan: string | null },
) {
  const nip = v.nip.replace(/\s/g, '');
  const p = await db.pegawai.findFirst({ where: { OR: [{ nip }, { niPppk: nip }] }, select: { id: true } });
  if (!p) throw new ValidationError({ nip: `NIP ${nip} tidak ditemukan.` });
  const ada = await db.hukumanDisiplin.findUnique({
    where: { pegawaiId_tanggal_tingkat: { pegawaiId: p.id, tanggal: v.tanggal, tingkat: v.tingkat } },
  });
  if (ada) throw new ValidationError({ tanggal: 'Hukuman dengan tingkat dan tanggal yang sama sudah tercatat untuk pegawai ini.' });
  return db.$transaction(async (tx) => {
    const h = await tx.hukumanDisiplin.create({
      data: { pegawaiId: p.id, tingkat: v.tingkat, jenis: v.jenis, tanggal: v.tanggal, keterangan: v.keterangan, dicatatOleh: userId },
    });
    await audit(tx, { userId, aksi: 'CATAT', entitas: 'HukumanDisiplin', entitasId: h.id, sesudah: h });
    return h;
  });
}

export async function hapusHukuman(db: Db, userId: number, id: number) {
  const h = await db.hukumanDisiplin.findUnique({ where: { id } });
  if (!h) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    await tx.hukumanDisiplin.delete({ where: { id } });
    await audit(tx, { userId, aksi: 'HAPUS', entitas: 'HukumanDisiplin', entitasId: id, sebelum: h });
  });
}

import crypto from 'node:crypto';
import type { Db } from '../../../db/client.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { audit } from '../../audit/audit.service.js';
import { NotFoundError, StateError, ValidationError } from '../../../core/errors.js';
import type { CheckedFile } from '../../../web/upload.js';
import type { Actor } from '../shared/http.js';
import { KOLOM, petakanKolom, type Jenis } from './kolom.js';
import { bacaCsv, bacaXlsx, SpreadsheetError, type Grid } from './spreadsheet.js';
import { hitung, tandaRencana, type BarisHasil, type Rencana } from './rencana.js';
import { rencanaPegawai } from './impor-pegawai.js';
import { rencanaJabatan } from './impor-jabatan.js';
import { rencanaStandar } from './impor-standar.js';
import { rencanaDiklat } from './impor-diklat.js';
import { hashPassword } from '../../auth/password.js';
import { sandiSementara } from '../akun/akun.service.js';

const WAJIB: Record<Jenis, string[][]> = {
  pegawai: [['nip_baru', 'ni_pppk']],
  jabatan: [['jabatan_kode']],
  standar: [['jabatan_kode'], ['kompetensi_kode'], ['level']],
  diklat: [['nip_baru'], ['nama_diklat'], ['tanggal_selesai'], ['jumlah_jam']],
};

function rencanaFor(prisma: Db, jenis: Jenis, pemetaan: string[], rows: Grid): Promise<Rencana> {
  if (jenis === 'pegawai') return rencanaPegawai(prisma, pemetaan, rows);
  if (jenis === 'jabatan') return rencanaJabatan(prisma, pemetaan, rows);
  if (jenis === 'diklat') return rencanaDiklat(prisma, pemetaan, rows);
  return rencanaStandar(prisma, pemetaan, rows);
}

/** Required fields that no column maps to, as labels ("NIP atau NI PPPK"). */
export function kolomWajibHilang(jenis: Jenis, pemetaan: string[]): string[] {
  const label = (f: string) => KOLOM[jenis].find((k) => k.nama === f)?.label ?? f;
  return WAJIB[jenis].filter((alts) => !alts.some((a) => pemetaan.includes(a))).map((alts) => alts.map(label).join(' atau '));
}

/** Step 1: parse the upload, keep rows server-side (tied to this admin), and store the dry run. */
export async function buatJob(prisma: Db, userId: number, jenis: Jenis, file: CheckedFile): Promise<string> {
  let grid: Grid;
  try {
    grid = file.kind === 'csv' ? bacaCsv(file.buffer) : await bacaXlsx(file.buffer);
  } catch (e) {
    if (e instanceof SpreadsheetError) throw new ValidationError({ berkas: e.message });
    throw e;
  }
  const [header, ...rows] = grid;
  if (!header) throw new ValidationError({ berkas: 'Berkas kosong.' });
  if (!rows.length) throw new ValidationError({ berkas: 'Berkas hanya berisi judul kolom, tanpa data.' });
  const { pemetaan } = petakanKolom(jenis, header);
  const rencana = await rencanaFor(prisma, jenis, pemetaan, rows);
  const id = crypto.randomBytes(18).toString('base64url');
  // Old previews of this admin are no longer needed once a new file comes in.
  await prisma.importJob.deleteMany({
    where: { userId, status: { not: 'DITERAPKAN' }, createdAt: { lt: new Date(Date.now() - 24 * 3600_000) } },
  });
  await prisma.importJob.create({
    data: {
      id,
      userId,
      jenis,
      namaBerkas: file.originalName,
      kolom: header,
      pemetaan,
      baris: rows,
      jumlahBaris: rows.length,
      ringkasan: { hasil: rencana.baris } as unknown as Prisma.InputJsonValue,
    },
  });
  return id;
}

export async function getJob(prisma: Db, id: string, userId: number) {
  const job = await prisma.importJob.findFirst({ where: { id, userId } });
  if (!job) throw new NotFoundError();
  return {
    ...job,
    jenis: job.jenis as Jenis,
    kolom: job.kolom as string[],
    pemetaan: job.pemetaan as string[],
    hasil: (job.ringkasan as { hasil?: BarisHasil[] } | null)?.hasil ?? [],
  };
}

export async function statusJob(prisma: Db, id: string, userId: number) {
  const job = await prisma.importJob.findFirst({
    where: { id, userId },
    select: { status: true, progres: true, jumlahBaris: true, galat: true },
  });
  if (!job) throw new NotFoundError();
  return job;
}

/** The admin maps unknown columns (or changes a mapping): map_<index> = field name or "". */
export async function ubahPemetaan(prisma: Db, id: string, userId: number, body: Record<string, unknown>) {
  const job = await getJob(prisma, id, userId);
  if (job.status !== 'PRATINJAU') throw new StateError('Impor ini sudah diterapkan.');
  const allowed = new Set(KOLOM[job.jenis].map((k) => k.nama));
  const pemetaan = job.kolom.map((_, i) => {
    const v = body[`map_${i}`];
    return typeof v === 'string' && allowed.has(v) ? v : '';
  });
  const dup = pemetaan.filter((f, i) => f && pemetaan.indexOf(f) !== i);
  if (dup.length) throw new ValidationError({ pemetaan: `Kolom ${dup.join(', ')} dipetakan lebih dari sekali.` });
  const rencana = await rencanaFor(prisma, job.jenis, pemetaan, job.baris as Grid);
  await prisma.importJob.update({
    where: { id },
    data: { pemetaan, ringkasan: { hasil: rencana.baris } as unknown as Prisma.InputJsonValue },
  });
}

/**
 * Step 2: recompute the plan against the current data; if it still matches the preview, apply it
 * in one transaction (all or nothing). Progress is written outside the transaction for the page.
 */
export async function terapkanJob(prisma: Db, id: string, by: Actor, lewatiGalat: boolean, buatAkun = false) {
  const job = await getJob(prisma, id, by.userId);
  if (job.status === 'DITERAPKAN') throw new StateError('Impor ini sudah diterapkan.');
  if (kolomWajibHilang(job.jenis, job.pemetaan).length) throw new ValidationError({ pemetaan: 'Petakan dulu kolom wajib.' });
  const rencana = await rencanaFor(prisma, job.jenis, job.pemetaan, job.baris as Grid);
  if (tandaRencana(rencana.baris) !== tandaRencana(job.hasil)) {
    await prisma.importJob.update({ where: { id }, data: { ringkasan: { hasil: rencana.baris } as unknown as Prisma.InputJsonValue } });
    throw new ValidationError({
      _: 'Data di SIKAP berubah sejak pratinjau dibuat. Periksa pratinjau yang diperbarui, lalu konfirmasi lagi.',
    });
  }
  const jumlah = hitung(rencana.baris);
  if (jumlah.GALAT && !lewatiGalat)
    throw new ValidationError({
      lewatiGalat: `Ada ${jumlah.GALAT} baris galat. Perbaiki berkasnya lalu unggah ulang, atau centang "Lewati baris galat".`,
    });
  await prisma.importJob.update({ where: { id }, data: { progres: 0, galat: null } });
  // Accounts for staff in the file who have none: username = NIP / NI PPPK, one initial password
  // for this import (hashed once; shown once), to be changed at first sign-in.
  const akun =
    buatAkun && job.jenis === 'pegawai'
      ? { sandi: sandiSementara(), kunci: rencana.baris.filter((b) => b.hasil !== 'GALAT').map((b) => b.kunci) }
      : null;
  const hash = akun ? await hashPassword(akun.sandi) : '';
  let akunBaru = 0;
  try {
    await prisma.$transaction(
      async (tx) => {
        await rencana.terapkan(tx, by, async (n) => {
          await prisma.importJob.update({ where: { id }, data: { progres: n } });
        });
        if (akun) {
          akunBaru = await tx.$executeRawUnsafe(
            `INSERT INTO "User" (username, "pegawaiId", "passwordHash", roles, "harusGantiSandi", "updatedAt")
             SELECT COALESCE(p.nip, p."niPppk"), p.id, $1, ARRAY['PEGAWAI']::"Role"[], true, now() FROM "Pegawai" p
             WHERE p.aktif AND COALESCE(p.nip, p."niPppk") = ANY($2::text[])
               AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."pegawaiId" = p.id OR u.username = COALESCE(p.nip, p."niPppk"))`,
            hash,
            akun.kunci,
          );
        }
        await audit(tx, {
          userId: by.userId,
          ip: by.ip,
          aksi: 'IMPOR',
          entitas: 'ImportJob',
          entitasId: id,
          sesudah: { jenis: job.jenis, berkas: job.namaBerkas, ...jumlah, akunBaru },
        });
      },
      { timeout: 15 * 60_000, maxWait: 30_000 },
    );
  } catch (e) {
    const pesan = e instanceof Error ? e.message.split('\n').slice(-1)[0]!.slice(0, 300) : String(e);
    await prisma.importJob.update({ where: { id }, data: { status: 'PRATINJAU', progres: 0, galat: pesan } });
    throw new ValidationError({ _: `Impor dibatalkan dan tidak ada data yang berubah. Penyebab: ${pesan}` });
  }
  await prisma.importJob.update({
    where: { id },
    data: { status: 'DITERAPKAN', progres: jumlah.BARU + jumlah.UBAH, selesaiPada: new Date() },
  });
  return { ...jumlah, akunBaru, sandiAwal: akunBaru ? akun!.sandi : null };
}

export function recentJobs(prisma: Db, userId: number) {
  return prisma.importJob.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    take: 10,
    select: { id: true, jenis: true, namaBerkas: true, status: true, jumlahBaris: true, createdAt: true, selesaiPada: true },
  });
}

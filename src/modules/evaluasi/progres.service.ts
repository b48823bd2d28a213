import type { Db } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { isAdminBkd, type Principal } from '../../core/principal.js';
import { NotFoundError, StateError, ValidationError } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { notifyPegawai } from '../notifikasi/notifikasi.service.js';
import { storeFile, type CheckedFile } from '../../web/upload.js';
import { findActivePeriod } from '../periode/periode.repo.js';
import { penilaianBoleh } from '../penilaian/penilaian.policy.js';
import { hariIni } from '../../lib/format.js';
import { staffScope } from '../penilaian/tim.service.js';

/**
 * Catatan progres (issue 16): what an employee did toward an RHK of their SKP. Who may read a
 * log: the employee, their raters on that SKP (pejabat penilai, Plt/Plh, atasan pejabat penilai)
 * and Admin BKD — nobody else, not even a pimpinan of the unit (decision 110). The rule is a
 * where-clause in every query, so another's entry is "not found".
 */
export function progresBoleh(user: Principal): Prisma.CatatanProgresWhereInput {
  if (isAdminBkd(user)) return {};
  if (!user.pegawaiId) return { id: -1 };
  return { OR: [{ pegawaiId: user.pegawaiId }, ...penilaiSkp(user)] };
}

/** Raters of the SKP, or of one of its periodic evaluations (a new supervisor mid-year rates those). */
function penilaiSkp(user: Principal): Prisma.CatatanProgresWhereInput[] {
  const nilai = penilaianBoleh(user, 'nilai');
  const me = user.pegawaiId!;
  return [{ skp: nilai }, { skp: { atasanPenilaiId: me } }, { skp: { evaluasi: { some: { OR: [nilai, { atasanPenilaiId: me }] } } } }];
}

/** Only raters (not the employee, not BKD) react to an entry. */
function bolehTanggapi(user: Principal): Prisma.CatatanProgresWhereInput {
  if (!user.pegawaiId) return { id: -1 };
  return { pegawaiId: { not: user.pegawaiId }, OR: penilaiSkp(user) };
}

/** The signed-in employee's SKP of the running year, with its RHK and indicators (for the log form). */
export async function skpBerjalan(prisma: Db, user: Principal) {
  if (!user.pegawaiId) throw new NotFoundError();
  const tahun = await findActivePeriod(prisma);
  if (!tahun) return { tahun: null, skp: null };
  const skp = await prisma.penilaianKinerja.findFirst({
    where: { periodeId: tahun.id, pegawaiId: user.pegawaiId },
    select: {
      id: true,
      statusRencana: true,
      rhk: {
        orderBy: { urutan: 'asc' },
        select: {
          id: true,
          uraian: true,
          indikator: { orderBy: { urutan: 'asc' }, select: { id: true, uraian: true, satuan: true, jenisTarget: true } },
        },
      },
    },
  });
  return { tahun, skp };
}

export interface ProgresInput {
  rhkId: number;
  indikatorId?: number | null;
  tanggal: Date;
  uraian: string;
  kuantitas?: number | null;
}

/** The employee records progress on their SKP of the running year (optionally with one file). */
export async function catatProgres(prisma: Db, user: Principal, d: ProgresInput, file: CheckedFile | null) {
  const { tahun, skp } = await skpBerjalan(prisma, user);
  if (!tahun || !skp) throw new StateError('Mulai penilaian tahun ini dan susun rencana kinerja (SKP) terlebih dahulu.');
  const rhk = skp.rhk.find((r) => r.id === d.rhkId);
  if (!rhk) throw new ValidationError({ rhkId: 'Pilih rencana hasil kerja dari SKP Anda.' });
  const iki = d.indikatorId ? rhk.indikator.find((i) => i.id === d.indikatorId) : undefined;
  if (d.indikatorId && !iki) throw new ValidationError({ indikatorId: 'Pilih indikator dari rencana hasil kerja yang dipilih.' });
  if (d.kuantitas != null && !iki) throw new ValidationError({ indikatorId: 'Pilih indikator yang dihitung oleh jumlah ini.' });
  if (d.kuantitas != null && iki?.jenisTarget !== 'KUANTITATIF')
    throw new ValidationError({ kuantitas: 'Indikator ini tidak berupa angka; kosongkan jumlah.' });
  if (d.tanggal > hariIni()) throw new ValidationError({ tanggal: 'Tanggal tidak boleh di masa depan.' });
  if (d.tanggal < tahun.tanggalMulai || d.tanggal > tahun.tanggalSelesai) {
    throw new ValidationError({ tanggal: `Tanggal harus di dalam periode ${tahun.nama}.` });
  }
  const berkas = file
    ? { namaBerkas: file.originalName, mimeType: file.mime, ukuran: file.size, lokasi: await storeFile('progres', file) }
    : {};
  return prisma.$transaction(async (tx) => {
    const c = await tx.catatanProgres.create({
      data: {
        pegawaiId: user.pegawaiId!,
        skpId: skp.id,
        rhkId: rhk.id,
        indikatorId: iki?.id ?? null,
        tanggal: d.tanggal,
        uraian: d.uraian,
        kuantitas: d.kuantitas ?? null,
        ...berkas,
      },
    });
    await audit(tx, { userId: user.id, aksi: 'PROGRES_DICATAT', entitas: 'CatatanProgres', entitasId: c.id, sesudah: c });
    return c;
  });
}

const catatanInclude = {
  rhk: { select: { uraian: true } },
  indikator: { select: { uraian: true, satuan: true } },
  penanggap: { select: { nama: true, gelarDepan: true, gelarBelakang: true } },
} satisfies Prisma.CatatanProgresInclude;

/** One employee's log (newest first, paginated), as the reader may see it. */
export async function daftarProgres(prisma: Db, user: Principal, pegawaiId: number, o: { skip: number; take: number; skpId?: number }) {
  const where: Prisma.CatatanProgresWhereInput = { AND: [progresBoleh(user), { pegawaiId }, o.skpId ? { skpId: o.skpId } : {}] };
  const [items, total] = await Promise.all([
    prisma.catatanProgres.findMany({
      where,
      include: catatanInclude,
      orderBy: [{ tanggal: 'desc' }, { id: 'desc' }],
      skip: o.skip,
      take: o.take,
    }),
    prisma.catatanProgres.count({ where }),
  ]);
  return { items, total };
}

/** One entry, for its file: the reader must be allowed to see it. */
export async function catatanTerbaca(prisma: Db, user: Principal, id: number) {
  if (!Number.isInteger(id)) throw new NotFoundError();
  const c = await prisma.catatanProgres.findFirst({ where: { AND: [{ id }, progresBoleh(user)] } });
  if (!c) throw new NotFoundError();
  return c;
}

/** A rater notes an entry and/or comments; a comment also becomes a dialog kinerja entry. */
export async function tanggapiProgres(prisma: Db, user: Principal, id: number, komentar: string | null) {
  if (!Number.isInteger(id)) throw new NotFoundError();
  const c = await prisma.catatanProgres.findFirst({
    where: { AND: [{ id }, bolehTanggapi(user)] },
    include: { skp: { select: { periodeId: true } } },
  });
  if (!c) throw new NotFoundError();
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    await tx.catatanProgres.update({
      where: { id },
      data: { ditandaiPada: c.ditandaiPada ?? now, komentar: komentar ?? c.komentar, penanggapId: user.pegawaiId, ditanggapiPada: now },
    });
    if (komentar) {
      await tx.dialogKinerja.create({
        data: {
          pegawaiId: c.pegawaiId,
          penulisId: user.pegawaiId!,
          periodeId: c.skp.periodeId,
          jenis: 'CHECKIN',
          tanggal: hariIni(),
          catatan: `Tanggapan atas catatan progres ${c.tanggal.toISOString().slice(0, 10)}: ${komentar}`,
          indikatorId: c.indikatorId,
        },
      });
    }
    await audit(tx, {
      userId: user.id,
      aksi: 'PROGRES_DITANGGAPI',
      entitas: 'CatatanProgres',
      entitasId: id,
      sebelum: { komentar: c.komentar },
      sesudah: { komentar },
    });
    await notifyPegawai(
      tx,
      c.pegawaiId,
      'Catatan progres ditanggapi',
      komentar ? `Atasan menanggapi catatan progres Anda: ${komentar.slice(0, 200)}` : 'Atasan menandai catatan progres Anda sudah dibaca.',
      '/progres',
    );
  });
}

/**
 * The nudge list: staff (a supervisor's own, or everyone for BKD) who have recorded nothing for
 * `minggu` weeks in the running year. Not a sanction: a reminder to talk.
 */
export async function daftarSepi(prisma: Db, user: Principal, minggu: number, o: { q: string; skip: number; take: number }) {
  const sejak = new Date(hariIni().getTime() - minggu * 7 * 86_400_000);
  const base: Prisma.PegawaiWhereInput = isAdminBkd(user) ? { aktif: true } : await staffScope(prisma, user);
  const where: Prisma.PegawaiWhereInput = {
    AND: [
      base,
      { catatanProgres: { none: { tanggal: { gte: sejak } } } },
      o.q ? { OR: [{ nama: { contains: o.q, mode: 'insensitive' } }, { nip: { startsWith: o.q.replace(/\s/g, '') } }] } : {},
    ],
  };
  const [items, total] = await Promise.all([
    prisma.pegawai.findMany({
      where,
      orderBy: { nama: 'asc' },
      skip: o.skip,
      take: o.take,
      select: {
        id: true,
        nama: true,
        gelarDepan: true,
        gelarBelakang: true,
        nip: true,
        niPppk: true,
        unit: { select: { nama: true } },
        catatanProgres: { orderBy: { tanggal: 'desc' }, take: 1, select: { tanggal: true } },
      },
    }),
    prisma.pegawai.count({ where }),
  ]);
  return { items, total, sejak };
}

type Entri = { indikatorId: number | null; tanggal: Date; kuantitas: Prisma.Decimal | null };

/**
 * Beside each indicator of an appraisal: the progress entries of its SKP indicator within the
 * evaluation's window (count, and the sum of quantities). A periodic evaluation counts its own
 * months; the year end (the SKP, judged against annual targets) the whole year. The entries come
 * with the appraisal (formInclude), so this adds no statement.
 */
export function progresEvaluasi(p: {
  periode: { indukId: number | null; tanggalMulai: Date; tanggalSelesai: Date };
  catatanProgres: Entri[];
  skp: { catatanProgres: Entri[] } | null;
  rhk: { indikator: { id: number; indikatorSkpId: number | null }[] }[];
}): Record<number, { jumlah: string | null; n: number }> {
  const entri = p.skp ? p.skp.catatanProgres : p.catatanProgres;
  const dariSkp = new Map<number, { jumlah: number | null; n: number }>();
  for (const e of entri) {
    if (e.indikatorId === null || e.tanggal < p.periode.tanggalMulai || e.tanggal > p.periode.tanggalSelesai) continue;
    const r = dariSkp.get(e.indikatorId) ?? { jumlah: null, n: 0 };
    r.n += 1;
    if (e.kuantitas !== null) r.jumlah = Math.round(((r.jumlah ?? 0) + Number(e.kuantitas)) * 100) / 100;
    dariSkp.set(e.indikatorId, r);
  }
  const out: Record<number, { jumlah: string | null; n: number }> = {};
  for (const iki of p.rhk.flatMap((r) => r.indikator)) {
    const r = dariSkp.get(iki.indikatorSkpId ?? iki.id);
    if (r) out[iki.id] = { jumlah: r.jumlah === null ? null : String(r.jumlah), n: r.n };
  }
  return out;
}

import type { Db } from '../../../db/client.js';
import { audit, auditAktif } from '../../audit/audit.service.js';
import { NotFoundError, ValidationError } from '../../../core/errors.js';
import { type Actor } from '../shared/http.js';
import type { PegawaiInput } from './pegawai.schema.js';
import { cekIdentitas, cekRantaiAtasan } from './pegawai.rules.js';

export async function listPegawai(prisma: Db, o: { q: string; aktifWhere: object; skip: number; perPage: number; unitId?: number }) {
  const q = o.q.replace(/\s+/g, '');
  const where = {
    ...o.aktifWhere,
    ...(o.q
      ? { OR: [{ nama: { contains: o.q, mode: 'insensitive' as const } }, { nip: { startsWith: q } }, { niPppk: { startsWith: q } }] }
      : {}),
    ...(o.unitId ? { unitId: o.unitId } : {}),
  };
  const [items, total] = await Promise.all([
    prisma.pegawai.findMany({
      where,
      orderBy: [{ nama: 'asc' }],
      skip: o.skip,
      take: o.perPage,
      include: { jabatan: { select: { nama: true } }, unit: { select: { nama: true } }, atasan: { select: { nama: true } } },
    }),
    prisma.pegawai.count({ where }),
  ]);
  return { items, total };
}

/** Supervisor search for the form (name or NIP prefix, active staff only). */
export async function cariAtasan(prisma: Db, q: string) {
  if (q.trim().length < 2) return [];
  const digits = q.replace(/\s+/g, '');
  const rows = await prisma.pegawai.findMany({
    where: {
      aktif: true,
      OR: [
        { nama: { contains: q.trim(), mode: 'insensitive' } },
        ...(/^\d+$/.test(digits) ? [{ nip: { startsWith: digits } }, { niPppk: { startsWith: digits } }] : []),
      ],
    },
    take: 15,
    orderBy: { nama: 'asc' },
    select: { nip: true, niPppk: true, nama: true, jabatan: { select: { nama: true } } },
  });
  return rows.map((p) => ({ id: p.nip ?? p.niPppk, nama: p.nama, jabatan: p.jabatan.nama }));
}

export async function getPegawai(prisma: Db, id: number) {
  const p = await prisma.pegawai.findUnique({
    where: { id },
    include: { atasan: true, jabatan: true, unit: true, user: { select: { id: true, username: true } } },
  });
  if (!p) throw new NotFoundError();
  return p;
}

/** The form's record, checked against the database: unique identifiers, an active jabatan, the supervisor chain. */
async function resolve(prisma: Db, d: PegawaiInput, selfId?: number) {
  const errors: Record<string, string> = {};
  if (d.nip) {
    const o = await prisma.pegawai.findUnique({ where: { nip: d.nip }, select: { id: true, nama: true } });
    if (o && o.id !== selfId) errors.nip = `NIP ${d.nip} sudah terdaftar atas nama ${o.nama}.`;
  }
  if (d.niPppk) {
    const o = await prisma.pegawai.findUnique({ where: { niPppk: d.niPppk }, select: { id: true, nama: true } });
    if (o && o.id !== selfId) errors.niPppk = `NI PPPK ${d.niPppk} sudah terdaftar atas nama ${o.nama}.`;
  }
  if (d.siasnId) {
    const o = await prisma.pegawai.findUnique({ where: { siasnId: d.siasnId }, select: { id: true, nama: true } });
    if (o && o.id !== selfId) errors.siasnId = `ID SIASN ${d.siasnId} sudah dipakai ${o.nama}.`;
  }
  const jabatan = await prisma.jabatan.findFirst({ where: { id: d.jabatanId, aktif: true } });
  if (!jabatan) errors.jabatanId = 'Jabatan tidak ditemukan atau tidak aktif.';
  let atasanId: number | null = null;
  if (d.atasan) {
    const key = d.atasan.replace(/\s+/g, '');
    const a = await prisma.pegawai.findFirst({ where: { aktif: true, OR: [{ nip: key }, { niPppk: key }] }, select: { id: true } });
    if (!a) errors.atasan = `Tidak ada pegawai aktif dengan NIP/NI PPPK ${key}.`;
    else {
      atasanId = a.id;
      // A new record has no subordinates, so only an edit can close a loop.
      const salah = selfId ? cekRantaiAtasan(selfId, a.id, ...(await rantaiAtasan(prisma, selfId, a.id))) : null;
      if (salah) errors.atasan = salah;
    }
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const { atasan: _a, ...rest } = d;
  return {
    ...rest,
    tanggalLahir: d.tanggalLahir ?? cekIdentitas(d.status, d.nip, d.niPppk).tanggalLahir,
    unitId: jabatan!.unitId,
    atasanId,
  };
}

/** The supervisors above `dari` up to the record itself (read one by one; chains are short), for cekRantaiAtasan. */
async function rantaiAtasan(
  prisma: Db,
  selfId: number,
  dari: number,
): Promise<[(x: number) => number | null | undefined, (x: number) => string]> {
  const atasan = new Map<number, number | null>();
  const kunci = new Map<number, string>();
  for (let cur: number | null = dari; cur !== null && !atasan.has(cur) && atasan.size < 1000;) {
    const row: { atasanId: number | null; nip: string | null; niPppk: string | null } | null = await prisma.pegawai.findUnique({
      where: { id: cur },
      select: { atasanId: true, nip: true, niPppk: true },
    });
    atasan.set(cur, row?.atasanId ?? null);
    kunci.set(cur, row?.nip ?? row?.niPppk ?? String(cur));
    cur = cur === selfId ? null : (row?.atasanId ?? null);
  }
  return [(x) => atasan.get(x), (x) => kunci.get(x) ?? String(x)];
}

export async function createPegawai(prisma: Db, d: PegawaiInput, by: Actor) {
  const data = await resolve(prisma, d);
  return prisma.$transaction(async (tx) => {
    const p = await tx.pegawai.create({ data });
    await audit(tx, { userId: by.userId, ip: by.ip, aksi: 'BUAT', entitas: 'Pegawai', entitasId: p.id, sesudah: p });
    return p;
  });
}

export async function updatePegawai(prisma: Db, id: number, d: PegawaiInput, by: Actor) {
  const { atasan: _a, jabatan: _j, unit: _u, user: _us, ...before } = await getPegawai(prisma, id);
  const data = await resolve(prisma, d, id);
  return prisma.$transaction(async (tx) => {
    const p = await tx.pegawai.update({ where: { id }, data });
    await audit(tx, { userId: by.userId, ip: by.ip, aksi: 'UBAH', entitas: 'Pegawai', entitasId: id, sebelum: before, sesudah: p });
    return p;
  });
}

export async function setPegawaiAktif(prisma: Db, id: number, aktif: boolean, by: Actor) {
  const p = await getPegawai(prisma, id);
  if (!aktif) {
    const n = await prisma.pegawai.count({ where: { atasanId: id, aktif: true } });
    if (n)
      throw new ValidationError({
        _: `${p.nama} masih menjadi atasan langsung ${n} pegawai aktif. Tetapkan atasan baru bagi mereka dulu.`,
      });
  }
  await prisma.$transaction(async (tx) => {
    await tx.pegawai.update({ where: { id }, data: { aktif } });
    await auditAktif(tx, by, 'Pegawai', id, p.aktif, aktif);
  });
  return p;
}

/** Active jabatan for the select, labelled with their unit. */
export async function jabatanOptions(prisma: Db) {
  const rows = await prisma.jabatan.findMany({
    where: { aktif: true },
    orderBy: [{ unit: { jalur: 'asc' } }, { nama: 'asc' }],
    select: { id: true, nama: true, unit: { select: { nama: true } } },
  });
  return rows.map((j) => ({ value: j.id, label: `${j.nama} — ${j.unit.nama}` }));
}

import type { Db } from '../../../db/client.js';
import type { JenisJabatan, JenjangFungsional } from '../../../generated/prisma/enums.js';
import { audit } from '../../audit/audit.service.js';
import { defaultLevelManajerial } from '../../domain/rules.js';
import { NotFoundError, ValidationError } from '../../../core/errors.js';
import type { Actor } from '../shared/http.js';

/** Pengaturan key holding the default manajerial/sosial-kultural level per jenis jabatan / jenjang. */
export const KUNCI_BAWAAN = 'standarBawaan';
export const KUNCI_BAWAAN_DAFTAR = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
] as const;
export type KunciBawaan = (typeof KUNCI_BAWAAN_DAFTAR)[number];

function bawaanDariKode(): Record<KunciBawaan, number> {
  const out = {} as Record<KunciBawaan, number>;
  for (const k of KUNCI_BAWAAN_DAFTAR) {
    out[k] = k.startsWith('AHLI')
      ? defaultLevelManajerial('FUNGSIONAL_KEAHLIAN', k as JenjangFungsional)
      : ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'].includes(k)
        ? defaultLevelManajerial('FUNGSIONAL_KETERAMPILAN', k as JenjangFungsional)
        : defaultLevelManajerial(k as JenisJabatan);
  }
  return out;
}

/** The configured defaults (Pengaturan), falling back to the rules in domain/rules.ts. */
export async function bacaBawaan(prisma: Db): Promise<Record<KunciBawaan, number>> {
  const row = await prisma.pengaturan.findUnique({ where: { kunci: KUNCI_BAWAAN } });
  return { ...bawaanDariKode(), ...((row?.nilai as Record<KunciBawaan, number> | null) ?? {}) };
}

export async function simpanBawaan(prisma: Db, nilai: Record<KunciBawaan, number>, by: Actor) {
  const before = await bacaBawaan(prisma);
  await prisma.$transaction(async (tx) => {
    await tx.pengaturan.upsert({ where: { kunci: KUNCI_BAWAAN }, update: { nilai }, create: { kunci: KUNCI_BAWAAN, nilai } });
    await audit(tx, {
      userId: by.userId,
      ip: by.ip,
      aksi: 'UBAH',
      entitas: 'Pengaturan',
      entitasId: KUNCI_BAWAAN,
      sebelum: before,
      sesudah: nilai,
    });
  });
}

export function levelBawaan(map: Record<KunciBawaan, number>, jenis: JenisJabatan, jenjang: JenjangFungsional | null): number {
  if (jenis.startsWith('FUNGSIONAL')) return (jenjang && map[jenjang as KunciBawaan]) || 1;
  return map[jenis as KunciBawaan] ?? 1;
}

/** One jabatan with every competency that can apply to it (general ones and its OPD's teknis ones). */
export async function matriksJabatan(prisma: Db, jabatanId: number) {
  const jabatan = await prisma.jabatan.findUnique({ where: { id: jabatanId }, include: { unit: true, standar: true } });
  if (!jabatan) throw new NotFoundError();
  const leluhur = jabatan.unit.jalur.split('/').filter(Boolean).map(Number);
  const dipakai = jabatan.standar.map((s) => s.kompetensiId);
  const kompetensi = await prisma.kompetensi.findMany({
    where: { OR: [{ aktif: true, OR: [{ unitId: null }, { unitId: { in: leluhur } }] }, { id: { in: dipakai } }] },
    orderBy: [{ kelompok: { urutan: 'asc' } }, { urutan: 'asc' }],
    include: { kelompok: true, level: { orderBy: { level: 'asc' }, select: { level: true, label: true } } },
  });
  const level = new Map(jabatan.standar.map((s) => [s.kompetensiId, s.levelDibutuhkan]));
  return { jabatan, kompetensi, level };
}

/** Reads k_<kompetensiId> fields: '' = not required, 1..5 = required level. */
export function bacaIsian(body: Record<string, unknown>, kompetensiIds: number[]) {
  const levels = new Map<number, number | null>();
  const errors: Record<string, string> = {};
  for (const id of kompetensiIds) {
    const raw = body[`k_${id}`];
    if (raw === undefined || raw === '') levels.set(id, null);
    else if (typeof raw === 'string' && /^[1-5]$/.test(raw)) levels.set(id, Number(raw));
    else errors[`k_${id}`] = 'Level harus 1 sampai 5, atau kosong.';
  }
  return { levels, errors };
}

/** Replaces the jabatan's standard with `levels` (null = remove); audited as one change. */
export async function simpanStandar(prisma: Db, jabatanId: number, levels: Map<number, number | null>, by: Actor, aksi = 'UBAH') {
  const current = await prisma.standarKompetensiJabatan.findMany({
    where: { jabatanId },
    include: { kompetensi: { select: { kode: true } } },
  });
  const byKomp = new Map(current.map((s) => [s.kompetensiId, s]));
  const sebelum: Record<string, number> = {};
  const sesudah: Record<string, number> = {};
  for (const s of current) sebelum[s.kompetensi.kode] = s.levelDibutuhkan;
  const hapus: number[] = [];
  const tulis: { kompetensiId: number; level: number }[] = [];
  for (const [kompetensiId, level] of levels) {
    const cur = byKomp.get(kompetensiId);
    if (level === null) {
      if (cur) hapus.push(cur.id);
    } else if (!cur || cur.levelDibutuhkan !== level) tulis.push({ kompetensiId, level });
  }
  if (!hapus.length && !tulis.length) return 0;
  await prisma.$transaction(async (tx) => {
    if (hapus.length) await tx.standarKompetensiJabatan.deleteMany({ where: { id: { in: hapus } } });
    for (const w of tulis) {
      await tx.standarKompetensiJabatan.upsert({
        where: { jabatanId_kompetensiId: { jabatanId, kompetensiId: w.kompetensiId } },
        update: { levelDibutuhkan: w.level },
        create: { jabatanId, kompetensiId: w.kompetensiId, levelDibutuhkan: w.level },
      });
    }
    const after = await tx.standarKompetensiJabatan.findMany({ where: { jabatanId }, include: { kompetensi: { select: { kode: true } } } });
    for (const s of after) sesudah[s.kompetensi.kode] = s.levelDibutuhkan;
    await audit(tx, { userId: by.userId, ip: by.ip, aksi, entitas: 'StandarKompetensiJabatan', entitasId: jabatanId, sebelum, sesudah });
  });
  return hapus.length + tulis.length;
}

/** Copies another jabatan's whole standard onto this one. */
export async function salinStandar(prisma: Db, jabatanId: number, dariId: number, by: Actor) {
  if (dariId === jabatanId) throw new ValidationError({ dariJabatanId: 'Pilih jabatan lain sebagai sumber.' });
  const sumber = await prisma.jabatan.findUnique({ where: { id: dariId }, include: { standar: true } });
  if (!sumber) throw new ValidationError({ dariJabatanId: 'Jabatan sumber tidak ditemukan.' });
  if (!sumber.standar.length) throw new ValidationError({ dariJabatanId: `${sumber.nama} belum memiliki standar untuk disalin.` });
  const { level } = await matriksJabatan(prisma, jabatanId);
  const levels = new Map<number, number | null>([...level.keys()].map((k) => [k, null]));
  for (const s of sumber.standar) levels.set(s.kompetensiId, s.levelDibutuhkan);
  return { n: await simpanStandar(prisma, jabatanId, levels, by, `SALIN_DARI_${dariId}`), sumber };
}

/** Sets every manajerial and sosial-kultural competency to the default for the jabatan's type. */
export async function terapkanBawaan(prisma: Db, jabatanId: number, by: Actor) {
  const { jabatan, kompetensi } = await matriksJabatan(prisma, jabatanId);
  const map = await bacaBawaan(prisma);
  const lv = levelBawaan(map, jabatan.jenis, jabatan.jenjang);
  const levels = new Map<number, number | null>();
  for (const k of kompetensi) if (k.aktif && k.kelompok.kode !== 'TEKNIS') levels.set(k.id, lv);
  return { n: await simpanStandar(prisma, jabatanId, levels, by, 'TERAPKAN_BAWAAN'), level: lv };
}

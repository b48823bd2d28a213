/** Matrix editor for a whole unit: jabatan (rows) × competencies (columns). */
import type { Db } from '../../../db/client.js';
import { NotFoundError } from '../../../web/errors.js';
import type { Actor } from '../shared/http.js';
import { simpanStandar, terapkanBawaan } from './standar.service.js';

export async function matriksUnit(prisma: Db, unitId: number) {
  const unit = await prisma.unitKerja.findUnique({ where: { id: unitId } });
  if (!unit) throw new NotFoundError();
  const leluhur = unit.jalur.split('/').filter(Boolean).map(Number);
  const [jabatan, kompetensi] = await Promise.all([
    prisma.jabatan.findMany({
      where: { aktif: true, unit: { jalur: { startsWith: unit.jalur } } },
      orderBy: [{ unit: { jalur: 'asc' } }, { nama: 'asc' }],
      take: 200,
      include: { standar: true, unit: { select: { nama: true } } },
    }),
    // General competencies and the teknis ones owned by this unit, its parents or its sub-units.
    prisma.kompetensi.findMany({
      where: { aktif: true, OR: [{ unitId: null }, { unitId: { in: leluhur } }, { unit: { jalur: { startsWith: unit.jalur } } }] },
      orderBy: [{ kelompok: { urutan: 'asc' } }, { urutan: 'asc' }],
      include: { kelompok: { select: { kode: true, nama: true } } },
    }),
  ]);
  return { unit, jabatan, kompetensi };
}

/** s_<jabatanId>_<kompetensiId> = '' | 1..5, saved jabatan by jabatan (each audited). */
export async function simpanMatriksUnit(prisma: Db, unitId: number, body: Record<string, unknown>, by: Actor) {
  const { jabatan, kompetensi } = await matriksUnit(prisma, unitId);
  const errors: Record<string, string> = {};
  const perJabatan = new Map<number, Map<number, number | null>>();
  for (const j of jabatan) {
    const levels = new Map<number, number | null>();
    for (const k of kompetensi) {
      const name = `s_${j.id}_${k.id}`;
      const raw = body[name];
      if (raw === undefined) continue;
      if (raw === '') levels.set(k.id, null);
      else if (typeof raw === 'string' && /^[1-5]$/.test(raw)) levels.set(k.id, Number(raw));
      else errors[name] = `Level ${k.nama} untuk ${j.nama} harus 1 sampai 5, atau kosong.`;
    }
    perJabatan.set(j.id, levels);
  }
  if (Object.keys(errors).length) return { errors, n: 0 };
  let n = 0;
  for (const [id, levels] of perJabatan) n += await simpanStandar(prisma, id, levels, by);
  return { errors, n };
}

export async function bawaanUnit(prisma: Db, unitId: number, by: Actor) {
  const { jabatan } = await matriksUnit(prisma, unitId);
  let n = 0;
  for (const j of jabatan) n += (await terapkanBawaan(prisma, j.id, by)).n;
  return { n, jabatan: jabatan.length };
}

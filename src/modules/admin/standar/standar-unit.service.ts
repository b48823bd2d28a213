/** Matrix editor for a whole unit: jabatan (rows) × competencies (columns). */
import type { Db } from '../../../db/client.js';
import { NotFoundError } from '../../../core/errors.js';
import { cari, type Actor } from '../shared/http.js';
import { simpanStandar, terapkanBawaan } from './standar.service.js';

/** Jabatan of the unit and its sub-units (active), optionally filtered by name or code. */
function jabatanDi(jalur: string, q = '') {
  return {
    aktif: true,
    unit: { jalur: { startsWith: jalur } },
    ...cari(q, ['nama', 'kode']),
  };
}

async function unitDanKompetensi(prisma: Db, unitId: number) {
  const unit = await prisma.unitKerja.findUnique({ where: { id: unitId } });
  if (!unit) throw new NotFoundError();
  const leluhur = unit.jalur.split('/').filter(Boolean).map(Number);
  // General competencies and the teknis ones owned by this unit, its parents or its sub-units.
  const kompetensi = await prisma.kompetensi.findMany({
    where: { aktif: true, OR: [{ unitId: null }, { unitId: { in: leluhur } }, { unit: { jalur: { startsWith: unit.jalur } } }] },
    orderBy: [{ kelompok: { urutan: 'asc' } }, { urutan: 'asc' }],
    include: { kelompok: { select: { kode: true, nama: true } } },
  });
  return { unit, kompetensi };
}

/**
 * One page of the matrix (a whole government has thousands of jabatan; each row is a select per
 * competency, so a page of 25 rows is already ~500 inputs).
 */
export async function matriksUnit(prisma: Db, unitId: number, o: { q?: string; skip?: number; take?: number } = {}) {
  const { unit, kompetensi } = await unitDanKompetensi(prisma, unitId);
  const where = jabatanDi(unit.jalur, o.q);
  const [jabatan, total] = await Promise.all([
    prisma.jabatan.findMany({
      where,
      orderBy: [{ unit: { jalur: 'asc' } }, { nama: 'asc' }, { id: 'asc' }],
      skip: o.skip ?? 0,
      take: o.take ?? 25,
      include: { standar: true, unit: { select: { nama: true } } },
    }),
    prisma.jabatan.count({ where }),
  ]);
  return { unit, jabatan, kompetensi, total };
}

/**
 * s_<jabatanId>_<kompetensiId> = '' | 1..5 for the rows of the page that was posted, saved jabatan
 * by jabatan (each audited). A jabatan outside the unit's subtree or an unknown competency is
 * refused as a whole.
 */
export async function simpanMatriksUnit(prisma: Db, unitId: number, body: Record<string, unknown>, by: Actor) {
  const { unit, kompetensi } = await unitDanKompetensi(prisma, unitId);
  const posted = new Map<number, Map<number, string>>();
  for (const [name, raw] of Object.entries(body)) {
    const m = /^s_(\d{1,9})_(\d{1,9})$/.exec(name);
    if (!m) continue;
    const jid = Number(m[1]);
    if (!posted.has(jid)) posted.set(jid, new Map());
    posted.get(jid)!.set(Number(m[2]), typeof raw === 'string' ? raw : '?');
  }
  const jabatan = posted.size
    ? await prisma.jabatan.findMany({
        where: { id: { in: [...posted.keys()] }, ...jabatanDi(unit.jalur) },
        select: { id: true, nama: true },
      })
    : [];
  if (jabatan.length !== posted.size) throw new NotFoundError();
  const errors: Record<string, string> = {};
  const perJabatan = new Map<number, Map<number, number | null>>();
  for (const j of jabatan) {
    const levels = new Map<number, number | null>();
    for (const [kid, raw] of posted.get(j.id)!) {
      const k = kompetensi.find((x) => x.id === kid);
      if (!k) throw new NotFoundError();
      const name = `s_${j.id}_${k.id}`;
      if (raw === '') levels.set(k.id, null);
      else if (/^[1-5]$/.test(raw)) levels.set(k.id, Number(raw));
      else errors[name] = `Level ${k.nama} untuk ${j.nama} harus 1 sampai 5, atau kosong.`;
    }
    perJabatan.set(j.id, levels);
  }
  if (Object.keys(errors).length) return { errors, n: 0 };
  let n = 0;
  for (const [id, levels] of perJabatan) n += await simpanStandar(prisma, id, levels, by);
  return { errors, n };
}

/** Every active jabatan of the unit and its sub-units, not just one page. */
export async function bawaanUnit(prisma: Db, unitId: number, by: Actor) {
  const { unit } = await unitDanKompetensi(prisma, unitId);
  const jabatan = await prisma.jabatan.findMany({ where: jabatanDi(unit.jalur), select: { id: true } });
  let n = 0;
  for (const j of jabatan) n += (await terapkanBawaan(prisma, j.id, by)).n;
  return { n, jabatan: jabatan.length };
}

import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';
import type { Principal } from '../../core/principal.js';
import { NotFoundError, StateError } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { notifyPegawai } from '../notifikasi/notifikasi.service.js';
import { hitungGap, targetTerlewat } from './gap.js';
import { peringkatProgram, type ProgramKandidat } from './ranking.js';
import { atasanLangsung } from './pengembangan.policy.js';

type Tx = Db | Prisma.TransactionClient;

/** Candidate programs per competency, with the level range they target. */
async function kandidatPerKompetensi(tx: Tx, kompetensiIds: number[]) {
  const rows = await tx.programKompetensi.findMany({
    where: { kompetensiId: { in: kompetensiIds }, program: { aktif: true } },
    include: { program: { select: { id: true, judul: true, metode: true, jp: true, biaya: true } } },
  });
  const map = new Map<number, ProgramKandidat[]>();
  for (const r of rows)
    map.set(r.kompetensiId, [...(map.get(r.kompetensiId) ?? []), { ...r.program, levelMin: r.levelMin, levelMax: r.levelMax }]);
  return map;
}

/**
 * What a recommendation answers, in words: "Komunikasi (kesenjangan 1)" for a competency gap,
 * "Orientasi pada Hasil (target tidak tercapai: Jumlah laporan analisis)" for a missed work
 * target whose indicator is linked to that competency, the competency alone when the supervisor
 * added it without a gap, null for a general program. Every page and export labels a
 * recommendation through this, so a missed target is never shown as a competency gap.
 */
export function dasarRekomendasi(r: {
  gap: number | null;
  kompetensi: { nama: string } | null;
  indikator?: { uraian: string } | null;
}): string | null {
  if (!r.kompetensi) return r.indikator ? `target tidak tercapai: ${r.indikator.uraian}` : null;
  if (r.indikator) return `${r.kompetensi.nama} (target tidak tercapai: ${r.indikator.uraian})`;
  if (r.gap && r.gap > 0) return `${r.kompetensi.nama} (kesenjangan ${r.gap})`;
  return r.kompetensi.nama;
}

/**
 * System recommendations for one rated appraisal: for every competency below standard, and every
 * missed target whose indicator is linked to a competency, the best-fitting programs. Idempotent:
 * a program already recommended to the person for that period is not added again.
 * A missed target is stored as its basis (indikatorId, no gap): the competency may well meet its
 * standard. For ranking it counts as the smallest need (one level up from the assessed level).
 * The appraisal module may call this when an appraisal becomes FINAL.
 */
export async function buatRekomendasiSistem(tx: Tx, penilaianId: number, perKompetensi = 2): Promise<number> {
  const pen = await tx.penilaianKinerja.findUniqueOrThrow({
    where: { id: penilaianId },
    include: { kompetensi: true, rhk: { include: { indikator: true } }, rekomendasi: { select: { programId: true } } },
  });
  const sasaran = new Map<number, { gap: number; level: number; levelDibutuhkan: number; indikatorId: number | null }>();
  for (const k of pen.kompetensi) {
    const g = hitungGap(k.levelDibutuhkan, k.levelAtasan);
    if (g.gap > 0)
      sasaran.set(k.kompetensiId, { gap: g.gap, level: k.levelAtasan!, levelDibutuhkan: k.levelDibutuhkan, indikatorId: null });
  }
  for (const i of pen.rhk.flatMap((r) => r.indikator)) {
    if (!i.kompetensiId || sasaran.has(i.kompetensiId) || !targetTerlewat(i)) continue;
    const k = pen.kompetensi.find((x) => x.kompetensiId === i.kompetensiId);
    const level = k?.levelAtasan ?? k?.levelDibutuhkan ?? 1;
    sasaran.set(i.kompetensiId, { gap: 1, level, levelDibutuhkan: Math.min(5, level + 1), indikatorId: i.id });
  }
  if (!sasaran.size) return 0;
  const [kandidat, aturan] = await Promise.all([kandidatPerKompetensi(tx, [...sasaran.keys()]), tx.aturanRekomendasi.findMany()]);
  const sudah = new Set(pen.rekomendasi.map((r) => r.programId));
  const data: Prisma.RekomendasiPelatihanCreateManyInput[] = [];
  for (const [kompetensiId, s] of sasaran) {
    const target = s.indikatorId !== null;
    for (const p of peringkatProgram({ ...s, target }, kandidat.get(kompetensiId) ?? [], aturan).slice(0, perKompetensi)) {
      if (sudah.has(p.program.id)) continue;
      sudah.add(p.program.id);
      data.push({
        pegawaiId: pen.pegawaiId,
        periodeId: pen.periodeId,
        penilaianId: pen.id,
        programId: p.program.id,
        kompetensiId,
        gap: target ? null : s.gap,
        indikatorId: s.indikatorId,
        skor: p.skor,
        sumber: 'SISTEM',
        status: 'USULAN',
        catatan: p.alasan.length ? `Alasan: ${p.alasan.join('; ')}.` : null,
      });
    }
  }
  if (data.length) await tx.rekomendasiPelatihan.createMany({ data });
  return data.length;
}

export function daftarRekomendasi(prisma: Db, pegawaiId: number, periodeId?: number) {
  return prisma.rekomendasiPelatihan
    .findMany({
      where: { pegawaiId, ...(periodeId ? { periodeId } : {}) },
      include: {
        program: true,
        kompetensi: { select: { nama: true } },
        indikator: { select: { uraian: true } },
        periode: { select: { nama: true, tahun: true } },
      },
      orderBy: [{ status: 'asc' }, { skor: 'desc' }, { id: 'asc' }],
    })
    .then((rows) => rows.map((r) => ({ ...r, untuk: dasarRekomendasi(r) })));
}

/** Programs to offer a supervisor for a competency (ranked for that person's gap when known). */
export async function programUntukKompetensi(
  prisma: Db,
  kompetensiId: number | null,
  sasaran?: { gap: number; level: number; levelDibutuhkan: number },
) {
  if (!kompetensiId || !sasaran)
    return prisma.programPelatihan.findMany({
      where: { aktif: true },
      orderBy: { judul: 'asc' },
      select: { id: true, judul: true, metode: true, jp: true },
    });
  const [k, aturan] = await Promise.all([kandidatPerKompetensi(prisma, [kompetensiId]), prisma.aturanRekomendasi.findMany()]);
  return peringkatProgram(sasaran, k.get(kompetensiId) ?? [], aturan).map((x) => x.program);
}

async function rekomendasiAtasan(prisma: Db, user: Principal, id: number) {
  const r = await prisma.rekomendasiPelatihan.findFirst({
    where: { id, pegawai: { atasanId: user.pegawaiId ?? -1 } },
    include: { pegawai: { select: { id: true, atasanId: true } }, program: { select: { judul: true } } },
  });
  if (!r || !atasanLangsung(user, r.pegawai)) throw new NotFoundError();
  return r;
}

/** The supervisor confirms or rejects a recommendation, or replaces its program. */
export async function ubahRekomendasi(
  prisma: Db,
  user: Principal,
  id: number,
  input: { status?: 'DISETUJUI' | 'DITOLAK'; programId?: number; catatan?: string | null },
) {
  const r = await rekomendasiAtasan(prisma, user, id);
  if (r.status === 'SELESAI') throw new StateError('Rekomendasi ini sudah selesai dilaksanakan.');
  return prisma.$transaction(async (tx) => {
    if (input.programId) {
      const p = await tx.programPelatihan.findFirst({ where: { id: input.programId, aktif: true } });
      if (!p) throw new NotFoundError('Program tidak ditemukan.');
    }
    const data = {
      ...(input.status ? { status: input.status } : {}),
      ...(input.programId ? { programId: input.programId, sumber: 'ATASAN' as const, status: 'DISETUJUI' as const } : {}),
      ...(input.catatan !== undefined ? { catatan: input.catatan } : {}),
    };
    const after = await tx.rekomendasiPelatihan.update({ where: { id }, data, include: { program: { select: { judul: true } } } });
    await audit(tx, {
      userId: user.id,
      aksi: 'REKOMENDASI_DIUBAH',
      entitas: 'RekomendasiPelatihan',
      entitasId: id,
      sebelum: r,
      sesudah: after,
    });
    const kata = after.status === 'DITOLAK' ? 'tidak dilanjutkan' : 'disetujui';
    await notifyPegawai(
      tx,
      r.pegawaiId,
      'Rencana pengembangan diperbarui',
      `Atasan Anda: ${after.program.judul} ${kata}.`,
      '/pengembangan',
    );
    return after;
  });
}

/** The supervisor adds a program to the agreed development plan. */
/**
 * The direct supervisor asks the system again for a person's rated appraisal of a period: gaps
 * and missed targets without a recommendation get one. Anyone else, or no rated appraisal: 404.
 */
export async function hitungUlangRekomendasi(prisma: Db, user: Principal, p: { id: number; atasanId: number | null }, periodeId: number) {
  if (!atasanLangsung(user, p)) throw new NotFoundError();
  const pen = await prisma.penilaianKinerja.findFirst({
    where: { pegawaiId: p.id, periodeId, status: { in: ['FINAL', 'DINILAI'] } },
    select: { id: true },
  });
  if (!pen) throw new NotFoundError();
  return buatRekomendasiSistem(prisma, pen.id);
}

export async function tambahRekomendasi(
  prisma: Db,
  user: Principal,
  p: { id: number; atasanId: number | null },
  input: { periodeId: number; programId: number; kompetensiId: number | null; catatan: string | null },
) {
  if (!atasanLangsung(user, p)) throw new NotFoundError();
  const program = await prisma.programPelatihan.findFirst({ where: { id: input.programId, aktif: true } });
  if (!program) throw new NotFoundError('Program tidak ditemukan.');
  const pen = await prisma.penilaianKinerja.findUnique({
    where: { periodeId_pegawaiId: { periodeId: input.periodeId, pegawaiId: p.id } },
    include: { kompetensi: true },
  });
  const k = input.kompetensiId ? pen?.kompetensi.find((x) => x.kompetensiId === input.kompetensiId) : undefined;
  return prisma.$transaction(async (tx) => {
    const row = await tx.rekomendasiPelatihan.create({
      data: {
        pegawaiId: p.id,
        periodeId: input.periodeId,
        penilaianId: pen?.id ?? null,
        programId: program.id,
        kompetensiId: input.kompetensiId,
        gap: k ? hitungGap(k.levelDibutuhkan, k.levelAtasan).gap : null,
        sumber: 'ATASAN',
        status: 'DISETUJUI',
        catatan: input.catatan,
      },
    });
    await audit(tx, { userId: user.id, aksi: 'REKOMENDASI_DITAMBAH', entitas: 'RekomendasiPelatihan', entitasId: row.id, sesudah: row });
    await notifyPegawai(
      tx,
      p.id,
      'Rencana pengembangan diperbarui',
      `Atasan Anda menambahkan ${program.judul} ke rencana pengembangan Anda.`,
      '/pengembangan',
    );
    return row;
  });
}

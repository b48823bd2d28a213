/**
 * Publishing a review: locks it, records each placed person's box action (TindakLanjutTalenta, what
 * the employee sees on their development page) and, for boxes whose action includes development,
 * proposes training for the person's competency gaps as recommendations from "pemetaan talenta"
 * (RekomendasiPelatihan.sumber = TALENTA), which flow into the existing development plan.
 */
import type { Db } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { NotFoundError, StateError } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { hitungGap } from '../pengembangan/gap.js';
import { peringkatProgram, type ProgramKandidat } from '../pengembangan/ranking.js';
import { bacaPengaturan } from './talenta.pengaturan.js';
import { levelKompetensiTerakhir } from './talenta.sumber.js';
import { PESAN_TERKUNCI } from './talenta.service.js';

/** Programs per person from talent follow-up: the largest gaps first. */
const PROGRAM_PER_ORANG = 2;

export async function publikasi(db: Db, userId: number, id: number) {
  const review = await db.reviewTalenta.findUnique({ where: { id } });
  if (!review) throw new NotFoundError();
  if (review.status === 'DIPUBLIKASI') throw new StateError(PESAN_TERKUNCI);
  if (review.status === 'DRAF') throw new StateError('Jalankan pemetaan dulu sebelum dipublikasikan.');
  const p = bacaPengaturan(review.pengaturan);
  const kotakBy = new Map(p.kotak.map((k) => [k.nomor, k]));
  const placed = await db.penempatanTalenta.findMany({
    where: { reviewId: id, status: 'DIPETAKAN', kotak: { not: null } },
    select: { pegawaiId: true, kotak: true },
  });

  // Training for the gaps of those in boxes whose action includes development.
  const periode =
    (await db.periodePenilaian.findFirst({ where: { tahun: review.tahun, jenis: 'TAHUNAN' } })) ??
    (await db.periodePenilaian.findFirst({ where: { tahun: { lte: review.tahun }, jenis: 'TAHUNAN' }, orderBy: { tahun: 'desc' } }));
  const rekom: Prisma.RekomendasiPelatihanCreateManyInput[] = [];
  const kembang = placed.filter((x) => kotakBy.get(x.kotak!)?.rekomendasiPelatihan);
  if (periode && kembang.length) {
    const ids = kembang.map((x) => x.pegawaiId);
    const [levels, kandidatRows, aturan, sudah] = await Promise.all([
      levelKompetensiTerakhir(db, ids, new Date(Date.UTC(review.tahun, 11, 31))),
      db.programKompetensi.findMany({
        where: { program: { aktif: true } },
        include: { program: { select: { id: true, judul: true, metode: true, jp: true, biaya: true } } },
      }),
      db.aturanRekomendasi.findMany(),
      db.$queryRaw<{ pegawaiId: number; programId: number }[]>`
        SELECT "pegawaiId", "programId" FROM "RekomendasiPelatihan"
        WHERE "periodeId" = ${periode.id} AND "pegawaiId" = ANY(${ids}::int[])`,
    ]);
    const kandidat = new Map<number, ProgramKandidat[]>();
    for (const r of kandidatRows)
      kandidat.set(r.kompetensiId, [...(kandidat.get(r.kompetensiId) ?? []), { ...r.program, levelMin: r.levelMin, levelMax: r.levelMax }]);
    const sudahSet = new Set(sudah.map((s) => `${s.pegawaiId}:${s.programId}`));
    for (const x of kembang) {
      const gaps = (levels.get(x.pegawaiId) ?? [])
        .map((k) => ({ ...k, g: hitungGap(k.dibutuhkan, k.level).gap }))
        .filter((k) => k.g > 0)
        .sort((a, b) => b.g - a.g);
      let n = 0;
      for (const k of gaps) {
        if (n >= PROGRAM_PER_ORANG) break;
        const best = peringkatProgram(
          { gap: k.g, level: k.level!, levelDibutuhkan: k.dibutuhkan },
          kandidat.get(k.kompetensiId) ?? [],
          aturan,
        ).find((c) => !sudahSet.has(`${x.pegawaiId}:${c.program.id}`));
        if (!best) continue;
        sudahSet.add(`${x.pegawaiId}:${best.program.id}`);
        n++;
        rekom.push({
          pegawaiId: x.pegawaiId,
          periodeId: periode.id,
          programId: best.program.id,
          kompetensiId: k.kompetensiId,
          gap: k.g,
          skor: best.skor,
          status: 'USULAN',
          sumber: 'TALENTA',
          reviewTalentaId: id,
          catatan: `Dari pemetaan talenta ${review.tahun}: ${kotakBy.get(x.kotak!)!.tindakan}`,
        });
      }
    }
  }

  await db.$transaction(
    async (tx) => {
      await tx.reviewTalenta.update({ where: { id }, data: { status: 'DIPUBLIKASI', dipublikasiPada: new Date() } });
      await tx.tindakLanjutTalenta.deleteMany({ where: { reviewId: id } });
      const tl = placed.map((x) => ({ reviewId: id, pegawaiId: x.pegawaiId, kotak: x.kotak!, tindakan: kotakBy.get(x.kotak!)!.tindakan }));
      for (let i = 0; i < tl.length; i += 5000) await tx.tindakLanjutTalenta.createMany({ data: tl.slice(i, i + 5000) });
      for (let i = 0; i < rekom.length; i += 5000) await tx.rekomendasiPelatihan.createMany({ data: rekom.slice(i, i + 5000) });
      // Everyone placed hears that their development page has follow-up actions (one statement).
      await tx.$executeRaw`
        INSERT INTO "Notifikasi" ("userId", judul, pesan, tautan)
        SELECT u.id, ${`Tindak lanjut pemetaan talenta ${review.tahun}`}, 'Rencana tindak lanjut pengembangan Anda tersedia di halaman Pengembangan.', '/pengembangan'
        FROM "TindakLanjutTalenta" t JOIN "User" u ON u."pegawaiId" = t."pegawaiId"
        WHERE t."reviewId" = ${id} AND u.aktif`;
      await audit(tx, {
        userId,
        aksi: 'PUBLIKASI',
        entitas: 'ReviewTalenta',
        entitasId: id,
        sebelum: { status: review.status },
        sesudah: { status: 'DIPUBLIKASI', tindakLanjut: tl.length, rekomendasi: rekom.length },
      });
    },
    { timeout: 120_000 },
  );
  return { tindakLanjut: placed.length, rekomendasi: rekom.length };
}

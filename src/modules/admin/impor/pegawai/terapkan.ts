/**
 * Step 6 of the staff import: write the new and changed rows, then the supervisors, then the
 * audit — column arrays + unnest, one statement per 10,000 rows (Prisma's createMany binds every
 * value separately and was ~30x slower at this size).
 */
import type { Prisma } from '../../../../generated/prisma/client.js';
import type { Actor } from '../../shared/http.js';
import { auditBuat, auditUbah, catatAudit, potong, type Progres } from '../rencana.js';
import * as N from '../nilai.js';
import type { EntriPegawai, RekamPegawai } from './entri.js';
import type { DataSikap } from './referensi.js';

const tgl = (x: Date | null) => (x ? N.iso(x) : null);

/** The record's columns as parallel arrays, in the order the statements below bind them. */
function kolom(chunk: EntriPegawai[]) {
  const col = <T>(f: (r: RekamPegawai) => T) => chunk.map((e) => f(e.rekam!));
  return [
    col((r) => r.nama),
    col((r) => r.gelarDepan),
    col((r) => r.gelarBelakang),
    col((r) => r.jenisKelamin),
    col((r) => tgl(r.tanggalLahir)),
    col((r) => r.status),
    col((r) => r.golongan),
    col((r) => tgl(r.tmtGolongan)),
    col((r) => r.jabatanId),
    col((r) => r.unitId),
    col((r) => tgl(r.tmtJabatan)),
    col((r) => r.pendidikan),
    col((r) => r.email),
    col((r) => r.noHp),
    col((r) => r.siasnId),
  ];
}

export async function terapkanPegawai(
  tx: Prisma.TransactionClient,
  entri: EntriPegawai[],
  sikap: DataSikap,
  by: Actor,
  progres: Progres,
): Promise<void> {
  const baru = entri.filter((e) => e.hasil?.hasil === 'BARU');
  const ubah = entri.filter((e) => e.hasil?.hasil === 'UBAH');
  let done = 0;
  for (const chunk of potong(baru, 10_000)) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "Pegawai" (nip, "niPppk", nama, "gelarDepan", "gelarBelakang", "jenisKelamin", "tanggalLahir", status, golongan,
         "tmtGolongan", "jabatanId", "unitId", "tmtJabatan", pendidikan, email, "noHp", "siasnId", "updatedAt")
       SELECT v.nip, v.ni, v.nama, v.gd, v.gb, v.jk::"JenisKelamin", v.tl, v.st::"StatusKepegawaian", v.gol::"Golongan", v.tg,
         v.jab, v.unit, v.tj, v.pend, v.email, v.hp, v.sid, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[], $9::text[],
         $10::date[], $11::int[], $12::int[], $13::date[], $14::text[], $15::text[], $16::text[], $17::text[])
         AS v(nip, ni, nama, gd, gb, jk, tl, st, gol, tg, jab, unit, tj, pend, email, hp, sid)`,
      chunk.map((e) => e.rekam!.nip),
      chunk.map((e) => e.rekam!.niPppk),
      ...kolom(chunk),
    );
    done += chunk.length;
    await progres(done);
  }
  const keys = [...new Set([...baru, ...ubah].flatMap((e) => [e.kunci, e.atasan ?? '']).filter(Boolean))];
  const idRows = await tx.$queryRaw<{ id: number; nip: string | null; niPppk: string | null }[]>`
    SELECT id, nip, "niPppk" FROM "Pegawai" WHERE nip = ANY(${keys}::text[]) OR "niPppk" = ANY(${keys}::text[])`;
  const idOf = new Map<string, number>();
  for (const r of idRows) {
    if (r.nip) idOf.set(r.nip, r.id);
    if (r.niPppk) idOf.set(r.niPppk, r.id);
  }
  for (const chunk of potong(ubah, 10_000)) {
    await tx.$executeRawUnsafe(
      `UPDATE "Pegawai" AS p SET nama = v.nama, "gelarDepan" = v.gd, "gelarBelakang" = v.gb, "jenisKelamin" = v.jk::"JenisKelamin",
         "tanggalLahir" = v.tl, status = v.st::"StatusKepegawaian", golongan = v.gol::"Golongan", "tmtGolongan" = v.tg,
         "jabatanId" = v.jab, "unitId" = v.unit, "tmtJabatan" = v.tj, pendidikan = v.pend, email = v.email, "noHp" = v.hp,
         "siasnId" = v.sid, "updatedAt" = now()
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[], $9::date[],
         $10::int[], $11::int[], $12::date[], $13::text[], $14::text[], $15::text[], $16::text[])
         AS v(id, nama, gd, gb, jk, tl, st, gol, tg, jab, unit, tj, pend, email, hp, sid)
       WHERE p.id = v.id`,
      chunk.map((e) => e.exId!),
      ...kolom(chunk),
    );
    done += chunk.length;
    await progres(done);
  }
  const atasan = [...baru, ...ubah]
    .filter((e) => !e.exId || sikap.kunciDari(sikap.pegById.get(e.exId)!.atasanId) !== e.atasan)
    .map((e) => [idOf.get(e.kunci)!, e.atasan ? idOf.get(e.atasan)! : null] as const);
  if (atasan.length) {
    await tx.$executeRawUnsafe(
      `UPDATE "Pegawai" AS p SET "atasanId" = v.a FROM unnest($1::int[], $2::int[]) AS v(id, a) WHERE p.id = v.id`,
      atasan.map((c) => c[0]),
      atasan.map((c) => c[1]),
    );
  }
  await catatAudit(tx, [
    ...baru.map((e) => auditBuat(by, 'Pegawai', String(idOf.get(e.kunci)), JSON.parse(JSON.stringify({ ...e.rekam, atasan: e.atasan })))),
    ...ubah.map((e) => auditUbah(by, 'Pegawai', String(e.exId), e.hasil!.beda!)),
  ]);
}

import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.js';
import type { Principal } from '../../core/principal.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { amankanSel, biayaProgram, ringkasAnggaran } from './anggaran.js';
import { opdAktif } from './pengembangan.service.js';

/**
 * The year's training plan. Demand comes from the previous year's appraisal recommendations
 * (still open: USULAN or DISETUJUI); budget is per OPD; cost = program cost × participants.
 */
export async function permintaanProgram(prisma: Db, tahun: number) {
  const rows = await prisma.$queryRaw<{ programId: number; unitId: number; unitNama: string; jumlah: number; disetujui: number }[]>`
    SELECT r."programId", opd.id AS "unitId", opd.nama AS "unitNama",
      COUNT(DISTINCT r."pegawaiId")::int AS jumlah,
      COUNT(DISTINCT r."pegawaiId") FILTER (WHERE r.status = 'DISETUJUI')::int AS disetujui
    FROM "RekomendasiPelatihan" r
    JOIN "PeriodePenilaian" per ON per.id = r."periodeId"
    JOIN "Pegawai" p ON p.id = r."pegawaiId"
    JOIN "UnitKerja" u ON u.id = p."unitId"
    JOIN "UnitKerja" opd ON opd.jenis = 'OPD' AND u.jalur LIKE opd.jalur || '%'
    WHERE per.tahun = ${tahun - 1} AND r.status IN ('USULAN', 'DISETUJUI')
    GROUP BY r."programId", opd.id, opd.nama`;
  const program = await prisma.programPelatihan.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.programId))] } },
    select: { id: true, kode: true, judul: true, metode: true, jp: true, biaya: true },
  });
  const direncanakan = new Set(
    (await prisma.rencanaPelatihan.findMany({ where: { tahun }, select: { programId: true } })).map((r) => r.programId),
  );
  return program
    .map((p) => {
      const unit = rows.filter((r) => r.programId === p.id).sort((a, b) => b.jumlah - a.jumlah);
      return {
        program: p,
        jumlah: unit.reduce((s, u) => s + u.jumlah, 0),
        disetujui: unit.reduce((s, u) => s + u.disetujui, 0),
        unit,
        direncanakan: direncanakan.has(p.id),
      };
    })
    .sort((a, b) => b.jumlah - a.jumlah || a.program.judul.localeCompare(b.program.judul));
}

export async function rencanaTahun(prisma: Db, tahun: number) {
  const rencana = await prisma.rencanaPelatihan.findMany({
    where: { tahun },
    include: { program: true, _count: { select: { peserta: true } } },
    orderBy: { program: { judul: 'asc' } },
  });
  return rencana.map((r) => ({ ...r, biaya: biayaProgram(r.program.biaya, r._count.peserta) }));
}

export async function anggaranTahun(prisma: Db, tahun: number) {
  const [unit, pagu, rencana] = await Promise.all([
    opdAktif(prisma),
    prisma.anggaranPelatihanUnit.findMany({ where: { tahun } }),
    prisma.$queryRaw<{ unitId: number; rencana: bigint; peserta: number }[]>`
      SELECT opd.id AS "unitId", COALESCE(SUM(pr.biaya), 0)::bigint AS rencana, COUNT(*)::int AS peserta
      FROM "PesertaRencanaPelatihan" ps
      JOIN "RencanaPelatihan" rp ON rp.id = ps."rencanaId"
      JOIN "ProgramPelatihan" pr ON pr.id = rp."programId"
      JOIN "Pegawai" p ON p.id = ps."pegawaiId"
      JOIN "UnitKerja" u ON u.id = p."unitId"
      JOIN "UnitKerja" opd ON opd.jenis = 'OPD' AND u.jalur LIKE opd.jalur || '%'
      WHERE rp.tahun = ${tahun}
      GROUP BY opd.id`,
  ]);
  return ringkasAnggaran(unit, pagu, rencana);
}

/**
 * Recommended (pegawai, competency) pairs that no planned program covers; `target` counts those
 * whose recommendation answers a missed work target rather than a competency gap.
 */
export function gapTidakTercakup(prisma: Db, tahun: number) {
  return prisma.$queryRaw<{ kompetensiId: number; nama: string; pegawai: number; target: number }[]>`
    SELECT k.id AS "kompetensiId", k.nama, COUNT(DISTINCT r."pegawaiId")::int AS pegawai,
      COUNT(DISTINCT r."pegawaiId") FILTER (WHERE r."indikatorId" IS NOT NULL)::int AS target
    FROM "RekomendasiPelatihan" r
    JOIN "PeriodePenilaian" per ON per.id = r."periodeId"
    JOIN "Kompetensi" k ON k.id = r."kompetensiId"
    WHERE per.tahun = ${tahun - 1} AND r.status IN ('USULAN', 'DISETUJUI')
      AND NOT EXISTS (
        SELECT 1 FROM "PesertaRencanaPelatihan" ps
        JOIN "RencanaPelatihan" rp ON rp.id = ps."rencanaId"
        JOIN "ProgramKompetensi" pk ON pk."programId" = rp."programId"
        WHERE rp.tahun = ${tahun} AND ps."pegawaiId" = r."pegawaiId" AND pk."kompetensiId" = r."kompetensiId")
    GROUP BY k.id, k.nama
    ORDER BY pegawai DESC, k.nama`;
}

/** Adds a program to the year's plan, with the staff it was recommended to. */
export async function tambahProgramRencana(
  prisma: Db,
  user: Principal,
  tahun: number,
  programId: number,
  peserta: 'DISETUJUI' | 'SEMUA' | 'KOSONG',
) {
  const program = await prisma.programPelatihan.findFirst({ where: { id: programId, aktif: true } });
  if (!program) throw new ValidationError({ programId: 'Program tidak ditemukan.' });
  return prisma.$transaction(async (tx) => {
    const rencana = await tx.rencanaPelatihan.upsert({
      where: { tahun_programId: { tahun, programId } },
      update: {},
      create: { tahun, programId },
    });
    let ditambah = 0;
    if (peserta !== 'KOSONG') {
      const rek = await tx.rekomendasiPelatihan.findMany({
        where: {
          programId,
          periode: { tahun: tahun - 1 },
          status: peserta === 'SEMUA' ? { in: ['USULAN', 'DISETUJUI'] } : 'DISETUJUI',
          pegawai: { aktif: true },
        },
        select: { pegawaiId: true },
        distinct: ['pegawaiId'],
      });
      ditambah = (
        await tx.pesertaRencanaPelatihan.createMany({
          data: rek.map((r) => ({ rencanaId: rencana.id, pegawaiId: r.pegawaiId })),
          skipDuplicates: true,
        })
      ).count;
    }
    await audit(tx, {
      userId: user.id,
      aksi: 'RENCANA_PELATIHAN_DITAMBAH',
      entitas: 'RencanaPelatihan',
      entitasId: rencana.id,
      sesudah: { tahun, programId, pesertaDitambah: ditambah },
    });
    return { rencana, ditambah, program };
  });
}

export async function detailRencana(prisma: Db, id: number) {
  const r = Number.isInteger(id)
    ? await prisma.rencanaPelatihan.findUnique({
        where: { id },
        include: {
          program: true,
          peserta: {
            include: { pegawai: { select: { id: true, nama: true, nip: true, niPppk: true, unit: { select: { nama: true } } } } },
            orderBy: { pegawai: { nama: 'asc' } },
          },
        },
      })
    : null;
  if (!r) throw new NotFoundError();
  return r;
}

export async function tambahPeserta(prisma: Db, user: Principal, rencanaId: number, nip: string) {
  const p = await prisma.pegawai.findFirst({ where: { aktif: true, OR: [{ nip }, { niPppk: nip }] }, select: { id: true, nama: true } });
  if (!p) throw new ValidationError({ nip: 'Pegawai dengan NIP/NI PPPK ini tidak ditemukan.' });
  await prisma.$transaction(async (tx) => {
    await tx.pesertaRencanaPelatihan.createMany({ data: [{ rencanaId, pegawaiId: p.id }], skipDuplicates: true });
    await audit(tx, {
      userId: user.id,
      aksi: 'PESERTA_RENCANA_DITAMBAH',
      entitas: 'RencanaPelatihan',
      entitasId: rencanaId,
      sesudah: { pegawaiId: p.id },
    });
  });
  return p;
}

export async function hapusPeserta(prisma: Db, user: Principal, rencanaId: number, pegawaiId: number) {
  await prisma.$transaction(async (tx) => {
    const n = await tx.pesertaRencanaPelatihan.deleteMany({ where: { rencanaId, pegawaiId } });
    if (!n.count) throw new NotFoundError();
    await audit(tx, {
      userId: user.id,
      aksi: 'PESERTA_RENCANA_DIHAPUS',
      entitas: 'RencanaPelatihan',
      entitasId: rencanaId,
      sebelum: { pegawaiId },
    });
  });
}

export async function hapusRencana(prisma: Db, user: Principal, id: number) {
  await prisma.$transaction(async (tx) => {
    const r = await tx.rencanaPelatihan.findUnique({ where: { id } });
    if (!r) throw new NotFoundError();
    await tx.rencanaPelatihan.delete({ where: { id } });
    await audit(tx, { userId: user.id, aksi: 'RENCANA_PELATIHAN_DIHAPUS', entitas: 'RencanaPelatihan', entitasId: id, sebelum: r });
  });
}

export async function setPagu(prisma: Db, user: Principal, tahun: number, unitId: number, pagu: bigint) {
  const unit = await prisma.unitKerja.findFirst({ where: { id: unitId, jenis: 'OPD' } });
  if (!unit) throw new NotFoundError();
  await prisma.$transaction(async (tx) => {
    const before = await tx.anggaranPelatihanUnit.findUnique({ where: { tahun_unitId: { tahun, unitId } } });
    const after = await tx.anggaranPelatihanUnit.upsert({
      where: { tahun_unitId: { tahun, unitId } },
      update: { pagu },
      create: { tahun, unitId, pagu },
    });
    await audit(tx, {
      userId: user.id,
      aksi: 'PAGU_PELATIHAN_DIUBAH',
      entitas: 'AnggaranPelatihanUnit',
      entitasId: after.id,
      sebelum: before,
      sesudah: after,
    });
  });
}

export async function eksporRencana(prisma: Db, tahun: number): Promise<Buffer> {
  const [rencana, anggaran, peserta] = await Promise.all([
    rencanaTahun(prisma, tahun),
    anggaranTahun(prisma, tahun),
    prisma.pesertaRencanaPelatihan.findMany({
      where: { rencana: { tahun } },
      include: {
        rencana: { include: { program: { select: { judul: true } } } },
        pegawai: { select: { nama: true, nip: true, niPppk: true, unit: { select: { nama: true } } } },
      },
      orderBy: [{ rencana: { program: { judul: 'asc' } } }, { pegawai: { nama: 'asc' } }],
    }),
  ]);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SIKAP';
  const s1 = wb.addWorksheet('Rencana');
  s1.columns = [
    { header: 'Kode', width: 10 },
    { header: 'Program', width: 50 },
    { header: 'Metode', width: 14 },
    { header: 'JP', width: 6 },
    { header: 'Biaya per peserta (Rp)', width: 20 },
    { header: 'Peserta', width: 9 },
    { header: 'Total biaya (Rp)', width: 18 },
  ];
  for (const r of rencana)
    s1.addRow(
      [r.program.kode, r.program.judul, r.program.metode, r.program.jp, Number(r.program.biaya), r._count.peserta, Number(r.biaya)].map(
        amankanSel,
      ),
    );
  const s2 = wb.addWorksheet('Anggaran per unit');
  s2.columns = [
    { header: 'Unit kerja', width: 45 },
    { header: 'Pagu (Rp)', width: 18 },
    { header: 'Rencana (Rp)', width: 18 },
    { header: 'Sisa (Rp)', width: 18 },
    { header: 'Peserta', width: 9 },
  ];
  for (const b of anggaran.baris) s2.addRow([b.unitNama, Number(b.pagu), Number(b.rencana), Number(b.sisa), b.peserta].map(amankanSel));
  s2.addRow(['Jumlah', Number(anggaran.total.pagu), Number(anggaran.total.rencana), Number(anggaran.total.sisa), anggaran.total.peserta]);
  const s3 = wb.addWorksheet('Peserta');
  s3.columns = [
    { header: 'Program', width: 45 },
    { header: 'NIP / NI PPPK', width: 22 },
    { header: 'Nama', width: 30 },
    { header: 'Unit kerja', width: 40 },
  ];
  for (const p of peserta)
    s3.addRow([p.rencana.program.judul, p.pegawai.nip ?? p.pegawai.niPppk ?? '', p.pegawai.nama, p.pegawai.unit.nama].map(amankanSel));
  for (const s of [s1, s2, s3]) s.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

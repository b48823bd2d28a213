import type { Db } from '../client.js';
import { rng } from './random.js';
import { buildOrg } from './org.js';
import { KAMUS } from './data/kamus.js';
import { PROGRAM } from './data/pelatihan.js';
import { hashPassword } from '../../modules/auth/password.js';
import { DEFAULT_MATRIKS, DEFAULT_PENGATURAN, defaultLevelManajerial, defaultPolaRows } from '../../modules/domain/rules.js';
import { seedAppraisals } from './appraisal.js';
import { seedEvaluasi } from './evaluasi.js';
import { seedUmpanBalik } from './umpanbalik.js';
import { seedSurel } from './surel.js';
import { seedPengembangan } from './pengembangan.js';
import { seedSiasn } from './siasn.js';
import { seedDuaFaktor } from './dua-faktor.js';
import { seedTalenta } from './talenta.js';
import type { Role } from '../../generated/prisma/enums.js';

export const DEMO_ACCOUNTS = [
  { username: 'admin.bkd', peran: 'Admin BKD', keterangan: 'BKPSDM — mengelola unit, jabatan, kamus kompetensi, periode, katalog' },
  {
    username: 'kadis.kesehatan',
    peran: 'Pimpinan (Kepala Dinas Kesehatan)',
    keterangan: 'melihat hasil unitnya; juga atasan para kepala bidang',
  },
  {
    username: 'atasan.rujukan',
    peran: 'Atasan langsung (Kepala Seksi Pelayanan Kesehatan Rujukan)',
    keterangan: 'menilai bawahan langsungnya di Seksi Pelayanan Kesehatan Rujukan',
  },
  { username: 'pegawai.rujukan', peran: 'Pegawai ASN (Analis Pelayanan Kesehatan)', keterangan: 'mengisi penilaian diri' },
] as const;

const KELOMPOK = [
  { kode: 'MANAJERIAL' as const, nama: 'Manajerial', urutan: 1 },
  { kode: 'SOSIAL_KULTURAL' as const, nama: 'Sosial Kultural', urutan: 2 },
  { kode: 'TEKNIS' as const, nama: 'Teknis', urutan: 3 },
];

/**
 * Loads the demo government. Idempotent: every row is found by its natural key (kode, NIP,
 * username, period) and left alone when present, so re-running never duplicates or overwrites
 * what users changed.
 */
export async function seedDemo(prisma: Db, opts: { password: string; log?: (m: string) => void }): Promise<void> {
  const log = opts.log ?? (() => {});
  const r = rng(20261123);
  const org = buildOrg(r);

  for (const k of KELOMPOK) {
    await prisma.kelompokKompetensi.upsert({ where: { kode: k.kode }, update: {}, create: k });
  }
  const kelompok = new Map((await prisma.kelompokKompetensi.findMany()).map((k) => [k.kode, k.id]));

  // Units, parents first; jalur is the materialised path used for subtree queries.
  const unitId = new Map<string, number>();
  const unitJalur = new Map<string, string>();
  for (const u of org.units) {
    const indukId = u.induk ? unitId.get(u.induk)! : null;
    const row = await prisma.unitKerja.upsert({
      where: { kode: u.kode },
      update: {},
      create: {
        kode: u.kode,
        nama: u.nama,
        singkatan: u.singkatan ?? null,
        jenis: u.jenis,
        indukId,
        layananPublik: u.layananPublik ?? false,
      },
    });
    const jalur = `${u.induk ? unitJalur.get(u.induk)! : '/'}${row.id}/`;
    if (row.jalur !== jalur) await prisma.unitKerja.update({ where: { id: row.id }, data: { jalur } });
    unitId.set(u.kode, row.id);
    unitJalur.set(u.kode, jalur);
  }
  log(`Unit kerja: ${org.units.length}`);

  // Competency dictionary.
  const kompId = new Map<string, number>();
  let urutan = 0;
  for (const k of KAMUS) {
    urutan += 1;
    const owner = k.unitKode && unitId.has(k.unitKode) ? unitId.get(k.unitKode)! : null;
    const row = await prisma.kompetensi.upsert({
      where: { kode: k.kode },
      update: {},
      create: { kode: k.kode, nama: k.nama, definisi: k.definisi, kelompokId: kelompok.get(k.kelompok)!, unitId: owner, urutan },
    });
    kompId.set(k.kode, row.id);
    await prisma.levelKompetensi.createMany({
      data: k.level.map((l) => ({ kompetensiId: row.id, level: l.level, label: l.label, deskripsi: l.deskripsi, indikator: l.indikator })),
      skipDuplicates: true,
    });
  }
  log(`Kompetensi: ${KAMUS.length}`);

  // Jabatan and their competency standards.
  const jabId = new Map<string, number>();
  for (const j of org.jabatan) {
    const row = await prisma.jabatan.upsert({
      where: { kode: j.kode },
      update: {},
      create: {
        kode: j.kode,
        nama: j.nama,
        jenis: j.jenis,
        jenjang: j.jenjang ?? null,
        unitId: unitId.get(j.unitKode)!,
        kelasJabatan: j.kelasJabatan,
      },
    });
    jabId.set(j.kode, row.id);
  }
  const standar: { jabatanId: number; kompetensiId: number; levelDibutuhkan: number }[] = [];
  for (const j of org.jabatan) {
    const base = defaultLevelManajerial(j.jenis, j.jenjang);
    const opd = j.unitKode === 'PEMKOT' ? 'SETDA' : j.unitKode.split('-')[0]!;
    const teknisOwner = opd === 'KEC' ? 'KEC' : opd;
    for (const k of KAMUS) {
      let level: number | null = null;
      if (k.kelompok === 'MANAJERIAL' || k.kelompok === 'SOSIAL_KULTURAL') level = base;
      else if (k.unitKode === teknisOwner) level = Math.min(5, base + (j.jenis.startsWith('FUNGSIONAL') ? 1 : 0));
      if (level === null) continue;
      // Front-line analysts need more than the pelaksana default in communication and service.
      if (j.kode === 'JAB-DINKES-YAN-RJK-P1' && (k.kode === 'M3' || k.kode === 'M5')) level = 2;
      standar.push({ jabatanId: jabId.get(j.kode)!, kompetensiId: kompId.get(k.kode)!, levelDibutuhkan: level });
    }
  }
  await prisma.standarKompetensiJabatan.createMany({ data: standar, skipDuplicates: true });
  log(`Jabatan: ${org.jabatan.length}, standar kompetensi: ${standar.length}`);

  // Staff, supervisors before their staff (the generator lists them in that order).
  const pegId = new Map<string, number>();
  for (const p of org.pegawai) {
    const where = p.nip ? { nip: p.nip } : { niPppk: p.niPppk! };
    const existing = await prisma.pegawai.findUnique({ where, select: { id: true } });
    const id =
      existing?.id ??
      (
        await prisma.pegawai.create({
          data: {
            nip: p.nip,
            niPppk: p.niPppk,
            nama: p.nama,
            gelarDepan: p.gelarDepan,
            gelarBelakang: p.gelarBelakang,
            jenisKelamin: p.jenisKelamin,
            tanggalLahir: p.tanggalLahir,
            status: p.status,
            golongan: p.golongan,
            jabatanId: jabId.get(p.jabatanKode)!,
            unitId: unitId.get(p.unitKode)!,
            atasanId: p.atasanNip ? pegId.get(p.atasanNip)! : null,
            pendidikan: p.pendidikan,
            email: `${p.nama.toLowerCase().replace(/[^a-z]+/g, '.')}@parahyangankota.go.id`,
            noHp: `08${p.key.slice(-10)}`,
          },
        })
      ).id;
    pegId.set(p.key, id);
  }
  log(`Pegawai: ${org.pegawai.length}`);

  // Accounts: every pegawai signs in with their NIP; the demo accounts also have a username.
  const hash = await hashPassword(opts.password);
  const special = new Map<string, { username: string; roles: Role[] }>([
    [org.demo.kadis, { username: 'kadis.kesehatan', roles: ['PEGAWAI', 'PIMPINAN'] }],
    [org.demo.atasan, { username: 'atasan.rujukan', roles: ['PEGAWAI'] }],
    [org.demo.staf, { username: 'pegawai.rujukan', roles: ['PEGAWAI'] }],
  ]);
  const kepala = new Set(org.pegawai.filter((p) => p.jabatanKode.endsWith('-KEPALA') || p.jabatanKode === 'JAB-SEKDA').map((p) => p.key));
  // The same demo password hash for every demo account keeps first start fast (one argon2 run).
  await prisma.user.createMany({
    data: [
      { username: 'admin.bkd', passwordHash: hash, roles: ['ADMIN_BKD'] },
      ...org.pegawai.map((p) => {
        const s = special.get(p.key);
        return {
          username: s?.username ?? p.key,
          pegawaiId: pegId.get(p.key)!,
          passwordHash: hash,
          roles: s?.roles ?? (kepala.has(p.key) ? (['PEGAWAI', 'PIMPINAN'] as Role[]) : (['PEGAWAI'] as Role[])),
        };
      }),
    ],
    skipDuplicates: true,
  });

  for (const [kunci, nilai] of Object.entries(DEFAULT_PENGATURAN)) {
    await prisma.pengaturan.upsert({ where: { kunci }, update: {}, create: { kunci, nilai: nilai as never } });
  }

  // Training catalog and the rule that picks methods by gap size.
  for (const p of PROGRAM) {
    const row = await prisma.programPelatihan.upsert({
      where: { kode: p.kode },
      update: {},
      create: {
        kode: p.kode,
        judul: p.judul,
        deskripsi: p.deskripsi,
        metode: p.metode,
        bentuk: p.bentuk,
        jp: p.jp,
        biaya: BigInt(p.biaya),
        penyelenggara: p.penyelenggara,
      },
    });
    await prisma.programKompetensi.createMany({
      data: p.kompetensi
        .filter((k) => kompId.has(k.kode))
        .map((k) => ({ programId: row.id, kompetensiId: kompId.get(k.kode)!, levelMin: k.levelMin, levelMax: k.levelMax })),
      skipDuplicates: true,
    });
  }
  if ((await prisma.aturanRekomendasi.count()) === 0) {
    await prisma.aturanRekomendasi.createMany({
      data: [
        {
          gapMin: 1,
          gapMax: 1,
          metodeDiutamakan: 'NONKLASIKAL',
          keterangan: 'Kesenjangan kecil: coaching, mentoring, e-learning, atau OJT.',
        },
        { gapMin: 2, gapMax: 4, metodeDiutamakan: 'KLASIKAL', keterangan: 'Kesenjangan besar: pelatihan klasikal terstruktur.' },
      ],
    });
  }
  log(`Program pelatihan: ${PROGRAM.length}`);

  // Periods: last year closed and rated, this year running.
  const periode2025 = await upsertPeriode(prisma, {
    nama: 'Penilaian Kinerja Tahunan 2025',
    tahun: 2025,
    status: 'DITUTUP',
    tanggalMulai: d('2025-01-01'),
    tanggalSelesai: d('2025-12-31'),
    batasRencana: d('2025-01-31'),
    batasPenilaianDiri: d('2025-12-15'),
    batasPenilaianAtasan: d('2025-12-31'),
  });
  const periode2026 = await upsertPeriode(prisma, {
    nama: 'Penilaian Kinerja Tahunan 2026',
    tahun: 2026,
    status: 'BERJALAN',
    tanggalMulai: d('2026-01-01'),
    tanggalSelesai: d('2026-12-31'),
    batasRencana: d('2026-01-31'),
    batasPenilaianDiri: d('2026-12-15'),
    batasPenilaianAtasan: d('2026-12-31'),
  });
  // Staggered deadlines: kecamatan offices first, to spread the end-of-year peak.
  for (const kode of ['KEC-COBLONG', 'KEC-SUKAJADI']) {
    await prisma.batasWaktuUnit.upsert({
      where: { periodeId_unitId: { periodeId: periode2026.id, unitId: unitId.get(kode)! } },
      update: {},
      create: {
        periodeId: periode2026.id,
        unitId: unitId.get(kode)!,
        batasPenilaianDiri: d('2026-12-08'),
        batasPenilaianAtasan: d('2026-12-22'),
      },
    });
  }
  const opdKode = org.units.filter((u) => u.jenis === 'OPD').map((u) => u.kode);
  const orgPredikat = ['BAIK', 'BAIK', 'ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'BAIK', 'ISTIMEWA', 'BAIK', 'BAIK'] as const;
  for (const [i, kode] of opdKode.entries()) {
    for (const per of [periode2025, periode2026]) {
      await prisma.predikatUnit.upsert({
        where: { periodeId_unitId: { periodeId: per.id, unitId: unitId.get(kode)! } },
        update: {},
        create: {
          periodeId: per.id,
          unitId: unitId.get(kode)!,
          predikatOrganisasi: orgPredikat[i % orgPredikat.length]!,
          kalibrasiDikunci: per.id === periode2025.id,
        },
      });
    }
  }

  await seedAppraisals(prisma, r, { org, pegId, jabId, kompId, unitId, periode2025, periode2026 });
  log('Data penilaian contoh dimuat.');
  await seedPengembangan(prisma, log);
  await seedUmpanBalik(prisma, log);
  await seedEvaluasi(prisma, log);
  await seedSiasn(prisma, log);
  await seedDuaFaktor(prisma, log);
  await seedSurel(prisma, log);
  await seedTalenta(prisma, log);
}

function d(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}

async function upsertPeriode(
  prisma: Db,
  p: {
    nama: string;
    tahun: number;
    status: 'DITUTUP' | 'BERJALAN';
    tanggalMulai: Date;
    tanggalSelesai: Date;
    batasRencana: Date;
    batasPenilaianDiri: Date;
    batasPenilaianAtasan: Date;
  },
) {
  const existing = await prisma.periodePenilaian.findFirst({ where: { tahun: p.tahun, jenis: 'TAHUNAN' } });
  if (existing) return existing;
  return prisma.periodePenilaian.create({
    data: {
      ...p,
      jenis: 'TAHUNAN',
      matriks: { create: DEFAULT_MATRIKS },
      pola: { create: defaultPolaRows() },
    },
  });
}

/** Small factories: each test creates exactly the data it needs. */
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import type { JenisJabatan, Role, Golongan } from '../../src/generated/prisma/enums.js';
import { hashPassword } from '../../src/modules/auth/password.js';
import { DEFAULT_MATRIKS, defaultPolaRows } from '../../src/modules/domain/rules.js';

export const PASSWORD = 'Rahasia#2026';
let hash: Promise<string> | undefined;
const passwordHash = () => (hash ??= hashPassword(PASSWORD));

let n = 0;
const next = () => ++n;

export async function makeUnit(
  prisma: PrismaClient,
  opts: { nama?: string; indukId?: number | null; jenis?: 'PEMDA' | 'OPD' | 'BIDANG' | 'SEKSI' | 'UPT' } = {},
) {
  const i = next();
  const induk = opts.indukId ? await prisma.unitKerja.findUniqueOrThrow({ where: { id: opts.indukId } }) : null;
  const u = await prisma.unitKerja.create({
    data: {
      kode: `U${i}-${Date.now() % 100000}`,
      nama: opts.nama ?? `Unit ${i}`,
      jenis: opts.jenis ?? (induk ? 'BIDANG' : 'OPD'),
      indukId: induk?.id ?? null,
    },
  });
  return prisma.unitKerja.update({ where: { id: u.id }, data: { jalur: `${induk?.jalur ?? '/'}${u.id}/` } });
}

export async function makeJabatan(prisma: PrismaClient, unitId: number, jenis: JenisJabatan = 'PELAKSANA', nama?: string) {
  const i = next();
  return prisma.jabatan.create({ data: { kode: `J${i}-${Date.now() % 100000}`, nama: nama ?? `Jabatan ${i}`, jenis, unitId } });
}

let nipSeq = 0;
/** A valid NIP: born 1990-05-17, CPNS 2015-03, gender from arg, running sequence. */
export function makeNip(jk: 'L' | 'P' = 'L'): string {
  nipSeq += 1;
  const day = String(1 + (nipSeq % 28)).padStart(2, '0');
  return `199005${day}201503${jk === 'L' ? 1 : 2}${String((nipSeq % 999) + 1).padStart(3, '0')}`;
}

export async function makePegawai(
  prisma: PrismaClient,
  opts: { unitId: number; jabatanId: number; atasanId?: number | null; nama?: string; golongan?: Golongan; status?: 'PNS' | 'PPPK' },
) {
  const i = next();
  return prisma.pegawai.create({
    data: {
      nip: opts.status === 'PPPK' ? null : makeNip(),
      niPppk: opts.status === 'PPPK' ? `19900517202321${String(i).padStart(5, '0')}` : null,
      nama: opts.nama ?? `Pegawai ${i}`,
      jenisKelamin: 'L',
      status: opts.status ?? 'PNS',
      golongan: opts.golongan ?? 'III_A',
      jabatanId: opts.jabatanId,
      unitId: opts.unitId,
      atasanId: opts.atasanId ?? null,
    },
  });
}

export async function makeUser(
  prisma: PrismaClient,
  opts: { username?: string; pegawaiId?: number | null; roles?: Role[]; aktif?: boolean } = {},
) {
  const i = next();
  return prisma.user.create({
    data: {
      username: opts.username ?? `user${i}`,
      pegawaiId: opts.pegawaiId ?? null,
      passwordHash: await passwordHash(),
      roles: opts.roles ?? ['PEGAWAI'],
      aktif: opts.aktif ?? true,
    },
  });
}

export async function makePeriode(prisma: PrismaClient, opts: { tahun?: number; status?: 'DISIAPKAN' | 'BERJALAN' | 'DITUTUP' } = {}) {
  const tahun = opts.tahun ?? 2026;
  return prisma.periodePenilaian.create({
    data: {
      nama: `Penilaian Kinerja Tahunan ${tahun}`,
      tahun,
      jenis: 'TAHUNAN',
      tanggalMulai: new Date(`${tahun}-01-01T00:00:00Z`),
      tanggalSelesai: new Date(`${tahun}-12-31T00:00:00Z`),
      batasPenilaianDiri: new Date(`${tahun}-12-15T00:00:00Z`),
      batasPenilaianAtasan: new Date(`${tahun}-12-31T00:00:00Z`),
      status: opts.status ?? 'BERJALAN',
      matriks: { create: DEFAULT_MATRIKS },
      pola: { create: defaultPolaRows() },
    },
  });
}

/**
 * A small organisation: OPD → seksi, a kepala (pimpinan), a supervisor with two staff, an admin,
 * and an unrelated supervisor+staff pair in another OPD. Everyone's password is PASSWORD.
 */
export async function makeOrg(prisma: PrismaClient) {
  const opd = await makeUnit(prisma, { nama: 'Dinas Uji' });
  const seksi = await makeUnit(prisma, { nama: 'Seksi Uji', indukId: opd.id, jenis: 'SEKSI' });
  const opd2 = await makeUnit(prisma, { nama: 'Dinas Lain' });
  const jKadis = await makeJabatan(prisma, opd.id, 'JPT_PRATAMA', 'Kepala Dinas Uji');
  const jKasi = await makeJabatan(prisma, seksi.id, 'PENGAWAS', 'Kepala Seksi Uji');
  const jStaf = await makeJabatan(prisma, seksi.id, 'PELAKSANA', 'Pengelola Data');
  const jLain = await makeJabatan(prisma, opd2.id, 'PENGAWAS', 'Kepala Seksi Lain');
  const kadis = await makePegawai(prisma, { unitId: opd.id, jabatanId: jKadis.id, nama: 'Kepala Uji', golongan: 'IV_C' });
  const kasi = await makePegawai(prisma, {
    unitId: seksi.id,
    jabatanId: jKasi.id,
    atasanId: kadis.id,
    nama: 'Atasan Uji',
    golongan: 'III_D',
  });
  const staf = await makePegawai(prisma, { unitId: seksi.id, jabatanId: jStaf.id, atasanId: kasi.id, nama: 'Staf Uji' });
  const staf2 = await makePegawai(prisma, { unitId: seksi.id, jabatanId: jStaf.id, atasanId: kasi.id, nama: 'Staf Dua' });
  const kasiLain = await makePegawai(prisma, { unitId: opd2.id, jabatanId: jLain.id, nama: 'Atasan Lain' });
  const stafLain = await makePegawai(prisma, { unitId: opd2.id, jabatanId: jStaf.id, atasanId: kasiLain.id, nama: 'Staf Lain' });
  const uKadis = await makeUser(prisma, { username: `kadis${next()}`, pegawaiId: kadis.id, roles: ['PEGAWAI', 'PIMPINAN'] });
  const uKasi = await makeUser(prisma, { username: `kasi${next()}`, pegawaiId: kasi.id });
  const uStaf = await makeUser(prisma, { username: `staf${next()}`, pegawaiId: staf.id });
  const uStaf2 = await makeUser(prisma, { username: `stafb${next()}`, pegawaiId: staf2.id });
  const uKasiLain = await makeUser(prisma, { username: `kasilain${next()}`, pegawaiId: kasiLain.id });
  const uStafLain = await makeUser(prisma, { username: `staflain${next()}`, pegawaiId: stafLain.id });
  const uAdmin = await makeUser(prisma, { username: `admin${next()}`, roles: ['ADMIN_BKD'] });
  return {
    units: { opd, seksi, opd2 },
    jabatan: { jKadis, jKasi, jStaf, jLain },
    pegawai: { kadis, kasi, staf, staf2, kasiLain, stafLain },
    users: { kadis: uKadis, kasi: uKasi, staf: uStaf, staf2: uStaf2, kasiLain: uKasiLain, stafLain: uStafLain, admin: uAdmin },
  };
}

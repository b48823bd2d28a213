/** Factories for multi-source feedback tests. */
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import { makeJabatan, makePegawai, makeUser } from './factories.js';

export async function setPengaturan(prisma: PrismaClient, kunci: string, nilai: unknown) {
  await prisma.pengaturan.upsert({ where: { kunci }, update: { nilai: nilai as never }, create: { kunci, nilai: nilai as never } });
}

/** Extra staff with accounts under a supervisor (peers of each other). */
export async function makeRekan(prisma: PrismaClient, opts: { unitId: number; atasanId: number; n: number; prefix: string }) {
  const jab = await makeJabatan(prisma, opts.unitId, 'PELAKSANA', `Jabatan ${opts.prefix}`);
  const out = [];
  for (let i = 0; i < opts.n; i++) {
    const p = await makePegawai(prisma, {
      unitId: opts.unitId,
      jabatanId: jab.id,
      atasanId: opts.atasanId,
      nama: `${opts.prefix} ${i + 1}`,
    });
    const u = await makeUser(prisma, {
      username: `${opts.prefix.toLowerCase().replace(/\W/g, '')}${i}${Date.now() % 10000}`,
      pegawaiId: p.id,
    });
    out.push({ pegawai: p, user: u });
  }
  return out;
}

export async function makeTautan(prisma: PrismaClient, unitId: number, token: string, pegawaiId: number | null = null) {
  return prisma.tautanUmpanBalikPublik.create({ data: { token, unitId, pegawaiId } });
}

/** Helpers for the admin tests: sign in as the org's admin, post forms with the CSRF token. */
import type { TestContext, Agent } from './app.js';
import { login, csrfFrom } from './app.js';
import { type makeOrg, PASSWORD } from './factories.js';

export type Org = Awaited<ReturnType<typeof makeOrg>>;

export interface AdminSession {
  agent: Agent;
  csrf: string;
  /** POSTs a urlencoded form with the CSRF token. */
  post(url: string, body?: Record<string, string | string[]>): ReturnType<Agent['post']>;
}

export async function asAdmin(ctx: TestContext, org: Org): Promise<AdminSession> {
  return as(ctx, org.users.admin.username);
}

export async function as(ctx: TestContext, username: string): Promise<AdminSession> {
  const { agent, csrf } = await login(ctx.app, username, PASSWORD);
  return {
    agent,
    csrf,
    post: (url, body = {}) =>
      agent
        .post(url)
        .type('form')
        .send({ _csrf: csrf, ...body }),
  };
}

export { csrfFrom };

import type { PrismaClient } from '../../src/generated/prisma/client.js';

/** The three groups and a few competencies, each with five levels. */
export async function makeKamus(prisma: PrismaClient) {
  const kel = async (kode: 'MANAJERIAL' | 'SOSIAL_KULTURAL' | 'TEKNIS', nama: string, urutan: number) =>
    prisma.kelompokKompetensi.upsert({ where: { kode }, update: {}, create: { kode, nama, urutan } });
  const manajerial = await kel('MANAJERIAL', 'Manajerial', 1);
  const sosial = await kel('SOSIAL_KULTURAL', 'Sosial Kultural', 2);
  const teknis = await kel('TEKNIS', 'Teknis', 3);
  const komp = async (kode: string, nama: string, kelompokId: number, urutan: number) =>
    prisma.kompetensi.create({
      data: {
        kode,
        nama,
        definisi: `Definisi ${nama}.`,
        kelompokId,
        urutan,
        level: {
          create: [1, 2, 3, 4, 5].map((level) => ({
            level,
            label: ['', 'Paham', 'Dasar', 'Menengah', 'Mumpuni', 'Ahli'][level]!,
            deskripsi: `${nama} level ${level}.`,
            indikator: [`Indikator ${nama} ${level}a`, `Indikator ${nama} ${level}b`],
          })),
        },
      },
    });
  const integritas = await komp('M1', 'Integritas', manajerial.id, 1);
  const komunikasi = await komp('M3', 'Komunikasi', manajerial.id, 3);
  const perekat = await komp('SK1', 'Perekat Bangsa', sosial.id, 1);
  const data = await komp('T-DATA', 'Pengelolaan Data', teknis.id, 1);
  return { kelompok: { manajerial, sosial, teknis }, kompetensi: { integritas, komunikasi, perekat, data } };
}

/** Form body for a competency edit with all five levels filled. */
export function kompetensiForm(k: { kode: string; nama: string; kelompokId: number }, overrides: Record<string, string | string[]> = {}) {
  const body: Record<string, string | string[]> = {
    kode: k.kode,
    nama: k.nama,
    kelompokId: String(k.kelompokId),
    unitId: '',
    definisi: `Definisi ${k.nama}.`,
    urutan: '1',
  };
  for (const n of [1, 2, 3, 4, 5]) {
    body[`l${n}_label`] = ['', 'Paham', 'Dasar', 'Menengah', 'Mumpuni', 'Ahli'][n]!;
    body[`l${n}_deskripsi`] = `${k.nama} level ${n}.`;
    body[`l${n}_indikator`] = [`Indikator ${k.nama} ${n}a`, `Indikator ${k.nama} ${n}b`, ''];
  }
  return { ...body, ...overrides };
}

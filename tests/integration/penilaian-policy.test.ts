/**
 * The appraisal policy (src/modules/penilaian/penilaian.policy.ts) as a table: every relation a
 * person can have to an appraisal × every action, checked against a real database, plus the
 * pages that rely on it (the document a delegated rater could not open before).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setupApp, login, type TestContext } from '../helpers/app.js';
import { makeOrg, makePegawai, makeUser, makePeriode, PASSWORD } from '../helpers/factories.js';
import { makePenilaian } from '../helpers/laporan-factories.js';
import { loadPrincipal } from '../../src/modules/auth/auth.service.js';
import { penilaianBoleh, type AksiPenilaian } from '../../src/modules/penilaian/penilaian.policy.js';

let ctx: TestContext;
let pkId: number;
const users: Record<string, { id: number; username: string }> = {};

const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000);

beforeAll(async () => {
  ctx = await setupApp();
  const org = await makeOrg(ctx.prisma);
  const p = ctx.prisma;
  const { opd, seksi, opd2 } = org.units;
  const mk = async (nama: string, unitId: number, roles: ('PEGAWAI' | 'PIMPINAN')[] = ['PEGAWAI']) => {
    const pg = await makePegawai(p, { unitId, jabatanId: org.jabatan.jStaf.id, nama });
    const u = await makeUser(p, { username: nama.toLowerCase().replace(/\W/g, ''), pegawaiId: pg.id, roles });
    return { pg, u };
  };
  const apn = await mk('Atasan Pejabat Penilai', opd.id);
  const pltAsal = await mk('Plt Penilai', opd2.id);
  const pltPegawai = await mk('Plh Pegawai', opd2.id);
  const pltUnit = await mk('Plt Unit', opd2.id);
  const pltUsang = await mk('Plt Usang', opd2.id);
  const pimpinanLain = await mk('Pimpinan Lain', opd2.id, ['PEGAWAI', 'PIMPINAN']);
  const now = new Date();
  const aktif = { mulai: new Date(now.getTime() - 5 * 86_400_000), selesai: new Date(now.getTime() + 30 * 86_400_000) };
  await p.delegasi.createMany({
    data: [
      { jenis: 'PLT', penerimaId: pltAsal.pg.id, asalId: org.pegawai.kasi.id, ...aktif },
      { jenis: 'PLH', penerimaId: pltPegawai.pg.id, pegawaiId: org.pegawai.staf.id, ...aktif },
      { jenis: 'PLT', penerimaId: pltUnit.pg.id, unitId: seksi.id, ...aktif },
      { jenis: 'PLT', penerimaId: pltUsang.pg.id, asalId: org.pegawai.kasi.id, mulai: day(0), selesai: day(30) },
    ],
  });
  const periode = await makePeriode(p);
  const pk = await makePenilaian(p, { periodeId: periode.id, pegawai: org.pegawai.staf, status: 'DINILAI', atasanPenilaiId: apn.pg.id });
  pkId = pk.id;
  Object.assign(users, {
    pegawai: org.users.staf,
    penilai: org.users.kasi,
    pltPenilai: pltAsal.u,
    plhPegawai: pltPegawai.u,
    pltUnit: pltUnit.u,
    pltBerakhir: pltUsang.u,
    atasanPejabatPenilai: apn.u,
    pimpinanSubtree: org.users.kadis,
    pimpinanLain: pimpinanLain.u,
    rekan: org.users.staf2,
    atasanLain: org.users.kasiLain,
    adminBkd: org.users.admin,
  });
});
afterAll(() => ctx.close());

//                         baca   nilai  kalibrasi
const TABLE: [string, boolean, boolean, boolean][] = [
  ['pegawai', true, false, false],
  ['penilai', true, true, false],
  ['pltPenilai', true, true, false],
  ['plhPegawai', true, true, false],
  ['pltUnit', true, true, false],
  ['pltBerakhir', false, false, false],
  ['atasanPejabatPenilai', true, false, false],
  ['pimpinanSubtree', true, false, true],
  ['pimpinanLain', false, false, false],
  ['rekan', false, false, false],
  ['atasanLain', false, false, false],
  ['adminBkd', true, false, true],
];
const AKSI: AksiPenilaian[] = ['baca', 'nilai', 'kalibrasi'];

describe('appraisal policy table', () => {
  for (const [who, ...expected] of TABLE) {
    for (const [i, aksi] of AKSI.entries()) {
      it(`when ${who} asks to ${aksi}, then the answer is ${expected[i] ? 'yes' : 'no (not found)'}`, async () => {
        const principal = await loadPrincipal(ctx.prisma, users[who]!.id);
        const found = await ctx.prisma.penilaianKinerja.count({ where: { AND: [{ id: pkId }, penilaianBoleh(principal!, aksi)] } });
        expect(found).toBe(expected[i] ? 1 : 0);
      });
    }
  }
});

describe('pages that use the policy', () => {
  it('when a Plt rater opens the Dokumen Evaluasi Kinerja of someone they may rate, then it opens', async () => {
    const { agent } = await login(ctx.app, users.pltPenilai!.username, PASSWORD);
    const res = await agent.get(`/laporan/dokumen/${pkId}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Staf Uji');
  });

  it('every relation sees the document exactly when the policy says it may read the appraisal', async () => {
    for (const [who, baca] of TABLE) {
      const { agent } = await login(ctx.app, users[who]!.username, PASSWORD);
      const res = await agent.get(`/laporan/dokumen/${pkId}`);
      expect([who, res.status]).toEqual([who, baca ? 200 : 404]);
    }
  });

  it('when a Plt rater opens the rating page, then it opens; a colleague gets 404', async () => {
    const plt = await login(ctx.app, users.pltPenilai!.username, PASSWORD);
    expect((await plt.agent.get(`/tim/penilaian/${pkId}`)).status).toBe(200);
    const rekan = await login(ctx.app, users.rekan!.username, PASSWORD);
    expect((await rekan.agent.get(`/tim/penilaian/${pkId}`)).status).toBe(404);
  });
});

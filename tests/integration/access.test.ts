import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import { setupApp, login, type TestContext, type Agent } from '../helpers/app.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';

let ctx: TestContext;
const agents: Record<string, Agent> = {};

beforeAll(async () => {
  ctx = await setupApp();
  const org = await makeOrg(ctx.prisma);
  await makePeriode(ctx.prisma);
  agents.pegawai = (await login(ctx.app, org.users.staf.username, PASSWORD)).agent;
  agents.atasan = (await login(ctx.app, org.users.kasi.username, PASSWORD)).agent;
  agents.pimpinan = (await login(ctx.app, org.users.kadis.username, PASSWORD)).agent;
  agents.admin = (await login(ctx.app, org.users.admin.username, PASSWORD)).agent;
});
afterAll(() => ctx.close());

// Expected status per role: 200 = page, 302 = sent to login, 403 = refused, 404 = not theirs / not applicable.
const MATRIX: [string, { anon: number; pegawai: number; atasan: number; pimpinan: number; admin: number }][] = [
  ['/beranda', { anon: 302, pegawai: 200, atasan: 200, pimpinan: 200, admin: 200 }],
  ['/profil', { anon: 302, pegawai: 200, atasan: 200, pimpinan: 200, admin: 200 }],
  ['/notifikasi', { anon: 302, pegawai: 200, atasan: 200, pimpinan: 200, admin: 200 }],
  ['/penilaian', { anon: 302, pegawai: 200, atasan: 200, pimpinan: 200, admin: 404 }],
  ['/tim', { anon: 302, pegawai: 200, atasan: 200, pimpinan: 200, admin: 404 }],
  ['/keberatan', { anon: 302, pegawai: 200, atasan: 200, pimpinan: 200, admin: 200 }],
  ['/admin', { anon: 302, pegawai: 403, atasan: 403, pimpinan: 403, admin: 200 }],
  ['/laporan/progres', { anon: 302, pegawai: 403, atasan: 403, pimpinan: 200, admin: 200 }],
  ['/masuk', { anon: 200, pegawai: 302, atasan: 302, pimpinan: 302, admin: 302 }],
];

describe('role access matrix', () => {
  for (const [path, want] of MATRIX) {
    for (const role of ['anon', 'pegawai', 'atasan', 'pimpinan', 'admin'] as const) {
      it(`${role} → ${path} answers ${want[role]}`, async () => {
        const res = role === 'anon' ? await request(ctx.app).get(path) : await agents[role]!.get(path);
        expect(res.status).toBe(want[role]);
        if (want[role] === 302 && role === 'anon') expect(res.headers.location).toMatch(/^\/masuk/);
      });
    }
  }
  it('the navigation shows each role only its own entries', async () => {
    const nav = async (a: Agent) => ((await a.get('/beranda')).text.match(/<nav aria-label="Navigasi utama"[\s\S]*?<\/nav>/) ?? [''])[0];
    expect(await nav(agents.pegawai!)).not.toContain('Tim saya');
    expect(await nav(agents.atasan!)).toContain('Tim saya');
    expect(await nav(agents.pegawai!)).not.toContain('Administrasi');
    expect(await nav(agents.admin!)).toContain('Administrasi');
  });
});

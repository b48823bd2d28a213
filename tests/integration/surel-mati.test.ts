/**
 * With SMTP_URL unset (the default), e-mail does not exist for the app: actions notify in the app
 * exactly as before, no outbox row is written, no queue starts, and the two e-mail pages say that
 * sending is off (the profile choices can still be saved for later).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { pino } from 'pino';
import { mulaiAntreanSurel } from '../../src/modules/surel/antrean.js';
import { setupApp, login, csrfFrom, type TestContext } from '../helpers/app.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';

let ctx: TestContext;
let org: Awaited<ReturnType<typeof makeOrg>>;

beforeAll(async () => {
  ctx = await setupApp();
  org = await makeOrg(ctx.prisma);
  await ctx.prisma.pegawai.update({ where: { id: org.pegawai.staf.id }, data: { email: 'staf@contoh.go.id' } });
});
afterAll(() => ctx.close());

describe('surel off (SMTP_URL unset)', () => {
  it('when a self-assessment is returned, then the in-app notification is written as before and no e-mail is queued, and no queue starts', async () => {
    expect(ctx.config.SMTP_URL).toBeUndefined();
    const periode = await makePeriode(ctx.prisma);
    const p = await ctx.prisma.penilaianKinerja.create({
      data: {
        periodeId: periode.id,
        pegawaiId: org.pegawai.staf.id,
        unitId: org.pegawai.staf.unitId,
        jabatanId: org.pegawai.staf.jabatanId,
        penilaiId: org.pegawai.kasi.id,
        status: 'DIKIRIM',
      },
    });
    const kasi = await login(ctx.app, org.users.kasi.username, PASSWORD);
    const page = await kasi.agent.get(`/tim/penilaian/${p.id}`);
    const res = await kasi.agent
      .post(`/tim/penilaian/${p.id}/kembalikan`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), alasan: 'Lengkapi bukti dukung indikator kedua.' });
    expect(res.status).toBe(302);
    expect(await ctx.prisma.notifikasi.count({ where: { userId: org.users.staf.id } })).toBe(1);
    expect(await ctx.prisma.surelKeluar.count()).toBe(0);
    expect(await mulaiAntreanSurel({ url: ctx.url, prisma: ctx.prisma, config: ctx.config, logger: pino({ level: 'silent' }) })).toBeNull();
    const schema = await ctx.prisma.$queryRaw<unknown[]>`SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'`;
    expect(schema).toHaveLength(0);
  });

  it('when staff and Admin BKD open the e-mail pages, then they say sending is off, and choices can still be saved', async () => {
    const s = await login(ctx.app, org.users.staf.username, PASSWORD);
    const page = await s.agent.get('/profil/surel');
    expect(page.status).toBe(200);
    expect(page.text).toContain('belum diaktifkan');
    const body = Object.fromEntries(
      ['PENGINGAT_BATAS', 'PENILAIAN_DIKEMBALIKAN', 'PENILAIAN_FINAL', 'KEBERATAN', 'KALIBRASI', 'UMPAN_BALIK_360', 'LAINNYA'].map((k) => [
        k,
        'SUREL',
      ]),
    );
    const ok = await s.agent
      .post('/profil/surel')
      .type('form')
      .send({ ...body, _csrf: csrfFrom(page.text) });
    expect(ok.status).toBe(302);
    expect(await ctx.prisma.preferensiSurel.count({ where: { userId: org.users.staf.id } })).toBe(7);
    const admin = await login(ctx.app, org.users.admin.username, PASSWORD);
    const daftar = await admin.agent.get('/admin/surel');
    expect(daftar.status).toBe(200);
    expect(daftar.text).toContain('SMTP_URL');
  });
});

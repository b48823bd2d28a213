import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setupApp, login, type TestContext } from '../helpers/app.js';
import { makeOrg, makePeriode, PASSWORD } from '../helpers/factories.js';

let ctx: TestContext;
let org: Awaited<ReturnType<typeof makeOrg>>;
beforeAll(async () => {
  ctx = await setupApp();
  org = await makeOrg(ctx.prisma);
  await makePeriode(ctx.prisma);
});
afterAll(() => ctx.close());

describe('a failed database write keeps the text', () => {
  it('when the database fails during a form post, then the error page shows the typed text and a resend form', async () => {
    const staf = await login(ctx.app, org.users.staf.username, PASSWORD);
    const start = await staf.agent.post('/penilaian/mulai').type('form').send({ _csrf: staf.csrf });
    const id = Number(start.headers.location.split('/').pop());
    // Make the next write fail the way a lost connection or full disk would.
    await ctx.prisma.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION sikap_gagal() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk penuh'; END $$ LANGUAGE plpgsql`,
    );
    await ctx.prisma.$executeRawUnsafe(
      `CREATE TRIGGER t_gagal BEFORE INSERT ON "RencanaHasilKerja" FOR EACH ROW EXECUTE FUNCTION sikap_gagal()`,
    );
    const res = await staf.agent
      .post(`/penilaian/${id}/rhk`)
      .type('form')
      .send({ _csrf: staf.csrf, uraian: 'Teks rencana yang panjang dan penting' });
    expect(res.status).toBe(500);
    expect(res.text).toContain('Teks rencana yang panjang dan penting');
    expect(res.text).toContain('Kirim ulang');
    expect(res.text).toContain(`action="/penilaian/${id}/rhk"`);
    await ctx.prisma.$executeRawUnsafe(`DROP TRIGGER t_gagal ON "RencanaHasilKerja"`);
    // Resending the same fields now works.
    const again = await staf.agent
      .post(`/penilaian/${id}/rhk`)
      .type('form')
      .send({ _csrf: staf.csrf, uraian: 'Teks rencana yang panjang dan penting' });
    expect(again.status).toBe(302);
  });
});

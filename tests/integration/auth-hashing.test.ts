import argon2 from 'argon2';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import { setupApp, csrfFrom, login, type TestContext } from '../helpers/app.js';
import { makeOrg, PASSWORD } from '../helpers/factories.js';

let ctx: TestContext;
let org: Awaited<ReturnType<typeof makeOrg>>;

beforeAll(async () => {
  // One hash at a time and one waiting: a burst must be turned away, not queued without bound.
  ctx = await setupApp({ PASSWORD_HASH_CONCURRENCY: '1', PASSWORD_HASH_QUEUE: '1', LOGIN_RATE_LIMIT_PER_15MIN: '1000' });
  org = await makeOrg(ctx.prisma);
});
afterAll(() => ctx.close());

describe('password hashing under load', () => {
  it('when more sign-ins arrive than the hasher may queue, then the excess gets 503 with Retry-After and the typed NIP kept, and no failure is counted', async () => {
    const u = org.users.staf;
    const forms = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const agent = request.agent(ctx.app);
        return { agent, csrf: csrfFrom((await agent.get('/masuk')).text) };
      }),
    );
    const res = await Promise.all(
      forms.map((f) => f.agent.post('/masuk').type('form').send({ _csrf: f.csrf, identitas: u.username, sandi: 'salah-sandi-1' })),
    );
    const busy = res.filter((r) => r.status === 503);
    const judged = res.filter((r) => r.status === 401 || r.status === 423);
    expect(busy.length).toBeGreaterThan(0);
    expect(judged.length).toBeGreaterThan(0);
    expect(busy.length + judged.length).toBe(8);
    expect(busy[0]!.headers['retry-after']).toBe('3');
    expect(busy[0]!.text).toContain('Banyak pengguna sedang masuk bersamaan');
    expect(busy[0]!.text).toContain(`value="${u.username}"`);
    // Only the attempts that were really checked count towards the lockout.
    const row = await ctx.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    const locked = row.terkunciHingga !== null;
    if (!locked) expect(row.gagalLogin).toBe(judged.length);
    await ctx.prisma.user.update({ where: { id: u.id }, data: { gagalLogin: 0, terkunciHingga: null } });
    // Once the burst is over, signing in works again.
    await expect(login(ctx.app, u.username, PASSWORD)).resolves.toBeTruthy();
  });

  it('when a password hash has older parameters, then signing in upgrades it to argon2id 19 MiB, t=2, p=1 and the password still works', async () => {
    const u = org.users.staf2;
    await ctx.prisma.user.update({ where: { id: u.id }, data: { passwordHash: await argon2.hash(PASSWORD, { type: argon2.argon2id }) } });
    expect((await ctx.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).passwordHash).toContain('m=65536,p=4,t=3');
    await login(ctx.app, u.username, PASSWORD);
    const after = (await ctx.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).passwordHash;
    expect(after).toContain('$argon2id$');
    expect(after).toContain('m=19456,p=1,t=2');
    await expect(login(ctx.app, u.username, PASSWORD)).resolves.toBeTruthy();
  });
});

/** Helpers for the admin tests: sign in as the org's admin, post forms with the CSRF token. */
import type { TestContext, Agent } from './app.js';
import { login, csrfFrom } from './app.js';
import { makeOrg, PASSWORD } from './factories.js';

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
    post: (url, body = {}) => agent.post(url).type('form').send({ _csrf: csrf, ...body }),
  };
}

export { csrfFrom };

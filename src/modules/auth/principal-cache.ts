import type { Principal } from '../../core/principal.js';

/**
 * The principal of each signed-in user, kept in this process between requests (issue 15): it is
 * built from five tables (user, pegawai, jabatan, unit, counts of subordinates and unread
 * notifications), and almost never changes between two requests of the same person.
 *
 * The key is the version read with the session on every request, in the same statement
 * (`User.versiPrincipal` + the `principal_umum` row of `VersiData`, see the ThrottledPgStore in
 * src/app.ts). Database triggers bump them on every write that changes what a principal shows
 * (migration principal_versi), so a write by any worker process, an import or raw SQL is seen
 * by the very next request of every worker — no time-to-live, nothing stale. A principal loaded
 * while a write lands is stored under the older key and simply loaded again next time.
 */
export class PrincipalCache {
  private readonly entries = new Map<number, { key: string; principal: Principal }>();
  constructor(private readonly max = 100_000) {}

  get(userId: number, key: string): Principal | undefined {
    const e = this.entries.get(userId);
    return e && e.key === key ? e.principal : undefined;
  }

  set(userId: number, key: string, principal: Principal): void {
    if (this.entries.size >= this.max && !this.entries.has(userId)) this.entries.clear();
    // Shared by every request of this user: nobody may change it in place.
    Object.freeze(principal.roles);
    this.entries.set(userId, { key, principal: Object.freeze(principal) });
  }
}

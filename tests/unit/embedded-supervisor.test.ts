/**
 * The restart rules of the embedded PostgreSQL supervisor (src/db/embedded.ts) with a fake
 * postmaster; the real one is killed in tests/integration/embedded-restart.test.ts.
 */
import { EventEmitter } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import { describe, it, expect, afterEach } from 'vitest';
import { Supervisor } from '../../src/db/embedded.js';

class FakePostmaster extends EventEmitter {
  exitCode: number | null = null;
  signalCode: string | null = null;
  die(signal = 'SIGKILL') {
    this.signalCode = signal;
    this.emit('exit', null, signal);
  }
}

function harness(opts: { maxAttempts: number; startFails?: (n: number) => boolean; diesAfterStart?: boolean }) {
  let current: FakePostmaster | undefined = new FakePostmaster();
  let stopping = false;
  const log: string[] = [];
  const gaveUp: string[] = [];
  let starts = 0;
  const sup = new Supervisor({
    log: (m) => log.push(m),
    maxAttempts: opts.maxAttempts,
    onGiveUp: (r) => gaveUp.push(r),
    current: () => (current && current.exitCode === null && current.signalCode === null ? (current as unknown as ChildProcess) : undefined),
    start: async () => {
      starts += 1;
      if (opts.startFails?.(starts)) throw new Error('FATAL: could not create any TCP/IP sockets');
      current = new FakePostmaster();
      if (opts.diesAfterStart) {
        const c = current;
        setTimeout(() => c.die(), 10);
      }
    },
    kill: () => {},
    detail: () => '',
    stopping: () => stopping,
  });
  sup.watch();
  return {
    sup,
    log,
    gaveUp,
    starts: () => starts,
    kill: () => current!.die(),
    stop: async () => {
      stopping = true;
      await sup.halt();
    },
  };
}

const until = async (cond: () => boolean, ms = 10_000) => {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

afterEach(() => {
  Supervisor.STABLE_MS = 60_000;
});

describe('embedded PostgreSQL supervisor', () => {
  it('when the postmaster dies, then it is started again after a short pause and watched again', async () => {
    const h = harness({ maxAttempts: 3 });
    h.kill();
    await until(() => h.log.some((l) => l.includes('bawaan pulih')));
    expect(h.starts()).toBe(1);
    expect(h.log[0]).toContain('berhenti tiba-tiba (sinyal SIGKILL)');
    // The new postmaster is watched too.
    h.kill();
    await until(() => h.starts() === 2);
    await h.stop();
    expect(h.gaveUp).toEqual([]);
  });

  it('when starting fails, then it tries again, and gives up (once) after maxAttempts failures in a row', async () => {
    const h = harness({ maxAttempts: 2, startFails: () => true });
    h.kill();
    await until(() => h.gaveUp.length > 0);
    expect(h.starts()).toBe(2);
    expect(h.log.filter((l) => /Percobaan \d dari 2 .* gagal/.test(l))).toHaveLength(2);
    expect(h.gaveUp).toHaveLength(1);
    expect(h.gaveUp[0]).toContain('tidak dapat dijalankan ulang setelah 2 percobaan');
  });

  it('when it keeps dying right after each start, then the attempts add up and it gives up; after a stable run the count starts afresh', async () => {
    const loop = harness({ maxAttempts: 2, diesAfterStart: true });
    loop.kill();
    await until(() => loop.gaveUp.length > 0);
    expect(loop.starts()).toBe(2);

    Supervisor.STABLE_MS = 0; // every run counts as stable
    const stable = harness({ maxAttempts: 1 });
    stable.kill();
    await until(() => stable.starts() === 1 && stable.log.some((l) => l.includes('bawaan pulih')));
    stable.kill();
    await until(() => stable.starts() === 2);
    await stable.stop();
    expect(stable.gaveUp).toEqual([]);
  });

  it('when the app stops during an outage, then no restart follows', async () => {
    const h = harness({ maxAttempts: 3 });
    h.kill();
    await h.stop();
    await new Promise((r) => setTimeout(r, 700));
    expect(h.starts()).toBe(0);
    expect(h.gaveUp).toEqual([]);
  });
});

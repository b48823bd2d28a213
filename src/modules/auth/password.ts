import os from 'node:os';
import argon2 from 'argon2';
import pLimit, { type LimitFunction } from 'p-limit';
import { AppError } from '../../core/errors.js';

/**
 * argon2id at OWASP's baseline (19 MiB, t=2, p=1; decision 093). One lane per hash keeps a hash
 * on one core; older hashes (the library default 64 MiB, t=3, p=4) still verify and are
 * re-hashed at the next sign-in.
 */
export const ARGON2 = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Too many sign-ins are already waiting for the hasher: answer at once instead of queueing. */
export class HasherBusyError extends AppError {
  constructor() {
    super('Banyak pengguna sedang masuk bersamaan. Tunggu beberapa detik lalu coba lagi.', 503);
  }
}

/**
 * Hashing shares libuv's thread pool with gzip and file reads, and the CPU with every page. A
 * sign-in storm once took the self-assessment page from 119 to 2 req/s (docs/performance.md), so
 * at most `concurrency` hashes run at a time and at most `maxQueue` wait.
 */
let limit: LimitFunction = pLimit(Math.max(1, Math.floor(os.availableParallelism() / 2)));
let maxQueue = 100;
export function setHashing(opts: { concurrency: number; maxQueue: number }): void {
  limit = pLimit(opts.concurrency);
  maxQueue = opts.maxQueue;
}

function guarded<T>(fn: () => Promise<T>): Promise<T> {
  if (limit.pendingCount >= maxQueue) return Promise.reject(new HasherBusyError());
  return limit(fn);
}

export function hashPassword(plain: string): Promise<string> {
  return guarded(() => argon2.hash(plain, ARGON2));
}

/** True when a stored hash was made with other parameters than today's. */
export function needsRehash(hash: string): boolean {
  try {
    return argon2.needsRehash(hash, ARGON2);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Verifies; for unknown users it still spends the same time, so timing does not reveal accounts. */
export async function verifyPassword(hash: string | null, plain: string): Promise<boolean> {
  const target = hash ?? (await (dummyHash ??= argon2.hash('sikap-dummy-password', ARGON2)));
  try {
    const ok = await guarded(() => argon2.verify(target, plain));
    return hash !== null && ok;
  } catch (e) {
    if (e instanceof HasherBusyError) throw e;
    return false;
  }
}

import argon2 from 'argon2';

// argon2id with the library's defaults (64 MiB, t=3, p=4). Hashing runs on libuv's thread pool,
// so a burst of logins slows logins, not every other route.
export function hashPassword(plain: string): Promise<string> {
  return argon2.hash(plain, { type: argon2.argon2id });
}

let dummyHash: Promise<string> | undefined;
/** Verifies; for unknown users it still spends the same time, so timing does not reveal accounts. */
export async function verifyPassword(hash: string | null, plain: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('sikap-dummy-password');
    await argon2.verify(await dummyHash, plain).catch(() => false);
    return false;
  }
  try {
    return await argon2.verify(hash, plain);
  } catch {
    return false;
  }
}

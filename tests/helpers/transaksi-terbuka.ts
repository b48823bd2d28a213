import type { PrismaClient, Prisma } from '../../src/generated/prisma/client.js';

/**
 * Runs `tulis` in a transaction and `selagiTerbuka` while that transaction is still open (its
 * write not yet committed), then commits. For the caches keyed by versions bumped in the writer's
 * transaction: a page read in between must show the old data, a page read after the commit the new.
 */
export async function selamaTransaksiTerbuka(
  prisma: PrismaClient,
  tulis: (t: Prisma.TransactionClient) => Promise<unknown>,
  selagiTerbuka: () => Promise<void>,
): Promise<void> {
  let lepas!: () => void;
  const tahan = new Promise<void>((r) => (lepas = r));
  let ditulis!: () => void;
  const sudahDitulis = new Promise<void>((r) => (ditulis = r));
  const tx = prisma.$transaction(
    async (t) => {
      await tulis(t);
      ditulis();
      await tahan;
    },
    { timeout: 20_000 },
  );
  try {
    await sudahDitulis;
    await selagiTerbuka();
  } finally {
    lepas();
    await tx;
  }
}

import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type Db = PrismaClient;
let prisma: PrismaClient | undefined;

/** The one PrismaClient of the process. */
export function connectDb(url: string, poolSize = 10): PrismaClient {
  if (prisma) return prisma;
  const adapter = new PrismaPg({ connectionString: url, max: poolSize });
  prisma = new PrismaClient({ adapter });
  return prisma;
}

export function db(): PrismaClient {
  if (!prisma) throw new Error('Database belum terhubung (connectDb belum dipanggil).');
  return prisma;
}

export async function disconnectDb(): Promise<void> {
  if (prisma) await prisma.$disconnect();
  prisma = undefined;
}

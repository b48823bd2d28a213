-- CreateEnum
CREATE TYPE "StatusImpor" AS ENUM ('PRATINJAU', 'DITERAPKAN', 'GAGAL');

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "jenis" TEXT NOT NULL,
    "namaBerkas" TEXT NOT NULL,
    "status" "StatusImpor" NOT NULL DEFAULT 'PRATINJAU',
    "kolom" JSONB NOT NULL,
    "pemetaan" JSONB NOT NULL,
    "baris" JSONB NOT NULL,
    "jumlahBaris" INTEGER NOT NULL,
    "progres" INTEGER NOT NULL DEFAULT 0,
    "ringkasan" JSONB,
    "galat" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "selesaiPada" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportJob_userId_createdAt_idx" ON "ImportJob"("userId", "createdAt");

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "totpAktifSejak" TIMESTAMP(3),
ADD COLUMN     "totpLangkahTerakhir" INTEGER,
ADD COLUMN     "totpRahasia" TEXT;

-- CreateTable
CREATE TABLE "KodePemulihan" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "kodeHash" TEXT NOT NULL,
    "dipakaiPada" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KodePemulihan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KodePemulihan_kodeHash_key" ON "KodePemulihan"("kodeHash");

-- CreateIndex
CREATE INDEX "KodePemulihan_userId_idx" ON "KodePemulihan"("userId");

-- AddForeignKey
ALTER TABLE "KodePemulihan" ADD CONSTRAINT "KodePemulihan_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

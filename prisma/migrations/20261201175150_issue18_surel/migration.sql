-- CreateEnum
CREATE TYPE "JenisSurel" AS ENUM ('PENGINGAT_BATAS', 'PENILAIAN_DIKEMBALIKAN', 'PENILAIAN_FINAL', 'KEBERATAN', 'KALIBRASI', 'UMPAN_BALIK_360', 'LAINNYA', 'RINGKASAN');

-- CreateEnum
CREATE TYPE "CaraKirim" AS ENUM ('APLIKASI', 'SUREL', 'RINGKASAN');

-- CreateEnum
CREATE TYPE "StatusSurel" AS ENUM ('ANTRE', 'MENUNGGU_RINGKASAN', 'DIRINGKAS', 'TERKIRIM', 'GAGAL', 'DILEWATI');

-- CreateTable
CREATE TABLE "PreferensiSurel" (
    "userId" INTEGER NOT NULL,
    "jenis" "JenisSurel" NOT NULL,
    "cara" "CaraKirim" NOT NULL,

    CONSTRAINT "PreferensiSurel_pkey" PRIMARY KEY ("userId","jenis")
);

-- CreateTable
CREATE TABLE "SurelKeluar" (
    "id" SERIAL NOT NULL,
    "kunci" TEXT NOT NULL,
    "userId" INTEGER,
    "kepada" TEXT,
    "jenis" "JenisSurel" NOT NULL,
    "judul" TEXT NOT NULL,
    "pesan" TEXT NOT NULL,
    "tautan" TEXT,
    "subjek" TEXT NOT NULL,
    "teks" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "status" "StatusSurel" NOT NULL,
    "alasan" TEXT,
    "percobaan" INTEGER NOT NULL DEFAULT 0,
    "diantrekanPada" TIMESTAMP(3),
    "terkunciHingga" TIMESTAMP(3),
    "ringkasanId" INTEGER,
    "terkirimPada" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurelKeluar_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SurelKeluar_kunci_key" ON "SurelKeluar"("kunci");

-- CreateIndex
CREATE INDEX "SurelKeluar_status_diantrekanPada_idx" ON "SurelKeluar"("status", "diantrekanPada");

-- CreateIndex
CREATE INDEX "SurelKeluar_userId_status_idx" ON "SurelKeluar"("userId", "status");

-- CreateIndex
CREATE INDEX "SurelKeluar_createdAt_idx" ON "SurelKeluar"("createdAt");

-- AddForeignKey
ALTER TABLE "PreferensiSurel" ADD CONSTRAINT "PreferensiSurel_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurelKeluar" ADD CONSTRAINT "SurelKeluar_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

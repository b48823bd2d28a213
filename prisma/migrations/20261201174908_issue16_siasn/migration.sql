-- CreateEnum
CREATE TYPE "JenisEksporSiasn" AS ENUM ('TAHUNAN', 'PERIODIK');

-- CreateEnum
CREATE TYPE "ModeEksporSiasn" AS ENUM ('SEMUA', 'BERUBAH');

-- AlterTable
ALTER TABLE "Pegawai" ADD COLUMN     "siasnId" VARCHAR(64);

-- AlterTable
ALTER TABLE "RiwayatPelatihan" ADD COLUMN     "kunciImpor" TEXT;

-- CreateTable
CREATE TABLE "KodeSiasn" (
    "id" SERIAL NOT NULL,
    "kelompok" TEXT NOT NULL,
    "nilaiSikap" TEXT NOT NULL,
    "kode" VARCHAR(20) NOT NULL,
    "keterangan" TEXT,
    "terverifikasi" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KodeSiasn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EksporSiasn" (
    "id" SERIAL NOT NULL,
    "tahun" INTEGER NOT NULL,
    "jenis" "JenisEksporSiasn" NOT NULL,
    "mode" "ModeEksporSiasn" NOT NULL,
    "jumlahBaris" INTEGER NOT NULL,
    "jumlahTanpaId" INTEGER NOT NULL DEFAULT 0,
    "dibuatOleh" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EksporSiasn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BarisEksporSiasn" (
    "id" SERIAL NOT NULL,
    "eksporId" INTEGER NOT NULL,
    "sumberId" INTEGER NOT NULL,
    "pegawaiId" INTEGER NOT NULL,
    "hash" CHAR(64) NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "BarisEksporSiasn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KodeSiasn_kelompok_nilaiSikap_key" ON "KodeSiasn"("kelompok", "nilaiSikap");

-- CreateIndex
CREATE INDEX "EksporSiasn_tahun_jenis_createdAt_idx" ON "EksporSiasn"("tahun", "jenis", "createdAt");

-- CreateIndex
CREATE INDEX "BarisEksporSiasn_sumberId_id_idx" ON "BarisEksporSiasn"("sumberId", "id");

-- CreateIndex
CREATE INDEX "BarisEksporSiasn_eksporId_idx" ON "BarisEksporSiasn"("eksporId");

-- CreateIndex
CREATE UNIQUE INDEX "Pegawai_siasnId_key" ON "Pegawai"("siasnId");

-- CreateIndex
CREATE UNIQUE INDEX "RiwayatPelatihan_kunciImpor_key" ON "RiwayatPelatihan"("kunciImpor");

-- AddForeignKey
ALTER TABLE "BarisEksporSiasn" ADD CONSTRAINT "BarisEksporSiasn_eksporId_fkey" FOREIGN KEY ("eksporId") REFERENCES "EksporSiasn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

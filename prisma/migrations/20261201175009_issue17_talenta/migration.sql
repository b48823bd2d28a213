-- CreateEnum
CREATE TYPE "StatusReviewTalenta" AS ENUM ('DRAF', 'DIPETAKAN', 'DIPUBLIKASI');

-- CreateEnum
CREATE TYPE "StatusPenempatan" AS ENUM ('DIPETAKAN', 'TIDAK_LENGKAP', 'DIKECUALIKAN');

-- CreateEnum
CREATE TYPE "TingkatHukuman" AS ENUM ('RINGAN', 'SEDANG', 'BERAT');

-- AlterEnum
ALTER TYPE "SumberRekomendasi" ADD VALUE 'TALENTA';

-- AlterTable
ALTER TABLE "RekomendasiPelatihan" ADD COLUMN     "reviewTalentaId" INTEGER;

-- CreateTable
CREATE TABLE "ReviewTalenta" (
    "id" SERIAL NOT NULL,
    "tahun" INTEGER NOT NULL,
    "unitIds" INTEGER[],
    "jenisJabatan" "JenisJabatan"[],
    "status" "StatusReviewTalenta" NOT NULL DEFAULT 'DRAF',
    "pengaturan" JSONB NOT NULL,
    "dipetakanPada" TIMESTAMP(3),
    "dipublikasiPada" TIMESTAMP(3),
    "dibuatOleh" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewTalenta_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PenempatanTalenta" (
    "id" SERIAL NOT NULL,
    "reviewId" INTEGER NOT NULL,
    "pegawaiId" INTEGER NOT NULL,
    "status" "StatusPenempatan" NOT NULL,
    "unitId" INTEGER NOT NULL,
    "unitJalur" TEXT NOT NULL,
    "opdId" INTEGER,
    "jabatanId" INTEGER NOT NULL,
    "jenisJabatan" "JenisJabatan" NOT NULL,
    "jenjang" "JenjangFungsional",
    "golongan" "Golongan",
    "atasanId" INTEGER,
    "nilaiKinerja" DOUBLE PRECISION,
    "nilaiPotensi" DOUBLE PRECISION,
    "skorTotal" DOUBLE PRECISION,
    "kotakAwal" INTEGER,
    "kotak" INTEGER,
    "komponen" JSONB NOT NULL,
    "kekurangan" TEXT[],
    "alasanEksklusi" TEXT,
    "alasanKalibrasi" TEXT,
    "dikalibrasiOleh" INTEGER,
    "dikalibrasiPada" TIMESTAMP(3),

    CONSTRAINT "PenempatanTalenta_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HasilAsesmen" (
    "id" SERIAL NOT NULL,
    "pegawaiId" INTEGER NOT NULL,
    "tanggal" DATE NOT NULL,
    "lembaga" TEXT NOT NULL,
    "skor" JSONB NOT NULL,
    "rerata" DOUBLE PRECISION NOT NULL,
    "dicatatOleh" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HasilAsesmen_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HukumanDisiplin" (
    "id" SERIAL NOT NULL,
    "pegawaiId" INTEGER NOT NULL,
    "tingkat" "TingkatHukuman" NOT NULL,
    "jenis" TEXT NOT NULL,
    "tanggal" DATE NOT NULL,
    "keterangan" TEXT,
    "dicatatOleh" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HukumanDisiplin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JabatanKritikal" (
    "id" SERIAL NOT NULL,
    "jabatanId" INTEGER NOT NULL,
    "alasan" TEXT,
    "ditetapkanOleh" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JabatanKritikal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TindakLanjutTalenta" (
    "id" SERIAL NOT NULL,
    "reviewId" INTEGER NOT NULL,
    "pegawaiId" INTEGER NOT NULL,
    "kotak" INTEGER NOT NULL,
    "tindakan" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TindakLanjutTalenta_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReviewTalenta_tahun_key" ON "ReviewTalenta"("tahun");

-- CreateIndex
CREATE INDEX "PenempatanTalenta_reviewId_kotak_idx" ON "PenempatanTalenta"("reviewId", "kotak");

-- CreateIndex
CREATE INDEX "PenempatanTalenta_reviewId_unitJalur_idx" ON "PenempatanTalenta"("reviewId", "unitJalur");

-- CreateIndex
CREATE INDEX "PenempatanTalenta_pegawaiId_idx" ON "PenempatanTalenta"("pegawaiId");

-- CreateIndex
CREATE UNIQUE INDEX "PenempatanTalenta_reviewId_pegawaiId_key" ON "PenempatanTalenta"("reviewId", "pegawaiId");

-- CreateIndex
CREATE INDEX "HasilAsesmen_pegawaiId_tanggal_idx" ON "HasilAsesmen"("pegawaiId", "tanggal");

-- CreateIndex
CREATE UNIQUE INDEX "HasilAsesmen_pegawaiId_tanggal_lembaga_key" ON "HasilAsesmen"("pegawaiId", "tanggal", "lembaga");

-- CreateIndex
CREATE INDEX "HukumanDisiplin_pegawaiId_tanggal_idx" ON "HukumanDisiplin"("pegawaiId", "tanggal");

-- CreateIndex
CREATE UNIQUE INDEX "HukumanDisiplin_pegawaiId_tanggal_tingkat_key" ON "HukumanDisiplin"("pegawaiId", "tanggal", "tingkat");

-- CreateIndex
CREATE UNIQUE INDEX "JabatanKritikal_jabatanId_key" ON "JabatanKritikal"("jabatanId");

-- CreateIndex
CREATE INDEX "TindakLanjutTalenta_pegawaiId_idx" ON "TindakLanjutTalenta"("pegawaiId");

-- CreateIndex
CREATE UNIQUE INDEX "TindakLanjutTalenta_reviewId_pegawaiId_key" ON "TindakLanjutTalenta"("reviewId", "pegawaiId");

-- AddForeignKey
ALTER TABLE "RekomendasiPelatihan" ADD CONSTRAINT "RekomendasiPelatihan_reviewTalentaId_fkey" FOREIGN KEY ("reviewTalentaId") REFERENCES "ReviewTalenta"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenempatanTalenta" ADD CONSTRAINT "PenempatanTalenta_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ReviewTalenta"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenempatanTalenta" ADD CONSTRAINT "PenempatanTalenta_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HasilAsesmen" ADD CONSTRAINT "HasilAsesmen_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HukumanDisiplin" ADD CONSTRAINT "HukumanDisiplin_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JabatanKritikal" ADD CONSTRAINT "JabatanKritikal_jabatanId_fkey" FOREIGN KEY ("jabatanId") REFERENCES "Jabatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TindakLanjutTalenta" ADD CONSTRAINT "TindakLanjutTalenta_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ReviewTalenta"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TindakLanjutTalenta" ADD CONSTRAINT "TindakLanjutTalenta_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateEnum
CREATE TYPE "JenisDialog" AS ENUM ('CHECKIN', 'PUJIAN', 'PERHATIAN');

-- CreateEnum
CREATE TYPE "HubunganRater" AS ENUM ('REKAN', 'BAWAHAN', 'LAIN_UNIT', 'ATASAN');

-- CreateEnum
CREATE TYPE "StatusPenugasan360" AS ENUM ('DIMINTA', 'DIUSULKAN', 'SELESAI', 'DITOLAK');

-- CreateEnum
CREATE TYPE "StatusModerasi" AS ENUM ('MENUNGGU', 'DISETUJUI', 'DITOLAK');

-- CreateTable
CREATE TABLE "DialogKinerja" (
    "id" SERIAL NOT NULL,
    "pegawaiId" INTEGER NOT NULL,
    "penulisId" INTEGER NOT NULL,
    "periodeId" INTEGER,
    "jenis" "JenisDialog" NOT NULL DEFAULT 'CHECKIN',
    "tanggal" DATE NOT NULL,
    "catatan" TEXT NOT NULL,
    "tindakLanjut" TEXT,
    "tanggalTindakLanjut" DATE,
    "indikatorId" INTEGER,
    "kompetensiId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DialogKinerja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sesi360" (
    "id" SERIAL NOT NULL,
    "periodeId" INTEGER NOT NULL,
    "pegawaiId" INTEGER NOT NULL,
    "kompetensiIds" INTEGER[],
    "dibuatOleh" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sesi360_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Penugasan360" (
    "id" SERIAL NOT NULL,
    "sesiId" INTEGER NOT NULL,
    "raterId" INTEGER NOT NULL,
    "hubungan" "HubunganRater" NOT NULL,
    "status" "StatusPenugasan360" NOT NULL DEFAULT 'DIMINTA',
    "diusulkanOleh" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Penugasan360_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Jawaban360" (
    "id" TEXT NOT NULL,
    "sesiId" INTEGER NOT NULL,
    "komentar" TEXT,

    CONSTRAINT "Jawaban360_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkorJawaban360" (
    "id" TEXT NOT NULL,
    "jawabanId" TEXT NOT NULL,
    "nilai" "NilaiBerakhlak",
    "kompetensiId" INTEGER,
    "skor" INTEGER NOT NULL,

    CONSTRAINT "SkorJawaban360_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TautanUmpanBalikPublik" (
    "id" SERIAL NOT NULL,
    "token" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,
    "pegawaiId" INTEGER,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "dibuatOleh" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TautanUmpanBalikPublik_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UmpanBalikPublik" (
    "id" SERIAL NOT NULL,
    "tautanId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "pegawaiId" INTEGER,
    "skor" INTEGER NOT NULL,
    "komentar" TEXT,
    "jenisLayanan" TEXT,
    "status" "StatusModerasi" NOT NULL DEFAULT 'MENUNGGU',
    "dimoderasiOleh" INTEGER,
    "dimoderasiPada" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UmpanBalikPublik_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Penghargaan" (
    "id" SERIAL NOT NULL,
    "pegawaiId" INTEGER NOT NULL,
    "periodeId" INTEGER NOT NULL,
    "kategori" TEXT NOT NULL,
    "alasan" TEXT NOT NULL,
    "tanggal" DATE NOT NULL,
    "dicatatOleh" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Penghargaan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DialogKinerja_pegawaiId_tanggal_idx" ON "DialogKinerja"("pegawaiId", "tanggal");

-- CreateIndex
CREATE INDEX "DialogKinerja_periodeId_idx" ON "DialogKinerja"("periodeId");

-- CreateIndex
CREATE UNIQUE INDEX "Sesi360_periodeId_pegawaiId_key" ON "Sesi360"("periodeId", "pegawaiId");

-- CreateIndex
CREATE INDEX "Penugasan360_raterId_status_idx" ON "Penugasan360"("raterId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Penugasan360_sesiId_raterId_key" ON "Penugasan360"("sesiId", "raterId");

-- CreateIndex
CREATE INDEX "Jawaban360_sesiId_idx" ON "Jawaban360"("sesiId");

-- CreateIndex
CREATE INDEX "SkorJawaban360_jawabanId_idx" ON "SkorJawaban360"("jawabanId");

-- CreateIndex
CREATE UNIQUE INDEX "TautanUmpanBalikPublik_token_key" ON "TautanUmpanBalikPublik"("token");

-- CreateIndex
CREATE INDEX "TautanUmpanBalikPublik_unitId_idx" ON "TautanUmpanBalikPublik"("unitId");

-- CreateIndex
CREATE INDEX "UmpanBalikPublik_unitId_createdAt_idx" ON "UmpanBalikPublik"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "UmpanBalikPublik_status_idx" ON "UmpanBalikPublik"("status");

-- CreateIndex
CREATE INDEX "Penghargaan_pegawaiId_idx" ON "Penghargaan"("pegawaiId");

-- CreateIndex
CREATE INDEX "Penghargaan_periodeId_idx" ON "Penghargaan"("periodeId");

-- AddForeignKey
ALTER TABLE "DialogKinerja" ADD CONSTRAINT "DialogKinerja_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogKinerja" ADD CONSTRAINT "DialogKinerja_penulisId_fkey" FOREIGN KEY ("penulisId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogKinerja" ADD CONSTRAINT "DialogKinerja_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "PeriodePenilaian"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogKinerja" ADD CONSTRAINT "DialogKinerja_indikatorId_fkey" FOREIGN KEY ("indikatorId") REFERENCES "IndikatorKinerja"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogKinerja" ADD CONSTRAINT "DialogKinerja_kompetensiId_fkey" FOREIGN KEY ("kompetensiId") REFERENCES "Kompetensi"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sesi360" ADD CONSTRAINT "Sesi360_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "PeriodePenilaian"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sesi360" ADD CONSTRAINT "Sesi360_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Penugasan360" ADD CONSTRAINT "Penugasan360_sesiId_fkey" FOREIGN KEY ("sesiId") REFERENCES "Sesi360"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Penugasan360" ADD CONSTRAINT "Penugasan360_raterId_fkey" FOREIGN KEY ("raterId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Jawaban360" ADD CONSTRAINT "Jawaban360_sesiId_fkey" FOREIGN KEY ("sesiId") REFERENCES "Sesi360"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkorJawaban360" ADD CONSTRAINT "SkorJawaban360_jawabanId_fkey" FOREIGN KEY ("jawabanId") REFERENCES "Jawaban360"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkorJawaban360" ADD CONSTRAINT "SkorJawaban360_kompetensiId_fkey" FOREIGN KEY ("kompetensiId") REFERENCES "Kompetensi"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TautanUmpanBalikPublik" ADD CONSTRAINT "TautanUmpanBalikPublik_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "UnitKerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TautanUmpanBalikPublik" ADD CONSTRAINT "TautanUmpanBalikPublik_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UmpanBalikPublik" ADD CONSTRAINT "UmpanBalikPublik_tautanId_fkey" FOREIGN KEY ("tautanId") REFERENCES "TautanUmpanBalikPublik"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UmpanBalikPublik" ADD CONSTRAINT "UmpanBalikPublik_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "UnitKerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UmpanBalikPublik" ADD CONSTRAINT "UmpanBalikPublik_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Penghargaan" ADD CONSTRAINT "Penghargaan_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Penghargaan" ADD CONSTRAINT "Penghargaan_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "PeriodePenilaian"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

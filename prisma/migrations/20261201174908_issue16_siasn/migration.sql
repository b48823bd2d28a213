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

-- Default SIKAP → SIASN codes (issue 16, decision 116): editable by Admin BKD; unverified until checked against SIASN.
INSERT INTO "KodeSiasn" ("kelompok", "nilaiSikap", "kode", "keterangan", "updatedAt") VALUES
  ('HASIL_KINERJA', 'DI_ATAS', '1', 'Di Atas Ekspektasi', now()),
  ('HASIL_KINERJA', 'SESUAI', '2', 'Sesuai Ekspektasi', now()),
  ('HASIL_KINERJA', 'DI_BAWAH', '3', 'Di Bawah Ekspektasi', now()),
  ('PERILAKU_KERJA', 'DI_ATAS', '1', 'Di Atas Ekspektasi', now()),
  ('PERILAKU_KERJA', 'SESUAI', '2', 'Sesuai Ekspektasi', now()),
  ('PERILAKU_KERJA', 'DI_BAWAH', '3', 'Di Bawah Ekspektasi', now()),
  ('KUADRAN_KINERJA', 'SANGAT_BAIK', '1', 'Sangat Baik', now()),
  ('KUADRAN_KINERJA', 'BAIK', '2', 'Baik', now()),
  ('KUADRAN_KINERJA', 'BUTUH_PERBAIKAN', '3', 'Butuh Perbaikan', now()),
  ('KUADRAN_KINERJA', 'KURANG', '4', 'Kurang/Misconduct', now()),
  ('KUADRAN_KINERJA', 'SANGAT_KURANG', '5', 'Sangat Kurang', now()),
  ('STATUS_PENILAI', 'ASN', 'ASN', 'Penilai berstatus ASN', now()),
  ('STATUS_PENILAI', 'NON_ASN', 'NON ASN', 'Penilai bukan ASN (mis. kepala daerah)', now());

-- The rater's golongan as SIASN's golongan id (gol_akhir_id: 11 = I/a … 45 = IV/e).
INSERT INTO "KodeSiasn" ("kelompok", "nilaiSikap", "kode", "keterangan", "updatedAt") VALUES
  ('GOLONGAN', 'I_A', '11', 'I/a', now()), ('GOLONGAN', 'I_B', '12', 'I/b', now()), ('GOLONGAN', 'I_C', '13', 'I/c', now()),
  ('GOLONGAN', 'I_D', '14', 'I/d', now()), ('GOLONGAN', 'II_A', '21', 'II/a', now()), ('GOLONGAN', 'II_B', '22', 'II/b', now()),
  ('GOLONGAN', 'II_C', '23', 'II/c', now()), ('GOLONGAN', 'II_D', '24', 'II/d', now()), ('GOLONGAN', 'III_A', '31', 'III/a', now()),
  ('GOLONGAN', 'III_B', '32', 'III/b', now()), ('GOLONGAN', 'III_C', '33', 'III/c', now()), ('GOLONGAN', 'III_D', '34', 'III/d', now()),
  ('GOLONGAN', 'IV_A', '41', 'IV/a', now()), ('GOLONGAN', 'IV_B', '42', 'IV/b', now()), ('GOLONGAN', 'IV_C', '43', 'IV/c', now()),
  ('GOLONGAN', 'IV_D', '44', 'IV/d', now()), ('GOLONGAN', 'IV_E', '45', 'IV/e', now());

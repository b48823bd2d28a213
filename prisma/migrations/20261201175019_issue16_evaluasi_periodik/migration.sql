-- CreateEnum
CREATE TYPE "RitmeEvaluasi" AS ENUM ('TAHUNAN', 'TRIWULANAN', 'BULANAN');

-- CreateEnum
CREATE TYPE "AturanPredikatTahunan" AS ENUM ('EVALUASI_TERAKHIR', 'PENILAIAN_AKHIR_TAHUN');

-- AlterEnum
ALTER TYPE "JenisPeriode" ADD VALUE 'BULANAN';

-- AlterTable
ALTER TABLE "PeriodePenilaian" ADD COLUMN     "aturanPredikatTahunan" "AturanPredikatTahunan" NOT NULL DEFAULT 'EVALUASI_TERAKHIR',
ADD COLUMN     "indukId" INTEGER,
ADD COLUMN     "ke" INTEGER,
ADD COLUMN     "nilaiKompetensi" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "ritme" "RitmeEvaluasi" NOT NULL DEFAULT 'TAHUNAN';

-- AlterTable
ALTER TABLE "PenilaianKinerja" ADD COLUMN     "skpId" INTEGER;

-- AlterTable
ALTER TABLE "IndikatorKinerja" ADD COLUMN     "indikatorSkpId" INTEGER,
ADD COLUMN     "targetEvaluasi" JSONB;

-- CreateTable
CREATE TABLE "CatatanProgres" (
    "id" SERIAL NOT NULL,
    "pegawaiId" INTEGER NOT NULL,
    "skpId" INTEGER NOT NULL,
    "rhkId" INTEGER NOT NULL,
    "indikatorId" INTEGER,
    "tanggal" DATE NOT NULL,
    "uraian" TEXT NOT NULL,
    "kuantitas" DECIMAL(14,2),
    "namaBerkas" TEXT,
    "mimeType" TEXT,
    "ukuran" INTEGER,
    "lokasi" TEXT,
    "ditandaiPada" TIMESTAMP(3),
    "komentar" TEXT,
    "penanggapId" INTEGER,
    "ditanggapiPada" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatatanProgres_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CatatanProgres_skpId_tanggal_idx" ON "CatatanProgres"("skpId", "tanggal");

-- CreateIndex
CREATE INDEX "CatatanProgres_pegawaiId_tanggal_idx" ON "CatatanProgres"("pegawaiId", "tanggal");

-- CreateIndex
CREATE INDEX "CatatanProgres_indikatorId_idx" ON "CatatanProgres"("indikatorId");

-- CreateIndex
CREATE UNIQUE INDEX "PeriodePenilaian_indukId_ke_key" ON "PeriodePenilaian"("indukId", "ke");

-- CreateIndex
CREATE INDEX "PenilaianKinerja_skpId_idx" ON "PenilaianKinerja"("skpId");

-- AddForeignKey
ALTER TABLE "PeriodePenilaian" ADD CONSTRAINT "PeriodePenilaian_indukId_fkey" FOREIGN KEY ("indukId") REFERENCES "PeriodePenilaian"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenilaianKinerja" ADD CONSTRAINT "PenilaianKinerja_skpId_fkey" FOREIGN KEY ("skpId") REFERENCES "PenilaianKinerja"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndikatorKinerja" ADD CONSTRAINT "IndikatorKinerja_indikatorSkpId_fkey" FOREIGN KEY ("indikatorSkpId") REFERENCES "IndikatorKinerja"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatatanProgres" ADD CONSTRAINT "CatatanProgres_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatatanProgres" ADD CONSTRAINT "CatatanProgres_skpId_fkey" FOREIGN KEY ("skpId") REFERENCES "PenilaianKinerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatatanProgres" ADD CONSTRAINT "CatatanProgres_rhkId_fkey" FOREIGN KEY ("rhkId") REFERENCES "RencanaHasilKerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatatanProgres" ADD CONSTRAINT "CatatanProgres_indikatorId_fkey" FOREIGN KEY ("indikatorId") REFERENCES "IndikatorKinerja"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatatanProgres" ADD CONSTRAINT "CatatanProgres_penanggapId_fkey" FOREIGN KEY ("penanggapId") REFERENCES "Pegawai"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ───── Data (issue 16): existing quarterly periods become evaluations of their year. ─────
-- Nothing is deleted or rewritten: each old TRIWULAN period is linked to the TAHUNAN period of
-- the same year (the year's own appraisal stays the year-end evaluation and keeps its result),
-- and each old quarterly appraisal is linked to the same employee's appraisal of that year.

-- 1. A year that already had an annual period and quarterly ones: its annual appraisal stays the
--    annual result (the supervisor's year-end rating), so no annual predikat changes.
UPDATE "PeriodePenilaian" y
SET "ritme" = 'TRIWULANAN', "aturanPredikatTahunan" = 'PENILAIAN_AKHIR_TAHUN'
WHERE y."jenis" = 'TAHUNAN'
  AND y."id" = (SELECT min(z."id") FROM "PeriodePenilaian" z WHERE z."jenis" = 'TAHUNAN' AND z."tahun" = y."tahun")
  AND EXISTS (SELECT 1 FROM "PeriodePenilaian" q WHERE q."jenis" = 'TRIWULAN' AND q."tahun" = y."tahun");

-- 2. A year that had only quarterly periods gets its year (its annual predikat is then the last
--    quarter with a final result, the default rule), with a copy of its first quarter's matrix and bounds.
INSERT INTO "PeriodePenilaian" ("nama", "tahun", "jenis", "tanggalMulai", "tanggalSelesai", "batasPenilaianDiri",
  "batasPenilaianAtasan", "status", "ritme", "aturanPredikatTahunan", "updatedAt")
SELECT 'Tahun ' || q."tahun", q."tahun", 'TAHUNAN', min(q."tanggalMulai"), max(q."tanggalSelesai"), max(q."batasPenilaianDiri"),
  max(q."batasPenilaianAtasan"),
  (CASE WHEN bool_and(q."status" = 'DITUTUP') THEN 'DITUTUP' WHEN bool_or(q."status" = 'BERJALAN') THEN 'BERJALAN' ELSE 'DISIAPKAN' END)::"StatusPeriode",
  'TRIWULANAN', 'EVALUASI_TERAKHIR', CURRENT_TIMESTAMP
FROM "PeriodePenilaian" q
WHERE q."jenis" = 'TRIWULAN'
  AND NOT EXISTS (SELECT 1 FROM "PeriodePenilaian" y WHERE y."jenis" = 'TAHUNAN' AND y."tahun" = q."tahun")
GROUP BY q."tahun";

INSERT INTO "MatriksPredikat" ("periodeId", "hasilKerja", "perilaku", "predikat")
SELECT y."id", m."hasilKerja", m."perilaku", m."predikat"
FROM "PeriodePenilaian" y
JOIN "MatriksPredikat" m ON m."periodeId" = (SELECT min(q."id") FROM "PeriodePenilaian" q WHERE q."jenis" = 'TRIWULAN' AND q."tahun" = y."tahun")
WHERE y."jenis" = 'TAHUNAN' AND NOT EXISTS (SELECT 1 FROM "MatriksPredikat" x WHERE x."periodeId" = y."id");

INSERT INTO "PolaDistribusi" ("periodeId", "predikatOrganisasi", "predikat", "minPersen", "maksPersen")
SELECT y."id", d."predikatOrganisasi", d."predikat", d."minPersen", d."maksPersen"
FROM "PeriodePenilaian" y
JOIN "PolaDistribusi" d ON d."periodeId" = (SELECT min(q."id") FROM "PeriodePenilaian" q WHERE q."jenis" = 'TRIWULAN' AND q."tahun" = y."tahun")
WHERE y."jenis" = 'TAHUNAN' AND NOT EXISTS (SELECT 1 FROM "PolaDistribusi" x WHERE x."periodeId" = y."id");

-- 3. Each quarterly period becomes evaluation number `triwulan` of its year.
UPDATE "PeriodePenilaian" q
SET "indukId" = (SELECT min(y."id") FROM "PeriodePenilaian" y WHERE y."jenis" = 'TAHUNAN' AND y."tahun" = q."tahun"),
    "ke" = q."triwulan"
WHERE q."jenis" = 'TRIWULAN';

-- 4. Each quarterly appraisal points at the same employee's SKP of that year, where there is one
--    (it keeps its own plan rows: nothing is merged).
UPDATE "PenilaianKinerja" e
SET "skpId" = s."id"
FROM "PeriodePenilaian" q, "PenilaianKinerja" s
WHERE e."periodeId" = q."id" AND q."indukId" IS NOT NULL AND s."periodeId" = q."indukId" AND s."pegawaiId" = e."pegawaiId";

-- AlterTable
ALTER TABLE "RekomendasiPelatihan" ADD COLUMN     "indikatorId" INTEGER;

-- CreateIndex
CREATE INDEX "RekomendasiPelatihan_indikatorId_idx" ON "RekomendasiPelatihan"("indikatorId");

-- AddForeignKey
ALTER TABLE "RekomendasiPelatihan" ADD CONSTRAINT "RekomendasiPelatihan_indikatorId_fkey" FOREIGN KEY ("indikatorId") REFERENCES "IndikatorKinerja"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Recommendations made for a missed work target were stored with a made-up gap of 1 and shown
-- as "<kompetensi> (kesenjangan 1)" although that competency meets its standard. Give each such
-- row its real basis: the missed indicator linked to that competency, and no gap.
UPDATE "RekomendasiPelatihan" r
SET "indikatorId" = (
  SELECT i.id
  FROM "IndikatorKinerja" i
  JOIN "RencanaHasilKerja" h ON h.id = i."rhkId"
  WHERE h."penilaianId" = r."penilaianId" AND i."kompetensiId" = r."kompetensiId"
    AND i."jenisTarget" = 'KUANTITATIF' AND i."realisasiNilai" < i."targetNilai"
  ORDER BY h.urutan, i.urutan, i.id
  LIMIT 1)
WHERE r."gap" > 0 AND r."penilaianId" IS NOT NULL AND r."kompetensiId" IS NOT NULL
  AND NOT EXISTS (
    SELECT 1 FROM "PenilaianKompetensi" pk
    WHERE pk."penilaianId" = r."penilaianId" AND pk."kompetensiId" = r."kompetensiId"
      AND pk."levelAtasan" IS NOT NULL AND pk."levelAtasan" < pk."levelDibutuhkan");

UPDATE "RekomendasiPelatihan"
SET "gap" = NULL,
    "catatan" = CASE WHEN "catatan" LIKE 'Target belum tercapai: %' THEN NULL ELSE "catatan" END
WHERE "indikatorId" IS NOT NULL;

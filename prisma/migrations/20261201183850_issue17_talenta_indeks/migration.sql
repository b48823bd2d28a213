-- DropIndex
DROP INDEX "PenempatanTalenta_reviewId_kotak_idx";

-- CreateIndex
CREATE INDEX "PenempatanTalenta_reviewId_status_kotak_idx" ON "PenempatanTalenta"("reviewId", "status", "kotak");

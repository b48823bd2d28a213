-- CreateTable
CREATE TABLE "VersiData" (
    "nama" TEXT NOT NULL,
    "versi" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "VersiData_pkey" PRIMARY KEY ("nama")
);

-- Decision 140. Two versions, read with the session on every request (src/app.ts):
--   principal_umum  names of units and jabatan, in many principals at once (was a sequence);
--   konfigurasi     periods, per-unit deadlines and settings, read by nearly every page.
-- A row updated in the writer's transaction: a reader sees the new version only together with
-- the new data. (A sequence's nextval is visible at once, before the commit, so a reader could
-- load the old data under the new version and keep it.)
INSERT INTO "VersiData" ("nama", "versi") VALUES ('principal_umum', 1), ('konfigurasi', 1);

CREATE OR REPLACE FUNCTION "principal_umum_naik"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "VersiData" SET "versi" = "versi" + 1 WHERE "nama" = 'principal_umum';
  RETURN NULL;
END $$;
DROP SEQUENCE "principal_umum_versi";

CREATE FUNCTION "konfigurasi_naik"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "VersiData" SET "versi" = "versi" + 1 WHERE "nama" = 'konfigurasi';
  RETURN NULL;
END $$;
CREATE TRIGGER "PeriodePenilaian_konfigurasi" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PeriodePenilaian"
  FOR EACH STATEMENT EXECUTE FUNCTION "konfigurasi_naik"();
CREATE TRIGGER "BatasWaktuUnit_konfigurasi" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "BatasWaktuUnit"
  FOR EACH STATEMENT EXECUTE FUNCTION "konfigurasi_naik"();
CREATE TRIGGER "Pengaturan_konfigurasi" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Pengaturan"
  FOR EACH STATEMENT EXECUTE FUNCTION "konfigurasi_naik"();

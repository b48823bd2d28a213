-- CreateTable
CREATE TABLE "LogPerubahan" (
    "id" BIGSERIAL NOT NULL,
    "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
    "tabel" TEXT NOT NULL,
    "pada" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),

    CONSTRAINT "LogPerubahan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LogPerubahan_xid_idx" ON "LogPerubahan"("xid");

-- CreateIndex
CREATE INDEX "LogPerubahan_pada_idx" ON "LogPerubahan"("pada");


-- Decision 141: statement triggers on what /laporan/progres and /laporan/distribusi read. One row
-- per statement (an import of 10,000 rows writes one), in the writer's transaction. For
-- PenilaianKinerja only the columns the reports read: an autosave (which bumps "versi") writes
-- nothing here.
CREATE FUNCTION "log_perubahan"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "LogPerubahan" ("tabel") VALUES (TG_TABLE_NAME);
  RETURN NULL;
END $$;

CREATE TRIGGER "PenilaianKinerja_log" AFTER INSERT OR DELETE OR TRUNCATE
  OR UPDATE OF "pegawaiId", "periodeId", "unitId", "jabatanId", "status", "penilaiId", "predikat", "dikirimPada", "dinilaiPada", "difinalkanPada"
  ON "PenilaianKinerja" FOR EACH STATEMENT EXECUTE FUNCTION "log_perubahan"();
CREATE TRIGGER "Pegawai_log" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Pegawai" FOR EACH STATEMENT EXECUTE FUNCTION "log_perubahan"();
CREATE TRIGGER "UnitKerja_log" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "UnitKerja" FOR EACH STATEMENT EXECUTE FUNCTION "log_perubahan"();
CREATE TRIGGER "Jabatan_log" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Jabatan" FOR EACH STATEMENT EXECUTE FUNCTION "log_perubahan"();
CREATE TRIGGER "PeriodePenilaian_log" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PeriodePenilaian" FOR EACH STATEMENT EXECUTE FUNCTION "log_perubahan"();
CREATE TRIGGER "BatasWaktuUnit_log" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "BatasWaktuUnit" FOR EACH STATEMENT EXECUTE FUNCTION "log_perubahan"();
CREATE TRIGGER "PredikatUnit_log" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PredikatUnit" FOR EACH STATEMENT EXECUTE FUNCTION "log_perubahan"();
CREATE TRIGGER "PolaDistribusi_log" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PolaDistribusi" FOR EACH STATEMENT EXECUTE FUNCTION "log_perubahan"();

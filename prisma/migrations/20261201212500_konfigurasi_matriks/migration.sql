-- Decision 140: the predikat matrix of a period is configuration too (the rating page reads it
-- from the per-process cache keyed by the `konfigurasi` version).
CREATE TRIGGER "MatriksPredikat_konfigurasi" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MatriksPredikat"
  FOR EACH STATEMENT EXECUTE FUNCTION "konfigurasi_naik"();

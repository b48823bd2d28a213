-- Decision 143, measured: the triggers of form_versi_baca made the employee's autosave cost
-- +0.47 ms of PostgreSQL (the behaviour row's UPDATE 0.05 -> 0.32 ms, the appraisal's 0.07 ->
-- 0.26 ms). The direct save (decision 142) always updates the appraisal row when it writes a
-- field, and now bumps "versiBaca" there itself, and says so for its transaction with
-- `SET LOCAL sikap.versi_baca_diurus = 'on'`. The triggers are skipped (WHEN, evaluated without
-- calling the function) exactly then; every other writer still fires them.

DROP TRIGGER "PenilaianKinerja_versiBaca" ON "PenilaianKinerja";
CREATE TRIGGER "PenilaianKinerja_versiBaca" BEFORE UPDATE ON "PenilaianKinerja" FOR EACH ROW
  WHEN (NEW."versiBaca" = OLD."versiBaca") EXECUTE FUNCTION "form_versi_baris"();

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['PenilaianKompetensi', 'PerilakuKerja', 'IndikatorKinerja'] LOOP
    EXECUTE format('DROP TRIGGER %I ON %I', t || '_versiBaca_upd', t);
  END LOOP;
END $$;
CREATE TRIGGER "PenilaianKompetensi_versiBaca_upd" AFTER UPDATE ON "PenilaianKompetensi" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT WHEN (current_setting('sikap.versi_baca_diurus', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "form_versi_anak"();
CREATE TRIGGER "PerilakuKerja_versiBaca_upd" AFTER UPDATE ON "PerilakuKerja" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT WHEN (current_setting('sikap.versi_baca_diurus', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "form_versi_anak"();
CREATE TRIGGER "IndikatorKinerja_versiBaca_upd" AFTER UPDATE ON "IndikatorKinerja" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT WHEN (current_setting('sikap.versi_baca_diurus', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "form_versi_indikator"();

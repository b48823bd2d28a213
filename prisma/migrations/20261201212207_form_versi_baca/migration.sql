-- AlterTable
ALTER TABLE "PenilaianKinerja" ADD COLUMN     "versiBaca" INTEGER NOT NULL DEFAULT 0;


-- Decision 143. "versiBaca" changes with every write to what the appraisal form shows, in the
-- writer's transaction; the per-process form cache (src/modules/penilaian/form-cache.ts) is keyed
-- by it plus the `konfigurasi` version (period, competency dictionary) and the `principal_umum`
-- version (jabatan names). One statement per write, whatever the number of rows.

-- The appraisal's own row: every update.
CREATE FUNCTION "form_versi_baris"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."versiBaca" := OLD."versiBaca" + 1;
  RETURN NEW;
END $$;
CREATE TRIGGER "PenilaianKinerja_versiBaca" BEFORE UPDATE ON "PenilaianKinerja" FOR EACH ROW EXECUTE FUNCTION "form_versi_baris"();

CREATE FUNCTION "form_versi_naik"(ids int[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "PenilaianKinerja" SET "versiBaca" = "versiBaca" + 1 WHERE id = ANY(ids);
$$;

-- Rows that hang from the appraisal by penilaianId.
CREATE FUNCTION "form_versi_anak"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN PERFORM "form_versi_naik"(ARRAY(SELECT "penilaianId" FROM baru));
  ELSIF TG_OP = 'DELETE' THEN PERFORM "form_versi_naik"(ARRAY(SELECT "penilaianId" FROM lama));
  ELSE PERFORM "form_versi_naik"(ARRAY(SELECT "penilaianId" FROM baru UNION SELECT "penilaianId" FROM lama));
  END IF;
  RETURN NULL;
END $$;

-- Work targets: their own appraisal, and the appraisals of staff whose targets point at them
-- (rhkAtasan: a supervisor's target is shown on the subordinate's form).
CREATE FUNCTION "form_versi_rhk"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids int[];
BEGIN
  IF TG_OP = 'INSERT' THEN ids := ARRAY(SELECT id FROM baru);
    PERFORM "form_versi_naik"(ARRAY(SELECT "penilaianId" FROM baru));
  ELSIF TG_OP = 'DELETE' THEN ids := ARRAY(SELECT id FROM lama);
    PERFORM "form_versi_naik"(ARRAY(SELECT "penilaianId" FROM lama));
  ELSE ids := ARRAY(SELECT id FROM baru UNION SELECT id FROM lama);
    PERFORM "form_versi_naik"(ARRAY(SELECT "penilaianId" FROM baru UNION SELECT "penilaianId" FROM lama));
  END IF;
  PERFORM "form_versi_naik"(ARRAY(SELECT DISTINCT "penilaianId" FROM "RencanaHasilKerja" WHERE "rhkAtasanId" = ANY(ids)));
  RETURN NULL;
END $$;

-- Indicators: through their work target.
CREATE FUNCTION "form_versi_indikator"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE rhk int[];
BEGIN
  IF TG_OP = 'INSERT' THEN rhk := ARRAY(SELECT "rhkId" FROM baru);
  ELSIF TG_OP = 'DELETE' THEN rhk := ARRAY(SELECT "rhkId" FROM lama);
  ELSE rhk := ARRAY(SELECT "rhkId" FROM baru UNION SELECT "rhkId" FROM lama);
  END IF;
  PERFORM "form_versi_naik"(ARRAY(SELECT DISTINCT "penilaianId" FROM "RencanaHasilKerja" WHERE id = ANY(rhk)));
  RETURN NULL;
END $$;

-- Evidence: through its indicator and work target.
CREATE FUNCTION "form_versi_bukti"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE iki int[];
BEGIN
  IF TG_OP = 'INSERT' THEN iki := ARRAY(SELECT "indikatorId" FROM baru);
  ELSIF TG_OP = 'DELETE' THEN iki := ARRAY(SELECT "indikatorId" FROM lama);
  ELSE iki := ARRAY(SELECT "indikatorId" FROM baru UNION SELECT "indikatorId" FROM lama);
  END IF;
  PERFORM "form_versi_naik"(ARRAY(
    SELECT DISTINCT r."penilaianId" FROM "IndikatorKinerja" i JOIN "RencanaHasilKerja" r ON r.id = i."rhkId" WHERE i.id = ANY(iki)));
  RETURN NULL;
END $$;

-- Progress log: keyed by the year's appraisal (skpId); shown on it and on its periodic ones.
CREATE FUNCTION "form_versi_progres"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE skp int[];
BEGIN
  IF TG_OP = 'INSERT' THEN skp := ARRAY(SELECT "skpId" FROM baru);
  ELSIF TG_OP = 'DELETE' THEN skp := ARRAY(SELECT "skpId" FROM lama);
  ELSE skp := ARRAY(SELECT "skpId" FROM baru UNION SELECT "skpId" FROM lama);
  END IF;
  PERFORM "form_versi_naik"(skp || ARRAY(SELECT id FROM "PenilaianKinerja" WHERE "skpId" = ANY(skp)));
  RETURN NULL;
END $$;

-- Staff: the employee's and the rater's name, titles and jabatan are on the form.
CREATE FUNCTION "form_versi_pegawai"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids int[];
BEGIN
  ids := ARRAY(SELECT b.id FROM baru b JOIN lama l ON l.id = b.id
                WHERE (b.nama, b."gelarDepan", b."gelarBelakang", b."jabatanId")
                      IS DISTINCT FROM (l.nama, l."gelarDepan", l."gelarBelakang", l."jabatanId"));
  IF cardinality(ids) > 0 THEN
    PERFORM "form_versi_naik"(ARRAY(SELECT id FROM "PenilaianKinerja" WHERE "pegawaiId" = ANY(ids) OR "penilaiId" = ANY(ids)));
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['PenilaianKompetensi', 'PerilakuKerja'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION "form_versi_anak"()', t || '_versiBaca_ins', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION "form_versi_anak"()', t || '_versiBaca_upd', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION "form_versi_anak"()', t || '_versiBaca_del', t);
  END LOOP;
END $$;
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM (VALUES ('RencanaHasilKerja', 'form_versi_rhk'), ('IndikatorKinerja', 'form_versi_indikator'),
                                 ('BuktiDukung', 'form_versi_bukti'), ('CatatanProgres', 'form_versi_progres')) AS v(t, f) LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION %I()', r.t || '_versiBaca_ins', r.t, r.f);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION %I()', r.t || '_versiBaca_upd', r.t, r.f);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION %I()', r.t || '_versiBaca_del', r.t, r.f);
  END LOOP;
END $$;
CREATE TRIGGER "Pegawai_versiBaca_upd" AFTER UPDATE ON "Pegawai" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION "form_versi_pegawai"();

-- The competency dictionary is configuration (decision 140): its edits bump `konfigurasi`.
CREATE TRIGGER "Kompetensi_konfigurasi" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Kompetensi"
  FOR EACH STATEMENT EXECUTE FUNCTION "konfigurasi_naik"();
CREATE TRIGGER "KelompokKompetensi_konfigurasi" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "KelompokKompetensi"
  FOR EACH STATEMENT EXECUTE FUNCTION "konfigurasi_naik"();

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "versiPrincipal" INTEGER NOT NULL DEFAULT 0;

-- The principal (who is signed in: roles, name, unit, jabatan, has subordinates, unread
-- notifications) is cached in each app process, keyed by the user id and this version plus the
-- sequence below; both are read with the session in one statement on every request. Every write
-- that changes what a principal shows bumps them here, in the database, so no write path
-- (services, imports, raw SQL, another worker) can forget to.

-- Renames of units and jabatan change many principals at once: one counter for all.
CREATE SEQUENCE "principal_umum_versi";

CREATE FUNCTION "principal_user_versi"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."roles" IS DISTINCT FROM OLD."roles" OR NEW."aktif" IS DISTINCT FROM OLD."aktif"
     OR NEW."harusGantiSandi" IS DISTINCT FROM OLD."harusGantiSandi" OR NEW."username" IS DISTINCT FROM OLD."username"
     OR NEW."pegawaiId" IS DISTINCT FROM OLD."pegawaiId" THEN
    NEW."versiPrincipal" := OLD."versiPrincipal" + 1;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "User_versiPrincipal" BEFORE UPDATE ON "User" FOR EACH ROW EXECUTE FUNCTION "principal_user_versi"();

-- Notifications: the unread count of their user.
CREATE FUNCTION "principal_notifikasi_versi"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "versiPrincipal" = "versiPrincipal" + 1
   WHERE id IN (SELECT "userId" FROM baru UNION SELECT "userId" FROM lama);
  RETURN NULL;
END $$;
CREATE FUNCTION "principal_notifikasi_baru"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "versiPrincipal" = "versiPrincipal" + 1 WHERE id IN (SELECT "userId" FROM baru);
  RETURN NULL;
END $$;
CREATE FUNCTION "principal_notifikasi_lama"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "versiPrincipal" = "versiPrincipal" + 1 WHERE id IN (SELECT "userId" FROM lama);
  RETURN NULL;
END $$;
CREATE TRIGGER "Notifikasi_versi_ins" AFTER INSERT ON "Notifikasi" REFERENCING NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION "principal_notifikasi_baru"();
CREATE TRIGGER "Notifikasi_versi_upd" AFTER UPDATE ON "Notifikasi" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION "principal_notifikasi_versi"();
CREATE TRIGGER "Notifikasi_versi_del" AFTER DELETE ON "Notifikasi" REFERENCING OLD TABLE AS lama
  FOR EACH STATEMENT EXECUTE FUNCTION "principal_notifikasi_lama"();

-- Staff: the account of the person (name, titles, unit, jabatan) and of their old and new
-- supervisor (whether they have active subordinates). One statement per write, however many rows
-- (imports write 10,000 rows per statement).
CREATE FUNCTION "principal_pegawai_versi"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "versiPrincipal" = "versiPrincipal" + 1
   WHERE "pegawaiId" IN (
     SELECT id FROM baru UNION SELECT "atasanId" FROM baru WHERE "atasanId" IS NOT NULL
     UNION SELECT id FROM lama UNION SELECT "atasanId" FROM lama WHERE "atasanId" IS NOT NULL);
  RETURN NULL;
END $$;
CREATE FUNCTION "principal_pegawai_baru"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "versiPrincipal" = "versiPrincipal" + 1
   WHERE "pegawaiId" IN (SELECT id FROM baru UNION SELECT "atasanId" FROM baru WHERE "atasanId" IS NOT NULL);
  RETURN NULL;
END $$;
CREATE FUNCTION "principal_pegawai_lama"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "versiPrincipal" = "versiPrincipal" + 1
   WHERE "pegawaiId" IN (SELECT id FROM lama UNION SELECT "atasanId" FROM lama WHERE "atasanId" IS NOT NULL);
  RETURN NULL;
END $$;
CREATE TRIGGER "Pegawai_versi_ins" AFTER INSERT ON "Pegawai" REFERENCING NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION "principal_pegawai_baru"();
CREATE TRIGGER "Pegawai_versi_upd" AFTER UPDATE ON "Pegawai" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION "principal_pegawai_versi"();
CREATE TRIGGER "Pegawai_versi_del" AFTER DELETE ON "Pegawai" REFERENCING OLD TABLE AS lama
  FOR EACH STATEMENT EXECUTE FUNCTION "principal_pegawai_lama"();

-- Units and jabatan: their names (and a unit's path) are in many principals.
CREATE FUNCTION "principal_umum_naik"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('"principal_umum_versi"');
  RETURN NULL;
END $$;
CREATE TRIGGER "UnitKerja_versi" AFTER UPDATE OR DELETE ON "UnitKerja" FOR EACH STATEMENT EXECUTE FUNCTION "principal_umum_naik"();
CREATE TRIGGER "Jabatan_versi" AFTER UPDATE OR DELETE ON "Jabatan" FOR EACH STATEMENT EXECUTE FUNCTION "principal_umum_naik"();

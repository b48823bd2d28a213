-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "JenisUnit" AS ENUM ('PEMDA', 'OPD', 'BIDANG', 'SEKSI', 'UPT');

-- CreateEnum
CREATE TYPE "JenisJabatan" AS ENUM ('JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL_KEAHLIAN', 'FUNGSIONAL_KETERAMPILAN');

-- CreateEnum
CREATE TYPE "JenjangFungsional" AS ENUM ('AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA', 'PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA');

-- CreateEnum
CREATE TYPE "StatusKepegawaian" AS ENUM ('CPNS', 'PNS', 'PPPK');

-- CreateEnum
CREATE TYPE "JenisKelamin" AS ENUM ('L', 'P');

-- CreateEnum
CREATE TYPE "Golongan" AS ENUM ('I_A', 'I_B', 'I_C', 'I_D', 'II_A', 'II_B', 'II_C', 'II_D', 'III_A', 'III_B', 'III_C', 'III_D', 'IV_A', 'IV_B', 'IV_C', 'IV_D', 'IV_E');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PEGAWAI', 'ADMIN_BKD', 'PIMPINAN');

-- CreateEnum
CREATE TYPE "KodeKelompok" AS ENUM ('TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL');

-- CreateEnum
CREATE TYPE "JenisPeriode" AS ENUM ('TAHUNAN', 'TRIWULAN');

-- CreateEnum
CREATE TYPE "StatusPeriode" AS ENUM ('DISIAPKAN', 'BERJALAN', 'DITUTUP');

-- CreateEnum
CREATE TYPE "RatingKinerja" AS ENUM ('DI_ATAS', 'SESUAI', 'DI_BAWAH');

-- CreateEnum
CREATE TYPE "Predikat" AS ENUM ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');

-- CreateEnum
CREATE TYPE "PredikatOrganisasi" AS ENUM ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');

-- CreateEnum
CREATE TYPE "StatusPenilaian" AS ENUM ('DRAFT', 'DIKIRIM', 'DIKEMBALIKAN', 'DINILAI', 'FINAL');

-- CreateEnum
CREATE TYPE "StatusRencana" AS ENUM ('DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISETUJUI');

-- CreateEnum
CREATE TYPE "JenisTarget" AS ENUM ('KUANTITATIF', 'KUALITATIF');

-- CreateEnum
CREATE TYPE "JenisBukti" AS ENUM ('BERKAS', 'TAUTAN');

-- CreateEnum
CREATE TYPE "NilaiBerakhlak" AS ENUM ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF');

-- CreateEnum
CREATE TYPE "StatusKeberatan" AS ENUM ('DIAJUKAN', 'DIKUKUHKAN', 'DIUBAH');

-- CreateEnum
CREATE TYPE "JenisDelegasi" AS ENUM ('PLT', 'PLH');

-- CreateEnum
CREATE TYPE "MetodePelatihan" AS ENUM ('KLASIKAL', 'NONKLASIKAL');

-- CreateEnum
CREATE TYPE "BentukPelatihan" AS ENUM ('PELATIHAN', 'SEMINAR', 'WORKSHOP', 'KURSUS', 'COACHING', 'MENTORING', 'E_LEARNING', 'OJT', 'MAGANG', 'BENCHMARKING', 'DETASERING');

-- CreateEnum
CREATE TYPE "StatusRekomendasi" AS ENUM ('USULAN', 'DISETUJUI', 'DITOLAK', 'SELESAI');

-- CreateEnum
CREATE TYPE "SumberRekomendasi" AS ENUM ('SISTEM', 'ATASAN');

-- CreateEnum
CREATE TYPE "JenisKonten" AS ENUM ('HALAMAN', 'PENGUMUMAN', 'FAQ');

-- CreateEnum
CREATE TYPE "StatusKonten" AS ENUM ('DRAFT', 'TERBIT', 'ARSIP');

-- CreateTable
CREATE TABLE "UnitKerja" (
    "id" SERIAL NOT NULL,
    "kode" TEXT NOT NULL,
    "nama" TEXT NOT NULL,
    "singkatan" TEXT,
    "jenis" "JenisUnit" NOT NULL,
    "indukId" INTEGER,
    "jalur" TEXT NOT NULL DEFAULT '',
    "layananPublik" BOOLEAN NOT NULL DEFAULT false,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnitKerja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Jabatan" (
    "id" SERIAL NOT NULL,
    "kode" TEXT NOT NULL,
    "nama" TEXT NOT NULL,
    "jenis" "JenisJabatan" NOT NULL,
    "jenjang" "JenjangFungsional",
    "unitId" INTEGER NOT NULL,
    "kelasJabatan" INTEGER,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Jabatan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pegawai" (
    "id" SERIAL NOT NULL,
    "nip" VARCHAR(18),
    "niPppk" VARCHAR(30),
    "nama" TEXT NOT NULL,
    "gelarDepan" TEXT,
    "gelarBelakang" TEXT,
    "jenisKelamin" "JenisKelamin" NOT NULL,
    "tanggalLahir" DATE,
    "status" "StatusKepegawaian" NOT NULL,
    "golongan" "Golongan",
    "tmtGolongan" DATE,
    "jabatanId" INTEGER NOT NULL,
    "tmtJabatan" DATE,
    "unitId" INTEGER NOT NULL,
    "atasanId" INTEGER,
    "pendidikan" TEXT,
    "email" TEXT,
    "noHp" TEXT,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pegawai_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "pegawaiId" INTEGER,
    "passwordHash" TEXT NOT NULL,
    "roles" "Role"[],
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "gagalLogin" INTEGER NOT NULL DEFAULT 0,
    "terkunciHingga" TIMESTAMP(3),
    "loginTerakhir" TIMESTAMP(3),
    "harusGantiSandi" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TokenResetSandi" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "kedaluwarsa" TIMESTAMP(3) NOT NULL,
    "dipakaiPada" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TokenResetSandi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "sid" VARCHAR NOT NULL,
    "sess" JSON NOT NULL,
    "expire" TIMESTAMP(6) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("sid")
);

-- CreateTable
CREATE TABLE "KelompokKompetensi" (
    "id" SERIAL NOT NULL,
    "kode" "KodeKelompok" NOT NULL,
    "nama" TEXT NOT NULL,
    "urutan" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "KelompokKompetensi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kompetensi" (
    "id" SERIAL NOT NULL,
    "kode" TEXT NOT NULL,
    "nama" TEXT NOT NULL,
    "definisi" TEXT NOT NULL,
    "kelompokId" INTEGER NOT NULL,
    "unitId" INTEGER,
    "urutan" INTEGER NOT NULL DEFAULT 0,
    "versi" INTEGER NOT NULL DEFAULT 1,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Kompetensi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LevelKompetensi" (
    "id" SERIAL NOT NULL,
    "kompetensiId" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "deskripsi" TEXT NOT NULL,
    "indikator" TEXT[],

    CONSTRAINT "LevelKompetensi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandarKompetensiJabatan" (
    "id" SERIAL NOT NULL,
    "jabatanId" INTEGER NOT NULL,
    "kompetensiId" INTEGER NOT NULL,
    "levelDibutuhkan" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StandarKompetensiJabatan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeriodePenilaian" (
    "id" SERIAL NOT NULL,
    "nama" TEXT NOT NULL,
    "tahun" INTEGER NOT NULL,
    "jenis" "JenisPeriode" NOT NULL,
    "triwulan" INTEGER,
    "tanggalMulai" DATE NOT NULL,
    "tanggalSelesai" DATE NOT NULL,
    "batasRencana" DATE,
    "batasPenilaianDiri" DATE NOT NULL,
    "batasPenilaianAtasan" DATE NOT NULL,
    "status" "StatusPeriode" NOT NULL DEFAULT 'DISIAPKAN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PeriodePenilaian_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BatasWaktuUnit" (
    "id" SERIAL NOT NULL,
    "periodeId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "batasPenilaianDiri" DATE NOT NULL,
    "batasPenilaianAtasan" DATE NOT NULL,

    CONSTRAINT "BatasWaktuUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatriksPredikat" (
    "id" SERIAL NOT NULL,
    "periodeId" INTEGER NOT NULL,
    "hasilKerja" "RatingKinerja" NOT NULL,
    "perilaku" "RatingKinerja" NOT NULL,
    "predikat" "Predikat" NOT NULL,

    CONSTRAINT "MatriksPredikat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolaDistribusi" (
    "id" SERIAL NOT NULL,
    "periodeId" INTEGER NOT NULL,
    "predikatOrganisasi" "PredikatOrganisasi" NOT NULL,
    "predikat" "Predikat" NOT NULL,
    "minPersen" INTEGER NOT NULL DEFAULT 0,
    "maksPersen" INTEGER NOT NULL DEFAULT 100,

    CONSTRAINT "PolaDistribusi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PredikatUnit" (
    "id" SERIAL NOT NULL,
    "periodeId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "predikatOrganisasi" "PredikatOrganisasi" NOT NULL,
    "kalibrasiDikunci" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PredikatUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PenilaianKinerja" (
    "id" SERIAL NOT NULL,
    "periodeId" INTEGER NOT NULL,
    "pegawaiId" INTEGER NOT NULL,
    "jabatanId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "penilaiId" INTEGER,
    "atasanPenilaiId" INTEGER,
    "status" "StatusPenilaian" NOT NULL DEFAULT 'DRAFT',
    "statusRencana" "StatusRencana" NOT NULL DEFAULT 'DRAFT',
    "catatanRencana" TEXT,
    "versi" INTEGER NOT NULL DEFAULT 1,
    "ratingHasilKerja" "RatingKinerja",
    "ratingPerilaku" "RatingKinerja",
    "predikat" "Predikat",
    "predikatSebelumKalibrasi" "Predikat",
    "alasanKalibrasi" TEXT,
    "umpanBalik" TEXT,
    "catatanPengembangan" TEXT,
    "catatanPengembalian" TEXT,
    "tanggapanPegawai" TEXT,
    "diakuiPada" TIMESTAMP(3),
    "rencanaDiajukanPada" TIMESTAMP(3),
    "rencanaDisetujuiPada" TIMESTAMP(3),
    "dikirimPada" TIMESTAMP(3),
    "dinilaiPada" TIMESTAMP(3),
    "difinalkanPada" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PenilaianKinerja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RencanaHasilKerja" (
    "id" SERIAL NOT NULL,
    "penilaianId" INTEGER NOT NULL,
    "urutan" INTEGER NOT NULL DEFAULT 0,
    "uraian" TEXT NOT NULL,
    "rhkAtasanId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RencanaHasilKerja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndikatorKinerja" (
    "id" SERIAL NOT NULL,
    "rhkId" INTEGER NOT NULL,
    "urutan" INTEGER NOT NULL DEFAULT 0,
    "uraian" TEXT NOT NULL,
    "jenisTarget" "JenisTarget" NOT NULL DEFAULT 'KUANTITATIF',
    "targetNilai" DECIMAL(14,2),
    "satuan" TEXT,
    "targetKualitatif" TEXT,
    "realisasiNilai" DECIMAL(14,2),
    "realisasiKualitatif" TEXT,
    "narasi" TEXT,
    "catatanAtasan" TEXT,
    "kompetensiId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndikatorKinerja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BuktiDukung" (
    "id" SERIAL NOT NULL,
    "indikatorId" INTEGER NOT NULL,
    "jenis" "JenisBukti" NOT NULL,
    "judul" TEXT,
    "namaBerkas" TEXT,
    "mimeType" TEXT,
    "ukuran" INTEGER,
    "lokasi" TEXT,
    "url" TEXT,
    "diunggahOleh" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BuktiDukung_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PenilaianKompetensi" (
    "id" SERIAL NOT NULL,
    "penilaianId" INTEGER NOT NULL,
    "kompetensiId" INTEGER NOT NULL,
    "levelDibutuhkan" INTEGER NOT NULL,
    "versiKamus" INTEGER NOT NULL DEFAULT 1,
    "snapshotLevel" JSONB,
    "levelDiri" INTEGER,
    "contohPerilaku" TEXT,
    "levelAtasan" INTEGER,
    "catatanAtasan" TEXT,

    CONSTRAINT "PenilaianKompetensi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PerilakuKerja" (
    "id" SERIAL NOT NULL,
    "penilaianId" INTEGER NOT NULL,
    "nilai" "NilaiBerakhlak" NOT NULL,
    "refleksiDiri" TEXT,
    "catatanAtasan" TEXT,

    CONSTRAINT "PerilakuKerja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Keberatan" (
    "id" SERIAL NOT NULL,
    "penilaianId" INTEGER NOT NULL,
    "alasan" TEXT NOT NULL,
    "status" "StatusKeberatan" NOT NULL DEFAULT 'DIAJUKAN',
    "keputusan" TEXT,
    "predikatSemula" "Predikat",
    "predikatBaru" "Predikat",
    "pemutusId" INTEGER,
    "diputuskanPada" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Keberatan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegasi" (
    "id" SERIAL NOT NULL,
    "jenis" "JenisDelegasi" NOT NULL,
    "penerimaId" INTEGER NOT NULL,
    "asalId" INTEGER,
    "unitId" INTEGER,
    "pegawaiId" INTEGER,
    "mulai" DATE NOT NULL,
    "selesai" DATE NOT NULL,
    "keterangan" TEXT,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delegasi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notifikasi" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "judul" TEXT NOT NULL,
    "pesan" TEXT NOT NULL,
    "tautan" TEXT,
    "dibacaPada" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notifikasi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramPelatihan" (
    "id" SERIAL NOT NULL,
    "kode" TEXT NOT NULL,
    "judul" TEXT NOT NULL,
    "deskripsi" TEXT,
    "metode" "MetodePelatihan" NOT NULL,
    "bentuk" "BentukPelatihan" NOT NULL,
    "jp" INTEGER NOT NULL,
    "biaya" BIGINT NOT NULL DEFAULT 0,
    "penyelenggara" TEXT,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgramPelatihan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramKompetensi" (
    "id" SERIAL NOT NULL,
    "programId" INTEGER NOT NULL,
    "kompetensiId" INTEGER NOT NULL,
    "levelMin" INTEGER NOT NULL DEFAULT 1,
    "levelMax" INTEGER NOT NULL DEFAULT 5,

    CONSTRAINT "ProgramKompetensi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AturanRekomendasi" (
    "id" SERIAL NOT NULL,
    "gapMin" INTEGER NOT NULL,
    "gapMax" INTEGER NOT NULL,
    "metodeDiutamakan" "MetodePelatihan" NOT NULL,
    "keterangan" TEXT,

    CONSTRAINT "AturanRekomendasi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RekomendasiPelatihan" (
    "id" SERIAL NOT NULL,
    "pegawaiId" INTEGER NOT NULL,
    "periodeId" INTEGER NOT NULL,
    "penilaianId" INTEGER,
    "programId" INTEGER NOT NULL,
    "kompetensiId" INTEGER,
    "gap" INTEGER,
    "skor" INTEGER NOT NULL DEFAULT 0,
    "status" "StatusRekomendasi" NOT NULL DEFAULT 'USULAN',
    "sumber" "SumberRekomendasi" NOT NULL DEFAULT 'SISTEM',
    "catatan" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RekomendasiPelatihan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiwayatPelatihan" (
    "id" SERIAL NOT NULL,
    "pegawaiId" INTEGER NOT NULL,
    "programId" INTEGER,
    "judul" TEXT NOT NULL,
    "penyelenggara" TEXT,
    "tanggalMulai" DATE NOT NULL,
    "tanggalSelesai" DATE NOT NULL,
    "jp" INTEGER NOT NULL,
    "sertifikat" TEXT,
    "dicatatOleh" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiwayatPelatihan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnggaranPelatihanUnit" (
    "id" SERIAL NOT NULL,
    "tahun" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "pagu" BIGINT NOT NULL,

    CONSTRAINT "AnggaranPelatihanUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RencanaPelatihan" (
    "id" SERIAL NOT NULL,
    "tahun" INTEGER NOT NULL,
    "programId" INTEGER NOT NULL,
    "catatan" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RencanaPelatihan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PesertaRencanaPelatihan" (
    "id" SERIAL NOT NULL,
    "rencanaId" INTEGER NOT NULL,
    "pegawaiId" INTEGER NOT NULL,

    CONSTRAINT "PesertaRencanaPelatihan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KontenSosialisasi" (
    "id" SERIAL NOT NULL,
    "jenis" "JenisKonten" NOT NULL,
    "judul" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "isi" TEXT NOT NULL,
    "status" "StatusKonten" NOT NULL DEFAULT 'DRAFT',
    "urutan" INTEGER NOT NULL DEFAULT 0,
    "wajibDibaca" BOOLEAN NOT NULL DEFAULT false,
    "diterbitkanPada" TIMESTAMP(3),
    "penulisId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KontenSosialisasi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LampiranKonten" (
    "id" SERIAL NOT NULL,
    "kontenId" INTEGER NOT NULL,
    "namaBerkas" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "ukuran" INTEGER NOT NULL,
    "lokasi" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LampiranKonten_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TandaBaca" (
    "id" SERIAL NOT NULL,
    "kontenId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "dibacaPada" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TandaBaca_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pengaturan" (
    "kunci" TEXT NOT NULL,
    "nilai" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pengaturan_pkey" PRIMARY KEY ("kunci")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "userId" INTEGER,
    "aksi" TEXT NOT NULL,
    "entitas" TEXT NOT NULL,
    "entitasId" TEXT,
    "sebelum" JSONB,
    "sesudah" JSONB,
    "keterangan" TEXT,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "UnitKerja_kode_key" ON "UnitKerja"("kode");

-- CreateIndex
CREATE INDEX "UnitKerja_indukId_idx" ON "UnitKerja"("indukId");

-- CreateIndex
CREATE INDEX "UnitKerja_jalur_idx" ON "UnitKerja"("jalur");

-- CreateIndex
CREATE UNIQUE INDEX "Jabatan_kode_key" ON "Jabatan"("kode");

-- CreateIndex
CREATE INDEX "Jabatan_unitId_idx" ON "Jabatan"("unitId");

-- CreateIndex
CREATE INDEX "Jabatan_jenis_idx" ON "Jabatan"("jenis");

-- CreateIndex
CREATE UNIQUE INDEX "Pegawai_nip_key" ON "Pegawai"("nip");

-- CreateIndex
CREATE UNIQUE INDEX "Pegawai_niPppk_key" ON "Pegawai"("niPppk");

-- CreateIndex
CREATE INDEX "Pegawai_atasanId_idx" ON "Pegawai"("atasanId");

-- CreateIndex
CREATE INDEX "Pegawai_unitId_idx" ON "Pegawai"("unitId");

-- CreateIndex
CREATE INDEX "Pegawai_jabatanId_idx" ON "Pegawai"("jabatanId");

-- CreateIndex
CREATE INDEX "Pegawai_nama_idx" ON "Pegawai"("nama");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_pegawaiId_key" ON "User"("pegawaiId");

-- CreateIndex
CREATE UNIQUE INDEX "TokenResetSandi_tokenHash_key" ON "TokenResetSandi"("tokenHash");

-- CreateIndex
CREATE INDEX "TokenResetSandi_userId_idx" ON "TokenResetSandi"("userId");

-- CreateIndex
CREATE INDEX "IDX_session_expire" ON "session"("expire");

-- CreateIndex
CREATE UNIQUE INDEX "KelompokKompetensi_kode_key" ON "KelompokKompetensi"("kode");

-- CreateIndex
CREATE UNIQUE INDEX "Kompetensi_kode_key" ON "Kompetensi"("kode");

-- CreateIndex
CREATE INDEX "Kompetensi_kelompokId_idx" ON "Kompetensi"("kelompokId");

-- CreateIndex
CREATE UNIQUE INDEX "LevelKompetensi_kompetensiId_level_key" ON "LevelKompetensi"("kompetensiId", "level");

-- CreateIndex
CREATE INDEX "StandarKompetensiJabatan_kompetensiId_idx" ON "StandarKompetensiJabatan"("kompetensiId");

-- CreateIndex
CREATE UNIQUE INDEX "StandarKompetensiJabatan_jabatanId_kompetensiId_key" ON "StandarKompetensiJabatan"("jabatanId", "kompetensiId");

-- CreateIndex
CREATE INDEX "PeriodePenilaian_status_idx" ON "PeriodePenilaian"("status");

-- CreateIndex
CREATE UNIQUE INDEX "PeriodePenilaian_tahun_jenis_triwulan_key" ON "PeriodePenilaian"("tahun", "jenis", "triwulan");

-- CreateIndex
CREATE UNIQUE INDEX "BatasWaktuUnit_periodeId_unitId_key" ON "BatasWaktuUnit"("periodeId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "MatriksPredikat_periodeId_hasilKerja_perilaku_key" ON "MatriksPredikat"("periodeId", "hasilKerja", "perilaku");

-- CreateIndex
CREATE UNIQUE INDEX "PolaDistribusi_periodeId_predikatOrganisasi_predikat_key" ON "PolaDistribusi"("periodeId", "predikatOrganisasi", "predikat");

-- CreateIndex
CREATE UNIQUE INDEX "PredikatUnit_periodeId_unitId_key" ON "PredikatUnit"("periodeId", "unitId");

-- CreateIndex
CREATE INDEX "PenilaianKinerja_penilaiId_periodeId_idx" ON "PenilaianKinerja"("penilaiId", "periodeId");

-- CreateIndex
CREATE INDEX "PenilaianKinerja_periodeId_status_idx" ON "PenilaianKinerja"("periodeId", "status");

-- CreateIndex
CREATE INDEX "PenilaianKinerja_periodeId_unitId_idx" ON "PenilaianKinerja"("periodeId", "unitId");

-- CreateIndex
CREATE INDEX "PenilaianKinerja_atasanPenilaiId_idx" ON "PenilaianKinerja"("atasanPenilaiId");

-- CreateIndex
CREATE UNIQUE INDEX "PenilaianKinerja_periodeId_pegawaiId_key" ON "PenilaianKinerja"("periodeId", "pegawaiId");

-- CreateIndex
CREATE INDEX "RencanaHasilKerja_penilaianId_idx" ON "RencanaHasilKerja"("penilaianId");

-- CreateIndex
CREATE INDEX "RencanaHasilKerja_rhkAtasanId_idx" ON "RencanaHasilKerja"("rhkAtasanId");

-- CreateIndex
CREATE INDEX "IndikatorKinerja_rhkId_idx" ON "IndikatorKinerja"("rhkId");

-- CreateIndex
CREATE INDEX "BuktiDukung_indikatorId_idx" ON "BuktiDukung"("indikatorId");

-- CreateIndex
CREATE INDEX "PenilaianKompetensi_kompetensiId_idx" ON "PenilaianKompetensi"("kompetensiId");

-- CreateIndex
CREATE UNIQUE INDEX "PenilaianKompetensi_penilaianId_kompetensiId_key" ON "PenilaianKompetensi"("penilaianId", "kompetensiId");

-- CreateIndex
CREATE UNIQUE INDEX "PerilakuKerja_penilaianId_nilai_key" ON "PerilakuKerja"("penilaianId", "nilai");

-- CreateIndex
CREATE INDEX "Keberatan_penilaianId_idx" ON "Keberatan"("penilaianId");

-- CreateIndex
CREATE INDEX "Keberatan_pemutusId_status_idx" ON "Keberatan"("pemutusId", "status");

-- CreateIndex
CREATE INDEX "Delegasi_penerimaId_idx" ON "Delegasi"("penerimaId");

-- CreateIndex
CREATE INDEX "Notifikasi_userId_dibacaPada_idx" ON "Notifikasi"("userId", "dibacaPada");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramPelatihan_kode_key" ON "ProgramPelatihan"("kode");

-- CreateIndex
CREATE INDEX "ProgramKompetensi_kompetensiId_idx" ON "ProgramKompetensi"("kompetensiId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramKompetensi_programId_kompetensiId_key" ON "ProgramKompetensi"("programId", "kompetensiId");

-- CreateIndex
CREATE INDEX "RekomendasiPelatihan_pegawaiId_periodeId_idx" ON "RekomendasiPelatihan"("pegawaiId", "periodeId");

-- CreateIndex
CREATE INDEX "RekomendasiPelatihan_programId_idx" ON "RekomendasiPelatihan"("programId");

-- CreateIndex
CREATE INDEX "RiwayatPelatihan_pegawaiId_tanggalSelesai_idx" ON "RiwayatPelatihan"("pegawaiId", "tanggalSelesai");

-- CreateIndex
CREATE UNIQUE INDEX "AnggaranPelatihanUnit_tahun_unitId_key" ON "AnggaranPelatihanUnit"("tahun", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "RencanaPelatihan_tahun_programId_key" ON "RencanaPelatihan"("tahun", "programId");

-- CreateIndex
CREATE INDEX "PesertaRencanaPelatihan_pegawaiId_idx" ON "PesertaRencanaPelatihan"("pegawaiId");

-- CreateIndex
CREATE UNIQUE INDEX "PesertaRencanaPelatihan_rencanaId_pegawaiId_key" ON "PesertaRencanaPelatihan"("rencanaId", "pegawaiId");

-- CreateIndex
CREATE UNIQUE INDEX "KontenSosialisasi_slug_key" ON "KontenSosialisasi"("slug");

-- CreateIndex
CREATE INDEX "KontenSosialisasi_jenis_status_idx" ON "KontenSosialisasi"("jenis", "status");

-- CreateIndex
CREATE UNIQUE INDEX "TandaBaca_kontenId_userId_key" ON "TandaBaca"("kontenId", "userId");

-- CreateIndex
CREATE INDEX "AuditLog_entitas_entitasId_idx" ON "AuditLog"("entitas", "entitasId");

-- CreateIndex
CREATE INDEX "AuditLog_userId_idx" ON "AuditLog"("userId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- AddForeignKey
ALTER TABLE "UnitKerja" ADD CONSTRAINT "UnitKerja_indukId_fkey" FOREIGN KEY ("indukId") REFERENCES "UnitKerja"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Jabatan" ADD CONSTRAINT "Jabatan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "UnitKerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pegawai" ADD CONSTRAINT "Pegawai_jabatanId_fkey" FOREIGN KEY ("jabatanId") REFERENCES "Jabatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pegawai" ADD CONSTRAINT "Pegawai_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "UnitKerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pegawai" ADD CONSTRAINT "Pegawai_atasanId_fkey" FOREIGN KEY ("atasanId") REFERENCES "Pegawai"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TokenResetSandi" ADD CONSTRAINT "TokenResetSandi_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kompetensi" ADD CONSTRAINT "Kompetensi_kelompokId_fkey" FOREIGN KEY ("kelompokId") REFERENCES "KelompokKompetensi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kompetensi" ADD CONSTRAINT "Kompetensi_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "UnitKerja"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelKompetensi" ADD CONSTRAINT "LevelKompetensi_kompetensiId_fkey" FOREIGN KEY ("kompetensiId") REFERENCES "Kompetensi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandarKompetensiJabatan" ADD CONSTRAINT "StandarKompetensiJabatan_jabatanId_fkey" FOREIGN KEY ("jabatanId") REFERENCES "Jabatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandarKompetensiJabatan" ADD CONSTRAINT "StandarKompetensiJabatan_kompetensiId_fkey" FOREIGN KEY ("kompetensiId") REFERENCES "Kompetensi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BatasWaktuUnit" ADD CONSTRAINT "BatasWaktuUnit_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "PeriodePenilaian"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BatasWaktuUnit" ADD CONSTRAINT "BatasWaktuUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "UnitKerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatriksPredikat" ADD CONSTRAINT "MatriksPredikat_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "PeriodePenilaian"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolaDistribusi" ADD CONSTRAINT "PolaDistribusi_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "PeriodePenilaian"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PredikatUnit" ADD CONSTRAINT "PredikatUnit_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "PeriodePenilaian"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PredikatUnit" ADD CONSTRAINT "PredikatUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "UnitKerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenilaianKinerja" ADD CONSTRAINT "PenilaianKinerja_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "PeriodePenilaian"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenilaianKinerja" ADD CONSTRAINT "PenilaianKinerja_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenilaianKinerja" ADD CONSTRAINT "PenilaianKinerja_jabatanId_fkey" FOREIGN KEY ("jabatanId") REFERENCES "Jabatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenilaianKinerja" ADD CONSTRAINT "PenilaianKinerja_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "UnitKerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenilaianKinerja" ADD CONSTRAINT "PenilaianKinerja_penilaiId_fkey" FOREIGN KEY ("penilaiId") REFERENCES "Pegawai"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenilaianKinerja" ADD CONSTRAINT "PenilaianKinerja_atasanPenilaiId_fkey" FOREIGN KEY ("atasanPenilaiId") REFERENCES "Pegawai"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RencanaHasilKerja" ADD CONSTRAINT "RencanaHasilKerja_penilaianId_fkey" FOREIGN KEY ("penilaianId") REFERENCES "PenilaianKinerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RencanaHasilKerja" ADD CONSTRAINT "RencanaHasilKerja_rhkAtasanId_fkey" FOREIGN KEY ("rhkAtasanId") REFERENCES "RencanaHasilKerja"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndikatorKinerja" ADD CONSTRAINT "IndikatorKinerja_rhkId_fkey" FOREIGN KEY ("rhkId") REFERENCES "RencanaHasilKerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndikatorKinerja" ADD CONSTRAINT "IndikatorKinerja_kompetensiId_fkey" FOREIGN KEY ("kompetensiId") REFERENCES "Kompetensi"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuktiDukung" ADD CONSTRAINT "BuktiDukung_indikatorId_fkey" FOREIGN KEY ("indikatorId") REFERENCES "IndikatorKinerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenilaianKompetensi" ADD CONSTRAINT "PenilaianKompetensi_penilaianId_fkey" FOREIGN KEY ("penilaianId") REFERENCES "PenilaianKinerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenilaianKompetensi" ADD CONSTRAINT "PenilaianKompetensi_kompetensiId_fkey" FOREIGN KEY ("kompetensiId") REFERENCES "Kompetensi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerilakuKerja" ADD CONSTRAINT "PerilakuKerja_penilaianId_fkey" FOREIGN KEY ("penilaianId") REFERENCES "PenilaianKinerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Keberatan" ADD CONSTRAINT "Keberatan_penilaianId_fkey" FOREIGN KEY ("penilaianId") REFERENCES "PenilaianKinerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Keberatan" ADD CONSTRAINT "Keberatan_pemutusId_fkey" FOREIGN KEY ("pemutusId") REFERENCES "Pegawai"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegasi" ADD CONSTRAINT "Delegasi_penerimaId_fkey" FOREIGN KEY ("penerimaId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegasi" ADD CONSTRAINT "Delegasi_asalId_fkey" FOREIGN KEY ("asalId") REFERENCES "Pegawai"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegasi" ADD CONSTRAINT "Delegasi_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "UnitKerja"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegasi" ADD CONSTRAINT "Delegasi_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notifikasi" ADD CONSTRAINT "Notifikasi_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramKompetensi" ADD CONSTRAINT "ProgramKompetensi_programId_fkey" FOREIGN KEY ("programId") REFERENCES "ProgramPelatihan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramKompetensi" ADD CONSTRAINT "ProgramKompetensi_kompetensiId_fkey" FOREIGN KEY ("kompetensiId") REFERENCES "Kompetensi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RekomendasiPelatihan" ADD CONSTRAINT "RekomendasiPelatihan_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RekomendasiPelatihan" ADD CONSTRAINT "RekomendasiPelatihan_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "PeriodePenilaian"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RekomendasiPelatihan" ADD CONSTRAINT "RekomendasiPelatihan_penilaianId_fkey" FOREIGN KEY ("penilaianId") REFERENCES "PenilaianKinerja"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RekomendasiPelatihan" ADD CONSTRAINT "RekomendasiPelatihan_programId_fkey" FOREIGN KEY ("programId") REFERENCES "ProgramPelatihan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RekomendasiPelatihan" ADD CONSTRAINT "RekomendasiPelatihan_kompetensiId_fkey" FOREIGN KEY ("kompetensiId") REFERENCES "Kompetensi"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiwayatPelatihan" ADD CONSTRAINT "RiwayatPelatihan_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiwayatPelatihan" ADD CONSTRAINT "RiwayatPelatihan_programId_fkey" FOREIGN KEY ("programId") REFERENCES "ProgramPelatihan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnggaranPelatihanUnit" ADD CONSTRAINT "AnggaranPelatihanUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "UnitKerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RencanaPelatihan" ADD CONSTRAINT "RencanaPelatihan_programId_fkey" FOREIGN KEY ("programId") REFERENCES "ProgramPelatihan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PesertaRencanaPelatihan" ADD CONSTRAINT "PesertaRencanaPelatihan_rencanaId_fkey" FOREIGN KEY ("rencanaId") REFERENCES "RencanaPelatihan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PesertaRencanaPelatihan" ADD CONSTRAINT "PesertaRencanaPelatihan_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KontenSosialisasi" ADD CONSTRAINT "KontenSosialisasi_penulisId_fkey" FOREIGN KEY ("penulisId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LampiranKonten" ADD CONSTRAINT "LampiranKonten_kontenId_fkey" FOREIGN KEY ("kontenId") REFERENCES "KontenSosialisasi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TandaBaca" ADD CONSTRAINT "TandaBaca_kontenId_fkey" FOREIGN KEY ("kontenId") REFERENCES "KontenSosialisasi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TandaBaca" ADD CONSTRAINT "TandaBaca_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

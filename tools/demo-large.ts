/**
 * npm run demo:large — a government of 50,000 staff on top of the demo seed, for load tests.
 *
 * 40 dinas (OPD → 5 bidang → 4 seksi each, plus 2 UPT), 28 leaders and ~1,222 staff per dinas,
 * supervisor chains kadis → kabid → kasi → staff, ~94 jabatan per dinas each with a standard of
 * 10 competencies, accounts for everyone (username besar.NNNNN, the demo password), and in the
 * running period a realistic mix of appraisal statuses with rated results.
 *
 * Same database selection as `npm start` (DATABASE_URL or the embedded cluster); loads the demo
 * seed first when the database is empty. Everything is generated inside PostgreSQL with
 * INSERT … SELECT generate_series in one transaction, so it either all lands or none of it does.
 * Refuses to run twice (units with kode BSR-… exist).
 */
import pg from 'pg';
import { parseConfig } from '../src/config/env.js';
import { openDatabase } from '../src/db/database.js';
import { disconnectDb } from '../src/db/client.js';
import { hashPassword } from '../src/modules/auth/password.js';

export const OPD = 40;
export const PER_OPD = 1250;
export const TOTAL = OPD * PER_OPD;
const BIDANG = 5;
const SEKSI = 4; // per bidang
const UPT = 2;
const STAF_UNITS = BIDANG * SEKSI + UPT; // 22
const LEADERS = 1 + BIDANG + BIDANG * SEKSI + UPT; // 28

const say = (m: string) => console.log(`[SIKAP] ${m}`);

/** Leader layout inside a dinas, by r = index within the dinas (0 … PER_OPD-1). */
const ROLE_SQL = `
  CASE WHEN r = 0 THEN 'KADIS'
       WHEN r <= ${BIDANG} THEN 'KABID'
       WHEN r <= ${BIDANG + BIDANG * SEKSI} THEN 'KASI'
       WHEN r < ${LEADERS} THEN 'KUPT'
       ELSE 'STAF' END`;

export async function generate(url: string, password: string): Promise<{ seconds: number; counts: Record<string, number> }> {
  const t0 = Date.now();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const done = await c.query(`SELECT 1 FROM "UnitKerja" WHERE kode = 'BSR-01'`);
    if (done.rowCount) {
      throw new Error(
        'Data 50.000 pegawai sudah dimuat di basis data ini (unit BSR-01 ada). ' +
          'Untuk memuat ulang: npm run db:reset, lalu npm run demo:large.',
      );
    }
    const komp = await c.query(`SELECT count(*)::int AS n FROM "Kompetensi" WHERE aktif`);
    if (komp.rows[0].n < 10) throw new Error('Kamus kompetensi belum ada: jalankan npm run db:seed lebih dulu.');
    const hash = await hashPassword(password);
    const step = async (label: string, sql: string, params: unknown[] = []) => {
      const s = Date.now();
      const r = await c.query(sql, params);
      say(`  ${label}: ${r.rowCount ?? 0} baris (${((Date.now() - s) / 1000).toFixed(1)} dtk)`);
      return r;
    };
    await c.query('BEGIN');
    await c.query(`SET LOCAL synchronous_commit = off`);

    // ── Units: BSR-NN (OPD), BSR-NN-Bk (bidang), BSR-NN-Bk-Sj (seksi), BSR-NN-Uk (UPT) ──
    const root = await c.query(`SELECT id FROM "UnitKerja" WHERE jenis = 'PEMDA' ORDER BY id LIMIT 1`);
    const rootId: number | null = root.rows[0]?.id ?? null;
    await step(
      'unit OPD',
      `INSERT INTO "UnitKerja"(kode, nama, singkatan, jenis, "indukId", "updatedAt")
      SELECT 'BSR-' || lpad(o::text, 2, '0'), 'Dinas Uji Skala ' || o, 'DUS' || o, 'OPD', $1, now() FROM generate_series(1, ${OPD}) o`,
      [rootId],
    );
    await step(
      'unit bidang+UPT',
      `INSERT INTO "UnitKerja"(kode, nama, jenis, "indukId", "updatedAt", "layananPublik")
      SELECT u.kode || '-B' || b, 'Bidang ' || b || ' ' || u.nama, 'BIDANG'::"JenisUnit", u.id, now(), false FROM "UnitKerja" u, generate_series(1, ${BIDANG}) b WHERE u.kode LIKE 'BSR-__'
      UNION ALL
      SELECT u.kode || '-U' || k, 'UPT ' || k || ' ' || u.nama, 'UPT'::"JenisUnit", u.id, now(), true FROM "UnitKerja" u, generate_series(1, ${UPT}) k WHERE u.kode LIKE 'BSR-__'`,
    );
    await step(
      'unit seksi',
      `INSERT INTO "UnitKerja"(kode, nama, jenis, "indukId", "updatedAt")
      SELECT u.kode || '-S' || s, 'Seksi ' || s || ' ' || u.nama, 'SEKSI', u.id, now() FROM "UnitKerja" u, generate_series(1, ${SEKSI}) s WHERE u.kode ~ '^BSR-\\d\\d-B\\d$'`,
    );
    for (const pattern of ['^BSR-\\d\\d$', '^BSR-\\d\\d-[BU]\\d$', '^BSR-\\d\\d-B\\d-S\\d$']) {
      await c.query(`UPDATE "UnitKerja" u SET jalur = COALESCE(p.jalur, '/') || u.id || '/'
        FROM "UnitKerja" u2 LEFT JOIN "UnitKerja" p ON p.id = u2."indukId" WHERE u.id = u2.id AND u.kode ~ '${pattern}'`);
    }

    // ── Jabatan: leaders, and three staff jabatan per staff unit ──
    await step(
      'jabatan',
      `INSERT INTO "Jabatan"(kode, nama, jenis, jenjang, "unitId", "kelasJabatan", "updatedAt")
      SELECT 'J' || u.kode, CASE u.jenis WHEN 'OPD' THEN 'Kepala ' || u.nama WHEN 'BIDANG' THEN 'Kepala ' || u.nama WHEN 'UPT' THEN 'Kepala ' || u.nama ELSE 'Kepala ' || u.nama END,
             (CASE u.jenis WHEN 'OPD' THEN 'JPT_PRATAMA' WHEN 'BIDANG' THEN 'ADMINISTRATOR' ELSE 'PENGAWAS' END)::"JenisJabatan", NULL,
             u.id, CASE u.jenis WHEN 'OPD' THEN 14 WHEN 'BIDANG' THEN 12 ELSE 9 END, now()
        FROM "UnitKerja" u WHERE u.kode LIKE 'BSR-%'
      UNION ALL
      SELECT 'J' || u.kode || '-T' || t, (ARRAY['Pengadministrasi Umum', 'Analis Kebijakan', 'Pranata Komputer'])[t] || ' ' || u.nama,
             (ARRAY['PELAKSANA', 'FUNGSIONAL_KEAHLIAN', 'FUNGSIONAL_KEAHLIAN'])[t]::"JenisJabatan",
             (ARRAY[NULL, 'AHLI_PERTAMA', 'AHLI_MUDA'])[t]::"JenjangFungsional", u.id, 5 + t, now()
        FROM "UnitKerja" u, generate_series(1, 3) t WHERE u.kode ~ '^BSR-\\d\\d-(B\\d-S\\d|U\\d)$'`,
    );
    // Standard: the 10 lowest-ordered active competencies, shifted per jabatan so teknis ones vary.
    await step(
      'standar kompetensi',
      `WITH k AS (SELECT id, row_number() OVER (ORDER BY "kelompokId", urutan, id) - 1 AS i, count(*) OVER () AS n FROM "Kompetensi" WHERE aktif)
      INSERT INTO "StandarKompetensiJabatan"("jabatanId", "kompetensiId", "levelDibutuhkan", "updatedAt")
      SELECT j.id, k.id, CASE j.jenis WHEN 'JPT_PRATAMA' THEN 4 WHEN 'ADMINISTRATOR' THEN 3 WHEN 'PENGAWAS' THEN 3 ELSE 2 END, now()
        FROM "Jabatan" j JOIN k ON ((k.i - j.id % k.n + k.n) % k.n) < 10 WHERE j.kode LIKE 'JBSR-%'`,
    );

    // ── Staff: g = 0 … TOTAL-1; o = dinas, r = index in the dinas ──
    await c.query(`CREATE TEMP TABLE bsr_g ON COMMIT DROP AS
      SELECT g, o, r, peran,
        CASE peran WHEN 'KADIS' THEN 'BSR-' || lpad(o::text, 2, '0')
                   WHEN 'KABID' THEN 'BSR-' || lpad(o::text, 2, '0') || '-B' || r
                   WHEN 'KASI' THEN 'BSR-' || lpad(o::text, 2, '0') || '-B' || ((r - ${BIDANG + 1}) / ${SEKSI} + 1) || '-S' || ((r - ${BIDANG + 1}) % ${SEKSI} + 1)
                   WHEN 'KUPT' THEN 'BSR-' || lpad(o::text, 2, '0') || '-U' || (r - ${BIDANG + BIDANG * SEKSI})
                   ELSE CASE WHEN su < ${BIDANG * SEKSI} THEN 'BSR-' || lpad(o::text, 2, '0') || '-B' || (su / ${SEKSI} + 1) || '-S' || (su % ${SEKSI} + 1)
                             ELSE 'BSR-' || lpad(o::text, 2, '0') || '-U' || (su - ${BIDANG * SEKSI} + 1) END END AS unit_kode,
        CASE peran WHEN 'KADIS' THEN NULL
                   WHEN 'KABID' THEN (o - 1) * ${PER_OPD}
                   WHEN 'KUPT' THEN (o - 1) * ${PER_OPD}
                   WHEN 'KASI' THEN (o - 1) * ${PER_OPD} + (r - ${BIDANG + 1}) / ${SEKSI} + 1
                   ELSE CASE WHEN su < ${BIDANG * SEKSI} THEN (o - 1) * ${PER_OPD} + ${BIDANG + 1} + su
                             ELSE (o - 1) * ${PER_OPD} + ${BIDANG + BIDANG * SEKSI + 1} + (su - ${BIDANG * SEKSI}) END END AS atasan_g
      FROM (SELECT g, g / ${PER_OPD} + 1 AS o, g % ${PER_OPD} AS r, (g % ${PER_OPD} - ${LEADERS}) % ${STAF_UNITS} AS su, ${ROLE_SQL.replace(/\br\b/g, `(g % ${PER_OPD})`)} AS peran
              FROM generate_series(0, ${TOTAL - 1}) g) x`);
    const NAMA_DEPAN = `ARRAY['Ahmad','Siti','Budi','Dewi','Agus','Rina','Hendra','Nur','Bambang','Fitri','Joko','Wulan','Eko','Ratna','Dedi','Yuni','Andi','Lestari','Rudi','Maya','Yohanes','Made','Ketut','Putu','Fransiska','Daniel','Ayu','Hasan','Intan','Rizky']`;
    const NAMA_BELAKANG = `ARRAY['Saputra','Wijaya','Lestari','Hidayat','Kusuma','Pratama','Siregar','Nasution','Santoso','Rahayu','Simanjuntak','Wibowo','Permana','Setiawan','Manurung','Hutapea','Gunawan','Sari','Putri','Nugroho','Suryadi','Tanjung','Harahap','Purba','Lubis']`;
    await step(
      'pegawai',
      `INSERT INTO "Pegawai"(nip, nama, "jenisKelamin", "tanggalLahir", status, golongan, "jabatanId", "unitId", email, "updatedAt", "tmtJabatan")
      SELECT
        -- NIP: birth date, CPNS year+month, sex, sequence; (CPNS year, month, sequence) is unique per g.
        to_char(lahir, 'YYYYMMDD') || (1990 + (g / 1000) % 30)::text || lpad((1 + (g / 30000))::text, 2, '0') || (1 + g % 2)::text || lpad((g % 1000)::text, 3, '0'),
        (${NAMA_DEPAN})[1 + g % 30] || ' ' || (${NAMA_BELAKANG})[1 + (g / 30) % 25],
        (CASE WHEN g % 2 = 0 THEN 'L' ELSE 'P' END)::"JenisKelamin", lahir, 'PNS',
        (CASE peran WHEN 'KADIS' THEN 'IV_C' WHEN 'KABID' THEN 'IV_A' WHEN 'KASI' THEN 'III_D' WHEN 'KUPT' THEN 'III_D'
               ELSE (ARRAY['II_C','II_D','III_A','III_B','III_C'])[1 + g % 5] END)::"Golongan",
        j.id, u.id, 'besar' || g || '@pegawai.sikap.test', now(), DATE '2022-01-01'
      FROM (SELECT *, make_date(1968 + g % 30, 1 + (g / 7) % 12, 1 + (g / 3) % 28) AS lahir FROM bsr_g) b
      JOIN "UnitKerja" u ON u.kode = b.unit_kode
      JOIN "Jabatan" j ON j.kode = 'J' || b.unit_kode || CASE WHEN peran = 'STAF' THEN '-T' || (1 + g % 3) ELSE '' END
      ORDER BY g`,
    );
    await c.query(`CREATE TEMP TABLE bsr_m ON COMMIT DROP AS
      SELECT p.id, b.g, b.peran, b.atasan_g FROM "Pegawai" p JOIN bsr_g b ON p.email = 'besar' || b.g || '@pegawai.sikap.test'`);
    await c.query(`CREATE UNIQUE INDEX ON bsr_m (g)`);
    await step('rantai atasan', `UPDATE "Pegawai" p SET "atasanId" = a.id FROM bsr_m m JOIN bsr_m a ON a.g = m.atasan_g WHERE p.id = m.id`);
    await step(
      'akun',
      `INSERT INTO "User"(username, "pegawaiId", "passwordHash", roles, "updatedAt")
      SELECT 'besar.' || lpad(m.g::text, 5, '0'), m.id, $1,
             CASE WHEN m.peran = 'KADIS' THEN ARRAY['PEGAWAI','PIMPINAN']::"Role"[] ELSE ARRAY['PEGAWAI']::"Role"[] END, now()
        FROM bsr_m m`,
      [hash],
    );

    // ── The running period (the demo's, or a new one) ──
    const per = await c.query(`SELECT id, tahun FROM "PeriodePenilaian" WHERE status = 'BERJALAN' ORDER BY "tanggalMulai" DESC LIMIT 1`);
    if (!per.rowCount) throw new Error('Tidak ada periode berjalan; jalankan npm run db:seed lebih dulu.');
    const periodeId: number = per.rows[0].id;
    // Status mix: 10% not started, 22% draft, 20% sent, 5% returned, 25% rated, 18% final.
    await step(
      'penilaian',
      `INSERT INTO "PenilaianKinerja"("periodeId", "pegawaiId", "jabatanId", "unitId", "penilaiId", "atasanPenilaiId", status, "statusRencana",
          "ratingHasilKerja", "ratingPerilaku", predikat, "umpanBalik", "dikirimPada", "dinilaiPada", "difinalkanPada", "rencanaDisetujuiPada", "updatedAt")
      SELECT $1, p.id, p."jabatanId", p."unitId", p."atasanId", a."atasanId", s.status::"StatusPenilaian",
        (CASE WHEN s.status = 'DRAFT' THEN 'DRAFT' ELSE 'DISETUJUI' END)::"StatusRencana",
        rt.h::"RatingKinerja", rt.p::"RatingKinerja", rt.pred::"Predikat",
        CASE WHEN rt.h IS NOT NULL THEN 'Capaian sesuai rencana; pertahankan ketepatan waktu pelaporan.' END,
        CASE WHEN s.status <> 'DRAFT' THEN timestamp '2026-10-01' + (m.g % 40) * interval '1 day' END,
        CASE WHEN s.status IN ('DINILAI','FINAL') THEN timestamp '2026-11-10' + (m.g % 20) * interval '1 day' END,
        CASE WHEN s.status = 'FINAL' THEN timestamp '2026-12-01' + (m.g % 10) * interval '1 day' END,
        timestamp '2026-02-01', now()
      FROM bsr_m m JOIN "Pegawai" p ON p.id = m.id LEFT JOIN "Pegawai" a ON a.id = p."atasanId"
      CROSS JOIN LATERAL (SELECT CASE WHEN (m.g * 7919) % 100 < 22 THEN 'DRAFT' WHEN (m.g * 7919) % 100 < 42 THEN 'DIKIRIM' WHEN (m.g * 7919) % 100 < 47 THEN 'DIKEMBALIKAN'
                                      WHEN (m.g * 7919) % 100 < 72 THEN 'DINILAI' ELSE 'FINAL' END AS status) s
      CROSS JOIN LATERAL (SELECT CASE WHEN s.status IN ('DINILAI','FINAL') THEN x.h END AS h, CASE WHEN s.status IN ('DINILAI','FINAL') THEN x.p END AS p,
                                 CASE WHEN s.status IN ('DINILAI','FINAL') THEN mp.predikat::text END AS pred
                            FROM (SELECT (ARRAY['DI_ATAS','SESUAI','SESUAI','SESUAI','SESUAI','SESUAI','SESUAI','DI_BAWAH'])[1 + (m.g * 31) % 8] AS h,
                                         (ARRAY['DI_ATAS','SESUAI','SESUAI','SESUAI','SESUAI','SESUAI','DI_BAWAH'])[1 + (m.g * 17) % 7] AS p) x
                            LEFT JOIN "MatriksPredikat" mp ON mp."periodeId" = $1 AND mp."hasilKerja"::text = x.h AND mp.perilaku::text = x.p) rt
      WHERE (m.g * 7919) % 100 >= 10 OR m.peran <> 'STAF'
      ORDER BY m.g`,
      [periodeId],
    );
    // Temp table of the new appraisals (id, g, status) for the child rows.
    await c.query(`CREATE TEMP TABLE bsr_p ON COMMIT DROP AS
      SELECT pk.id, m.g, pk.status::text AS status, pk."jabatanId" FROM "PenilaianKinerja" pk JOIN bsr_m m ON m.id = pk."pegawaiId" WHERE pk."periodeId" = ${periodeId}`);
    await step(
      'penilaian kompetensi',
      `INSERT INTO "PenilaianKompetensi"("penilaianId", "kompetensiId", "levelDibutuhkan", "versiKamus", "levelDiri", "contohPerilaku", "levelAtasan")
      SELECT b.id, s."kompetensiId", s."levelDibutuhkan", 1,
        CASE WHEN b.status <> 'DRAFT' OR b.g % 2 = 0 THEN 1 + (b.g + s."kompetensiId") % 5 END,
        CASE WHEN b.status <> 'DRAFT' THEN 'Menerapkan kompetensi ini dalam tugas harian dan rapat koordinasi.' END,
        CASE WHEN b.status IN ('DINILAI','FINAL') THEN 1 + (b.g * 3 + s."kompetensiId") % 5 END
      FROM bsr_p b JOIN "StandarKompetensiJabatan" s ON s."jabatanId" = b."jabatanId"`,
    );
    await step(
      'perilaku kerja',
      `INSERT INTO "PerilakuKerja"("penilaianId", nilai, "refleksiDiri", "catatanAtasan")
      SELECT b.id, n::"NilaiBerakhlak",
        CASE WHEN b.status <> 'DRAFT' OR b.g % 3 = 0 THEN 'Saya berusaha menerapkan nilai ini dalam pelayanan sehari-hari, misalnya menjawab pertanyaan warga dengan jelas dan tepat waktu.' END,
        CASE WHEN b.status IN ('DINILAI','FINAL') THEN 'Sudah baik; pertahankan.' END
      FROM bsr_p b CROSS JOIN unnest(ARRAY['BERORIENTASI_PELAYANAN','AKUNTABEL','KOMPETEN','HARMONIS','LOYAL','ADAPTIF','KOLABORATIF']) n`,
    );
    await step(
      'rencana hasil kerja',
      `INSERT INTO "RencanaHasilKerja"("penilaianId", urutan, uraian, "updatedAt")
      SELECT b.id, k, (ARRAY['Tersusunnya laporan kinerja bulanan unit tepat waktu', 'Terlaksananya pelayanan administrasi sesuai standar'])[k], now()
      FROM bsr_p b CROSS JOIN generate_series(1, 2) k`,
    );
    await step(
      'indikator kinerja',
      `INSERT INTO "IndikatorKinerja"("rhkId", urutan, uraian, "jenisTarget", "targetNilai", satuan, "realisasiNilai", narasi, "updatedAt")
      SELECT r.id, 1, 'Persentase keluaran selesai tepat waktu', 'KUANTITATIF', 100, '%',
        CASE WHEN b.status <> 'DRAFT' THEN 80 + b.g % 25 END,
        CASE WHEN b.status <> 'DRAFT' THEN 'Rekap capaian terlampir pada bukti dukung.' END, now()
      FROM "RencanaHasilKerja" r JOIN bsr_p b ON b.id = r."penilaianId"`,
    );
    await c.query('COMMIT');
    say('  ANALYZE…');
    await c.query('ANALYZE');
    const counts: Record<string, number> = {};
    for (const t of [
      'UnitKerja',
      'Jabatan',
      'StandarKompetensiJabatan',
      'Pegawai',
      'User',
      'PenilaianKinerja',
      'PenilaianKompetensi',
      'PerilakuKerja',
      'IndikatorKinerja',
    ]) {
      counts[t] = (await c.query(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0].n;
    }
    return { seconds: (Date.now() - t0) / 1000, counts };
  } catch (err) {
    await c.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    await c.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const config = parseConfig();
  const db = await openDatabase(config, say);
  let code = 0;
  try {
    say(`Membangkitkan ${TOTAL.toLocaleString('id-ID')} pegawai…`);
    const r = await generate(db.url, config.DEMO_PASSWORD);
    say(`Selesai dalam ${r.seconds.toFixed(1)} dtk.`);
    for (const [t, n] of Object.entries(r.counts)) say(`  ${t.padEnd(26)} ${n.toLocaleString('id-ID')}`);
    say(`Masuk dengan besar.00000 … besar.${String(TOTAL - 1).padStart(5, '0')} (kata sandi: ${config.DEMO_PASSWORD}).`);
  } catch (err) {
    console.error(`[SIKAP] ${(err as Error).message}`);
    code = 1;
  } finally {
    await disconnectDb();
    if (db.embedded) await db.embedded.stop();
  }
  process.exit(code);
}

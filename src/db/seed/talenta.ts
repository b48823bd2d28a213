import type { Db } from '../client.js';
import { rng } from './random.js';
import { buatReview, jalankanPemetaan, kalibrasi } from '../../modules/talenta/talenta.service.js';
import { publikasi } from '../../modules/talenta/talenta.publikasi.js';
import { poolJabatan } from '../../modules/talenta/talenta.suksesi.js';
import { bacaPengaturan } from '../../modules/talenta/talenta.pengaturan.js';
import type { Principal } from '../../core/principal.js';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const ASPEK = ['Integritas', 'Berpikir analitis', 'Kepemimpinan', 'Adaptasi terhadap perubahan', 'Orientasi pada hasil'];

/**
 * Talent management demo data (issue 17): assessment results for most staff (every 12th has none,
 * to show the "belum ada hasil asesmen" list), two disciplinary records (one moderate, which
 * excludes; one light, which does not), a 2025 review that was mapped, calibrated once and
 * published (so its follow-up shows on development pages), three key positions, and a 2026 review
 * left as a draft for BKD to run. Idempotent: found by natural keys (NIP+date+institution, year).
 */
export async function seedTalenta(prisma: Db, log: (m: string) => void = () => {}): Promise<void> {
  const admin = await prisma.user.findUnique({ where: { username: 'admin.bkd' }, select: { id: true } });
  if (!admin) return;
  const demo = await prisma.user.findMany({
    where: { username: { in: ['pegawai.rujukan', 'atasan.rujukan', 'kadis.kesehatan'] } },
    select: { pegawaiId: true },
  });
  const wajib = new Set(demo.map((u) => u.pegawaiId));

  // 1. Assessment results (September 2025, by the BKPSDM assessment unit).
  if (!(await prisma.hasilAsesmen.count())) {
    const r = rng(170917);
    const pegawai = await prisma.pegawai.findMany({ where: { aktif: true }, select: { id: true }, orderBy: { id: 'asc' } });
    const data = [];
    for (const [i, p] of pegawai.entries()) {
      if (i % 12 === 5 && !wajib.has(p.id)) continue;
      const dasar = 2.6 + r.next() * 2.2;
      const skor = Object.fromEntries(
        ASPEK.map((a) => [a, Math.round(Math.min(5, Math.max(1, dasar + (r.next() - 0.5) * 0.8)) * 10) / 10]),
      );
      const nilai = Object.values(skor);
      data.push({
        pegawaiId: p.id,
        tanggal: d('2025-09-15'),
        lembaga: 'UPT Penilaian Kompetensi BKPSDM',
        skor,
        rerata: Math.round((nilai.reduce((a, b) => a + b, 0) / nilai.length) * 100) / 100,
        dicatatOleh: admin.id,
      });
    }
    await prisma.hasilAsesmen.createMany({ data, skipDuplicates: true });
  }

  // 2. Two disciplinary records on staff who are not demo accounts.
  if (!(await prisma.hukumanDisiplin.count())) {
    const dua = await prisma.pegawai.findMany({
      where: { aktif: true, id: { notIn: [...wajib].filter((x): x is number => x !== null) }, jabatan: { jenis: 'PELAKSANA' } },
      select: { id: true },
      orderBy: { id: 'asc' },
      skip: 7,
      take: 2,
    });
    if (dua.length === 2)
      await prisma.hukumanDisiplin.createMany({
        data: [
          {
            pegawaiId: dua[0]!.id,
            tingkat: 'SEDANG',
            jenis: 'Pemotongan tunjangan kinerja 25% selama 6 bulan',
            tanggal: d('2025-04-14'),
            keterangan: 'Tidak masuk kerja tanpa keterangan yang sah.',
            dicatatOleh: admin.id,
          },
          {
            pegawaiId: dua[1]!.id,
            tingkat: 'RINGAN',
            jenis: 'Teguran tertulis',
            tanggal: d('2026-02-09'),
            keterangan: null,
            dicatatOleh: admin.id,
          },
        ],
      });
  }

  // 3. The 2025 review: mapped on 31 Dec 2025, one calibration, published.
  let r2025 = await prisma.reviewTalenta.findUnique({ where: { tahun: 2025 } });
  if (!r2025) {
    r2025 = await buatReview(prisma, admin.id, { tahun: 2025, unitIds: [], jenisJabatan: [] });
    await jalankanPemetaan(prisma, admin.id, r2025.id, d('2025-12-31'));
    const pindah = await prisma.penempatanTalenta.findFirst({
      where: { reviewId: r2025.id, kotak: 4, pegawaiId: { notIn: [...wajib].filter((x): x is number => x !== null) } },
      orderBy: [{ skorTotal: 'desc' }, { pegawaiId: 'asc' }],
    });
    if (pindah)
      await kalibrasi(
        prisma,
        admin.id,
        r2025.id,
        pindah.pegawaiId,
        7,
        'Komite talenta: memimpin integrasi layanan rujukan 2025 dengan hasil di atas target; potensi kepemimpinan belum tertangkap asesmen.',
      );
    await publikasi(prisma, admin.id, r2025.id);
  }

  // 4. Key positions: three heads of division (administrator posts with a standard). Chosen from the
  //    2025 pools so that the demo shows both cases: two with at least two ready successors where the
  //    data has them, and one with exactly one ready successor (the warning).
  if (!(await prisma.jabatanKritikal.count())) {
    const bkd = { roles: ['ADMIN_BKD'] } as unknown as Principal;
    const p = bacaPengaturan(r2025.pengaturan);
    // Posts in the Dinas Kesehatan (kadis.kesehatan's subtree) first, so that pimpinan meets them too.
    const kadis = await prisma.user.findUnique({
      where: { username: 'kadis.kesehatan' },
      select: { pegawai: { select: { unit: { select: { jalur: true } } } } },
    });
    const jalur = kadis?.pegawai?.unit.jalur ?? '/-/';
    const semua = await prisma.jabatan.findMany({
      where: { aktif: true, jenis: 'ADMINISTRATOR', standar: { some: {} } },
      select: { id: true, kode: true, unit: { select: { jalur: true } } },
      orderBy: { kode: 'asc' },
    });
    const calon = [...semua.filter((j) => j.unit.jalur.startsWith(jalur)), ...semua.filter((j) => !j.unit.jalur.startsWith(jalur))];
    const pilih: { id: number; siap: number }[] = [];
    for (const j of calon) pilih.push({ id: j.id, siap: (await poolJabatan(prisma, bkd, r2025.id, p, j.id, 1)).siap });
    log(`Jabatan kritikal: calon siap ${pilih.map((x) => x.siap).join(',')}`);
    const satu = pilih.find((x) => x.siap === 1);
    const banyak = pilih.filter((x) => x.siap >= 2).slice(0, satu ? 2 : 3);
    const jadi = [...banyak, ...(satu ? [satu] : [])];
    for (const x of jadi.length ? jadi : pilih.slice(0, 3))
      await prisma.jabatanKritikal.create({
        data: { jabatanId: x.id, alasan: 'Jabatan kepemimpinan layanan publik; tidak boleh kosong.', ditetapkanOleh: admin.id },
      });
  }

  // 5. The 2026 review, left as a draft for BKD to check and run.
  if (!(await prisma.reviewTalenta.findUnique({ where: { tahun: 2026 } })))
    await buatReview(prisma, admin.id, { tahun: 2026, unitIds: [], jenisJabatan: [] });
  log('Data manajemen talenta contoh dimuat.');
}

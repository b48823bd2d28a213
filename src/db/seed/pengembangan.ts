import type { Db } from '../client.js';
import { rng } from './random.js';
import { buatRekomendasiSistem } from '../../modules/pengembangan/rekomendasi.service.js';

/**
 * Development and sosialisasi demo data: system recommendations from the 2025 gaps, a few agreed
 * plans, training history (the demo staff member stays below 20 JP in 2026), budgets per OPD and
 * a draft 2026 training plan, and sosialisasi content with one required announcement.
 * Idempotent: rows are found by natural keys and left alone when present.
 */
export async function seedPengembangan(prisma: Db, log: (m: string) => void = () => {}): Promise<void> {
  const p2025 = await prisma.periodePenilaian.findFirst({ where: { tahun: 2025, jenis: 'TAHUNAN' } });
  if (!p2025) return;
  const staf = await prisma.user.findUnique({ where: { username: 'pegawai.rujukan' }, select: { pegawaiId: true } });
  const admin = await prisma.user.findUnique({ where: { username: 'admin.bkd' }, select: { id: true } });

  // 1. System recommendations from every rated 2025 appraisal (skips programs already recommended).
  const penilaian = await prisma.penilaianKinerja.findMany({
    where: { periodeId: p2025.id, status: 'FINAL' },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  let dibuat = 0;
  for (const p of penilaian) dibuat += await buatRekomendasiSistem(prisma, p.id);

  // Each step has its own generator, so a skipped step never shifts the next one's choices.
  const r = rng(60626);
  // 2. Agreed plans: supervisors approved the best-ranked recommendation for about a third of staff.
  if (!(await prisma.rekomendasiPelatihan.count({ where: { periodeId: p2025.id, status: { not: 'USULAN' } } }))) {
    const rek = await prisma.rekomendasiPelatihan.findMany({
      where: { periodeId: p2025.id },
      orderBy: [{ pegawaiId: 'asc' }, { skor: 'desc' }],
      select: { id: true, pegawaiId: true },
    });
    const setuju: number[] = [];
    let last = -1;
    for (const x of rek) {
      if (x.pegawaiId === last) continue;
      last = x.pegawaiId;
      if (x.pegawaiId === staf?.pegawaiId || r.chance(0.35)) setuju.push(x.id);
    }
    await prisma.rekomendasiPelatihan.updateMany({
      where: { id: { in: setuju } },
      data: { status: 'DISETUJUI', catatan: 'Disepakati dalam dialog kinerja akhir tahun.' },
    });
  }

  // 3. Training history. PNS are spread around the 20 JP minimum; the demo staff member has 10 JP in 2026.
  const program = await prisma.programPelatihan.findMany({ where: { aktif: true }, orderBy: { kode: 'asc' } });
  const byKode = new Map(program.map((p) => [p.kode, p]));
  const pegawai = await prisma.pegawai.findMany({ where: { aktif: true }, select: { id: true, status: true }, orderBy: { id: 'asc' } });
  const r3 = rng(60627);
  const rows: { pegawaiId: number; kode: string; selesai: string }[] = [];
  for (const p of pegawai) {
    if (p.id === staf?.pegawaiId) {
      rows.push({ pegawaiId: p.id, kode: 'PLT-005', selesai: '2026-03-20' }, { pegawaiId: p.id, kode: 'PLT-010', selesai: '2025-09-12' });
      continue;
    }
    const n = r3.int(0, 3);
    for (let i = 0; i < n; i++) {
      const prog = r3.pick(program);
      const tahun = r3.chance(0.6) ? 2026 : 2025;
      const bulan = tahun === 2026 ? r3.int(2, 10) : r3.int(2, 11);
      rows.push({
        pegawaiId: p.id,
        kode: prog.kode,
        selesai: `${tahun}-${String(bulan).padStart(2, '0')}-${String(r3.int(1, 28)).padStart(2, '0')}`,
      });
    }
  }
  let riwayatBaru = 0;
  for (const x of rows) {
    const prog = byKode.get(x.kode);
    if (!prog) continue;
    const selesai = new Date(`${x.selesai}T00:00:00Z`);
    const ada = await prisma.riwayatPelatihan.findFirst({
      where: { pegawaiId: x.pegawaiId, programId: prog.id, tanggalSelesai: selesai },
      select: { id: true },
    });
    if (ada) continue;
    const hari = Math.max(1, Math.ceil(prog.jp / 8));
    await prisma.riwayatPelatihan.create({
      data: {
        pegawaiId: x.pegawaiId,
        programId: prog.id,
        judul: prog.judul,
        penyelenggara: prog.penyelenggara,
        tanggalMulai: new Date(selesai.getTime() - (hari - 1) * 86_400_000),
        tanggalSelesai: selesai,
        jp: prog.jp,
        dicatatOleh: admin?.id ?? null,
      },
    });
    riwayatBaru += 1;
  }

  // 4. Budget per OPD for 2026 and a draft plan built from the approved recommendations.
  const opd = await prisma.unitKerja.findMany({ where: { jenis: 'OPD' }, select: { id: true }, orderBy: { id: 'asc' } });
  for (const [i, u] of opd.entries()) {
    await prisma.anggaranPelatihanUnit.upsert({
      where: { tahun_unitId: { tahun: 2026, unitId: u.id } },
      update: {},
      create: { tahun: 2026, unitId: u.id, pagu: BigInt([15, 20, 25, 30, 40][i % 5]! * 1_000_000) },
    });
  }
  // Draft plan: programs BKD already picked, with everyone the 2025 appraisals recommended them to.
  for (const kode of ['PLT-001', 'PLT-014', 'PLT-005', 'PLT-017']) {
    const prog = byKode.get(kode);
    if (!prog) continue;
    const ada = await prisma.rencanaPelatihan.findUnique({ where: { tahun_programId: { tahun: 2026, programId: prog.id } } });
    if (ada) continue;
    const rencana = await prisma.rencanaPelatihan.create({
      data: { tahun: 2026, programId: prog.id, catatan: 'Draf awal dari rekomendasi penilaian 2025.' },
    });
    const peserta = await prisma.rekomendasiPelatihan.findMany({
      where: { programId: prog.id, periodeId: p2025.id, status: { in: ['USULAN', 'DISETUJUI'] } },
      select: { pegawaiId: true },
      distinct: ['pegawaiId'],
    });
    await prisma.pesertaRencanaPelatihan.createMany({
      data: peserta.map((x) => ({ rencanaId: rencana.id, pegawaiId: x.pegawaiId })),
      skipDuplicates: true,
    });
  }

  // 5. Sosialisasi content.
  for (const { terbit, ...k } of KONTEN) {
    await prisma.kontenSosialisasi.upsert({
      where: { slug: k.slug },
      update: {},
      create: { ...k, status: 'TERBIT', diterbitkanPada: new Date(terbit), penulisId: admin?.id ?? null },
    });
  }
  const wajib = await prisma.kontenSosialisasi.findUnique({ where: { slug: 'batas-penilaian-diri-2026' }, select: { id: true } });
  if (wajib && !(await prisma.tandaBaca.count({ where: { kontenId: wajib.id } }))) {
    const users = await prisma.user.findMany({
      where: { pegawaiId: { not: null }, aktif: true, username: { notIn: ['pegawai.rujukan', 'atasan.rujukan'] } },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    const r5 = rng(60628);
    const baca = users
      .filter(() => r5.chance(0.45))
      .map((u) => ({ kontenId: wajib.id, userId: u.id, dibacaPada: new Date(Date.UTC(2026, 10, r5.int(3, 20), r5.int(1, 9))) }));
    await prisma.tandaBaca.createMany({ data: baca, skipDuplicates: true });
  }
  log(`Pengembangan: ${dibuat} rekomendasi baru, ${riwayatBaru} riwayat pelatihan baru.`);
}

const KONTEN: {
  jenis: 'HALAMAN' | 'PENGUMUMAN' | 'FAQ';
  judul: string;
  slug: string;
  isi: string;
  urutan: number;
  wajibDibaca: boolean;
  terbit: string;
}[] = [
  {
    jenis: 'HALAMAN',
    slug: 'cara-mengisi-penilaian-diri',
    urutan: 1,
    wajibDibaca: false,
    terbit: '2026-01-05T02:00:00Z',
    judul: 'Cara mengisi penilaian diri',
    isi: `Penilaian diri adalah kesempatan Anda menunjukkan capaian kerja selama periode berjalan.

## Langkah-langkah
1. Buka menu **Penilaian** dan pilih periode yang sedang berjalan.
2. Isi **realisasi** setiap indikator kinerja individu dan unggah **bukti dukung** (PDF/JPG/PNG) atau tautan.
3. Tulis **refleksi perilaku** untuk setiap nilai BerAKHLAK dengan contoh nyata.
4. Pilih **level kompetensi** menurut Anda sendiri. Baca arti setiap level di [Kamus kompetensi](/sosialisasi/kamus).
5. Tekan **Kirim ke atasan** sebelum batas waktu.

Isian tersimpan otomatis sebagai draf; Anda dapat melanjutkan kapan saja sebelum dikirim.`,
  },
  {
    jenis: 'HALAMAN',
    slug: 'memahami-predikat-dan-kesenjangan-kompetensi',
    urutan: 2,
    wajibDibaca: false,
    terbit: '2026-01-05T02:10:00Z',
    judul: 'Memahami predikat kinerja dan kesenjangan kompetensi',
    isi: `Predikat kinerja ditentukan dari **rating hasil kerja** dan **rating perilaku kerja** (PermenPANRB 6/2022). Matriksnya dapat dilihat di halaman Sosialisasi.

**Kesenjangan kompetensi** = level standar jabatan − level hasil penilaian atasan. Bila ada kesenjangan, SIKAP merekomendasikan program pengembangan:

- kesenjangan kecil (1 level): *coaching*, *mentoring*, e-learning, atau OJT;
- kesenjangan besar (2 level atau lebih): pelatihan klasikal.

Atasan menyepakati rencana pengembangan bersama Anda. Setiap PNS berhak atas minimal **20 JP** pengembangan kompetensi per tahun.`,
  },
  {
    jenis: 'PENGUMUMAN',
    slug: 'batas-penilaian-diri-2026',
    urutan: 0,
    wajibDibaca: true,
    terbit: '2026-11-02T01:00:00Z',
    judul: 'Batas pengiriman penilaian diri 2026: 15 Desember 2026',
    isi: `Kepada seluruh ASN Pemerintah Kota Parahyangan,

Penilaian diri periode **2026** wajib dikirim kepada atasan langsung paling lambat **15 Desember 2026** (Kecamatan Coblong dan Sukajadi: **8 Desember 2026**). Atasan menyelesaikan penilaian paling lambat 31 Desember 2026.

Untuk menghindari antrean di akhir bulan, kirimkan lebih awal. Panduan lengkap terlampir di halaman [Cara mengisi penilaian diri](/sosialisasi/konten/cara-mengisi-penilaian-diri).

Mohon konfirmasi bahwa Anda telah membaca pengumuman ini.`,
  },
  {
    jenis: 'PENGUMUMAN',
    slug: 'katalog-pelatihan-2026',
    urutan: 1,
    wajibDibaca: false,
    terbit: '2026-02-10T03:00:00Z',
    judul: 'Katalog pelatihan 2026 telah tersedia',
    isi: 'BKPSDM telah memperbarui katalog program pengembangan kompetensi 2026, termasuk e-learning tanpa biaya. Rekomendasi untuk Anda tampil di menu **Pengembangan**.',
  },
  {
    jenis: 'FAQ',
    slug: 'faq-level-diri-berbeda',
    urutan: 1,
    wajibDibaca: false,
    terbit: '2026-01-06T02:00:00Z',
    judul: 'Bagaimana jika level penilaian diri saya berbeda dengan penilaian atasan?',
    isi: 'Yang dipakai untuk analisis kesenjangan adalah **level dari atasan**. Level penilaian diri tetap ditampilkan sebagai bahan dialog kinerja. Bila Anda tidak sependapat dengan hasil akhir, Anda dapat mengajukan keberatan kepada atasan pejabat penilai.',
  },
  {
    jenis: 'FAQ',
    slug: 'faq-jp-pppk',
    urutan: 2,
    wajibDibaca: false,
    terbit: '2026-01-06T02:05:00Z',
    judul: 'Berapa JP pengembangan kompetensi untuk PPPK?',
    isi: 'PPPK dapat mengikuti pengembangan kompetensi **paling banyak 24 JP** per tahun masa perjanjian kerja, dihitung sejak TMT pengangkatan. PNS berhak **minimal 20 JP** per tahun kalender.',
  },
];

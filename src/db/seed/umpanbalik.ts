/**
 * Demo data for multi-source feedback: check-ins between the demo supervisor and staff member,
 * a completed 360 round for the staff member in 2026, public feedback for Dinas Kesehatan units
 * (some waiting for moderation), and one award in 2025. Idempotent: each part is skipped when
 * its anchor row already exists.
 */
import type { Db } from '../client.js';
import type { NilaiBerakhlak } from '../../generated/prisma/enums.js';
import { rng } from './random.js';
import { hariIni } from '../../lib/format.js';

const NILAI: NilaiBerakhlak[] = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];
const HARI = 86_400_000;
/** Fixed tokens so the README and browser tests can open the demo forms. */
export const DEMO_TOKEN = { rujukan: 'demo-dinkes-rujukan', dinkes: 'demo-dinas-kesehatan', surveilans: 'demo-dinkes-surveilans' } as const;

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const clamp = (x: Date, lo: Date, hi: Date) => new Date(Math.min(Math.max(x.getTime(), lo.getTime()), hi.getTime()));

export async function seedUmpanBalik(prisma: Db, log: (m: string) => void = () => {}): Promise<void> {
  const r = rng(7070);
  const [uAtasan, uStaf, uKadis, uAdmin] = await Promise.all(
    ['atasan.rujukan', 'pegawai.rujukan', 'kadis.kesehatan', 'admin.bkd'].map((u) =>
      prisma.user.findUnique({ where: { username: u }, select: { id: true, pegawaiId: true } }),
    ),
  );
  const p2025 = await prisma.periodePenilaian.findFirst({ where: { tahun: 2025, jenis: 'TAHUNAN' } });
  const p2026 = await prisma.periodePenilaian.findFirst({ where: { tahun: 2026, jenis: 'TAHUNAN' } });
  if (!uAtasan?.pegawaiId || !uStaf?.pegawaiId || !p2025 || !p2026) return;
  const atasanId = uAtasan.pegawaiId;
  const stafId = uStaf.pegawaiId;
  await prisma.pegawai.findUniqueOrThrow({ where: { id: stafId }, select: { id: true, unitId: true, jabatanId: true, atasanId: true } });

  // ── Dialog kinerja ──
  if ((await prisma.dialogKinerja.count({ where: { pegawaiId: stafId } })) === 0) {
    const indikator = await prisma.indikatorKinerja.findFirst({
      where: { rhk: { penilaian: { pegawaiId: stafId, periodeId: p2026.id } } },
      orderBy: { id: 'asc' },
      select: { id: true },
    });
    const komunikasi = await prisma.kompetensi.findFirst({ where: { nama: 'Komunikasi' }, select: { id: true } });
    const terakhir = clamp(new Date(hariIni().getTime() - 12 * HARI), d('2026-09-01'), d('2026-12-20'));
    await prisma.dialogKinerja.createMany({
      data: [
        {
          pegawaiId: stafId,
          penulisId: atasanId,
          periodeId: p2026.id,
          jenis: 'CHECKIN',
          tanggal: d('2026-02-09'),
          catatan: 'Membahas rencana hasil kerja 2026 dan target verifikasi rujukan 1×24 jam. Kendala: akses data RS swasta belum lengkap.',
          tindakLanjut: 'Kasi menyurati tiga RS swasta untuk akses data; pegawai menyusun format rekap mingguan.',
          tanggalTindakLanjut: d('2026-03-02'),
        },
        {
          pegawaiId: stafId,
          penulisId: stafId,
          periodeId: p2026.id,
          jenis: 'CHECKIN',
          tanggal: d('2026-05-18'),
          catatan:
            'Rekap mingguan berjalan; 93% rujukan terverifikasi tepat waktu pada April. Butuh pendampingan untuk presentasi ke puskesmas.',
          tindakLanjut: 'Ikut mendampingi Kasi pada rapat koordinasi puskesmas bulan Juni.',
          tanggalTindakLanjut: d('2026-06-15'),
        },
        ...(indikator
          ? [
              {
                pegawaiId: stafId,
                penulisId: atasanId,
                periodeId: p2026.id,
                jenis: 'PUJIAN' as const,
                tanggal: d('2026-07-06'),
                catatan: 'Verifikasi rujukan saat lonjakan kasus DBD tetap tepat waktu. Terima kasih atas kerja kerasnya.',
                indikatorId: indikator.id,
              },
            ]
          : []),
        ...(komunikasi
          ? [
              {
                pegawaiId: stafId,
                penulisId: atasanId,
                periodeId: p2026.id,
                jenis: 'PERHATIAN' as const,
                tanggal: d('2026-08-17'),
                catatan: 'Paparan ke puskesmas masih terlalu teknis; perlu menyederhanakan pesan utama.',
                tindakLanjut: 'Latihan presentasi singkat sebelum rapat berikutnya.',
                tanggalTindakLanjut: d('2026-09-07'),
                kompetensiId: komunikasi.id,
              },
            ]
          : []),
        {
          pegawaiId: stafId,
          penulisId: atasanId,
          periodeId: p2026.id,
          jenis: 'CHECKIN',
          tanggal: terakhir,
          catatan: 'Kemajuan dokumen rekomendasi alur rujukan: draf sudah dibahas dengan dua puskesmas.',
          tindakLanjut: 'Finalisasi draf dan sosialisasi ke 10 puskesmas.',
          tanggalTindakLanjut: clamp(new Date(terakhir.getTime() + 21 * HARI), terakhir, d('2026-12-31')),
        },
      ],
    });
  }

  // ── 360: a completed round for the demo staff member, and one open request for them as rater ──
  const rekan = await prisma.pegawai.findMany({
    where: { atasanId, aktif: true, id: { not: stafId } },
    orderBy: { id: 'asc' },
    select: { id: true, unitId: true, atasanId: true },
  });
  if (
    rekan.length >= 3 &&
    !(await prisma.sesi360.findUnique({ where: { periodeId_pegawaiId: { periodeId: p2026.id, pegawaiId: stafId } } }))
  ) {
    const komp = await prisma.kompetensi.findMany({
      where: { nama: { in: ['Kerja Sama', 'Komunikasi', 'Pelayanan Publik'] } },
      select: { id: true },
    });
    const lain = await prisma.pegawai.findFirst({
      where: { aktif: true, unit: { nama: 'Seksi Surveilans dan Imunisasi' }, jabatan: { jenis: 'PELAKSANA' } },
      select: { id: true },
    });
    const sesi = await prisma.sesi360.create({
      data: { periodeId: p2026.id, pegawaiId: stafId, kompetensiIds: komp.map((k) => k.id), dibuatOleh: uAtasan.id },
    });
    await prisma.penugasan360.createMany({
      data: [
        ...rekan.slice(0, 4).map((p, i) => ({
          sesiId: sesi.id,
          raterId: p.id,
          hubungan: 'REKAN' as const,
          status: i < 3 ? ('SELESAI' as const) : ('DIMINTA' as const),
          diusulkanOleh: uAtasan.id,
        })),
        ...(lain
          ? [{ sesiId: sesi.id, raterId: lain.id, hubungan: 'LAIN_UNIT' as const, status: 'SELESAI' as const, diusulkanOleh: uStaf.id }]
          : []),
      ],
    });
    const komentar = [
      'Selalu siap membantu saat verifikasi menumpuk, dan menjelaskan data dengan sabar.',
      'Data rujukan yang dikirim rapi dan tepat waktu; akan lebih baik bila lebih sering berbagi kendala lebih awal.',
      null,
      'Responsif ketika kami di puskesmas bertanya soal status rujukan.',
    ];
    const jumlah = lain ? 4 : 3;
    for (let i = 0; i < jumlah; i++) {
      await prisma.jawaban360.create({
        data: {
          sesiId: sesi.id,
          komentar: komentar[i] ?? null,
          skor: {
            create: [
              ...NILAI.map((n) => ({ nilai: n, skor: r.int(3, 5) })),
              ...komp.map((k) => ({ kompetensiId: k.id, skor: r.int(3, 5) })),
            ],
          },
        },
      });
    }
    // The demo staff member has an open request to rate a peer.
    const peer = rekan[0]!;
    const sesiPeer = await prisma.sesi360.upsert({
      where: { periodeId_pegawaiId: { periodeId: p2026.id, pegawaiId: peer.id } },
      update: {},
      create: { periodeId: p2026.id, pegawaiId: peer.id, kompetensiIds: komp.map((k) => k.id), dibuatOleh: uAtasan.id },
    });
    await prisma.penugasan360.createMany({
      data: [{ sesiId: sesiPeer.id, raterId: stafId, hubungan: 'REKAN', status: 'DIMINTA', diusulkanOleh: uAtasan.id }],
      skipDuplicates: true,
    });
  }

  // ── Public service feedback for Dinas Kesehatan units ──
  const units = await prisma.unitKerja.findMany({
    where: { kode: { in: ['DINKES', 'DINKES-YAN-RJK', 'DINKES-P2P-SUR'] } },
    select: { id: true, kode: true },
  });
  const token: Record<string, string> = {
    DINKES: DEMO_TOKEN.dinkes,
    'DINKES-YAN-RJK': DEMO_TOKEN.rujukan,
    'DINKES-P2P-SUR': DEMO_TOKEN.surveilans,
  };
  const KOMENTAR = [
    'Petugas ramah dan menjelaskan alur rujukan dengan jelas.',
    'Antrean agak lama di jam sibuk, mohon ditambah loket.',
    'Proses cepat, terima kasih.',
    'Informasi persyaratan di papan pengumuman kurang jelas.',
    'Pelayanan sangat membantu keluarga kami.',
    'Ruang tunggu panas, mohon kipas angin ditambah.',
  ];
  const JENIS = ['Rujukan pasien', 'Informasi layanan', 'Surat keterangan', 'Imunisasi', null];
  const akhir = clamp(hariIni(), d('2026-02-01'), d('2026-12-31'));
  for (const u of units) {
    if (await prisma.tautanUmpanBalikPublik.findUnique({ where: { token: token[u.kode]! } })) continue;
    const l = await prisma.tautanUmpanBalikPublik.create({ data: { token: token[u.kode]!, unitId: u.id, dibuatOleh: uAdmin?.id ?? null } });
    const n = u.kode === 'DINKES-YAN-RJK' ? 24 : 14;
    const rows = [];
    for (let i = 0; i < n; i++) {
      const tahun2025 = i % 5 === 4;
      const dari = tahun2025 ? d('2025-02-01') : d('2026-01-05');
      const sampai = tahun2025 ? d('2025-12-20') : akhir;
      const createdAt = new Date(dari.getTime() + Math.floor(r.next() * Math.max(1, sampai.getTime() - dari.getTime())) + 9 * 3_600_000);
      const skor = r.pick([5, 5, 4, 4, 4, 3, 5, 4, 2]);
      const berkomentar = r.chance(0.4);
      const menunggu = berkomentar && !tahun2025 && i >= n - 8;
      rows.push({
        tautanId: l.id,
        unitId: u.id,
        skor,
        komentar: berkomentar ? r.pick(KOMENTAR) : null,
        jenisLayanan: r.pick(JENIS),
        status: menunggu ? ('MENUNGGU' as const) : ('DISETUJUI' as const),
        dimoderasiOleh: berkomentar && !menunggu ? (uKadis?.id ?? null) : null,
        dimoderasiPada: berkomentar && !menunggu ? new Date(createdAt.getTime() + HARI) : null,
        createdAt,
      });
    }
    // Always some in the queue for the demo moderators.
    rows.push({
      tautanId: l.id,
      unitId: u.id,
      skor: 2,
      komentar: 'Menunggu hasil lab terlalu lama, tidak ada kabar.',
      jenisLayanan: 'Informasi layanan',
      status: 'MENUNGGU' as const,
      dimoderasiOleh: null,
      dimoderasiPada: null,
      createdAt: new Date(akhir.getTime() - 2 * HARI + 10 * 3_600_000),
    });
    await prisma.umpanBalikPublik.createMany({ data: rows });
  }

  // ── One award in 2025 ──
  if ((await prisma.penghargaan.count({ where: { periodeId: p2025.id } })) === 0) {
    const terbaik = await prisma.penilaianKinerja.findFirst({
      where: { periodeId: p2025.id, predikat: 'SANGAT_BAIK', unit: { kode: { startsWith: 'DINKES' } } },
      orderBy: { pegawaiId: 'asc' },
      select: { pegawaiId: true },
    });
    await prisma.penghargaan.create({
      data: {
        pegawaiId: terbaik?.pegawaiId ?? stafId,
        periodeId: p2025.id,
        kategori: 'Pelayanan Publik Terbaik',
        alasan: 'Predikat kinerja Sangat Baik dan kepuasan masyarakat tertinggi di Dinas Kesehatan pada 2025.',
        tanggal: d('2026-01-20'),
        dicatatOleh: uKadis?.id ?? uAdmin?.id ?? uAtasan.id,
      },
    });
  }
  log('Umpan balik contoh dimuat.');
}

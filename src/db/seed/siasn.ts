import crypto from 'node:crypto';
import type { Db } from '../client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { siapkan } from '../../modules/siasn/siasn.ekspor.js';
import { rencanaDiklat } from '../../modules/admin/impor/impor-diklat.js';
import { petakanKolom } from '../../modules/admin/impor/kolom.js';

/**
 * SIASN exchange demo data (issue 16): SIASN ids for most staff (a few left empty so the "missing
 * ids" list has content), a past export of the 2025 annual results made before three ids were
 * filled in (so "only changed" has rows to send), and an applied import of SIASN's training
 * history that reaches the demo accounts. Idempotent: ids are set only where empty, the export and
 * the import are found by their natural keys, and the import's rows are matched by its own key.
 */
export async function seedSiasn(prisma: Db, log: (m: string) => void = () => {}): Promise<void> {
  const admin = await prisma.user.findUnique({ where: { username: 'admin.bkd' }, select: { id: true } });
  if (!admin) return;
  const akun = await prisma.user.findMany({
    where: { username: { in: ['pegawai.rujukan', 'atasan.rujukan', 'kadis.kesehatan'] } },
    select: { username: true, pegawaiId: true },
  });
  const akunPeg = new Map(akun.map((a) => [a.username, a.pegawaiId]));
  const demoIds = new Set(akun.map((a) => a.pegawaiId).filter((x): x is number => x !== null));

  // 1. SIASN ids (32 hex characters, like SIASN's PNS ID): everyone but about one in fifteen.
  const tanpa = await prisma.pegawai.findMany({
    where: { siasnId: null },
    select: { id: true, nip: true, niPppk: true },
    orderBy: { id: 'asc' },
  });
  const sudahAda = await prisma.pegawai.count({ where: { siasnId: { not: null } } });
  if (!sudahAda) {
    for (const p of tanpa) {
      if (p.id % 15 === 7 && !demoIds.has(p.id)) continue;
      const siasnId = crypto
        .createHash('sha1')
        .update(`siasn:${p.nip ?? p.niPppk ?? p.id}`)
        .digest('hex')
        .slice(0, 32)
        .toUpperCase();
      await prisma.pegawai.update({ where: { id: p.id }, data: { siasnId } });
    }
  }

  // 2. A past export of the 2025 annual results (as of 20 Jan 2026); three employees got their id afterwards.
  if (!(await prisma.eksporSiasn.count({ where: { tahun: 2025, jenis: 'TAHUNAN' } }))) {
    const { siap, tanpaId } = await siapkan(prisma, 2025, 'TAHUNAN');
    const kemudian = new Set(
      siap
        .filter((s) => !demoIds.has(s.hasil.pegawaiId))
        .slice(-3)
        .map((s) => s.hasil.sumberId),
    );
    const baris = siap.filter((s) => !kemudian.has(s.hasil.sumberId));
    if (baris.length) {
      await prisma.$transaction(async (tx) => {
        const e = await tx.eksporSiasn.create({
          data: {
            tahun: 2025,
            jenis: 'TAHUNAN',
            mode: 'SEMUA',
            jumlahBaris: baris.length,
            jumlahTanpaId: tanpaId.length + kemudian.size,
            dibuatOleh: admin.id,
            createdAt: new Date('2026-01-20T02:30:00Z'),
          },
        });
        await tx.barisEksporSiasn.createMany({
          data: baris.map((b) => ({
            eksporId: e.id,
            sumberId: b.hasil.sumberId,
            pegawaiId: b.hasil.pegawaiId,
            hash: b.hash,
            data: b.rekaman as Prisma.InputJsonValue,
          })),
        });
        await tx.auditLog.create({
          data: {
            userId: admin.id,
            aksi: 'EKSPOR_SIASN',
            entitas: 'EksporSiasn',
            entitasId: String(e.id),
            sesudah: { tahun: 2025, jenis: 'TAHUNAN', mode: 'SEMUA', jumlahBaris: baris.length },
            createdAt: e.createdAt,
          },
        });
      });
    }
  }

  // 3. SIASN's training history export, applied through the import's own dry run and apply.
  const JOB = 'demo-siasn-riwayat-diklat';
  if (!(await prisma.importJob.findUnique({ where: { id: JOB } }))) {
    const nipOf = new Map(
      (
        await prisma.pegawai.findMany({
          where: { id: { in: [...demoIds] } },
          select: { id: true, nip: true },
        })
      ).map((p) => [p.id, p.nip]),
    );
    const lain = await prisma.pegawai.findMany({
      where: { aktif: true, nip: { not: null }, id: { notIn: [...demoIds] } },
      select: { nip: true, nama: true },
      orderBy: { id: 'asc' },
      take: 40,
    });
    const header = ['NIP Baru', 'Nama', 'Nama Diklat', 'Institusi Penyelenggara', 'Tgl Mulai', 'Tgl Selesai', 'Jumlah Jam', 'Jenis Diklat'];
    const rows: string[][] = [];
    const nip = (u: string) => nipOf.get(akunPeg.get(u) ?? -1) ?? null;
    // pegawai.rujukan: a 2025 course only (the demo keeps them below 20 JP in 2026).
    if (nip('pegawai.rujukan'))
      rows.push([
        nip('pegawai.rujukan')!,
        '',
        'Pelatihan Dasar Sistem Rujukan Terintegrasi',
        'Kementerian Kesehatan',
        '2025-05-12',
        '2025-05-15',
        '30',
        'Teknis',
      ]);
    if (nip('atasan.rujukan'))
      rows.push([
        nip('atasan.rujukan')!,
        '',
        'Pelatihan Kepemimpinan Pengawas (PKP)',
        'BPSDM Provinsi',
        '2026-02-02',
        '2026-04-30',
        '60',
        'Kepemimpinan',
      ]);
    if (nip('kadis.kesehatan'))
      rows.push([
        nip('kadis.kesehatan')!,
        '',
        'Seminar Nasional Tata Kelola Layanan Kesehatan Daerah',
        'Kementerian Dalam Negeri',
        '2026-03-10',
        '2026-03-11',
        '12',
        'Seminar',
      ]);
    const kursus = [
      ['Kursus Daring Literasi Data ASN', 'LAN RI (ASN Unggul)', '2026-02-05', '2026-02-26', '20'],
      ['Pelatihan Pelayanan Publik Prima', 'BPSDM Provinsi', '2026-05-18', '2026-05-21', '32'],
      ['Workshop Penyusunan SKP Berbasis Hasil', 'BKN Kantor Regional', '2025-10-07', '2025-10-08', '16'],
    ] as const;
    lain.forEach((p, i) => {
      const k = kursus[i % kursus.length]!;
      rows.push([p.nip!, p.nama, k[0], k[1], k[2], k[3], k[4], 'Teknis']);
    });
    // Two rows SIASN exports that SIKAP cannot take: an unknown NIP and a missing end date.
    rows.push([
      '199912312024011001',
      'Pegawai Instansi Lain',
      'Pelatihan Teknis Kearsipan',
      'ANRI',
      '2026-03-02',
      '2026-03-04',
      '24',
      'Teknis',
    ]);
    if (lain[0]) rows.push([lain[0].nip!, lain[0].nama, 'Kursus Bahasa Inggris', 'LPK Cendekia', '2026-06-01', '', '16', 'Kursus']);
    const { pemetaan } = petakanKolom('diklat', header);
    const rencana = await rencanaDiklat(prisma, pemetaan, rows);
    await prisma.$transaction(async (tx) => {
      await rencana.terapkan(tx, { userId: admin.id, ip: null }, async () => {});
    });
    const jumlah = { BARU: 0, UBAH: 0, SAMA: 0, GALAT: 0 };
    for (const b of rencana.baris) jumlah[b.hasil]++;
    await prisma.importJob.create({
      data: {
        id: JOB,
        userId: admin.id,
        jenis: 'diklat',
        namaBerkas: 'siasn-riwayat-diklat-2026.xlsx',
        status: 'DITERAPKAN',
        kolom: header,
        pemetaan,
        baris: rows,
        jumlahBaris: rows.length,
        progres: jumlah.BARU + jumlah.UBAH,
        ringkasan: { hasil: rencana.baris } as unknown as Prisma.InputJsonValue,
        selesaiPada: new Date(),
      },
    });
    log(`Impor riwayat diklat SIASN contoh: ${jumlah.BARU} baris baru, ${jumlah.GALAT} baris galat.`);
  }
  log('Data pertukaran SIASN contoh dimuat.');
}

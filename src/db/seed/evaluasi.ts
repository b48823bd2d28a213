import type { Db } from '../client.js';
import type { Predikat, RatingKinerja } from '../../generated/prisma/enums.js';
import { DEFAULT_MATRIKS } from '../../modules/domain/rules.js';
import { dataEvaluasiBaru, targetUntuk } from '../../modules/evaluasi/evaluasi.service.js';
import { rng } from './random.js';

/**
 * Demo data for issue 16: 2026 is evaluated quarterly — triwulan I–III closed with final results
 * for everyone whose 2026 SKP is approved, triwulan IV (the year end, the year's own appraisal)
 * open — and pegawai.rujukan and the colleagues under the same supervisor keep progress logs,
 * some noted or answered by atasan.rujukan. 2025 stays annual-only. Idempotent.
 */
export async function seedEvaluasi(prisma: Db, log: (s: string) => void): Promise<void> {
  const tahun = await prisma.periodePenilaian.findFirst({
    where: { tahun: 2026, jenis: 'TAHUNAN' },
    include: { anak: true, matriks: true, pola: true },
  });
  if (!tahun) return;
  if (!tahun.anak.length) {
    for (const ke of [1, 2, 3]) {
      await prisma.periodePenilaian.create({ data: dataEvaluasiBaru(tahun, 'TRIWULANAN', ke, 'DITUTUP') });
    }
    await prisma.periodePenilaian.update({
      where: { id: tahun.id },
      data: { ritme: 'TRIWULANAN', aturanPredikatTahunan: 'EVALUASI_TERAKHIR' },
    });
  }
  const anak = await prisma.periodePenilaian.findMany({ where: { indukId: tahun.id }, orderBy: { ke: 'asc' } });

  // Q1–Q3 results for every approved 2026 SKP.
  const skps = await prisma.penilaianKinerja.findMany({
    where: { periodeId: tahun.id, statusRencana: 'DISETUJUI' },
    include: {
      rhk: { orderBy: { urutan: 'asc' }, include: { indikator: { orderBy: { urutan: 'asc' } } } },
      pegawai: { select: { nip: true } },
    },
  });
  const sudah = new Set(
    (
      await prisma.penilaianKinerja.findMany({
        where: { periodeId: { in: anak.map((a) => a.id) } },
        select: { periodeId: true, pegawaiId: true },
      })
    ).map((x) => `${x.periodeId}:${x.pegawaiId}`),
  );
  const predikatDari = (h: RatingKinerja, p: RatingKinerja): Predikat =>
    DEFAULT_MATRIKS.find((m) => m.hasilKerja === h && m.perilaku === p)!.predikat;
  let dibuat = 0;
  for (const skp of skps) {
    for (const a of anak) {
      if (sudah.has(`${a.id}:${skp.pegawaiId}`)) continue;
      const r = rng(skp.pegawaiId * 31 + (a.ke ?? 0));
      const x = r.next();
      const hasil: RatingKinerja = x < 0.2 ? 'DI_ATAS' : x < 0.93 ? 'SESUAI' : 'DI_BAWAH';
      const perilaku: RatingKinerja = r.next() < 0.15 ? 'DI_ATAS' : 'SESUAI';
      const selesai = a.tanggalSelesai;
      const dikirim = new Date(selesai.getTime() + r.int(2, 8) * 86_400_000);
      const dinilai = new Date(dikirim.getTime() + r.int(1, 6) * 86_400_000);
      await prisma.penilaianKinerja.create({
        data: {
          periodeId: a.id,
          pegawaiId: skp.pegawaiId,
          jabatanId: skp.jabatanId,
          unitId: skp.unitId,
          penilaiId: skp.penilaiId,
          atasanPenilaiId: skp.atasanPenilaiId,
          skpId: skp.id,
          status: 'FINAL',
          statusRencana: 'DISETUJUI',
          rencanaDisetujuiPada: skp.rencanaDisetujuiPada,
          ratingHasilKerja: hasil,
          ratingPerilaku: perilaku,
          predikat: predikatDari(hasil, perilaku),
          umpanBalik: `Evaluasi ${a.nama.replace('Evaluasi ', '').toLowerCase()}: capaian sesuai rencana; jaga konsistensi pelaporan.`,
          dikirimPada: dikirim,
          dinilaiPada: dinilai,
          difinalkanPada: dinilai,
          perilaku: {
            create: (['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'] as const).map(
              (nilai) => ({ nilai }),
            ),
          },
          rhk: {
            create: skp.rhk.map((rhk) => ({
              urutan: rhk.urutan,
              uraian: rhk.uraian,
              rhkAtasanId: rhk.rhkAtasanId,
              indikator: {
                create: rhk.indikator.map((i) => {
                  const target = targetUntuk(i, a.ke ?? 0);
                  const t = target === null ? null : Number(target);
                  return {
                    urutan: i.urutan,
                    uraian: i.uraian,
                    jenisTarget: i.jenisTarget,
                    targetNilai: target,
                    satuan: i.satuan,
                    targetKualitatif: i.targetKualitatif,
                    kompetensiId: i.kompetensiId,
                    indikatorSkpId: i.id,
                    realisasiNilai:
                      t === null ? null : Math.round(t * (hasil === 'DI_BAWAH' ? 0.7 : hasil === 'DI_ATAS' ? 1.1 : 0.95) * 100) / 100,
                    realisasiKualitatif: i.jenisTarget === 'KUALITATIF' ? 'Tercapai sesuai rencana triwulan.' : null,
                  };
                }),
              },
            })),
          },
        },
      });
      dibuat++;
    }
  }

  // Progress logs: pegawai.rujukan and the colleagues under the same supervisor.
  const staf = await prisma.user.findUnique({
    where: { username: 'pegawai.rujukan' },
    select: { pegawai: { select: { id: true, atasanId: true } } },
  });
  const rekan = staf?.pegawai?.atasanId
    ? await prisma.pegawai.findMany({
        where: { atasanId: staf.pegawai.atasanId, aktif: true },
        select: { id: true },
        orderBy: { id: 'asc' },
      })
    : [];
  let catatan = 0;
  for (const [n, peg] of rekan.entries()) {
    const skp = skps.find((s) => s.pegawaiId === peg.id);
    if (!skp || !skp.rhk.length) continue;
    if (await prisma.catatanProgres.count({ where: { skpId: skp.id } })) continue;
    const r = rng(peg.id * 97 + 16);
    // One colleague in three stopped logging in September: the nudge list has someone to show.
    const bulanTerakhir = n % 3 === 2 ? 8 : 10;
    for (let bulan = 0; bulan <= bulanTerakhir; bulan++) {
      const rhk = skp.rhk[bulan % skp.rhk.length]!;
      const iki = rhk.indikator.find((i) => i.jenisTarget === 'KUANTITATIF' && i.satuan !== '%') ?? rhk.indikator[0] ?? null;
      const tanggal = new Date(Date.UTC(2026, bulan, r.int(3, 25)));
      const ditanggapi = bulan % 2 === 0 && bulan < 10;
      await prisma.catatanProgres.create({
        data: {
          pegawaiId: peg.id,
          skpId: skp.id,
          rhkId: rhk.id,
          indikatorId: iki?.id ?? null,
          tanggal,
          uraian: CONTOH[bulan % CONTOH.length]!,
          kuantitas: iki ? (iki.satuan === '%' ? null : 1) : null,
          ditandaiPada: ditanggapi ? new Date(tanggal.getTime() + 2 * 86_400_000) : null,
          komentar: ditanggapi && bulan % 4 === 0 ? 'Terima kasih, lanjutkan. Bahas kendalanya di dialog bulan ini.' : null,
          penanggapId: ditanggapi ? skp.penilaiId : null,
          ditanggapiPada: ditanggapi ? new Date(tanggal.getTime() + 2 * 86_400_000) : null,
        },
      });
      catatan++;
    }
  }
  if (dibuat || catatan) log(`Evaluasi periodik 2026: ${dibuat} penilaian triwulan, ${catatan} catatan progres.`);
}

const CONTOH = [
  'Menyusun laporan analisis rujukan bulan berjalan dan mengirimkannya ke Kepala Seksi.',
  'Memverifikasi data rujukan dari lima puskesmas; dua berkas dikembalikan untuk dilengkapi.',
  'Rapat koordinasi dengan petugas puskesmas tentang alur rujukan daring.',
  'Menyelesaikan rekap capaian dan mengunggah notulen rapat.',
];

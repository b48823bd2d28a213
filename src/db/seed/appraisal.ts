import type { Db } from '../client.js';
import { rng, type Rng } from './random.js';
import type { OrgSeed } from './org.js';
import type { PeriodePenilaian } from '../../generated/prisma/client.js';
import type { NilaiBerakhlak, RatingKinerja, StatusPenilaian, StatusRencana, Predikat } from '../../generated/prisma/enums.js';
import { DEFAULT_MATRIKS } from '../../modules/domain/rules.js';

interface Ctx {
  org: OrgSeed;
  pegId: Map<string, number>;
  jabId: Map<string, number>;
  kompId: Map<string, number>;
  unitId: Map<string, number>;
  periode2025: PeriodePenilaian;
  periode2026: PeriodePenilaian;
}

interface IkiT {
  uraian: string;
  target?: number;
  satuan?: string;
  kualitatif?: string;
  kompetensi?: string;
}
interface RhkT {
  uraian: string;
  iki: IkiT[];
}

const NILAI: NilaiBerakhlak[] = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];

function templates(jenis: string, unitNama: string, jabatanNama: string): RhkT[] {
  const u = unitNama.replace(/^(Seksi|Subbagian|Subbidang|Bidang|Bagian) /, '');
  if (jabatanNama === 'Analis Pelayanan Kesehatan') {
    return [
      {
        uraian: 'Terverifikasinya data rujukan pasien dari puskesmas ke rumah sakit secara tepat waktu',
        iki: [
          { uraian: 'Persentase rujukan yang diverifikasi dalam 1×24 jam', target: 95, satuan: '%', kompetensi: 'M5' },
          { uraian: 'Jumlah laporan analisis rujukan bulanan yang disampaikan', target: 12, satuan: 'laporan', kompetensi: 'M4' },
        ],
      },
      {
        uraian: 'Tersusunnya rekomendasi perbaikan alur layanan rujukan',
        iki: [
          {
            uraian: 'Dokumen rekomendasi perbaikan alur rujukan yang disetujui Kepala Seksi',
            kualitatif: '1 dokumen rekomendasi disetujui dan disosialisasikan ke 10 puskesmas',
            kompetensi: 'M3',
          },
        ],
      },
    ];
  }
  switch (jenis) {
    case 'PELAKSANA':
      return [
        {
          uraian: `Tersedianya data ${u} yang akurat dan mutakhir`,
          iki: [{ uraian: 'Persentase data yang diverifikasi tepat waktu', target: 95, satuan: '%', kompetensi: 'M4' }],
        },
        {
          uraian: `Terlaksananya layanan administrasi ${u} sesuai SOP`,
          iki: [
            { uraian: 'Jumlah berkas layanan yang diselesaikan', target: 480, satuan: 'berkas', kompetensi: 'M5' },
            { uraian: 'Indeks kepuasan pengguna layanan', target: 85, satuan: 'indeks', kompetensi: 'M3' },
          ],
        },
      ];
    case 'PENGAWAS':
      return [
        {
          uraian: `Meningkatnya kualitas layanan ${u}`,
          iki: [{ uraian: 'Persentase layanan selesai sesuai standar waktu', target: 90, satuan: '%', kompetensi: 'M5' }],
        },
        {
          uraian: `Terlaksananya pembinaan kinerja pegawai ${u}`,
          iki: [{ uraian: 'Jumlah dialog kinerja yang dilaksanakan dengan bawahan', target: 12, satuan: 'kali', kompetensi: 'M6' }],
        },
      ];
    case 'ADMINISTRATOR':
      return [
        {
          uraian: `Tercapainya target program ${u}`,
          iki: [{ uraian: 'Persentase capaian indikator program', target: 90, satuan: '%', kompetensi: 'M4' }],
        },
        {
          uraian: `Terkelolanya anggaran ${u} secara akuntabel`,
          iki: [{ uraian: 'Persentase realisasi anggaran', target: 95, satuan: '%', kompetensi: 'M1' }],
        },
      ];
    case 'FUNGSIONAL_KEAHLIAN':
    case 'FUNGSIONAL_KETERAMPILAN':
      return [
        {
          uraian: `Terlaksananya butir kegiatan ${jabatanNama}`,
          iki: [{ uraian: 'Jumlah angka kredit yang diperoleh', target: 12.5, satuan: 'AK', kompetensi: 'M4' }],
        },
        {
          uraian: `Meningkatnya mutu layanan teknis ${u}`,
          iki: [{ uraian: 'Jumlah rekomendasi teknis yang ditindaklanjuti', target: 6, satuan: 'rekomendasi', kompetensi: 'M8' }],
        },
      ];
    default:
      return [
        {
          uraian: `Meningkatnya kinerja ${unitNama}`,
          iki: [
            { uraian: 'Nilai SAKIP perangkat daerah', target: 75, satuan: 'nilai', kompetensi: 'M4' },
            { uraian: 'Indeks kepuasan masyarakat atas layanan', target: 85, satuan: 'indeks', kompetensi: 'M5' },
          ],
        },
        {
          uraian: `Terwujudnya reformasi birokrasi di ${unitNama}`,
          iki: [{ uraian: 'Indeks reformasi birokrasi perangkat daerah', target: 70, satuan: 'nilai', kompetensi: 'M7' }],
        },
      ];
  }
}

const UMPAN_BALIK = [
  'Target utama tercapai dengan baik. Pertahankan ketepatan waktu pelaporan dan tingkatkan dokumentasi bukti dukung.',
  'Kinerja stabil dan dapat diandalkan. Ke depan, perlu lebih proaktif menyampaikan usulan perbaikan layanan.',
  'Hasil kerja melampaui target pada sebagian besar indikator. Bagikan praktik baik Anda kepada rekan satu seksi.',
  'Beberapa target belum tercapai karena keterlambatan data dari unit lain. Susun rencana tindak lanjut bersama atasan.',
];
const REFLEKSI: Record<NilaiBerakhlak, string> = {
  BERORIENTASI_PELAYANAN: 'Saya menanggapi pertanyaan pengguna layanan paling lambat satu hari kerja dan mencatat keluhan untuk perbaikan.',
  AKUNTABEL: 'Seluruh laporan saya sampaikan tepat waktu dengan data yang dapat ditelusuri sumbernya.',
  KOMPETEN: 'Saya mengikuti e-learning analisis data dan menerapkannya pada laporan bulanan.',
  HARMONIS: 'Saya membantu rekan yang baru pindah memahami alur kerja seksi.',
  LOYAL: 'Saya menjaga kerahasiaan data pasien sesuai ketentuan.',
  ADAPTIF: 'Saya beralih ke aplikasi rujukan daring baru dalam dua minggu sejak diluncurkan.',
  KOLABORATIF: 'Saya berkoordinasi rutin dengan petugas puskesmas untuk melengkapi data rujukan.',
};

function predikatOf(h: RatingKinerja, p: RatingKinerja): Predikat {
  return DEFAULT_MATRIKS.find((m) => m.hasilKerja === h && m.perilaku === p)!.predikat;
}

function clamp(n: number): number {
  return Math.max(1, Math.min(5, n));
}

export async function seedAppraisals(prisma: Db, _r: Rng, ctx: Ctx): Promise<void> {
  const { org, pegId } = ctx;
  const jabatanByKode = new Map(org.jabatan.map((j) => [j.kode, j]));
  const unitByKode = new Map(org.units.map((u) => [u.kode, u]));
  const standar = await prisma.standarKompetensiJabatan.findMany({
    include: { kompetensi: { include: { level: { orderBy: { level: 'asc' } } } } },
  });
  const standarByJabatan = new Map<number, typeof standar>();
  for (const s of standar) {
    const list = standarByJabatan.get(s.jabatanId) ?? [];
    list.push(s);
    standarByJabatan.set(s.jabatanId, list);
  }
  const adminUser = await prisma.user.findUnique({ where: { username: 'admin.bkd' } });
  const userByPegawai = new Map(
    (await prisma.user.findMany({ where: { pegawaiId: { not: null } }, select: { id: true, pegawaiId: true } })).map((u) => [
      u.pegawaiId!,
      u.id,
    ]),
  );

  const team = org.pegawai.filter((p) => p.atasanNip === org.demo.atasan).map((p) => p.key);
  const demoStatus = new Map<string, StatusPenilaian | 'BELUM_MULAI'>();
  const others = team.filter((k) => k !== org.demo.staf);
  const plan: (StatusPenilaian | 'BELUM_MULAI')[] = ['DIKIRIM', 'DIKIRIM', 'DIKEMBALIKAN', 'DINILAI', 'FINAL', 'BELUM_MULAI'];
  others.forEach((k, i) => demoStatus.set(k, plan[i % plan.length]!));
  demoStatus.set(org.demo.staf, 'DRAFT');
  demoStatus.set(org.demo.atasan, 'DRAFT');
  demoStatus.set(org.demo.kadis, 'DRAFT');

  for (const periode of [ctx.periode2025, ctx.periode2026]) {
    const closed = periode.status === 'DITUTUP';
    const firstRhk = new Map<string, number>();
    const existing = new Set(
      (await prisma.penilaianKinerja.findMany({ where: { periodeId: periode.id }, select: { pegawaiId: true } })).map((x) => x.pegawaiId),
    );
    for (const p of org.pegawai) {
      const pegawaiId = pegId.get(p.key)!;
      if (existing.has(pegawaiId)) continue;
      // One generator per person and period: re-running the seed decides exactly as before.
      const r = rng(seedOf(`${p.key}:${periode.tahun}`));
      let status: StatusPenilaian | 'BELUM_MULAI';
      if (closed) status = 'FINAL';
      else if (demoStatus.has(p.key)) status = demoStatus.get(p.key)!;
      else {
        const x = r.next();
        status =
          x < 0.15 ? 'BELUM_MULAI' : x < 0.45 ? 'DRAFT' : x < 0.65 ? 'DIKIRIM' : x < 0.7 ? 'DIKEMBALIKAN' : x < 0.8 ? 'DINILAI' : 'FINAL';
      }
      if (status === 'BELUM_MULAI') continue;

      const jab = jabatanByKode.get(p.jabatanKode)!;
      const jabatanId = ctx.jabId.get(p.jabatanKode)!;
      const atasan = p.atasanNip ? org.pegawai.find((x) => x.key === p.atasanNip) : undefined;
      const penilaiId = atasan ? pegId.get(atasan.key)! : null;
      const atasanPenilaiId = atasan?.atasanNip ? pegId.get(atasan.atasanNip)! : null;
      const isDemoStaf = p.key === org.demo.staf;
      const rated = status === 'DINILAI' || status === 'FINAL';
      const submitted = rated || status === 'DIKIRIM';
      const filled = submitted || status === 'DIKEMBALIKAN';

      let hasil: RatingKinerja | null = null;
      let perilakuR: RatingKinerja | null = null;
      if (rated) {
        const x = r.next();
        hasil = x < 0.2 ? 'DI_ATAS' : x < 0.92 ? 'SESUAI' : 'DI_BAWAH';
        const y = r.next();
        perilakuR = y < 0.2 ? 'DI_ATAS' : y < 0.96 ? 'SESUAI' : 'DI_BAWAH';
        if (isDemoStaf) {
          hasil = 'SESUAI';
          perilakuR = 'SESUAI';
        }
      }
      const statusRencana: StatusRencana =
        status === 'DRAFT' && !isDemoStaf && r.chance(0.3) ? (r.chance(0.5) ? 'DIAJUKAN' : 'DRAFT') : 'DISETUJUI';
      const base = new Date(Date.UTC(periode.tahun, 0, 20, 2, 0));
      const dikirimPada = submitted ? new Date(Date.UTC(periode.tahun, closed ? 11 : 10, r.int(1, 20), r.int(1, 8), r.int(0, 59))) : null;
      const dinilaiPada = rated && dikirimPada ? new Date(dikirimPada.getTime() + r.int(1, 5) * 86_400_000) : null;
      const unitNama = unitByKode.get(p.unitKode)?.nama ?? '';
      const pen = await prisma.penilaianKinerja.create({
        data: {
          periodeId: periode.id,
          pegawaiId,
          jabatanId,
          unitId: ctx.unitId.get(p.unitKode)!,
          penilaiId,
          atasanPenilaiId,
          status,
          statusRencana,
          ratingHasilKerja: hasil,
          ratingPerilaku: perilakuR,
          predikat: hasil && perilakuR ? predikatOf(hasil, perilakuR) : null,
          umpanBalik: rated
            ? isDemoStaf
              ? 'Verifikasi rujukan konsisten tepat waktu. Kembangkan cara menyampaikan hasil analisis kepada puskesmas agar lebih mudah dipahami dan ditindaklanjuti.'
              : r.pick(UMPAN_BALIK)
            : null,
          catatanPengembangan:
            rated && isDemoStaf ? 'Perlu meningkatkan kemampuan komunikasi lisan dan presentasi data kepada mitra.' : null,
          catatanPengembalian:
            status === 'DIKEMBALIKAN'
              ? 'Lengkapi bukti dukung untuk indikator jumlah berkas dan perbaiki realisasi yang belum sesuai laporan bulanan.'
              : null,
          rencanaDiajukanPada: statusRencana !== 'DRAFT' ? base : null,
          rencanaDisetujuiPada: statusRencana === 'DISETUJUI' ? new Date(base.getTime() + 3 * 86_400_000) : null,
          dikirimPada,
          dinilaiPada,
          difinalkanPada: status === 'FINAL' && dinilaiPada ? new Date(dinilaiPada.getTime() + 86_400_000) : null,
          diakuiPada: closed && r.chance(0.8) ? new Date(Date.UTC(periode.tahun + 1, 0, 10)) : null,
          tanggapanPegawai:
            closed && isDemoStaf ? 'Terima kasih atas masukannya. Saya akan mengikuti pelatihan komunikasi tahun depan.' : null,
        },
      });

      // SKP rows.
      const rhkT = templates(jab.jenis, unitNama, jab.nama);
      for (const [i, t] of rhkT.entries()) {
        const atasanRhk = atasan ? firstRhk.get(atasan.key) : undefined;
        const rhk = await prisma.rencanaHasilKerja.create({
          data: {
            penilaianId: pen.id,
            urutan: i + 1,
            uraian: t.uraian,
            rhkAtasanId: i === 0 && atasanRhk ? atasanRhk : null,
            indikator: {
              create: t.iki.map((iki, j) => {
                const fillThis = filled || (isDemoStaf && !closed && i === 0);
                const ratio = hasil === 'DI_ATAS' ? 1.05 : hasil === 'DI_BAWAH' ? 0.8 : 1 - r.int(0, 3) / 100;
                const real =
                  iki.target !== undefined && fillThis
                    ? Math.round(iki.target * (isDemoStaf && !closed && j === 1 ? 10 / 12 : ratio) * 100) / 100
                    : null;
                return {
                  urutan: j + 1,
                  uraian: iki.uraian,
                  jenisTarget: iki.kualitatif ? ('KUALITATIF' as const) : ('KUANTITATIF' as const),
                  targetNilai: iki.target ?? null,
                  satuan: iki.satuan ?? null,
                  targetKualitatif: iki.kualitatif ?? null,
                  realisasiNilai: real,
                  realisasiKualitatif:
                    iki.kualitatif && filled
                      ? 'Dokumen rekomendasi disetujui dan disosialisasikan ke 10 puskesmas pada bulan Oktober.'
                      : null,
                  narasi:
                    fillThis && (j === 0 || filled)
                      ? 'Realisasi dihitung dari rekap aplikasi dan laporan bulanan yang telah ditandatangani.'
                      : null,
                  catatanAtasan: rated ? 'Sesuai dengan data rekap seksi.' : null,
                  kompetensiId: iki.kompetensi ? (ctx.kompId.get(iki.kompetensi) ?? null) : null,
                  bukti:
                    filled && j === 0
                      ? {
                          create: [
                            {
                              jenis: 'TAUTAN' as const,
                              judul: 'Rekap bulanan (folder bersama)',
                              url: 'https://drive.parahyangankota.go.id/rekap/' + pen.id,
                            },
                          ],
                        }
                      : undefined,
                };
              }),
            },
          },
        });
        if (i === 0) firstRhk.set(p.key, rhk.id);
      }

      // Competencies required by the jabatan, with the dictionary version snapshot.
      const std = standarByJabatan.get(jabatanId) ?? [];
      await prisma.penilaianKompetensi.createMany({
        data: std.map((s, idx) => {
          let diri: number | null = null;
          let atas: number | null = null;
          if (filled || (isDemoStaf && !closed && idx < 4))
            diri = clamp(s.levelDibutuhkan + (r.chance(0.35) ? 1 : 0) - (r.chance(0.15) ? 1 : 0));
          if (rated) atas = clamp(s.levelDibutuhkan - (r.chance(0.25) ? 1 : 0) + (r.chance(0.1) ? 1 : 0));
          if (isDemoStaf && closed) {
            diri = s.kompetensi.kode === 'M3' ? 2 : s.levelDibutuhkan;
            atas = s.kompetensi.kode === 'M3' ? 1 : s.levelDibutuhkan;
          }
          return {
            penilaianId: pen.id,
            kompetensiId: s.kompetensiId,
            levelDibutuhkan: s.levelDibutuhkan,
            versiKamus: s.kompetensi.versi,
            snapshotLevel: s.kompetensi.level.map((l) => ({
              level: l.level,
              label: l.label,
              deskripsi: l.deskripsi,
              indikator: l.indikator,
            })),
            levelDiri: diri,
            contohPerilaku:
              diri && (filled || idx === 0)
                ? 'Menyampaikan hasil verifikasi rujukan kepada petugas puskesmas melalui rapat koordinasi bulanan.'
                : null,
            levelAtasan: atas,
            catatanAtasan: atas
              ? atas < s.levelDibutuhkan
                ? 'Perlu dikembangkan melalui pelatihan atau coaching.'
                : 'Sesuai standar jabatan.'
              : null,
          };
        }),
      });
      await prisma.perilakuKerja.createMany({
        data: NILAI.map((n, idx) => ({
          penilaianId: pen.id,
          nilai: n,
          refleksiDiri: filled || (isDemoStaf && !closed && idx < 3) ? REFLEKSI[n] : null,
          catatanAtasan: rated ? 'Ditunjukkan secara konsisten.' : null,
        })),
      });

      // Timeline for the demo team (what the appraisal page shows).
      if (team.includes(p.key) || p.key === org.demo.atasan) {
        const pegawaiUser = userByPegawai.get(pegawaiId) ?? null;
        const penilaiUser = penilaiId ? (userByPegawai.get(penilaiId) ?? null) : null;
        const events: { userId: number | null; aksi: string; createdAt: Date; keterangan?: string }[] = [
          { userId: adminUser?.id ?? null, aksi: 'PENILAIAN_DIBUAT', createdAt: new Date(base.getTime() - 86_400_000) },
        ];
        if (statusRencana !== 'DRAFT') events.push({ userId: pegawaiUser, aksi: 'RENCANA_DIAJUKAN', createdAt: base });
        if (statusRencana === 'DISETUJUI')
          events.push({ userId: penilaiUser, aksi: 'RENCANA_DISETUJUI', createdAt: new Date(base.getTime() + 3 * 86_400_000) });
        if (dikirimPada) events.push({ userId: pegawaiUser, aksi: 'PENILAIAN_DIKIRIM', createdAt: dikirimPada });
        if (status === 'DIKEMBALIKAN')
          events.push({
            userId: penilaiUser,
            aksi: 'PENILAIAN_DIKEMBALIKAN',
            createdAt: new Date(Date.UTC(periode.tahun, 10, 18, 3)),
            keterangan: 'Lengkapi bukti dukung untuk indikator jumlah berkas.',
          });
        if (dinilaiPada) events.push({ userId: penilaiUser, aksi: 'PENILAIAN_DINILAI', createdAt: dinilaiPada });
        if (status === 'FINAL' && dinilaiPada)
          events.push({ userId: penilaiUser, aksi: 'PENILAIAN_FINAL', createdAt: new Date(dinilaiPada.getTime() + 86_400_000) });
        await prisma.auditLog.createMany({
          data: events.map((e) => ({ ...e, entitas: 'PenilaianKinerja', entitasId: String(pen.id) })),
        });
      }
    }
  }
}

function seedOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

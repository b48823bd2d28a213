import type { Golongan, JenisJabatan, JenjangFungsional, JenisUnit } from '../../generated/prisma/enums.js';
import { namaAcak, type Rng } from './random.js';

/** The demo government: a Kota-Bandung-like city with its OPD, bidang and seksi. */
export interface UnitDef {
  kode: string;
  nama: string;
  singkatan?: string;
  jenis: JenisUnit;
  induk?: string;
  layananPublik?: boolean;
}

interface OpdDef {
  kode: string;
  nama: string;
  singkatan: string;
  kepala: string;
  layanan?: boolean;
  bidang: {
    kode: string;
    nama: string;
    kepala: string;
    seksi: { kode: string; nama: string; pelaksana: string[]; fungsional?: [string, JenjangFungsional] };
  }[];
}

const OPD: OpdDef[] = [
  {
    kode: 'SETDA',
    nama: 'Sekretariat Daerah',
    singkatan: 'Setda',
    kepala: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
    bidang: [
      {
        kode: 'SETDA-ORG',
        nama: 'Bagian Organisasi',
        kepala: 'Kepala Bagian Organisasi',
        seksi: {
          kode: 'SETDA-ORG-KLB',
          nama: 'Subbagian Kelembagaan dan Analisis Jabatan',
          pelaksana: ['Penata Kelembagaan', 'Pengolah Data Kelembagaan'],
          fungsional: ['Analis Kebijakan', 'AHLI_MUDA'],
        },
      },
      {
        kode: 'SETDA-HKM',
        nama: 'Bagian Hukum',
        kepala: 'Kepala Bagian Hukum',
        seksi: {
          kode: 'SETDA-HKM-PUU',
          nama: 'Subbagian Perundang-undangan',
          pelaksana: ['Penyusun Rancangan Peraturan', 'Pengadministrasi Umum'],
          fungsional: ['Perancang Peraturan Perundang-undangan', 'AHLI_PERTAMA'],
        },
      },
    ],
  },
  {
    kode: 'BKPSDM',
    nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    singkatan: 'BKPSDM',
    kepala: 'Kepala BKPSDM',
    bidang: [
      {
        kode: 'BKPSDM-PKP',
        nama: 'Bidang Penilaian Kinerja dan Penghargaan',
        kepala: 'Kepala Bidang Penilaian Kinerja dan Penghargaan',
        seksi: {
          kode: 'BKPSDM-PKP-PK',
          nama: 'Subbidang Penilaian Kinerja',
          pelaksana: ['Pengelola Penilaian Kinerja', 'Pengadministrasi Kepegawaian'],
          fungsional: ['Analis Sumber Daya Manusia Aparatur', 'AHLI_PERTAMA'],
        },
      },
      {
        kode: 'BKPSDM-PK',
        nama: 'Bidang Pengembangan Kompetensi',
        kepala: 'Kepala Bidang Pengembangan Kompetensi',
        seksi: {
          kode: 'BKPSDM-PK-DIK',
          nama: 'Subbidang Diklat dan Pengembangan Karier',
          pelaksana: ['Pengelola Diklat', 'Pengolah Data Kepegawaian'],
          fungsional: ['Widyaiswara', 'AHLI_MUDA'],
        },
      },
    ],
  },
  {
    kode: 'DISDIK',
    nama: 'Dinas Pendidikan',
    singkatan: 'Disdik',
    kepala: 'Kepala Dinas Pendidikan',
    layanan: true,
    bidang: [
      {
        kode: 'DISDIK-SD',
        nama: 'Bidang Pembinaan Sekolah Dasar',
        kepala: 'Kepala Bidang Pembinaan Sekolah Dasar',
        seksi: {
          kode: 'DISDIK-SD-KUR',
          nama: 'Seksi Kurikulum dan Penilaian SD',
          pelaksana: ['Pengelola Kurikulum', 'Pengadministrasi Umum'],
          fungsional: ['Pengawas Sekolah', 'AHLI_MADYA'],
        },
      },
      {
        kode: 'DISDIK-GTK',
        nama: 'Bidang Guru dan Tenaga Kependidikan',
        kepala: 'Kepala Bidang Guru dan Tenaga Kependidikan',
        seksi: {
          kode: 'DISDIK-GTK-PK',
          nama: 'Seksi Pengembangan Karier GTK',
          pelaksana: ['Pengelola Data GTK', 'Analis Tenaga Kependidikan'],
          fungsional: ['Guru', 'AHLI_PERTAMA'],
        },
      },
    ],
  },
  {
    kode: 'DINKES',
    nama: 'Dinas Kesehatan',
    singkatan: 'Dinkes',
    kepala: 'Kepala Dinas Kesehatan',
    layanan: true,
    bidang: [
      {
        kode: 'DINKES-YAN',
        nama: 'Bidang Pelayanan Kesehatan',
        kepala: 'Kepala Bidang Pelayanan Kesehatan',
        seksi: {
          kode: 'DINKES-YAN-RJK',
          nama: 'Seksi Pelayanan Kesehatan Rujukan',
          pelaksana: [
            'Analis Pelayanan Kesehatan',
            'Pengelola Data Pelayanan Kesehatan',
            'Pengadministrasi Layanan Rujukan',
            'Verifikator Klaim Kesehatan',
          ],
          fungsional: ['Perawat', 'TERAMPIL'],
        },
      },
      {
        kode: 'DINKES-P2P',
        nama: 'Bidang Pencegahan dan Pengendalian Penyakit',
        kepala: 'Kepala Bidang Pencegahan dan Pengendalian Penyakit',
        seksi: {
          kode: 'DINKES-P2P-SUR',
          nama: 'Seksi Surveilans dan Imunisasi',
          pelaksana: ['Pengelola Data Surveilans', 'Pengelola Logistik Imunisasi'],
          fungsional: ['Epidemiolog Kesehatan', 'AHLI_PERTAMA'],
        },
      },
    ],
  },
  {
    kode: 'DISHUB',
    nama: 'Dinas Perhubungan',
    singkatan: 'Dishub',
    kepala: 'Kepala Dinas Perhubungan',
    layanan: true,
    bidang: [
      {
        kode: 'DISHUB-LL',
        nama: 'Bidang Lalu Lintas',
        kepala: 'Kepala Bidang Lalu Lintas',
        seksi: {
          kode: 'DISHUB-LL-MRK',
          nama: 'Seksi Manajemen dan Rekayasa Lalu Lintas',
          pelaksana: ['Pengatur Lalu Lintas', 'Pengelola Sarana Lalu Lintas'],
          fungsional: ['Penguji Kendaraan Bermotor', 'MAHIR'],
        },
      },
      {
        kode: 'DISHUB-ANG',
        nama: 'Bidang Angkutan',
        kepala: 'Kepala Bidang Angkutan',
        seksi: {
          kode: 'DISHUB-ANG-UM',
          nama: 'Seksi Angkutan Umum',
          pelaksana: ['Pengawas Angkutan Umum', 'Pengadministrasi Perizinan Angkutan'],
        },
      },
    ],
  },
  {
    kode: 'DISDUKCAPIL',
    nama: 'Dinas Kependudukan dan Pencatatan Sipil',
    singkatan: 'Disdukcapil',
    kepala: 'Kepala Dinas Kependudukan dan Pencatatan Sipil',
    layanan: true,
    bidang: [
      {
        kode: 'DISDUKCAPIL-DAFDUK',
        nama: 'Bidang Pelayanan Pendaftaran Penduduk',
        kepala: 'Kepala Bidang Pelayanan Pendaftaran Penduduk',
        seksi: {
          kode: 'DISDUKCAPIL-DAFDUK-KTP',
          nama: 'Seksi Identitas Penduduk',
          pelaksana: ['Operator Perekaman KTP-el', 'Verifikator Berkas Kependudukan', 'Petugas Layanan Informasi'],
          fungsional: ['Administrator Database Kependudukan', 'AHLI_PERTAMA'],
        },
      },
      {
        kode: 'DISDUKCAPIL-CAPIL',
        nama: 'Bidang Pelayanan Pencatatan Sipil',
        kepala: 'Kepala Bidang Pelayanan Pencatatan Sipil',
        seksi: {
          kode: 'DISDUKCAPIL-CAPIL-KLH',
          nama: 'Seksi Kelahiran dan Kematian',
          pelaksana: ['Pengadministrasi Akta', 'Verifikator Akta Kelahiran'],
        },
      },
    ],
  },
  {
    kode: 'DISKOMINFO',
    nama: 'Dinas Komunikasi dan Informatika',
    singkatan: 'Diskominfo',
    kepala: 'Kepala Dinas Komunikasi dan Informatika',
    bidang: [
      {
        kode: 'DISKOMINFO-APT',
        nama: 'Bidang Aplikasi Informatika',
        kepala: 'Kepala Bidang Aplikasi Informatika',
        seksi: {
          kode: 'DISKOMINFO-APT-LYN',
          nama: 'Seksi Layanan Aplikasi',
          pelaksana: ['Pengelola Aplikasi', 'Pengelola Layanan Helpdesk'],
          fungsional: ['Pranata Komputer', 'AHLI_PERTAMA'],
        },
      },
      {
        kode: 'DISKOMINFO-SAN',
        nama: 'Bidang Persandian dan Keamanan Informasi',
        kepala: 'Kepala Bidang Persandian dan Keamanan Informasi',
        seksi: {
          kode: 'DISKOMINFO-SAN-KAM',
          nama: 'Seksi Keamanan Informasi',
          pelaksana: ['Pengelola Keamanan Jaringan'],
          fungsional: ['Sandiman', 'AHLI_PERTAMA'],
        },
      },
    ],
  },
  {
    kode: 'KEC-COBLONG',
    nama: 'Kecamatan Coblong',
    singkatan: 'Kec. Coblong',
    kepala: 'Camat Coblong',
    layanan: true,
    bidang: [
      {
        kode: 'KEC-COBLONG-YAN',
        nama: 'Seksi Pelayanan Umum',
        kepala: 'Sekretaris Kecamatan Coblong',
        seksi: {
          kode: 'KEC-COBLONG-YAN-PTSP',
          nama: 'Subbagian Pelayanan Terpadu',
          pelaksana: ['Petugas Pelayanan Terpadu', 'Pengadministrasi Perizinan'],
        },
      },
    ],
  },
  {
    kode: 'KEC-SUKAJADI',
    nama: 'Kecamatan Sukajadi',
    singkatan: 'Kec. Sukajadi',
    kepala: 'Camat Sukajadi',
    layanan: true,
    bidang: [
      {
        kode: 'KEC-SUKAJADI-YAN',
        nama: 'Seksi Pelayanan Umum',
        kepala: 'Sekretaris Kecamatan Sukajadi',
        seksi: {
          kode: 'KEC-SUKAJADI-YAN-PTSP',
          nama: 'Subbagian Pelayanan Terpadu',
          pelaksana: ['Petugas Pelayanan Terpadu', 'Pengadministrasi Kependudukan'],
        },
      },
    ],
  },
];

export interface JabatanSeed {
  kode: string;
  nama: string;
  jenis: JenisJabatan;
  jenjang?: JenjangFungsional;
  unitKode: string;
  kelasJabatan: number;
}

export interface PegawaiSeed {
  nip: string | null;
  niPppk: string | null;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jenisKelamin: 'L' | 'P';
  tanggalLahir: Date;
  status: 'PNS' | 'PPPK' | 'CPNS';
  golongan: Golongan | null;
  jabatanKode: string;
  unitKode: string;
  atasanNip: string | null;
  /** Stable key used by the seed (the NIP or NI PPPK). */
  key: string;
  username?: string;
  pendidikan: string;
}

export interface OrgSeed {
  units: UnitDef[];
  jabatan: JabatanSeed[];
  pegawai: PegawaiSeed[];
  /** Keys of the demo accounts' pegawai. */
  demo: { kadis: string; atasan: string; staf: string };
}

const KELAS: Record<JenisJabatan, number> = {
  JPT_UTAMA: 17,
  JPT_MADYA: 15,
  JPT_PRATAMA: 14,
  ADMINISTRATOR: 12,
  PENGAWAS: 9,
  PELAKSANA: 6,
  FUNGSIONAL_KEAHLIAN: 8,
  FUNGSIONAL_KETERAMPILAN: 7,
};
const GOL: Record<string, Golongan[]> = {
  JPT: ['IV_C', 'IV_D'],
  ADM: ['IV_A', 'IV_B'],
  PGW: ['III_C', 'III_D'],
  PLK: ['II_C', 'II_D', 'III_A', 'III_B'],
  AHLI_PERTAMA: ['III_A', 'III_B'],
  AHLI_MUDA: ['III_C', 'III_D'],
  AHLI_MADYA: ['IV_A', 'IV_B', 'IV_C'],
  TERAMPIL: ['II_C', 'II_D'],
  MAHIR: ['III_A', 'III_B'],
};
const GELAR_S1 = ['S.Sos.', 'S.E.', 'S.H.', 'S.Kom.', 'S.IP.', 'S.Pd.', 'S.T.', 'S.Ak.'];
const GELAR_S2 = ['M.Si.', 'M.M.', 'M.A.P.', 'M.T.', 'M.Pd.', 'M.H.'];

export function buildOrg(r: Rng): OrgSeed {
  const units: UnitDef[] = [{ kode: 'PEMKOT', nama: 'Pemerintah Kota Parahyangan', jenis: 'PEMDA' }];
  const jabatan: JabatanSeed[] = [];
  const pegawai: PegawaiSeed[] = [];
  const usedNip = new Set<string>();
  let seq = 0;

  function nipFor(jk: 'L' | 'P', umurMin: number, umurMax: number): { nip: string; lahir: Date } {
    for (;;) {
      const tahunLahir = 2026 - r.int(umurMin, umurMax);
      const bulan = r.int(1, 12);
      const hari = r.int(1, 28);
      const tahunCpns = Math.min(2024, tahunLahir + r.int(23, 30));
      const bulanCpns = r.pick([1, 2, 3, 4, 12]);
      const nip = `${tahunLahir}${String(bulan).padStart(2, '0')}${String(hari).padStart(2, '0')}${tahunCpns}${String(bulanCpns).padStart(2, '0')}${jk === 'L' ? 1 : 2}${String(r.int(1, 12)).padStart(3, '0')}`;
      if (!usedNip.has(nip)) {
        usedNip.add(nip);
        return { nip, lahir: new Date(Date.UTC(tahunLahir, bulan - 1, hari)) };
      }
    }
  }

  function addPegawai(opts: {
    jabatanKode: string;
    unitKode: string;
    atasan: string | null;
    gol: Golongan[];
    umur: [number, number];
    level: 'S2' | 'S1' | 'D3';
    pppk?: boolean;
    jk?: 'L' | 'P';
    nama?: string;
    gelarDepan?: string;
  }): PegawaiSeed {
    const jk = opts.jk ?? (r.chance(0.5) ? 'L' : 'P');
    const { nip, lahir } = nipFor(jk, opts.umur[0], opts.umur[1]);
    seq += 1;
    const niPppk = opts.pppk
      ? `${lahir.getUTCFullYear()}${String(lahir.getUTCMonth() + 1).padStart(2, '0')}${String(lahir.getUTCDate()).padStart(2, '0')}2023${jk === 'L' ? 1 : 2}${String(seq).padStart(5, '0')}`
      : null;
    const belakang =
      opts.level === 'S2'
        ? `${r.pick(GELAR_S1)}, ${r.pick(GELAR_S2)}`
        : opts.level === 'S1'
          ? r.pick(GELAR_S1)
          : r.chance(0.5)
            ? 'A.Md.'
            : null;
    const p: PegawaiSeed = {
      nip: opts.pppk ? null : nip,
      niPppk,
      nama: opts.nama ?? namaAcak(r, jk),
      gelarDepan: opts.gelarDepan ?? null,
      gelarBelakang: belakang,
      jenisKelamin: jk,
      tanggalLahir: lahir,
      status: opts.pppk ? 'PPPK' : 'PNS',
      golongan: opts.pppk ? null : r.pick(opts.gol),
      jabatanKode: opts.jabatanKode,
      unitKode: opts.unitKode,
      atasanNip: opts.atasan,
      key: opts.pppk ? niPppk! : nip,
      pendidikan: opts.level === 'S2' ? 'S-2' : opts.level === 'S1' ? 'S-1/D-IV' : 'D-III',
    };
    pegawai.push(p);
    return p;
  }

  // Sekretaris Daerah: the top of every supervisor chain (the Wali Kota is not an ASN).
  jabatan.push({ kode: 'JAB-SEKDA', nama: 'Sekretaris Daerah', jenis: 'JPT_PRATAMA', unitKode: 'PEMKOT', kelasJabatan: 16 });
  const sekda = addPegawai({
    jabatanKode: 'JAB-SEKDA',
    unitKode: 'PEMKOT',
    atasan: null,
    gol: ['IV_D', 'IV_E'],
    umur: [52, 57],
    level: 'S2',
    gelarDepan: 'Dr.',
  });

  let demo: OrgSeed['demo'] | undefined;
  for (const opd of OPD) {
    units.push({ kode: opd.kode, nama: opd.nama, singkatan: opd.singkatan, jenis: 'OPD', induk: 'PEMKOT', layananPublik: opd.layanan });
    const jKadis = `JAB-${opd.kode}-KEPALA`;
    jabatan.push({
      kode: jKadis,
      nama: opd.kepala,
      jenis: opd.kode === 'SETDA' ? 'JPT_PRATAMA' : opd.kode.startsWith('KEC') ? 'ADMINISTRATOR' : 'JPT_PRATAMA',
      unitKode: opd.kode,
      kelasJabatan: opd.kode.startsWith('KEC') ? 13 : KELAS.JPT_PRATAMA,
    });
    const kadis = addPegawai({
      jabatanKode: jKadis,
      unitKode: opd.kode,
      atasan: sekda.key,
      gol: opd.kode.startsWith('KEC') ? GOL.ADM! : GOL.JPT!,
      umur: [48, 56],
      level: 'S2',
    });
    // Sekretariat of the OPD: one Administrator with a pelaksana.
    const sekKode = `${opd.kode}-SEK`;
    if (!opd.kode.startsWith('KEC') && opd.kode !== 'SETDA') {
      units.push({ kode: sekKode, nama: `Sekretariat ${opd.singkatan}`, jenis: 'BIDANG', induk: opd.kode });
      jabatan.push({
        kode: `JAB-${sekKode}`,
        nama: `Sekretaris ${opd.nama}`,
        jenis: 'ADMINISTRATOR',
        unitKode: sekKode,
        kelasJabatan: KELAS.ADMINISTRATOR,
      });
      const sek = addPegawai({
        jabatanKode: `JAB-${sekKode}`,
        unitKode: sekKode,
        atasan: kadis.key,
        gol: GOL.ADM!,
        umur: [44, 55],
        level: 'S2',
      });
      jabatan.push({ kode: `JAB-${sekKode}-UMPEG`, nama: 'Pengelola Kepegawaian', jenis: 'PELAKSANA', unitKode: sekKode, kelasJabatan: 7 });
      addPegawai({ jabatanKode: `JAB-${sekKode}-UMPEG`, unitKode: sekKode, atasan: sek.key, gol: GOL.PLK!, umur: [28, 50], level: 'S1' });
    }
    for (const b of opd.bidang) {
      units.push({ kode: b.kode, nama: b.nama, jenis: 'BIDANG', induk: opd.kode });
      const jKabid = `JAB-${b.kode}`;
      jabatan.push({ kode: jKabid, nama: b.kepala, jenis: 'ADMINISTRATOR', unitKode: b.kode, kelasJabatan: KELAS.ADMINISTRATOR });
      const kabid = addPegawai({ jabatanKode: jKabid, unitKode: b.kode, atasan: kadis.key, gol: GOL.ADM!, umur: [42, 55], level: 'S2' });
      const s = b.seksi;
      units.push({ kode: s.kode, nama: s.nama, jenis: 'SEKSI', induk: b.kode });
      const jKasi = `JAB-${s.kode}`;
      jabatan.push({ kode: jKasi, nama: `Kepala ${s.nama}`, jenis: 'PENGAWAS', unitKode: s.kode, kelasJabatan: KELAS.PENGAWAS });
      const kasi = addPegawai({ jabatanKode: jKasi, unitKode: s.kode, atasan: kabid.key, gol: GOL.PGW!, umur: [36, 52], level: 'S1' });
      const staf: PegawaiSeed[] = [];
      s.pelaksana.forEach((nama, i) => {
        const kode = `${jKasi}-P${i + 1}`;
        jabatan.push({ kode, nama, jenis: 'PELAKSANA', unitKode: s.kode, kelasJabatan: 6 + (i % 2) });
        const n = opd.kode === 'DINKES' && i === 0 ? 1 : r.int(2, 3);
        for (let k = 0; k < n; k++) {
          staf.push(
            addPegawai({
              jabatanKode: kode,
              unitKode: s.kode,
              atasan: kasi.key,
              gol: GOL.PLK!,
              umur: [25, 50],
              level: r.chance(0.6) ? 'S1' : 'D3',
              pppk: k === 1 && r.chance(0.5),
            }),
          );
        }
      });
      if (s.fungsional) {
        const [nama, jenjang] = s.fungsional;
        const keahlian = jenjang.startsWith('AHLI');
        const kode = `${jKasi}-F`;
        jabatan.push({
          kode,
          nama: `${nama} ${jenjang
            .split('_')
            .map((w) => w[0] + w.slice(1).toLowerCase())
            .join(' ')}`,
          jenis: keahlian ? 'FUNGSIONAL_KEAHLIAN' : 'FUNGSIONAL_KETERAMPILAN',
          jenjang,
          unitKode: s.kode,
          kelasJabatan: keahlian ? 8 : 7,
        });
        const n = r.int(1, 2);
        for (let k = 0; k < n; k++)
          addPegawai({ jabatanKode: kode, unitKode: s.kode, atasan: kasi.key, gol: GOL[jenjang] ?? GOL.PLK!, umur: [27, 50], level: 'S1' });
      }
      if (b.kode === 'DINKES-YAN') {
        // The demo team: Kasi Pelayanan Kesehatan Rujukan and their staff.
        const stafDemo = staf.find((p) => p.jabatanKode.endsWith('-P1'))!;
        demo = { kadis: kadis.key, atasan: kasi.key, staf: stafDemo.key };
      }
    }
  }
  // Two more staff in the demo team so the supervisor's list shows every status.
  const tim = pegawai.filter((p) => p.atasanNip === demo!.atasan);
  const kasiUnit = pegawai.find((p) => p.key === demo!.atasan)!.unitKode;
  while (tim.length < 7) {
    tim.push(
      addPegawai({
        jabatanKode: 'JAB-DINKES-YAN-RJK-P2',
        unitKode: kasiUnit,
        atasan: demo!.atasan,
        gol: GOL.PLK!,
        umur: [25, 45],
        level: 'S1',
      }),
    );
  }
  // Fixed names for the demo accounts, so the README can name them.
  const setNama = (key: string, nama: string, jk: 'L' | 'P', gelarBelakang: string, gelarDepan: string | null = null) => {
    const p = pegawai.find((x) => x.key === key)!;
    p.nama = nama;
    p.gelarBelakang = gelarBelakang;
    p.gelarDepan = gelarDepan;
    if (p.jenisKelamin !== jk) {
      // keep the NIP's gender digit consistent with the person
      const old = p.key;
      const nip = `${old.slice(0, 14)}${jk === 'L' ? 1 : 2}${old.slice(15)}`;
      for (const q of pegawai) if (q.atasanNip === old) q.atasanNip = nip;
      p.nip = nip;
      p.key = nip;
      p.jenisKelamin = jk;
      if (demo!.kadis === old) demo!.kadis = nip;
      if (demo!.atasan === old) demo!.atasan = nip;
      if (demo!.staf === old) demo!.staf = nip;
    }
  };
  setNama(demo!.kadis, 'Hendra Gunawan', 'L', 'M.Kes.', 'dr.');
  setNama(demo!.atasan, 'Rina Kusumawati', 'P', 'S.K.M., M.Kes.');
  setNama(demo!.staf, 'Dimas Pratama', 'L', 'S.Kom.');
  return { units, jabatan, pegawai, demo: demo! };
}

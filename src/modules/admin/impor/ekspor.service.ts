/** Export with exactly the import's columns, so export → edit → import round-trips. */
import type { Db } from '../../../db/client.js';
import { GOLONGAN, JENIS_JABATAN, JENJANG } from '../../domain/labels.js';
import { KOLOM, type Jenis } from './kolom.js';
import { iso } from './nilai.js';

export function header(jenis: Jenis): string[] {
  return KOLOM[jenis].map((k) => k.nama);
}

export async function dataEkspor(prisma: Db, jenis: Jenis): Promise<(string | null)[][]> {
  if (jenis === 'pegawai') {
    const rows = await prisma.pegawai.findMany({
      where: { aktif: true },
      orderBy: [{ unitId: 'asc' }, { id: 'asc' }],
      include: {
        jabatan: { select: { kode: true, nama: true } },
        unit: { select: { kode: true, nama: true } },
        atasan: { select: { nip: true, niPppk: true } },
      },
    });
    return rows.map((p) => [
      p.nip,
      p.niPppk,
      p.nama,
      p.gelarDepan,
      p.gelarBelakang,
      p.jenisKelamin,
      iso(p.tanggalLahir),
      p.status,
      p.golongan ? GOLONGAN[p.golongan].label : '',
      iso(p.tmtGolongan),
      p.jabatan.kode,
      p.jabatan.nama,
      iso(p.tmtJabatan),
      p.unit.kode,
      p.unit.nama,
      p.atasan ? (p.atasan.nip ?? p.atasan.niPppk) : '',
      p.pendidikan,
      p.email,
      p.noHp,
      p.siasnId,
    ]);
  }
  if (jenis === 'jabatan') {
    const rows = await prisma.jabatan.findMany({
      where: { aktif: true },
      orderBy: [{ unitId: 'asc' }, { kode: 'asc' }],
      include: { unit: { select: { kode: true, nama: true } } },
    });
    return rows.map((j) => [
      j.kode,
      j.nama,
      JENIS_JABATAN[j.jenis],
      j.jenjang ? JENJANG[j.jenjang] : '',
      j.unit.kode,
      j.unit.nama,
      j.kelasJabatan === null ? '' : String(j.kelasJabatan),
    ]);
  }
  if (jenis === 'diklat') {
    const rows = await prisma.riwayatPelatihan.findMany({
      where: { pegawai: { aktif: true } },
      orderBy: [{ pegawaiId: 'asc' }, { tanggalSelesai: 'asc' }, { id: 'asc' }],
      include: { pegawai: { select: { nip: true, niPppk: true, nama: true } } },
    });
    return rows.map((r) => [
      r.pegawai.nip ?? r.pegawai.niPppk,
      r.pegawai.nama,
      r.judul,
      r.penyelenggara,
      iso(r.tanggalMulai),
      iso(r.tanggalSelesai),
      String(r.jp),
    ]);
  }
  const rows = await prisma.standarKompetensiJabatan.findMany({
    where: { jabatan: { aktif: true } },
    orderBy: [{ jabatanId: 'asc' }, { kompetensiId: 'asc' }],
    include: { jabatan: { select: { kode: true, nama: true } }, kompetensi: { select: { kode: true, nama: true } } },
  });
  return rows.map((s) => [s.jabatan.kode, s.kompetensi.kode, String(s.levelDibutuhkan), s.jabatan.nama, s.kompetensi.nama]);
}

/**
 * Step 2 of the staff import: what SIKAP already holds (loaded once per file), and the record,
 * jabatan and unit a row refers to.
 */
import type { Db } from '../../../../db/client.js';
import type { Golongan, JenisKelamin, StatusKepegawaian } from '../../../../generated/prisma/enums.js';
import { cariUnit, indeksUnit, type IndeksUnit, type UnitRef } from '../referensi.js';
import { kosong } from '../nilai.js';

/** A stored staff record, as the import compares and updates it. */
export interface PegawaiSikap {
  id: number;
  nip: string | null;
  niPppk: string | null;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jenisKelamin: JenisKelamin;
  tanggalLahir: Date | null;
  status: StatusKepegawaian;
  golongan: Golongan | null;
  tmtGolongan: Date | null;
  jabatanId: number;
  unitId: number;
  tmtJabatan: Date | null;
  atasanId: number | null;
  pendidikan: string | null;
  email: string | null;
  noHp: string | null;
  siasnId: string | null;
  aktif: boolean;
}

export interface JabatanRef {
  id: number;
  kode: string;
  nama: string;
  unitId: number;
  aktif: boolean;
}

export interface DataSikap {
  unit: IndeksUnit;
  jabById: Map<number, JabatanRef>;
  jabByKode: Map<string, JabatanRef>;
  /** `${unitId}|${nama in lower case}` */
  jabByUnitNama: Map<string, JabatanRef>;
  pegById: Map<number, PegawaiSikap>;
  /** By NIP and by NI PPPK. */
  pegByKey: Map<string, PegawaiSikap>;
  /** By SIASN id. */
  pegBySiasn: Map<string, PegawaiSikap>;
  /** The NIP (or NI PPPK) of a stored record. */
  kunciDari(id: number | null | undefined): string | null;
}

export function susunDataSikap(units: UnitRef[], jabs: JabatanRef[], pegs: PegawaiSikap[]): DataSikap {
  const pegById = new Map(pegs.map((p) => [p.id, p]));
  const pegByKey = new Map<string, PegawaiSikap>();
  for (const p of pegs) {
    if (p.nip) pegByKey.set(p.nip, p);
    if (p.niPppk) pegByKey.set(p.niPppk, p);
  }
  return {
    unit: indeksUnit(units),
    jabById: new Map(jabs.map((j) => [j.id, j])),
    jabByKode: new Map(jabs.map((j) => [j.kode.toLowerCase(), j])),
    jabByUnitNama: new Map(jabs.map((j) => [`${j.unitId}|${j.nama.toLowerCase()}`, j])),
    pegById,
    pegByKey,
    pegBySiasn: new Map(pegs.filter((p) => p.siasnId).map((p) => [p.siasnId!, p])),
    kunciDari: (id) => {
      const p = id ? pegById.get(id) : undefined;
      return p ? (p.nip ?? p.niPppk) : null;
    },
  };
}

export async function muatDataSikap(prisma: Db): Promise<DataSikap> {
  const [units, jabs, pegs] = await Promise.all([
    prisma.unitKerja.findMany({ select: { id: true, kode: true, nama: true } }),
    prisma.jabatan.findMany({ select: { id: true, kode: true, nama: true, unitId: true, aktif: true } }),
    prisma.pegawai.findMany({
      select: {
        id: true,
        nip: true,
        niPppk: true,
        nama: true,
        gelarDepan: true,
        gelarBelakang: true,
        jenisKelamin: true,
        tanggalLahir: true,
        status: true,
        golongan: true,
        tmtGolongan: true,
        jabatanId: true,
        unitId: true,
        tmtJabatan: true,
        atasanId: true,
        pendidikan: true,
        email: true,
        noHp: true,
        siasnId: true,
        aktif: true,
      },
    }),
  ]);
  return susunDataSikap(units, jabs, pegs);
}

/**
 * The jabatan (by code, or by name within the row's unit) and the unit: the unit column wins,
 * since a placement may be a sub-unit of where the jabatan is defined. Without a jabatan column
 * the stored jabatan stays; the unit column alone moves the record.
 */
export function tentukanJabatan(
  sel: Record<string, string | undefined>,
  ex: PegawaiSikap | undefined,
  sikap: DataSikap,
): { jabatanId?: number; unitId?: number; galat: string[] } {
  const galat: string[] = [];
  let jabatanId = ex?.jabatanId;
  let unitId = ex?.unitId;
  const { unit, pesan } = cariUnit(sel, sikap.unit);
  if (pesan) galat.push(pesan);
  if (!kosong(sel.jabatan_kode)) {
    const j = sikap.jabByKode.get(sel.jabatan_kode!.toLowerCase());
    if (!j) galat.push(`Kode jabatan "${sel.jabatan_kode}" tidak dikenal. Impor jabatan lebih dulu.`);
    else if (!j.aktif) galat.push(`Jabatan ${j.kode} nonaktif.`);
    else [jabatanId, unitId] = [j.id, unit?.id ?? j.unitId];
  } else if (!kosong(sel.jabatan_nama)) {
    const u = unit ?? (ex ? sikap.unit.byId.get(ex.unitId) : undefined);
    const j = u ? sikap.jabByUnitNama.get(`${u.id}|${sel.jabatan_nama!.toLowerCase()}`) : undefined;
    if (!u) galat.push(`Unit kerja wajib diisi untuk mencari jabatan "${sel.jabatan_nama}".`);
    else if (!j) galat.push(`Jabatan "${sel.jabatan_nama}" tidak ada di unit ${u.nama}. Impor jabatan lebih dulu.`);
    else if (!j.aktif) galat.push(`Jabatan ${j.nama} nonaktif.`);
    else [jabatanId, unitId] = [j.id, j.unitId];
  } else if (unit) unitId = unit.id;
  if (!jabatanId && !galat.length) galat.push('Jabatan wajib diisi (kode jabatan, atau nama jabatan beserta unit kerjanya).');
  return { jabatanId, unitId, galat };
}

/**
 * Step 3 of the staff import: the record a row would leave in SIKAP — the row's cells over the
 * stored record — checked with the staff form's own rule (`dataPegawaiSchema`), so the import
 * and the form accept the same records.
 */
import { parseNip } from '../../../domain/nip.js';
import { dataPegawaiSchema, type DataPegawai } from '../../pegawai/pegawai.schema.js';
import { kosong } from '../nilai.js';
import type { BarisPegawai } from './baris.js';
import type { PegawaiSikap } from './referensi.js';

/** Record field ← import column, for the fields a cell sets as it is. */
const KOLOM_FIELD = {
  nama: 'nama',
  gelarDepan: 'gelar_depan',
  gelarBelakang: 'gelar_belakang',
  tmtGolongan: 'tmt_golongan',
  tmtJabatan: 'tmt_jabatan',
  pendidikan: 'tingkat_pendidikan_nama',
  email: 'email',
  noHp: 'nomor_hp',
  siasnId: 'pns_id',
} as const;
/** The column behind each field, to leave out a message on a cell already refused as a formula. */
const KOLOM_DARI: Record<string, string> = {
  ...KOLOM_FIELD,
  nip: 'nip_baru',
  niPppk: 'ni_pppk',
  status: 'status_cpns_pns',
  jenisKelamin: 'jenis_kelamin',
  tanggalLahir: 'tanggal_lahir',
  golongan: 'gol_akhir_nama',
};

/** The record as the form would be filled in: the row's values where it has the column, else the stored ones. */
export function isianRekam(b: BarisPegawai, ex: PegawaiSikap | undefined): Record<string, unknown> {
  const status = b.status ?? ex?.status ?? (b.niPppk && !b.nip ? 'PPPK' : 'PNS');
  const nip = b.nip ?? (status === 'PPPK' ? null : (ex?.nip ?? null));
  const niPppk = b.niPppk ?? (status === 'PPPK' ? (ex?.niPppk ?? null) : null);
  const dariNip = status !== 'PPPK' && nip ? parseNip(nip) : null;
  const isian: Record<string, unknown> = {
    status,
    nip,
    niPppk,
    jenisKelamin: b.jenisKelamin ?? ex?.jenisKelamin ?? (dariNip?.ok ? dariNip.parts.jenisKelamin : undefined),
    // An empty birth date means "unknown": keep what is stored, else take it from the NIP.
    tanggalLahir: !kosong(b.sel.tanggal_lahir)
      ? b.sel.tanggal_lahir
      : ex
        ? ex.tanggalLahir
        : dariNip?.ok
          ? dariNip.parts.tanggalLahir
          : null,
    // A stored PNS golongan does not follow a record that becomes PPPK; one in the file is judged like the form's.
    golongan: b.golongan !== undefined ? b.golongan : status === 'PPPK' ? null : (ex?.golongan ?? null),
  };
  for (const [field, kolom] of Object.entries(KOLOM_FIELD)) {
    isian[field] = b.sel[kolom] !== undefined ? b.sel[kolom] : (ex?.[field as keyof typeof KOLOM_FIELD] ?? null);
  }
  return isian;
}

/** The checked record, or the messages (one per field, none for a cell already refused as a formula). */
export function susunRekam(b: BarisPegawai, ex: PegawaiSikap | undefined): { rekam: DataPegawai | null; galat: string[] } {
  const r = dataPegawaiSchema.safeParse(isianRekam(b, ex));
  if (r.success) return { rekam: r.data, galat: [] };
  const pesan = new Map<string, string>();
  for (const issue of r.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!pesan.has(field) && !b.rumus.has(KOLOM_DARI[field] ?? '')) pesan.set(field, issue.message);
  }
  return { rekam: null, galat: [...pesan.values()] };
}

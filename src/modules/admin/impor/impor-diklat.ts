/**
 * Dry run and apply for SIASN's training history (riwayat diklat / kursus; issue 16, decision 117).
 * A row becomes a RiwayatPelatihan of the employee its NIP names, so JP counts include training
 * recorded elsewhere. Natural key: employee + course name (case and spacing ignored) + start and
 * end date. A key already imported is unchanged (or updated when hours/institution differ); a key
 * matching a row entered in SIKAP is not added again — JP is never counted twice.
 */
import type { Db } from '../../../db/client.js';
import { bacaTanggal } from '../../../core/fields.js';
import { cekRumus, keObjek } from './kolom.js';
import * as N from './nilai.js';
import { auditBuat, auditUbah, catatAudit, hasilBaris, penandaDuplikat, potong, type BarisHasil, type Rencana } from './rencana.js';

interface Entri {
  pegawaiId: number;
  judul: string;
  penyelenggara: string | null;
  mulai: Date;
  selesai: Date;
  jp: number;
  kunci: string;
  exId?: number;
  hasil: BarisHasil;
}

const normal = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
/** The natural key of an imported training row. */
export const kunciDiklat = (pegawaiId: number, judul: string, mulai: Date, selesai: Date) =>
  `siasn:${pegawaiId}|${normal(judul)}|${N.iso(mulai)}|${N.iso(selesai)}`;

function tanggal(v: string | undefined, label: string): Date | null {
  if (N.kosong(v)) return null;
  const d = bacaTanggal(v!);
  if (!d) throw new N.SelGalat(`${label} "${v}" bukan tanggal yang sah (contoh: 2026-03-31 atau 31-03-2026).`);
  return d;
}

export async function rencanaDiklat(prisma: Db, pemetaan: string[], rows: string[][]): Promise<Rencana> {
  const objek = rows.map((r) => keObjek(pemetaan, r));
  const nips = [...new Set(objek.map((o) => (o.nip_baru ?? '').replace(/[\s'.-]/g, '')).filter(Boolean))];
  const pegs = await prisma.pegawai.findMany({
    where: { OR: [{ nip: { in: nips } }, { niPppk: { in: nips } }] },
    select: { id: true, nip: true, niPppk: true, nama: true },
  });
  const pegByKey = new Map<string, (typeof pegs)[number]>();
  for (const p of pegs) {
    if (p.nip) pegByKey.set(p.nip, p);
    if (p.niPppk) pegByKey.set(p.niPppk, p);
  }
  const ada = await prisma.riwayatPelatihan.findMany({
    where: { pegawaiId: { in: pegs.map((p) => p.id) } },
    select: {
      id: true,
      pegawaiId: true,
      judul: true,
      penyelenggara: true,
      tanggalMulai: true,
      tanggalSelesai: true,
      jp: true,
      kunciImpor: true,
    },
  });
  // Imported rows by their key; rows entered in SIKAP by the key they would have.
  const impor = new Map(ada.filter((r) => r.kunciImpor).map((r) => [r.kunciImpor!, r]));
  const manual = new Map(
    ada.filter((r) => !r.kunciImpor).map((r) => [kunciDiklat(r.pegawaiId, r.judul, r.tanggalMulai, r.tanggalSelesai), r]),
  );
  const duplikat = penandaDuplikat();
  const entri: Entri[] = [];

  objek.forEach((o, i) => {
    const baris = i + 2;
    const g = new N.GalatBaris();
    g.tambah(...cekRumus('diklat', o).values());
    const nip = g.sel(() => N.identitas(o.nip_baru, 'NIP'), null);
    const p = nip ? pegByKey.get(nip) : undefined;
    if (!nip && !g.ada) g.tambah('NIP kosong.');
    else if (nip && !p) g.tambah(`NIP ${nip} tidak ditemukan di SIKAP.`);
    const judul = (o.nama_diklat ?? '').trim().replace(/\s+/g, ' ');
    if (!judul) g.tambah('Nama diklat/kursus wajib diisi.');
    else if (judul.length > 300) g.tambah('Nama diklat/kursus paling banyak 300 karakter.');
    const penyelenggara = (o.institusi_penyelenggara ?? '').trim().replace(/\s+/g, ' ') || null;
    if (penyelenggara && penyelenggara.length > 200) g.tambah('Institusi penyelenggara paling banyak 200 karakter.');
    const selesai = g.sel(() => tanggal(o.tanggal_selesai, 'Tanggal selesai'), null);
    if (!selesai && N.kosong(o.tanggal_selesai)) g.tambah('Tanggal selesai wajib diisi.');
    const mulai = g.sel(() => tanggal(o.tanggal_mulai, 'Tanggal mulai'), null) ?? (N.kosong(o.tanggal_mulai) ? selesai : null);
    if (mulai && selesai && mulai > selesai) g.tambah('Tanggal mulai sesudah tanggal selesai.');
    const jp = g.sel(() => N.bulat(o.jumlah_jam, 'Jumlah jam', 1, 1000), null);
    if (jp === null && N.kosong(o.jumlah_jam)) g.tambah('Jumlah jam wajib diisi.');
    const kunci = p && judul && mulai && selesai ? kunciDiklat(p.id, judul, mulai, selesai) : '';
    const dulu = kunci ? duplikat(kunci, baris) : undefined;
    if (dulu !== undefined) g.tambah(`Duplikat: diklat yang sama sudah ada di baris ${dulu}.`);
    const ex = kunci ? impor.get(kunci) : undefined;
    const sudahManual = kunci && !ex ? manual.get(kunci) : undefined;
    const tampil = `${p?.nama ?? o.nama ?? ''} — ${judul}`;
    const beda: [string, string, string][] = [];
    if (ex && !g.ada) {
      if (ex.jp !== jp) beda.push(['Jumlah jam', String(ex.jp), String(jp)]);
      if ((ex.penyelenggara ?? '') !== (penyelenggara ?? ''))
        beda.push(['Institusi penyelenggara', ex.penyelenggara ?? '', penyelenggara ?? '']);
    }
    const hasil = hasilBaris({ baris, kunci: nip ?? '', nama: tampil }, g.pesan, !!ex || !!sudahManual, beda);
    if (sudahManual && hasil.hasil === 'SAMA') hasil.pesan = 'Sudah dicatat di SIKAP; tidak ditambahkan lagi.';
    entri.push({ pegawaiId: p?.id ?? 0, judul, penyelenggara, mulai: mulai!, selesai: selesai!, jp: jp ?? 0, kunci, exId: ex?.id, hasil });
  });

  return {
    baris: entri.map((e) => e.hasil),
    async terapkan(tx, by, progres) {
      const baru = entri.filter((e) => e.hasil.hasil === 'BARU');
      const ubah = entri.filter((e) => e.hasil.hasil === 'UBAH');
      let done = 0;
      for (const c of potong(baru, 5000)) {
        await tx.riwayatPelatihan.createMany({
          data: c.map((e) => ({
            pegawaiId: e.pegawaiId,
            judul: e.judul,
            penyelenggara: e.penyelenggara,
            tanggalMulai: e.mulai,
            tanggalSelesai: e.selesai,
            jp: e.jp,
            dicatatOleh: by.userId,
            kunciImpor: e.kunci,
          })),
        });
        done += c.length;
        await progres(done);
      }
      for (const e of ubah) {
        await tx.riwayatPelatihan.update({ where: { id: e.exId! }, data: { jp: e.jp, penyelenggara: e.penyelenggara } });
        await progres(++done);
      }
      const ids = new Map(
        (
          await tx.riwayatPelatihan.findMany({
            where: { kunciImpor: { in: baru.map((e) => e.kunci) } },
            select: { id: true, kunciImpor: true },
          })
        ).map((r) => [r.kunciImpor!, r.id]),
      );
      await catatAudit(tx, [
        ...baru.map((e) =>
          auditBuat(by, 'RiwayatPelatihan', String(ids.get(e.kunci)), {
            pegawaiId: e.pegawaiId,
            judul: e.judul,
            penyelenggara: e.penyelenggara,
            tanggalMulai: N.iso(e.mulai),
            tanggalSelesai: N.iso(e.selesai),
            jp: e.jp,
            sumber: 'SIASN',
          }),
        ),
        ...ubah.map((e) => auditUbah(by, 'RiwayatPelatihan', String(e.exId), e.hasil.beda!)),
      ]);
    },
  };
}

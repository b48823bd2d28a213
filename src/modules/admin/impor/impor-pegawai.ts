/** Dry-run and apply for the pegawai import (SIASN-style columns; NIP or NI PPPK as the key). */
import type { Db } from '../../../db/client.js';
import type { Golongan } from '../../../generated/prisma/enums.js';
import { parseNip } from '../../domain/nip.js';
import { cekIdentitas } from '../pegawai/pegawai.rules.js';
import { cekRumus, keObjek } from './kolom.js';
import * as N from './nilai.js';
import { potong, catatAudit, type BarisHasil, type Rencana } from './rencana.js';

interface Rec {
  nip: string | null;
  niPppk: string | null;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jenisKelamin: 'L' | 'P';
  tanggalLahir: Date | null;
  status: 'CPNS' | 'PNS' | 'PPPK';
  golongan: Golongan | null;
  tmtGolongan: Date | null;
  jabatanId: number;
  unitId: number;
  tmtJabatan: Date | null;
  pendidikan: string | null;
  email: string | null;
  noHp: string | null;
}
interface Entri {
  baris: number;
  key: string;
  rec: Rec;
  atasanKey: string | null;
  exId?: number;
  errs: string[];
  hasil?: BarisHasil;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function rencanaPegawai(prisma: Db, pemetaan: string[], rows: string[][]): Promise<Rencana> {
  const [units, jabs, pegs] = await Promise.all([
    prisma.unitKerja.findMany({ select: { id: true, kode: true, nama: true, aktif: true } }),
    prisma.jabatan.findMany({ select: { id: true, kode: true, nama: true, unitId: true, aktif: true } }),
    prisma.pegawai.findMany({
      select: { id: true, nip: true, niPppk: true, nama: true, gelarDepan: true, gelarBelakang: true, jenisKelamin: true, tanggalLahir: true, status: true, golongan: true, tmtGolongan: true, jabatanId: true, unitId: true, tmtJabatan: true, atasanId: true, pendidikan: true, email: true, noHp: true },
    }),
  ]);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const unitByKode = new Map(units.map((u) => [u.kode.toLowerCase(), u]));
  const unitByNama = new Map<string, typeof units>();
  for (const u of units) unitByNama.set(u.nama.toLowerCase(), [...(unitByNama.get(u.nama.toLowerCase()) ?? []), u]);
  const jabById = new Map(jabs.map((j) => [j.id, j]));
  const jabByKode = new Map(jabs.map((j) => [j.kode.toLowerCase(), j]));
  const jabByUnitNama = new Map(jabs.map((j) => [`${j.unitId}|${j.nama.toLowerCase()}`, j]));
  const pegById = new Map(pegs.map((p) => [p.id, p]));
  const pegByKey = new Map<string, (typeof pegs)[number]>();
  for (const p of pegs) {
    if (p.nip) pegByKey.set(p.nip, p);
    if (p.niPppk) pegByKey.set(p.niPppk, p);
  }
  const keyOfId = (id: number | null | undefined) => (id ? (pegById.get(id)?.nip ?? pegById.get(id)?.niPppk ?? null) : null);

  const entries: Entri[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const baris = i + 2;
    const o = keObjek(pemetaan, row);
    const has = (f: string) => o[f] !== undefined;
    const errs: string[] = [];
    // A formula in any cell refuses the row (decision 095).
    errs.push(...cekRumus('pegawai', o));
    const safe = <T>(fn: () => T, fallback: T): T => {
      try {
        return fn();
      } catch (e) {
        if (e instanceof N.SelGalat) {
          errs.push(e.message);
          return fallback;
        }
        throw e;
      }
    };
    const nipIn = has('nip_baru') ? safe(() => N.identitas(o.nip_baru, 'NIP'), null) : null;
    const niIn = has('ni_pppk') ? safe(() => N.identitas(o.ni_pppk, 'NI PPPK'), null) : null;
    const key = nipIn ?? niIn ?? '';
    if (!key && !errs.length) errs.push('NIP atau NI PPPK kosong.');
    if (key && seen.has(key)) errs.push(`Duplikat: NIP/NI PPPK ${key} sudah ada di baris ${seen.get(key)}.`);
    else if (key) seen.set(key, baris);
    const ex = key ? pegByKey.get(key) : undefined;

    const statusIn = has('status_cpns_pns') ? safe(() => N.statusKepegawaian(o.status_cpns_pns), null) : null;
    const status = statusIn ?? ex?.status ?? (niIn && !nipIn ? 'PPPK' : 'PNS');
    const jkIn = has('jenis_kelamin') ? safe(() => N.jenisKelamin(o.jenis_kelamin), null) : null;
    const id = cekIdentitas(status, nipIn ?? (status === 'PPPK' ? null : ex?.nip ?? null), niIn ?? (status === 'PPPK' ? ex?.niPppk ?? null : null), jkIn ?? undefined);
    errs.push(...Object.values(id.errors));
    const nipParts = id.nip ? parseNip(id.nip) : null;
    const jk = jkIn ?? ex?.jenisKelamin ?? (nipParts?.ok ? nipParts.parts.jenisKelamin : null);
    if (!jk) errs.push('Jenis kelamin wajib diisi untuk PPPK (L atau P).');

    const nama = has('nama') ? safe(() => N.teks(o.nama, 150, 'Nama'), null) : ex?.nama ?? null;
    if (!nama) errs.push('Nama wajib diisi.');
    const txt = (f: string, cur: string | null | undefined, max: number, label: string) => (has(f) ? safe(() => N.teks(o[f], max, label), null) : cur ?? null);
    const tgl = (f: string, cur: Date | null | undefined, label: string) => (has(f) ? safe(() => N.tanggal(o[f], label), null) : cur ?? null);

    // An empty birth date means "unknown": keep what is stored, else take it from the NIP.
    const tanggalLahir = has('tanggal_lahir') && !N.kosong(o.tanggal_lahir) ? safe(() => N.tanggal(o.tanggal_lahir, 'Tanggal lahir'), null) : ex ? ex.tanggalLahir : id.tanggalLahir;
    let golongan = has('gol_akhir_nama') ? safe(() => N.golongan(o.gol_akhir_nama), null) : ex?.golongan ?? null;
    if (status === 'PPPK') golongan = null;
    else if (!golongan && !errs.length) errs.push('Golongan wajib diisi untuk CPNS/PNS (contoh: III/b).');

    // Jabatan (by code, or by name within the unit) decides the unit.
    let jabatanId = ex?.jabatanId;
    let unitId = ex?.unitId;
    let unit: (typeof units)[number] | undefined;
    if (has('unor_kode') && !N.kosong(o.unor_kode)) {
      unit = unitByKode.get(o.unor_kode!.toLowerCase());
      if (!unit) errs.push(`Unit kerja berkode "${o.unor_kode}" tidak dikenal.`);
    } else if (has('unor_nama') && !N.kosong(o.unor_nama)) {
      const cand = unitByNama.get(o.unor_nama!.toLowerCase()) ?? [];
      if (cand.length === 1) unit = cand[0];
      else if (!cand.length) errs.push(`Unit kerja "${o.unor_nama}" tidak dikenal. Tambahkan unitnya dulu atau isi kolom unor_kode.`);
      else errs.push(`Nama unit "${o.unor_nama}" dipakai ${cand.length} unit; isi kolom unor_kode.`);
    }
    if (has('jabatan_kode') && !N.kosong(o.jabatan_kode)) {
      const j = jabByKode.get(o.jabatan_kode!.toLowerCase());
      if (!j) errs.push(`Kode jabatan "${o.jabatan_kode}" tidak dikenal. Impor jabatan lebih dulu.`);
      else if (!j.aktif) errs.push(`Jabatan ${j.kode} nonaktif.`);
      // The placement (unor) may be a sub-unit of where the jabatan is defined: the unit column wins.
      else [jabatanId, unitId] = [j.id, unit?.id ?? j.unitId];
    } else if (has('jabatan_nama') && !N.kosong(o.jabatan_nama)) {
      const u = unit ?? (ex ? unitById.get(ex.unitId) : undefined);
      if (!u) errs.push(`Unit kerja wajib diisi untuk mencari jabatan "${o.jabatan_nama}".`);
      else {
        const j = jabByUnitNama.get(`${u.id}|${o.jabatan_nama!.toLowerCase()}`);
        if (!j) errs.push(`Jabatan "${o.jabatan_nama}" tidak ada di unit ${u.nama}. Impor jabatan lebih dulu.`);
        else if (!j.aktif) errs.push(`Jabatan ${j.nama} nonaktif.`);
        else [jabatanId, unitId] = [j.id, j.unitId];
      }
    } else if (unit) unitId = unit.id;
    if (!jabatanId && !errs.some((e) => e.includes('abatan') || e.includes('nit'))) errs.push('Jabatan wajib diisi (kode jabatan, atau nama jabatan beserta unit kerjanya).');

    const email = txt('email', ex?.email, 150, 'Surel');
    if (email && !EMAIL.test(email)) errs.push(`Surel "${email}" tidak sah.`);
    const atasanKey = has('nip_atasan') ? safe(() => N.identitas(o.nip_atasan, 'NIP atasan'), null) : keyOfId(ex?.atasanId);

    const rec: Rec = {
      nip: id.nip,
      niPppk: id.niPppk,
      nama: nama ?? '',
      gelarDepan: txt('gelar_depan', ex?.gelarDepan, 50, 'Gelar depan'),
      gelarBelakang: txt('gelar_belakang', ex?.gelarBelakang, 80, 'Gelar belakang'),
      jenisKelamin: jk ?? 'L',
      tanggalLahir,
      status,
      golongan,
      tmtGolongan: tgl('tmt_golongan', ex?.tmtGolongan, 'TMT golongan'),
      jabatanId: jabatanId ?? 0,
      unitId: unitId ?? 0,
      tmtJabatan: tgl('tmt_jabatan', ex?.tmtJabatan, 'TMT jabatan'),
      pendidikan: txt('tingkat_pendidikan_nama', ex?.pendidikan, 80, 'Pendidikan'),
      email,
      noHp: txt('nomor_hp', ex?.noHp, 30, 'Nomor HP'),
    };
    entries.push({ baris, key, rec, atasanKey, exId: ex?.id, errs });
  });

  // Supervisors must exist (in the file's valid rows or in SIKAP), and the chain must not loop.
  const valid = () => new Map(entries.filter((e) => !e.errs.length).map((e) => [e.key, e]));
  const cekAtasan = () => {
    for (let changed = true; changed; ) {
      changed = false;
      const ok = valid();
      for (const e of ok.values()) {
        if (!e.atasanKey) continue;
        let msg: string | null = null;
        if (e.atasanKey === e.key) msg = 'Atasan tidak boleh dirinya sendiri.';
        else if (!ok.has(e.atasanKey) && !pegByKey.has(e.atasanKey)) {
          const bad = entries.find((x) => x.key === e.atasanKey);
          msg = bad ? `Atasan ${e.atasanKey} (baris ${bad.baris}) bermasalah.` : `Atasan ${e.atasanKey} tidak ditemukan di berkas maupun di SIKAP.`;
        }
        if (msg) {
          e.errs.push(msg);
          changed = true;
        }
      }
    }
  };
  cekAtasan();
  const ok = valid();
  const parentOf = (k: string): string | null => (ok.has(k) ? ok.get(k)!.atasanKey : keyOfId(pegByKey.get(k)?.atasanId));
  for (const e of ok.values()) {
    const path = [e.key];
    let cur = e.atasanKey;
    for (let step = 0; cur && step < 500; step++) {
      if (cur === e.key) {
        e.errs.push(`Rantai atasan melingkar: ${[...path, cur].join(' → ')}.`);
        break;
      }
      path.push(cur);
      cur = parentOf(cur);
    }
  }
  cekAtasan();

  const hasil: BarisHasil[] = [];
  const LABEL: [keyof Rec, string, (r: Rec) => string][] = [
    ['nama', 'Nama', (r) => r.nama],
    ['gelarDepan', 'Gelar depan', (r) => r.gelarDepan ?? ''],
    ['gelarBelakang', 'Gelar belakang', (r) => r.gelarBelakang ?? ''],
    ['jenisKelamin', 'Jenis kelamin', (r) => r.jenisKelamin],
    ['tanggalLahir', 'Tanggal lahir', (r) => N.iso(r.tanggalLahir)],
    ['status', 'Status', (r) => r.status],
    ['golongan', 'Golongan', (r) => N.labelGolongan(r.golongan)],
    ['tmtGolongan', 'TMT golongan', (r) => N.iso(r.tmtGolongan)],
    ['jabatanId', 'Jabatan', (r) => jabById.get(r.jabatanId)?.nama ?? ''],
    ['unitId', 'Unit kerja', (r) => unitById.get(r.unitId)?.nama ?? ''],
    ['tmtJabatan', 'TMT jabatan', (r) => N.iso(r.tmtJabatan)],
    ['pendidikan', 'Pendidikan', (r) => r.pendidikan ?? ''],
    ['email', 'Surel', (r) => r.email ?? ''],
    ['noHp', 'Nomor HP', (r) => r.noHp ?? ''],
  ];
  for (const e of entries) {
    const nama = e.rec.nama;
    if (e.errs.length) e.hasil = { baris: e.baris, kunci: e.key, nama, hasil: 'GALAT', pesan: e.errs.join(' ') };
    else if (!e.exId) e.hasil = { baris: e.baris, kunci: e.key, nama, hasil: 'BARU' };
    else {
      const p = pegById.get(e.exId)!;
      const lama = { ...p, status: p.status, golongan: p.golongan } as unknown as Rec;
      const beda: [string, string, string][] = [];
      for (const [, label, f] of LABEL) if (f(lama) !== f(e.rec)) beda.push([label, f(lama), f(e.rec)]);
      const atasanLama = keyOfId(p.atasanId);
      if ((atasanLama ?? '') !== (e.atasanKey ?? '')) beda.push(['NIP atasan', atasanLama ?? '', e.atasanKey ?? '']);
      e.hasil = { baris: e.baris, kunci: e.key, nama, hasil: beda.length ? 'UBAH' : 'SAMA', beda: beda.length ? beda : undefined };
    }
    hasil.push(e.hasil);
  }

  return {
    baris: hasil,
    async terapkan(tx, by, progres) {
      const baru = entries.filter((e) => e.hasil!.hasil === 'BARU');
      const ubah = entries.filter((e) => e.hasil!.hasil === 'UBAH');
      let done = 0;
      const d = (x: Date | null) => (x ? N.iso(x) : null);
      // Column arrays + unnest: one statement per 10,000 rows (Prisma's createMany binds every
      // value separately and was ~30x slower at this size).
      for (const chunk of potong(baru, 10_000)) {
        const col = <T>(f: (e: Entri) => T) => chunk.map(f);
        await tx.$executeRawUnsafe(
          `INSERT INTO "Pegawai" (nip, "niPppk", nama, "gelarDepan", "gelarBelakang", "jenisKelamin", "tanggalLahir", status, golongan, "tmtGolongan", "jabatanId", "unitId", "tmtJabatan", pendidikan, email, "noHp", "updatedAt")
           SELECT v.nip, v.ni, v.nama, v.gd, v.gb, v.jk::"JenisKelamin", v.tl, v.st::"StatusKepegawaian", v.gol::"Golongan", v.tg, v.jab, v.unit, v.tj, v.pend, v.email, v.hp, now()
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[], $9::text[], $10::date[], $11::int[], $12::int[], $13::date[], $14::text[], $15::text[], $16::text[])
             AS v(nip, ni, nama, gd, gb, jk, tl, st, gol, tg, jab, unit, tj, pend, email, hp)`,
          col((e) => e.rec.nip), col((e) => e.rec.niPppk), col((e) => e.rec.nama), col((e) => e.rec.gelarDepan), col((e) => e.rec.gelarBelakang), col((e) => e.rec.jenisKelamin),
          col((e) => d(e.rec.tanggalLahir)), col((e) => e.rec.status), col((e) => e.rec.golongan), col((e) => d(e.rec.tmtGolongan)), col((e) => e.rec.jabatanId), col((e) => e.rec.unitId),
          col((e) => d(e.rec.tmtJabatan)), col((e) => e.rec.pendidikan), col((e) => e.rec.email), col((e) => e.rec.noHp),
        );
        done += chunk.length;
        await progres(done);
      }
      const keys = [...new Set([...baru, ...ubah].flatMap((e) => [e.key, e.atasanKey ?? '']).filter(Boolean))];
      const idRows = await tx.$queryRaw<{ id: number; nip: string | null; niPppk: string | null }[]>`SELECT id, nip, "niPppk" FROM "Pegawai" WHERE nip = ANY(${keys}::text[]) OR "niPppk" = ANY(${keys}::text[])`;
      const idOf = new Map<string, number>();
      for (const r of idRows) {
        if (r.nip) idOf.set(r.nip, r.id);
        if (r.niPppk) idOf.set(r.niPppk, r.id);
      }
      for (const chunk of potong(ubah, 10_000)) {
        const col = <T>(f: (e: Entri) => T) => chunk.map(f);
        await tx.$executeRawUnsafe(
          `UPDATE "Pegawai" AS p SET nama = v.nama, "gelarDepan" = v.gd, "gelarBelakang" = v.gb, "jenisKelamin" = v.jk::"JenisKelamin",
             "tanggalLahir" = v.tl, status = v.st::"StatusKepegawaian", golongan = v.gol::"Golongan", "tmtGolongan" = v.tg,
             "jabatanId" = v.jab, "unitId" = v.unit, "tmtJabatan" = v.tj, pendidikan = v.pend, email = v.email, "noHp" = v.hp, "updatedAt" = now()
           FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[], $9::date[], $10::int[], $11::int[], $12::date[], $13::text[], $14::text[], $15::text[])
             AS v(id, nama, gd, gb, jk, tl, st, gol, tg, jab, unit, tj, pend, email, hp)
           WHERE p.id = v.id`,
          col((e) => e.exId!), col((e) => e.rec.nama), col((e) => e.rec.gelarDepan), col((e) => e.rec.gelarBelakang), col((e) => e.rec.jenisKelamin),
          col((e) => d(e.rec.tanggalLahir)), col((e) => e.rec.status), col((e) => e.rec.golongan), col((e) => d(e.rec.tmtGolongan)),
          col((e) => e.rec.jabatanId), col((e) => e.rec.unitId), col((e) => d(e.rec.tmtJabatan)), col((e) => e.rec.pendidikan), col((e) => e.rec.email), col((e) => e.rec.noHp),
        );
        done += chunk.length;
        await progres(done);
      }
      const atasan = [...baru, ...ubah]
        .filter((e) => !e.exId || keyOfId(pegById.get(e.exId)!.atasanId) !== e.atasanKey)
        .map((e) => [idOf.get(e.key)!, e.atasanKey ? idOf.get(e.atasanKey)! : null] as const);
      if (atasan.length) {
        await tx.$executeRawUnsafe(`UPDATE "Pegawai" AS p SET "atasanId" = v.a FROM unnest($1::int[], $2::int[]) AS v(id, a) WHERE p.id = v.id`, atasan.map((c) => c[0]), atasan.map((c) => c[1]));
      }
      const logs = [
        ...baru.map((e) => ({ userId: by.userId, ip: by.ip, aksi: 'IMPOR_BUAT', entitas: 'Pegawai', entitasId: String(idOf.get(e.key)), sesudah: JSON.parse(JSON.stringify({ ...e.rec, atasan: e.atasanKey })) })),
        ...ubah.map((e) => ({
          userId: by.userId, ip: by.ip, aksi: 'IMPOR_UBAH', entitas: 'Pegawai', entitasId: String(e.exId),
          sebelum: Object.fromEntries(e.hasil!.beda!.map((b) => [b[0], b[1]])), sesudah: Object.fromEntries(e.hasil!.beda!.map((b) => [b[0], b[2]])),
        })),
      ];
      await catatAudit(tx, logs);
    },
  };
}

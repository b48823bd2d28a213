/**
 * Security probe helpers: the route table read from createApp()'s router stack, a small world
 * with a "victim" in another OPD whose data must never reach anyone else, and a probe counter.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import type request from 'supertest';
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import { makeOrg, makePeriode } from './factories.js';
import { makeKompetensi } from './penilaian-factories.js';
import { buatReview, jalankanPemetaan } from '../../src/modules/talenta/talenta.service.js';

export interface RouteInfo {
  method: 'GET' | 'POST';
  path: string;
  params: string[];
}

interface LayerLike {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: LayerLike[] };
  rawPath?: unknown;
  slash?: boolean;
}

/** Every GET/POST route of the app, with mount prefixes of nested routers joined in (Express 5: app.router). */
export function routeTable(app: Express): RouteInfo[] {
  const out: RouteInfo[] = [];
  const walk = (stack: LayerLike[], prefix: string) => {
    for (const l of stack) {
      if (l.route) {
        const paths = Array.isArray(l.route.path) ? l.route.path : [l.route.path];
        for (const p of paths) {
          const full = prefix + (p === '/' && prefix ? '' : p) || '/';
          for (const m of Object.keys(l.route.methods)) {
            const method = m.toUpperCase();
            if (method !== 'GET' && method !== 'POST') continue;
            out.push({ method, path: full, params: [...full.matchAll(/:(\w+)/g)].map((x) => x[1]!) });
          }
        }
      } else if (l.handle?.stack) {
        const mount = typeof l.rawPath === 'string' && !l.slash ? l.rawPath.replace(/\/$/, '') : '';
        walk(l.handle.stack, prefix + mount);
      }
    }
  };
  walk((app as unknown as { router: { stack: LayerLike[] } }).router.stack, '');
  const seen = new Set<string>();
  return out.filter((r) => (seen.has(`${r.method} ${r.path}`) ? false : (seen.add(`${r.method} ${r.path}`), true)));
}

/** Fills :params from candidate lists; every combination (capped) of the candidates. */
export function expand(route: RouteInfo, candidates: (param: string, route: RouteInfo) => string[], cap = 40): string[] {
  let urls = [route.path];
  for (const p of route.params) {
    const next: string[] = [];
    for (const u of urls)
      for (const v of candidates(p, route)) next.push(u.replace(new RegExp(`:${p}(?=\\W|$)`), encodeURIComponent(v).replace(/%2F/g, '/')));
    urls = next.slice(0, cap);
  }
  return urls;
}

/** Reads any body (HTML, JSON, PDF, SVG) as text, so a leak in a download is caught too. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function rawText(res: any, cb: (err: Error | null, body: string) => void): void {
  let data = '';
  const stream = res as import('node:http').IncomingMessage;
  stream.setEncoding('latin1');
  stream.on('data', (c: string) => (data += c));
  stream.on('end', () => cb(null, data));
}

export class ProbeLog {
  probes = 0;
  findings: string[] = [];
  check(ok: boolean, what: string): void {
    this.probes += 1;
    if (!ok) this.findings.push(what);
  }
  private seen = 0;
  /** Findings since the previous call (one test's worth). */
  fresh(): string[] {
    const out = this.findings.slice(this.seen);
    this.seen = this.findings.length;
    return out;
  }
  report(name: string): void {
    console.log(`security probes (${name}): ${this.probes}, findings: ${this.findings.length}`);
    for (const f of this.findings.slice(0, 50)) console.log(`  FINDING ${f}`);
    if (process.env.SECURITY_FINDINGS_FILE) fs.appendFileSync(process.env.SECURITY_FINDINGS_FILE, this.findings.join('\n') + '\n');
  }
}

export const MARKER = 'RAHASIA-ZK-7781';
export const VICTIM_NAMES = ['Zulkarnain Rahasiawan', 'Yohana Tersembunyi'];

function writeStored(uploadDir: string, rel: string, body: string): string {
  const abs = path.join(uploadDir, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, body);
  return rel;
}

/**
 * makeOrg() plus, for the victim pair in the other OPD (stafLain, kasiLain, renamed so a leak is
 * unmistakable) and for the signed-in side, one of every object with an id in a URL.
 */
export async function makeWorld(prisma: PrismaClient, uploadDir: string) {
  const org = await makeOrg(prisma);
  await prisma.pegawai.update({ where: { id: org.pegawai.stafLain.id }, data: { nama: VICTIM_NAMES[0] } });
  await prisma.pegawai.update({ where: { id: org.pegawai.kasiLain.id }, data: { nama: VICTIM_NAMES[1] } });
  const periode = await makePeriode(prisma);
  const komp = await makeKompetensi(prisma, { nama: 'Komunikasi', jabatanIds: [org.jabatan.jStaf.id, org.jabatan.jLain.id], level: 2 });

  const appraisal = async (
    peg: { id: number; unitId: number; jabatanId: number; atasanId: number | null },
    teks: string,
    status: 'DRAFT' | 'FINAL' | 'DIKIRIM',
  ) =>
    prisma.penilaianKinerja.create({
      data: {
        periodeId: periode.id,
        pegawaiId: peg.id,
        unitId: peg.unitId,
        jabatanId: peg.jabatanId,
        penilaiId: peg.atasanId,
        status,
        statusRencana: 'DISETUJUI',
        ratingHasilKerja: status === 'FINAL' ? 'SESUAI' : null,
        ratingPerilaku: status === 'FINAL' ? 'SESUAI' : null,
        predikat: status === 'FINAL' ? 'BAIK' : null,
        umpanBalik: status === 'FINAL' ? `Umpan balik ${teks}` : null,
        rhk: {
          create: [
            {
              uraian: `RHK ${teks}`,
              indikator: { create: [{ uraian: `Indikator ${teks}`, targetNilai: 100, satuan: '%', narasi: `Narasi ${teks}` }] },
            },
          ],
        },
        kompetensi: { create: [{ kompetensiId: komp.id, levelDibutuhkan: 2, contohPerilaku: `Contoh ${teks}` }] },
        perilaku: {
          create: (['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'] as const).map(
            (nilai) => ({ nilai, refleksiDiri: `Refleksi ${teks}` }),
          ),
        },
      },
      include: { rhk: { include: { indikator: true } } },
    });

  const vPen = await appraisal(org.pegawai.stafLain, MARKER, 'FINAL');
  const vPenKasi = await appraisal(org.pegawai.kasiLain, MARKER, 'DIKIRIM');
  const ownPen = await appraisal(org.pegawai.staf, 'milik staf', 'DRAFT');
  const staf2Pen = await appraisal(org.pegawai.staf2, 'milik staf dua', 'DIKIRIM');
  const vIki = vPen.rhk[0]!.indikator[0]!;
  const vBukti = await prisma.buktiDukung.create({
    data: {
      indikatorId: vIki.id,
      jenis: 'BERKAS',
      judul: `Bukti ${MARKER}`,
      namaBerkas: `${MARKER}.pdf`,
      mimeType: 'application/pdf',
      ukuran: 40,
      lokasi: writeStored(uploadDir, 'bukti/2026/korban-bukti.pdf', `%PDF-1.4 ${MARKER}`),
    },
  });
  const vKeberatan = await prisma.keberatan.create({
    data: { penilaianId: vPen.id, alasan: `Alasan ${MARKER}`, pemutusId: org.pegawai.kasiLain.id, predikatSemula: 'BAIK' },
  });
  const vNotif = await prisma.notifikasi.create({
    data: { userId: org.users.stafLain.id, judul: `Judul ${MARKER}`, pesan: `Pesan ${MARKER}`, tautan: `/penilaian/${vPen.id}` },
  });
  const vDialog = await prisma.dialogKinerja.create({
    data: {
      pegawaiId: org.pegawai.stafLain.id,
      penulisId: org.pegawai.kasiLain.id,
      periodeId: periode.id,
      tanggal: new Date('2026-03-02T00:00:00Z'),
      catatan: `Catatan ${MARKER}`,
    },
  });
  const vSesi = await prisma.sesi360.create({
    data: { periodeId: periode.id, pegawaiId: org.pegawai.stafLain.id, kompetensiIds: [komp.id] },
  });
  const vTugas = await prisma.penugasan360.create({ data: { sesiId: vSesi.id, raterId: org.pegawai.kasiLain.id, hubungan: 'ATASAN' } });
  await prisma.jawaban360.create({
    data: { sesiId: vSesi.id, komentar: `Komentar ${MARKER}`, skor: { create: [{ kompetensiId: komp.id, skor: 4 }] } },
  });
  const program = await prisma.programPelatihan.create({
    data: {
      kode: `PRG-${Date.now() % 100000}`,
      judul: 'Pelatihan Komunikasi Efektif',
      metode: 'KLASIKAL',
      bentuk: 'PELATIHAN',
      jp: 24,
      kompetensi: { create: { kompetensiId: komp.id } },
    },
  });
  const vRek = await prisma.rekomendasiPelatihan.create({
    data: {
      pegawaiId: org.pegawai.stafLain.id,
      periodeId: periode.id,
      penilaianId: vPen.id,
      programId: program.id,
      kompetensiId: komp.id,
      gap: 1,
      catatan: `Rekomendasi ${MARKER}`,
    },
  });
  const vRiwayat = await prisma.riwayatPelatihan.create({
    data: {
      pegawaiId: org.pegawai.stafLain.id,
      judul: `Riwayat ${MARKER}`,
      tanggalMulai: new Date('2026-02-01T00:00:00Z'),
      tanggalSelesai: new Date('2026-02-03T00:00:00Z'),
      jp: 24,
      sertifikat: writeStored(uploadDir, 'sertifikat/2026/korban.pdf', `%PDF-1.4 ${MARKER}`),
    },
  });
  const vTautan = await prisma.tautanUmpanBalikPublik.create({
    data: { token: `tok${MARKER.toLowerCase()}`, unitId: org.units.opd2.id, pegawaiId: org.pegawai.stafLain.id },
  });
  const vPublik = await prisma.umpanBalikPublik.create({
    data: { tautanId: vTautan.id, unitId: org.units.opd2.id, pegawaiId: org.pegawai.stafLain.id, skor: 2, komentar: `Publik ${MARKER}` },
  });
  const vPenghargaan = await prisma.penghargaan.create({
    data: {
      pegawaiId: org.pegawai.stafLain.id,
      periodeId: periode.id,
      kategori: 'Inovasi',
      alasan: `Penghargaan ${MARKER}`,
      tanggal: new Date('2026-04-01T00:00:00Z'),
      dicatatOleh: org.users.admin.id,
    },
  });
  const vKonten = await prisma.kontenSosialisasi.create({
    data: { jenis: 'HALAMAN', judul: `Draf ${MARKER}`, slug: 'draf-rahasia', isi: `Isi ${MARKER}`, status: 'DRAFT' },
  });
  const vLampiran = await prisma.lampiranKonten.create({
    data: {
      kontenId: vKonten.id,
      namaBerkas: 'draf.pdf',
      mimeType: 'application/pdf',
      ukuran: 30,
      lokasi: writeStored(uploadDir, 'lampiran/2026/draf.pdf', `%PDF-1.4 ${MARKER}`),
    },
  });
  const vRencana = await prisma.rencanaPelatihan.create({
    data: { tahun: 2026, programId: program.id, peserta: { create: [{ pegawaiId: org.pegawai.stafLain.id }] } },
  });
  const vImpor = await prisma.importJob.create({
    data: {
      id: 'impor-rahasia',
      userId: org.users.admin.id,
      jenis: 'pegawai',
      namaBerkas: `${MARKER}.csv`,
      kolom: ['nama'],
      pemetaan: ['nama'],
      baris: [[MARKER]],
      jumlahBaris: 1,
    },
  });

  // A published talent review (atasan may see their reports' boxes): every card names its person.
  const vReview = await buatReview(prisma, org.users.admin.id, { tahun: periode.tahun, unitIds: [], jenisJabatan: [] });
  await prisma.reviewTalenta.update({
    where: { id: vReview.id },
    data: { pengaturan: { ...(vReview.pengaturan as object), atasanLihatKotak: true, asesmenWajib: false } },
  });
  await jalankanPemetaan(prisma, org.users.admin.id, vReview.id);
  await prisma.reviewTalenta.update({ where: { id: vReview.id }, data: { status: 'DIPUBLIKASI' } });
  await prisma.jabatanKritikal.create({ data: { jabatanId: org.jabatan.jLain.id, ditetapkanOleh: org.users.admin.id } });
  await prisma.hukumanDisiplin.create({
    data: {
      pegawaiId: org.pegawai.stafLain.id,
      tingkat: 'RINGAN',
      jenis: `Teguran ${MARKER}`,
      tanggal: new Date('2026-01-05T00:00:00Z'),
      dicatatOleh: org.users.admin.id,
    },
  });
  const victimIds = {
    penilaian: [vPen.id, vPenKasi.id],
    keberatan: vKeberatan.id,
    notifikasi: vNotif.id,
    dialog: vDialog.id,
    tugas: vTugas.id,
    rekomendasi: vRek.id,
    riwayat: vRiwayat.id,
    tautan: vTautan.id,
    publik: vPublik.id,
    penghargaan: vPenghargaan.id,
    konten: vKonten.id,
    lampiran: vLampiran.id,
    rencana: vRencana.id,
    bukti: vBukti.id,
    rhk: vPen.rhk[0]!.id,
    iki: vIki.id,
    pegawai: [org.pegawai.stafLain.id, org.pegawai.kasiLain.id],
    unit: org.units.opd2.id,
    periode: periode.id,
    talenta: vReview.id,
  };
  return { org, periode, komp, program, ownPen, staf2Pen, vPen, vImpor, victimIds, vTautan, vKonten };
}

export type World = Awaited<ReturnType<typeof makeWorld>>;
export type SuperAgent = ReturnType<typeof request.agent>;

/** One form as the page renders it: where it goes and what it would send untouched. */
export interface FormInfo {
  method: 'GET' | 'POST';
  action: string;
  multipart: boolean;
  /** Name/value pairs the browser would send (defaults as rendered), without _csrf. */
  fields: [string, string][];
  /** Names of file inputs. */
  files: string[];
  /** What kind of control each field is: the input type, or textarea / select / button. */
  kind: Record<string, string>;
}

const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENT[e.toLowerCase()] ?? m),
  );
}
function attr(attrs: string, name: string): string | undefined {
  const m = attrs.match(new RegExp(`(?:^|\\s)${name}(?=[\\s=/>]|$)(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i'));
  if (!m) return undefined;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
}

/**
 * The forms of a server-rendered page (regular expressions are enough for our own EJS output):
 * controls inside a form or tied to it with form="…"; the first named submit button counts as
 * clicked; radio groups send their checked (else first) value, checkboxes only when checked.
 */
export function formsOf(html: string, pageUrl: string): FormInfo[] {
  const forms: { start: number; end: number; id?: string; info: FormInfo }[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const a = m[1]!;
    const action = new URL(attr(a, 'action') || pageUrl, `http://x${pageUrl}`);
    forms.push({
      start: m.index!,
      end: m.index! + m[0].length,
      id: attr(a, 'id'),
      info: {
        method: (attr(a, 'method') ?? 'get').toUpperCase() === 'POST' ? 'POST' : 'GET',
        action: action.pathname + action.search,
        multipart: /multipart/i.test(attr(a, 'enctype') ?? ''),
        fields: [],
        files: [],
        kind: {},
      },
    });
  }
  const owner = (pos: number, a: string) => {
    const f = attr(a, 'form');
    return f ? forms.find((x) => x.id === f) : forms.find((x) => pos > x.start && pos < x.end);
  };
  const radios = new Map<FormInfo, Map<string, string>>();
  const buttonTaken = new Set<FormInfo>();
  for (const m of html.matchAll(/<(input|select|textarea|button)\b([^>]*)>/gi)) {
    const tag = m[1]!.toLowerCase();
    const a = m[2]!;
    const form = owner(m.index!, a)?.info;
    const name = attr(a, 'name');
    if (!form || !name || name === '_csrf' || attr(a, 'disabled') !== undefined) continue;
    const rest = tag === 'textarea' || tag === 'select' ? html.slice(m.index! + m[0].length, m.index! + m[0].length + 200_000) : '';
    if (tag === 'input') {
      const type = (attr(a, 'type') ?? 'text').toLowerCase();
      form.kind[name] ??= type;
      const value = attr(a, 'value') ?? '';
      if (type === 'file') form.files.push(name);
      else if (type === 'radio') {
        const g = radios.get(form) ?? new Map<string, string>();
        radios.set(form, g);
        if (!g.has(name) || attr(a, 'checked') !== undefined) g.set(name, value);
      } else if (type === 'checkbox') {
        if (attr(a, 'checked') !== undefined) form.fields.push([name, value || 'on']);
      } else if (!['submit', 'button', 'reset', 'image'].includes(type)) form.fields.push([name, value]);
      else if (type === 'submit' && !buttonTaken.has(form)) {
        buttonTaken.add(form);
        form.fields.push([name, value]);
      }
    } else if (tag === 'textarea') {
      form.kind[name] ??= 'textarea';
      form.fields.push([name, decodeEntities(rest.slice(0, rest.search(/<\/textarea>/i)))]);
    } else if (tag === 'select') {
      const body = rest.slice(0, rest.search(/<\/select>/i));
      const opts = [...body.matchAll(/<option\b([^>]*)>([^<]*)/gi)].map((o) => ({
        value: attr(o[1]!, 'value') ?? decodeEntities(o[2]!.trim()),
        selected: attr(o[1]!, 'selected') !== undefined,
      }));
      form.kind[name] ??= 'select';
      const chosen = opts.find((o) => o.selected) ?? opts[0];
      if (chosen) form.fields.push([name, chosen.value]);
    } else if (tag === 'button') {
      const type = (attr(a, 'type') ?? 'submit').toLowerCase();
      if (type === 'submit' && !buttonTaken.has(form)) {
        buttonTaken.add(form);
        form.kind[name] ??= 'button';
        form.fields.push([name, attr(a, 'value') ?? '']);
      }
    }
  }
  for (const [form, g] of radios) for (const [n, v] of g) form.fields.push([n, v]);
  return forms.map((f) => f.info);
}

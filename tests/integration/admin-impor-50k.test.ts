/**
 * Measures a 50,000-row pegawai import end to end (upload → dry run → apply → re-import).
 * Takes about a minute on two cores, so it runs only when asked: SIKAP_PERF=1 npx vitest run
 * tests/integration/admin-impor-50k.test.ts. The figures go into docs/performance.md.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import ExcelJS from 'exceljs';
import { setupApp, type TestContext } from '../helpers/app.js';
import { makeOrg } from '../helpers/factories.js';
import { asAdmin, type AdminSession } from '../helpers/admin-factories.js';

const N = 50_000;
let ctx: TestContext;
let admin: AdminSession;

function nip(i: number): string {
  const d = new Date(Date.UTC(1965, 0, 1) + (i % 12_000) * 86_400_000);
  const y = d.getUTCFullYear();
  const ymd = `${y}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
  return `${ymd}${y + 25}03${(i % 2) + 1}${String(Math.floor(i / 12_000) + 1).padStart(3, '0')}`;
}

describe.runIf(process.env.SIKAP_PERF === '1')('50,000-row import (performance)', () => {
  beforeAll(async () => {
    ctx = await setupApp();
    const org = await makeOrg(ctx.prisma);
    admin = await asAdmin(ctx, org);
    await ctx.prisma.jabatan.create({
      data: { kode: 'PERF-J', nama: 'Pelaksana Uji Beban', jenis: 'PELAKSANA', unitId: org.units.opd.id },
    });
  }, 300_000);
  afterAll(() => ctx?.close());

  it('imports 50,000 staff from CSV and XLSX, and a re-import changes nothing', async () => {
    const header = [
      'nip_baru',
      'nama',
      'jenis_kelamin',
      'status_cpns_pns',
      'gol_akhir_nama',
      'jabatan_kode',
      'nip_atasan',
      'email',
      'nomor_hp',
    ];
    const rows = Array.from({ length: N }, (_, i) => [
      nip(i),
      `Pegawai Uji ${i}`,
      i % 2 ? 'P' : 'L',
      'P',
      'III/a',
      'PERF-J',
      i === 0 ? '' : nip(Math.floor((i - 1) / 10)),
      `p${i}@contoh.go.id`,
      `0812${String(i).padStart(8, '0')}`,
    ]);
    const csv = Buffer.from([header, ...rows].map((r) => r.join(',')).join('\n'));
    const t = (l: string, t0: number) => console.log(`${l}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    let t0 = performance.now();
    const up = await admin.agent
      .post('/admin/impor')
      .field('_csrf', admin.csrf)
      .field('jenis', 'pegawai')
      .attach('berkas', csv, 'beban.csv');
    t(`CSV ${(csv.length / 1e6).toFixed(1)} MB upload + parse + dry run`, t0);
    expect(up.status).toBe(302);
    const id = up.headers.location!.split('/').pop()!;
    t0 = performance.now();
    const page = await admin.agent.get(`/admin/impor/${id}`);
    t('preview page', t0);
    expect(page.text).toContain('50.000');
    t0 = performance.now();
    const res = await admin.post(`/admin/impor/${id}/terapkan`);
    t('apply 50,000 new rows', t0);
    expect(res.status).toBe(302);
    expect(await ctx.prisma.pegawai.count({ where: { jabatan: { kode: 'PERF-J' } } })).toBe(N);
    expect((await ctx.prisma.pegawai.findUniqueOrThrow({ where: { nip: nip(11) }, include: { atasan: true } })).atasan!.nip).toBe(nip(1));

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(header);
    for (const r of rows) ws.addRow(r);
    const xbuf = Buffer.from(await wb.xlsx.writeBuffer());
    t0 = performance.now();
    const up2 = await admin.agent
      .post('/admin/impor')
      .field('_csrf', admin.csrf)
      .field('jenis', 'pegawai')
      .attach('berkas', xbuf, 'beban.xlsx');
    t(`XLSX ${(xbuf.length / 1e6).toFixed(1)} MB re-import upload + parse + dry run`, t0);
    const job = await ctx.prisma.importJob.findUniqueOrThrow({ where: { id: up2.headers.location!.split('/').pop()! } });
    const hasil = (job.ringkasan as { hasil: { hasil: string }[] }).hasil;
    expect(hasil.every((h) => h.hasil === 'SAMA')).toBe(true);

    t0 = performance.now();
    const exp = await admin.agent.get('/admin/impor/ekspor/pegawai.csv');
    t('export 50,000 rows to CSV', t0);
    expect(exp.status).toBe(200);
  }, 900_000);
});

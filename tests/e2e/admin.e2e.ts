import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newPage, launch, signIn, signOut, shot, expectAccessible, base, PHONE, DESKTOP } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const JABATAN = 'Analis Pelayanan Kesehatan';

async function setKomunikasi(page: Page, level: string): Promise<void> {
  await page.goto(`${base()}/admin/standar`);
  await page.getByLabel('Cari').fill(JABATAN);
  await page.getByRole('button', { name: 'Cari' }).click();
  await page.getByRole('link', { name: JABATAN }).first().click();
  await page.waitForURL(/\/admin\/standar\/\d+$/);
  await page.getByLabel('Komunikasi', { exact: true }).selectOption(level);
  await page.getByRole('button', { name: 'Simpan standar' }).click();
  await expect.poll(async () => (await page.textContent('main')) ?? '', { timeout: 15_000 }).toContain('Standar kompetensi disimpan');
}

describe('BKD administration', () => {
  it('an admin sets the required Komunikasi level of a jabatan and the employee sees it on their profile', async () => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, 'admin.bkd');
    // The header's Administrasi menu.
    await page.getByRole('button', { name: 'Administrasi' }).click();
    await page.getByRole('link', { name: 'Ringkasan administrasi' }).click();
    await page.waitForURL(/\/admin$/);
    await setKomunikasi(page, '4');
    await signOut(page);

    await signIn(page, 'pegawai.rujukan');
    await page.goto(`${base()}/profil`);
    const row = page.locator('tr', { hasText: 'Komunikasi' });
    await expect.poll(async () => (await row.textContent()) ?? '', { timeout: 15_000 }).toMatch(/4\s*Mumpuni/);
    await signOut(page);

    // Put the demo standard back for the other browser tests.
    await signIn(page, 'admin.bkd');
    await setKomunikasi(page, '2');
    await page.close();
  }, 180_000);

  for (const viewport of [DESKTOP, PHONE]) {
    it(`the main admin pages render and are accessible at ${viewport.width}px`, async () => {
      const page = await newPage(browser, viewport);
      await signIn(page, 'admin.bkd');
      const pages: [string, string, string][] = [
        ['admin', '/admin', 'Administrasi BKD'],
        ['admin-unit', '/admin/unit', 'Unit kerja'],
        ['admin-pegawai', '/admin/pegawai?q=rina', 'Pegawai'],
        ['admin-akun', '/admin/akun', 'Akun pengguna'],
        ['admin-kamus', '/admin/kamus', 'Kamus kompetensi'],
        ['admin-standar-bawaan', '/admin/standar/bawaan', 'Level bawaan'],
        ['admin-periode', '/admin/periode', 'Periode penilaian'],
        ['admin-impor', '/admin/impor', 'Impor dan ekspor'],
        ['admin-pelatihan', '/admin/pelatihan', 'Katalog pelatihan'],
        ['admin-delegasi-baru', '/admin/delegasi/baru', 'Tambah delegasi'],
        ['admin-audit', '/admin/audit', 'Log audit'],
      ];
      for (const [name, url, text] of pages) {
        const res = await page.goto(`${base()}${url}`);
        expect([url, res?.status()]).toEqual([url, 200]);
        expect((await page.textContent('main')) ?? '').toContain(text);
        await expectAccessible(page);
        await shot(page, `${name}-${viewport.width}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect([url, overflow <= 0]).toEqual([url, true]);
      }
      // Pages reached by clicking: a competency, a jabatan's standard, a period.
      await page.goto(`${base()}/admin/kamus`);
      await page.getByRole('link', { name: 'Komunikasi', exact: true }).click();
      await expect.poll(async () => (await page.textContent('main')) ?? '', { timeout: 15_000 }).toContain('versi kamus');
      await expectAccessible(page);
      await shot(page, `admin-kamus-edit-${viewport.width}`);
      await page.goto(`${base()}/admin/standar?q=${encodeURIComponent(JABATAN)}`);
      await page.getByRole('link', { name: JABATAN }).first().click();
      await expectAccessible(page);
      await shot(page, `admin-standar-editor-${viewport.width}`);
      await page.goto(`${base()}/admin/unit?q=DINKES-YAN`);
      await page.getByRole('link', { name: 'Standar kompetensi Bidang Pelayanan Kesehatan' }).click();
      await expect.poll(async () => (await page.textContent('main')) ?? '', { timeout: 15_000 }).toContain('Standar kompetensi per unit');
      await expectAccessible(page);
      await shot(page, `admin-standar-unit-${viewport.width}`);
      await page.goto(`${base()}/admin/periode`);
      await page.getByRole('link', { name: 'Penilaian Kinerja Tahunan 2026' }).click();
      await expect.poll(async () => (await page.textContent('main')) ?? '', { timeout: 15_000 }).toContain('Matriks predikat kinerja');
      await expectAccessible(page);
      await shot(page, `admin-periode-detail-${viewport.width}`);
      await page.close();
    }, 300_000);
  }

  it('an admin imports jabatan for a new dinas from CSV through preview and confirm', async () => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, 'admin.bkd');
    await page.goto(`${base()}/admin/unit/baru`);
    await page.getByLabel('Kode unit').fill('DISPORA');
    await page.getByLabel('Nama unit').fill('Dinas Pemuda dan Olahraga');
    await page.getByLabel('Jenis unit').selectOption('OPD');
    await page.getByLabel('Unit induk').selectOption({ label: 'Pemerintah Kota Parahyangan (PEMKOT)' });
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect
      .poll(async () => (await page.textContent('main')) ?? '', { timeout: 15_000 })
      .toContain('Unit Dinas Pemuda dan Olahraga ditambahkan');

    await page.goto(`${base()}/admin/impor`);
    await page.getByLabel('Data yang diimpor').selectOption('jabatan');
    const csv =
      'Jabatan Kode,Jabatan Nama,Jenis Jabatan Nama,Unor Kode\nDISPORA-KADIS,Kepala Dinas Pemuda dan Olahraga,JPT Pratama,DISPORA\nDISPORA-PELATIH,Pengelola Keolahragaan,Pelaksana,DISPORA\nDISPORA-X,Jabatan Rusak,Pelaksana,TIDAK-ADA\n';
    await page
      .getByLabel('Berkas CSV atau XLSX')
      .setInputFiles({ name: 'jabatan-dispora.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Unggah dan lihat pratinjau' }).click();
    await page.waitForURL(/\/admin\/impor\/[\w-]+$/, { timeout: 90_000 }).catch(async (e: unknown) => {
      await shot(page, 'admin-impor-gagal');
      throw e;
    });
    const main = async () => (await page.textContent('main')) ?? '';
    await expect.poll(main, { timeout: 15_000 }).toContain('TIDAK-ADA');
    await expectAccessible(page);
    await shot(page, 'admin-impor-pratinjau-1280');
    await page.getByLabel(/Lewati 1 baris galat/).check();
    await page.getByRole('button', { name: 'Konfirmasi dan terapkan' }).click();
    await expect.poll(main, { timeout: 15_000 }).toContain('Impor selesai: 2 baru');
    await page.goto(`${base()}/admin/jabatan?q=DISPORA`);
    expect(await main()).toContain('Pengelola Keolahragaan');
    await page.close();
  }, 180_000);
});

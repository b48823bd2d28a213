import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newPage, launch, signIn, shot, expectAccessible, tataLetak, base, PHONE, DESKTOP } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const main = (page: Page) => page.locator('main').innerText();

describe('talent management', () => {
  it('BKD runs the 2026 review, sees why a person sits in their box and calibrates one with a reason (1280 px)', async () => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, 'admin.bkd');
    await page.goto(`${base()}/talenta`);
    await page.getByRole('link', { name: 'Pemetaan talenta 2026' }).click();
    expect(await main(page)).toContain('Pemetaan belum dijalankan');
    await Promise.all([page.waitForURL(/\/talenta\/\d+$/), page.getByRole('button', { name: 'Jalankan pemetaan' }).click()]);
    expect(await main(page)).toMatch(/Pemetaan selesai: \d+ pegawai/);
    await expectAccessible(page);
    await shot(page, 'talenta-peta-1280');

    // The biggest box (sesuai ekspektasi × menengah) has people; open it and the first card.
    await page.locator('a.talenta-kotak-5').click();
    await page.waitForURL(/\/kotak\/5/);
    await page.locator('ol.talenta-daftar a').first().click();
    await page.waitForURL(/\/pegawai\/\d+$/);
    const kartu = await main(page);
    expect(kartu).toContain('Mengapa di sini: komponen penilaian');
    expect(kartu).toContain('Hasil asesmen potensi');
    expect(kartu).toMatch(/bobot 50% dari potensi/);
    await expectAccessible(page);

    // A refused move keeps the typed reason; then a real one.
    await page.getByLabel('Pindahkan ke kotak').selectOption('8');
    await page.getByLabel(/^Alasan/).fill('pendek');
    await page.getByRole('button', { name: 'Pindahkan' }).click();
    expect(await main(page)).toContain('Tulis alasan pemindahan, minimal 10 karakter.');
    expect(await page.getByLabel(/^Alasan/).inputValue()).toBe('pendek');
    await page.getByLabel(/^Alasan/).fill('Komite: memimpin tim reaksi cepat sepanjang 2026; potensi di atas hasil asesmen.');
    await Promise.all([page.waitForURL(/\/pegawai\/\d+$/), page.getByRole('button', { name: 'Pindahkan' }).click()]);
    const sesudah = await main(page);
    expect(sesudah).toContain('Kotak 8');
    expect(sesudah).toContain('Hasil pemetaan: kotak 5');
    expect(sesudah).toContain('memimpin tim reaksi cepat');
    await shot(page, 'talenta-kartu-1280');
    await page.close();
  });

  it('the map is readable at 360 px: the boxes stack as a list, nothing wider than the screen', async () => {
    const page = await newPage(browser, PHONE);
    await signIn(page, 'kadis.kesehatan');
    await page.goto(`${base()}/talenta`);
    await page.getByRole('link', { name: 'Pemetaan talenta 2025' }).click();
    await page.waitForURL(/\/talenta\/\d+$/);
    expect(await tataLetak(page)).toEqual([]);
    // Stacked: each box spans the content width.
    const lebar = await page.locator('a.talenta-kotak-9').evaluate((el) => el.getBoundingClientRect().width);
    expect(lebar).toBeGreaterThan(280);
    await expectAccessible(page);
    await shot(page, 'talenta-peta-360');
    await page.goto(`${base()}${new URL(page.url()).pathname}/suksesi`);
    expect(await main(page)).toContain('Kurang dari dua calon siap sekarang.');
    expect(await tataLetak(page)).toEqual([]);
    await shot(page, 'talenta-suksesi-360');
    await page.close();
  });

  it("BKD's own pages (settings, disciplinary records, imports, key positions) pass axe and fit 360 px", async () => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, 'admin.bkd');
    await page.goto(`${base()}/talenta`);
    await page.getByRole('link', { name: 'Pemetaan talenta 2026' }).click();
    await page.waitForURL(/\/talenta\/\d+$/);
    const review = new URL(page.url()).pathname;
    for (const path of [
      `${review}/pengaturan`,
      '/talenta/hukuman',
      '/talenta/impor/asesmen',
      '/talenta/impor/hukuman',
      '/talenta/kritikal',
    ]) {
      await page.setViewportSize(DESKTOP);
      await page.goto(`${base()}${path}`);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
      await expectAccessible(page);
      await page.setViewportSize(PHONE);
      expect(await tataLetak(page), path).toEqual([]);
    }
    await shot(page, 'talenta-pengaturan-360');
    await page.close();
  });
});

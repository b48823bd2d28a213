import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { newPage, launch, signIn, shot, expectAccessible, tataLetak, PHONE } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('periodic evaluation and the progress log on a phone', () => {
  it('the employee sees 2026 as four evaluations, logs progress at 360 px and takes its sum into the Q4 self-assessment', async () => {
    const page = await newPage(browser, PHONE);
    page.on('dialog', (d) => void d.accept());
    await signIn(page, 'pegawai.rujukan');

    await page.goto(new URL('/penilaian', page.url()).toString());
    const items = page.locator('.linimasa-item');
    await expect.poll(() => items.count()).toBe(4);
    expect(await items.nth(0).textContent()).toContain('Selesai');
    expect(await items.nth(3).textContent()).toContain('Berjalan');
    expect(await tataLetak(page)).toEqual([]);
    await shot(page, 'evaluasi-linimasa-360');
    await expectAccessible(page);

    // A few taps: RHK, date (today by default), what was done, then the folded quantity part.
    await page.goto(new URL('/progres', page.url()).toString());
    const rhk = page.locator('#f-rhkId');
    const rhkPilihan = await rhk.locator('option').nth(1).getAttribute('value');
    await rhk.selectOption(rhkPilihan!);
    await page.fill('#f-uraian', 'Menyusun laporan analisis rujukan Desember');
    await page.click('summary:has-text("Jumlah dan bukti")');
    const iki = page.locator('#f-indikatorId option', { hasText: 'laporan' }).first();
    await page.selectOption('#f-indikatorId', (await iki.getAttribute('value'))!);
    await page.fill('#f-kuantitas', '2');
    expect(await tataLetak(page)).toEqual([]);
    await shot(page, 'evaluasi-progres-360');
    await expectAccessible(page);
    await page.click('button:has-text("Simpan catatan")');
    await page.waitForSelector('text=Catatan progres tersimpan.');
    expect(await page.textContent('.progres-daftar')).toContain('Menyusun laporan analisis rujukan Desember');

    // The year end (triwulan IV) self-assessment shows the log beside the indicator; a click takes it.
    await page.goto(new URL('/penilaian', page.url()).toString());
    await items.nth(3).locator('a:has-text("Buka")').click();
    await page.click('a:has-text("Isi penilaian diri")');
    await page.waitForSelector('#form-diri', { state: 'attached' });
    const tur = page.locator('.tur-kotak');
    if (await tur.isVisible().catch(() => false)) await page.keyboard.press('Escape');
    const tombol = page.locator('[data-isi-realisasi]').first();
    await tombol.waitFor({ state: 'attached' });
    const target = (await tombol.getAttribute('data-isi-realisasi'))!;
    const nilai = (await tombol.getAttribute('data-nilai'))!;
    expect(Number(nilai.replace(',', '.'))).toBeGreaterThanOrEqual(2);
    await tombol.scrollIntoViewIfNeeded();
    await tombol.click();
    expect(await page.inputValue(`#${target}`)).toBe(nilai);
    await shot(page, 'evaluasi-diri-progres-360');
  });
});

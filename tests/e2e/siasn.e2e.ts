/** Issue 16: the SIASN exchange pages for Admin BKD, on a desktop and a 360 px phone, against the demo data. */
import fs from 'node:fs';
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

const main = async (page: Page) => (await page.textContent('main')) ?? '';
const noOverflow = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

describe('SIASN exchange (Admin BKD)', () => {
  it('the page shows counts, the staff without a SIASN id and past exports, on a desktop and a phone', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await newPage(browser, viewport);
      await signIn(page, 'admin.bkd');
      await page.goto(`${base()}/admin/siasn?tahun=2025&jenis=TAHUNAN`);
      const text = await main(page);
      expect(text).toContain('Pertukaran data SIASN');
      expect(text).toContain('Pegawai tanpa ID SIASN');
      expect(await page.locator('#daftar-tanpa-id li').count()).toBeGreaterThan(0);
      expect(await page.locator('a[href$=".jsonl"]').count()).toBeGreaterThan(0);
      await expectAccessible(page);
      await noOverflow(page);
      await shot(page, `siasn-${viewport.width}`);
      await page.goto(`${base()}/admin/siasn/kode`);
      expect(await main(page)).toContain('kuadranKinerjaNilai');
      await expectAccessible(page);
      await noOverflow(page);
      await shot(page, `siasn-kode-${viewport.width}`);
      await page.goto(`${base()}/admin/impor/demo-siasn-riwayat-diklat`);
      expect(await main(page)).toContain('tidak ditemukan di SIKAP');
      await expectAccessible(page);
      expect(await tataLetak(page)).toEqual([]);
      await noOverflow(page);
      await shot(page, `siasn-impor-diklat-${viewport.width}`);
      await page.close();
    }
  });

  it('an export of only the changed results is made from a phone and downloaded as JSON lines', async () => {
    const page = await newPage(browser, PHONE);
    await signIn(page, 'admin.bkd');
    await page.goto(`${base()}/admin/siasn?tahun=2025&jenis=TAHUNAN`);
    // "Only changed" sends the never-exported results and those changed since (earlier browser tests may have changed some).
    const angka = async (id: string) => Number((await page.locator(id).textContent())!.replace(/\D/g, ''));
    const berubah = (await angka('#jumlah-baru')) + (await angka('#jumlah-berubah'));
    expect(berubah).toBeGreaterThan(0);
    await page.getByLabel('Hanya yang berubah atau belum pernah diekspor').check();
    await Promise.all([page.waitForURL(/\/admin\/siasn\?tahun=2025/), page.getByRole('button', { name: 'Buat ekspor' }).click()]);
    expect(await page.textContent('body')).toContain(`${berubah} baris`);
    expect((await page.locator('#jumlah-baru').textContent())!.trim()).toBe('0');
    expect((await page.locator('#jumlah-berubah').textContent())!.trim()).toBe('0');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href$=".jsonl"]').first().click()]);
    const file = await download.path();
    const lines = fs.readFileSync(file!, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(berubah);
    expect(Object.keys(JSON.parse(lines[0]!) as object)[0]).toBe('pnsDinilaiOrang');
    await page.close();
  });
});

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { newPage, launch, signIn, shot, expectAccessible, base, PHONE } from './browser.js';
import { DEMO_TOKEN } from '../../src/db/seed/umpanbalik.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('public service feedback on a phone, without an account', () => {
  it('a citizen sees the form, gets a clear message when no face is chosen, and can send a rating', async () => {
    const page = await newPage(browser, PHONE);
    await page.goto(`${base()}/u/${DEMO_TOKEN.rujukan}`);
    const main = () => page.textContent('main').then((t) => t ?? '');
    expect(await main()).toContain('Seksi Pelayanan Kesehatan Rujukan');
    await expectAccessible(page);
    await shot(page, 'umpanbalik-publik-360');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByLabel('Saran atau komentar (opsional)').fill('Petugas sangat membantu.');
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await expect.poll(main).toContain('Pilih salah satu wajah');
    expect(await page.getByLabel('Saran atau komentar (opsional)').inputValue()).toBe('Petugas sangat membantu.');
    await expectAccessible(page);
    await shot(page, 'umpanbalik-publik-galat-360');

    await page.getByText('Puas', { exact: true }).click();
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.waitForURL(/terima-kasih/);
    expect(await main()).toContain('Terima kasih');
    await shot(page, 'umpanbalik-publik-terima-kasih-360');
    await page.close();
  });
});

describe('feedback pages for the demo team', () => {
  it('the staff member sees the 360 aggregate; the supervisor sees the dialog log', async () => {
    const page = await newPage(browser, PHONE);
    await signIn(page, 'pegawai.rujukan');
    await page.goto(`${base()}/umpanbalik/360/saya`);
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('jawaban');
    expect(text).toContain('Berorientasi Pelayanan');
    await expectAccessible(page);
    await shot(page, 'umpanbalik-360-saya-360');
    await page.close();

    const atasan = await newPage(browser, PHONE);
    await signIn(atasan, 'atasan.rujukan');
    await atasan.goto(`${base()}/umpanbalik`);
    await atasan.getByRole('link', { name: /^Dialog dengan Dimas/ }).click();
    expect((await atasan.textContent('main')) ?? '').toContain('Catatan bersama');
    await expectAccessible(atasan);
    await shot(atasan, 'umpanbalik-dialog-360');
    await atasan.close();
  });
});

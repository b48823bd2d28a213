import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { newPage, launch, signIn, signOut, shot, expectAccessible, base, PHONE, DESKTOP } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const ACCOUNTS = [
  { username: 'admin.bkd', sees: 'Ringkasan BKD' },
  { username: 'kadis.kesehatan', sees: 'Unit saya: Dinas Kesehatan' },
  { username: 'atasan.rujukan', sees: 'bawahan langsung)' },
  { username: 'pegawai.rujukan', sees: 'Penilaian kinerja saya' },
];

describe('demo accounts', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    for (const acc of ACCOUNTS) {
      it(`${acc.username} signs in at ${viewport.width}px, sees the right dashboard, and signs out`, async () => {
        const page = await newPage(browser, viewport);
        await signIn(page, acc.username);
        await expect.poll(() => page.url()).toContain('/beranda');
        await expect.poll(async () => (await page.textContent('main')) ?? '').toContain(acc.sees);
        await expectAccessible(page);
        await shot(page, `beranda-${acc.username}-${viewport.width}`);
        // No horizontal scrolling on a phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await signOut(page);
        await expect.poll(async () => (await page.textContent('main')) ?? '').toContain('Anda telah keluar');
        await page.close();
      });
    }
  }

  it('the login page is accessible and the profile shows the jabatan standard', async () => {
    const page = await newPage(browser, PHONE);
    await page.goto(`${base()}/masuk`);
    await expectAccessible(page);
    await shot(page, 'masuk-360');
    await signIn(page, 'pegawai.rujukan');
    await page.goto(`${base()}/profil`);
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('Analis Pelayanan Kesehatan');
    expect(text).toContain('Komunikasi');
    expect(text).toContain('Rina Kusumawati');
    await expectAccessible(page);
    await shot(page, 'profil-pegawai-360');
    await page.close();
  });
});

describe('password reset link', () => {
  it('an admin makes a one-time link, the owner opens it on a phone, sets a password and signs in; the link then no longer works', async () => {
    const admin = await newPage(browser, DESKTOP);
    await signIn(admin, 'admin.bkd');
    // An account from the last page of the list: no other browser test signs in with it.
    await admin.goto(`${base()}/admin/akun?halaman=6`);
    const akun = admin.locator('main table tbody a').first();
    const username = (await akun.innerText()).trim();
    await akun.click();
    admin.on('dialog', (d) => void d.accept());
    await admin.getByRole('button', { name: 'Buat tautan atur ulang' }).click();
    const link = (await admin.locator('[data-tautan]').innerText()).trim();
    await expectAccessible(admin);
    await shot(admin, 'tautan-sandi-admin');

    const owner = await newPage(browser, PHONE);
    await owner.goto(new URL(new URL(link).pathname, base()).toString());
    await expectAccessible(owner);
    await owner.locator('#f-sandiBaru').fill('Baru#2026sandi');
    await owner.locator('#f-ulangi').fill('Baru#2026sandi');
    await owner.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect.poll(async () => (await owner.textContent('main')) ?? '').toContain('Kata sandi baru tersimpan');
    await owner.getByLabel('NIP atau nama pengguna').fill(username);
    await owner.getByLabel('Kata sandi').fill('Baru#2026sandi');
    await owner.getByRole('button', { name: 'Masuk' }).click();
    await owner.waitForURL(/\/beranda/);
    await owner.goto(new URL(new URL(link).pathname, base()).toString());
    await expect.poll(async () => (await owner.textContent('main')) ?? '').toContain('Tautan tidak berlaku');
    await shot(owner, 'tautan-sandi-habis-360');
    await admin.close();
    await owner.close();
  });
});

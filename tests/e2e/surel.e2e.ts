import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { newPage, launch, signIn, shot, expectAccessible, base, tataLetak, PHONE, DESKTOP } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('e-mail choices and the outbox (demo without SMTP_URL)', () => {
  it.each([
    ['360', PHONE],
    ['1280', DESKTOP],
  ] as const)('pegawai.rujukan reads and saves the choices per kind at %s px', async (w, viewport) => {
    const page = await newPage(browser, viewport);
    await signIn(page, 'pegawai.rujukan');
    await page.goto(`${base()}/profil`);
    await page.getByRole('link', { name: 'Pemberitahuan surel' }).click();
    await page.waitForURL(/\/profil\/surel$/);
    const main = () => page.textContent('main').then((t) => t ?? '');
    expect(await main()).toContain('belum diaktifkan');
    expect(await main()).toContain('@parahyangankota.go.id');
    // The demo choices of this account.
    expect(await page.getByLabel('Perubahan hasil kalibrasi').inputValue()).toBe('RINGKASAN');
    expect(await page.getByLabel('Notifikasi lainnya').inputValue()).toBe('APLIKASI');
    await expectAccessible(page);
    expect(await tataLetak(page)).toEqual([]);
    await shot(page, `surel-preferensi-${w}`);
    await page.getByLabel('Penilaian ditetapkan (final)').selectOption('RINGKASAN');
    await page.getByRole('button', { name: 'Simpan pilihan' }).click();
    await expect.poll(main).toContain('Pilihan pemberitahuan disimpan.');
    expect(await page.getByLabel('Penilaian ditetapkan (final)').inputValue()).toBe('RINGKASAN');
    await page.getByLabel('Penilaian ditetapkan (final)').selectOption('SUREL');
    await page.getByRole('button', { name: 'Simpan pilihan' }).click();
    await expect.poll(main).toContain('Pilihan pemberitahuan disimpan.');
    await page.close();
  });

  it.each([
    ['360', PHONE],
    ['1280', DESKTOP],
  ] as const)('admin.bkd opens Surel keluar, and a wrong list of reminder days is refused at the field at %s px', async (w, viewport) => {
    const page = await newPage(browser, viewport);
    await signIn(page, 'admin.bkd');
    await page.goto(`${base()}/admin/surel`);
    const main = () => page.textContent('main').then((t) => t ?? '');
    expect(await main()).toContain('Surel keluar');
    await expectAccessible(page);
    expect(await tataLetak(page)).toEqual([]);
    await shot(page, `surel-admin-${w}`);
    const field = page.getByLabel('Kirim pengingat berapa hari sebelum batas waktu');
    await field.fill('7, besok');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect.poll(main).toContain('Isi angka hari 0–60');
    expect(await field.inputValue()).toBe('7, besok');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    expect(await tataLetak(page)).toEqual([]);
    await shot(page, `surel-admin-galat-${w}`);
    await page.close();
  });
});

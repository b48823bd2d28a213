/**
 * Evidence uploaded through the self-assessment page is downloadable by the employee and by
 * their supervisor, with the app's default UPLOAD_DIR (`.data/uploads`, see global-setup.ts):
 * the path a default `npm start` takes, where every download once answered 404.
 */
import fs from 'node:fs';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newPage, launch, signIn, base, DESKTOP } from './browser.js';
import { realPng } from '../helpers/files.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks a download link and returns the bytes the browser saved. */
async function download(page: Page, href: string): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.click(`a[href="${href}"]`)]);
  expect(await dl.failure()).toBeNull();
  return fs.readFileSync((await dl.path())!);
}

describe('evidence files with the default upload folder', () => {
  it('an employee uploads a PNG on the self-assessment page; the employee and the supervisor download the same bytes', async () => {
    const png = realPng(16, 16);
    // Each person in their own browser context (own cookies).
    const atasan = await newPage(browser, DESKTOP);
    const page = await newPage(browser, DESKTOP);
    page.on('dialog', (d) => void d.accept());

    // A team member whose appraisal was returned for revision (so still editable), found on the supervisor's list.
    await signIn(atasan, 'atasan.rujukan');
    await atasan.goto(`${base()}/tim?status=DIKEMBALIKAN`);
    const member = atasan
      .locator('main .staff-item')
      .filter({ hasText: /\d{8} ?\d{6} ?\d ?\d{3}/ })
      .first();
    const nip = ((await member.locator('.small').first().textContent()) ?? '').match(/(\d[\d ]{17,})/)![1]!.replace(/\D/g, '');
    expect(nip).toHaveLength(18);
    const timHref = (await member.locator('a[href^="/tim/penilaian/"]').getAttribute('href'))!;
    const penId = timHref.split('/').pop()!;

    await signIn(page, nip);
    await page.goto(`${base()}/penilaian/${penId}/diri`);
    await page.keyboard.press('Escape'); // a first-time walkthrough, if shown
    const form = page.locator(`form[action^="/penilaian/${penId}/iki/"][action$="/bukti"]`).first();
    await form.locator('xpath=ancestor::details[1]/summary').click();
    await form.locator('input[type="file"]').setInputFiles({ name: 'foto-kegiatan.png', mimeType: 'image/png', buffer: png });
    await form.locator('input[name="judul"]').fill('Foto kegiatan verifikasi');
    await Promise.all([page.waitForURL(new RegExp(`/penilaian/${penId}/diri`)), form.getByRole('button', { name: 'Unggah' }).click()]);
    expect(await page.textContent('main')).toContain('Foto kegiatan verifikasi');
    const link = page.locator(`a[href^="/berkas/penilaian/${penId}/bukti/"]`, { hasText: 'Foto kegiatan verifikasi' });
    const href = (await link.getAttribute('href'))!;
    expect(Buffer.compare(await download(page, href), png)).toBe(0);
    const own = await page.request.get(`${base()}${href}`);
    expect(own.status()).toBe(200);
    expect(own.headers()['content-type']).toBe('image/png');
    // The revised self-assessment goes back to the supervisor.
    await Promise.all([page.waitForURL(new RegExp(`/penilaian/${penId}$`)), page.click('button:has-text("Kirim ke atasan")')]);
    expect(await page.textContent('main')).toContain('Penilaian diri terkirim');
    await page.close();

    // The supervisor opens the rating page from the team list and downloads the evidence there.
    await atasan.goto(`${base()}/tim?status=DIKIRIM`);
    await atasan.click(`main a[href="${timHref}"]`);
    await atasan.waitForSelector('#form-nilai', { state: 'attached' });
    expect(await atasan.locator(`a[href="${href}"]`).count()).toBe(1);
    const sup = await atasan.request.get(`${base()}${href}`);
    expect(sup.status()).toBe(200);
    expect(Buffer.compare(await sup.body(), png)).toBe(0);
    expect(Buffer.compare(await download(atasan, href), png)).toBe(0);
    // Back to the employee for revision, as it was: other browser tests use a returned appraisal.
    await atasan.click('summary:has-text("Kembalikan ke pegawai untuk revisi")');
    await atasan.fill('#alasan-kembali', 'Bukti dukung sudah diterima; lengkapi penjelasan realisasi.');
    await Promise.all([atasan.waitForURL(/\/tim$/), atasan.click('form[action$="/kembalikan"] button')]);
    expect(await atasan.textContent('main')).toContain('dikembalikan ke pegawai');
    await atasan.close();
  });
});

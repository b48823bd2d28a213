import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newPage, launch, signIn, shot, expectAccessible, base, PHONE, DESKTOP, SHOTS } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Counts the clicks a person makes along a path (reported in the issue note). */
function counter(page: Page) {
  let n = 0;
  return {
    async click(sel: Parameters<Page['click']>[0]) {
      n += 1;
      await page.click(sel);
    },
    get count() {
      return n;
    },
  };
}

describe('the demo appraisal on a phone', () => {
  it('the staff member completes and submits the self-assessment at 360 px', async () => {
    const page = await newPage(browser, PHONE);
    page.on('dialog', (d) => void d.accept());
    await signIn(page, 'pegawai.rujukan');
    const c = counter(page);
    await c.click('text=Buka penilaian saya');
    await expect.poll(() => page.url()).toMatch(/\/penilaian\/\d+$/);
    await shot(page, 'penilaian-detail-360');
    await expectAccessible(page);
    await c.click('a:has-text("Isi penilaian diri")');
    await page.waitForSelector('#form-diri', { state: 'attached' });
    // First-time users get a short walkthrough; this person closes it (once it is open: on a busy
    // machine an Escape sent before the tour starts is lost and the tour then covers the save bar).
    await page.locator('.tur-kotak').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.tur-kotak').waitFor({ state: 'hidden' });
    const before = await page.textContent('[data-progress-text]');
    expect(before).toMatch(/dari \d+ isian wajib lengkap/);
    await shot(page, 'penilaian-diri-awal-360');
    await expectAccessible(page);

    // Fill every empty required field the way a person would: on a phone the form shows one
    // section or one competency at a time, with "Berikutnya" to the next.
    for (;;) {
      const textInputs = await page.$$('[form="form-diri"][data-wajib]:not([type="radio"])');
      for (const el of textInputs) {
        if ((await el.isVisible()) && (await el.inputValue()) === '') {
          const tag = await el.evaluate((e) => e.tagName);
          await el.fill(tag === 'TEXTAREA' ? 'Saya menyelesaikan tugas ini tepat waktu bersama tim puskesmas.' : '11');
        }
      }
      const groups = await page.$$eval('fieldset.level-group', (fs) =>
        fs.filter((f) => f.getClientRects().length > 0).map((f) => ({ id: f.id, checked: !!f.querySelector('input[data-wajib]:checked') })),
      );
      for (const g of groups.filter((x) => !x.checked)) {
        await c.click(`label[for="${g.id}-2"]`);
      }
      if (await page.locator('.langkah-nav [data-langkah-arah="1"]').isDisabled()) break;
      await c.click('.langkah-nav [data-langkah-arah="1"]');
    }
    await expect
      .poll(async () => (await page.textContent('[data-autosave-status]')) ?? '', { timeout: 15_000 })
      .toMatch(/Tersimpan \d{2}\.\d{2}/);
    const after = (await page.textContent('[data-progress-text]')) ?? '';
    const m = after.match(/(\d+)\s*dari\s*(\d+)/)!;
    expect(m[1]).toBe(m[2]);
    await shot(page, 'penilaian-diri-lengkap-360');
    // Reload: everything typed is on the server.
    await page.reload();
    expect((await page.textContent('[data-progress-text]'))?.replace(/\s+/g, ' ')).toContain(`${m[2]} dari ${m[2]}`);
    await c.click('button:has-text("Kirim ke atasan")');
    await page.waitForURL(/\/penilaian\/\d+$/);
    expect(await page.textContent('main')).toContain('Penilaian diri terkirim');
    await shot(page, 'penilaian-terkirim-360');
    console.log(`clicks: staff self-assessment = ${c.count} (+ typing)`);
    await page.close();
  });

  it('the supervisor rates it at 360 px, sees the predikat live, and finalises', async () => {
    const page = await newPage(browser, PHONE);
    page.on('dialog', (d) => void d.accept());
    await signIn(page, 'atasan.rujukan');
    const c = counter(page);
    await page.goto(`${base()}/tim?q=Dimas`);
    await shot(page, 'tim-360');
    await expectAccessible(page);
    await c.click('main .staff-item a.btn');
    await page.waitForSelector('#form-nilai', { state: 'attached' });
    for (const id of await page.$$eval('fieldset.level-group', (fs) => fs.map((f) => f.id))) {
      await c.click(`label[for="${id}-2"]`);
    }
    await c.click('label[for="f-ratingHasilKerja-SESUAI"]');
    await c.click('label[for="f-ratingPerilaku-DI_ATAS"]');
    await expect.poll(async () => (await page.textContent('[data-predikat]')) ?? '').toBe('Baik');
    await page.fill('#f-umpanBalik', 'Verifikasi rujukan konsisten. Tingkatkan penyampaian hasil analisis kepada puskesmas.');
    await expect.poll(async () => (await page.textContent('[data-autosave-status]')) ?? '', { timeout: 15_000 }).toMatch(/Tersimpan/);
    await shot(page, 'nilai-360');
    await expectAccessible(page);
    // The 360 results come with the stylesheet that draws their bars (issue 13 item 12): the partial
    // asks for it, whichever page includes it. On a phone the bar column is left out.
    const bar = page.locator('table.agregat-360 .skor-bar').first();
    expect(await bar.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('gradient');
    expect(await page.locator('table.agregat-360 tbody td:has(.skor-bar)').first().isVisible()).toBe(false);
    await page.setViewportSize(DESKTOP);
    expect(await bar.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(4);
    expect(await bar.evaluate((el) => el.parentElement!.getBoundingClientRect().width)).toBeGreaterThan(100);
    await page.locator('table.agregat-360').screenshot({ path: `${SHOTS}/nilai-360-agregat-${DESKTOP.width}.png` });
    await page.setViewportSize(PHONE);
    await c.click('button:has-text("Simpan nilai")');
    await page.waitForSelector('text=Penilaian tersimpan dengan predikat Baik');
    await c.click('button:has-text("Finalkan")');
    await page.waitForSelector('text=Penilaian difinalkan');
    console.log(`clicks: supervisor rating = ${c.count} (+ typing)`);
    await page.close();
  });

  it('the staff member reads the result and files an objection at 360 px', async () => {
    const page = await newPage(browser, PHONE);
    await signIn(page, 'pegawai.rujukan');
    const c = counter(page);
    await c.click('text=Buka penilaian saya');
    await page.waitForSelector('#hasil');
    const text = (await page.textContent('#hasil')) ?? '';
    expect(text).toContain('Baik');
    expect(text).toContain('Tingkatkan penyampaian');
    await shot(page, 'hasil-360');
    await expectAccessible(page);
    await c.click('summary:has-text("Ajukan keberatan")');
    await page.fill('#f-alasan', 'Hasil kerja saya melampaui target verifikasi rujukan; mohon ditinjau kembali.');
    await c.click('button:has-text("Kirim keberatan")');
    await page.waitForSelector('text=Keberatan Anda diajukan');
    expect(await page.textContent('#hasil')).toContain('Sedang diproses');
    console.log(`clicks: read result + objection = ${c.count} (+ typing)`);
    await page.close();
  });
});

/**
 * The self-assessment on a phone (issue 13, item 17): one section or one competency at a time,
 * the other levels' descriptions folded once a level is chosen, progress and autosave unchanged,
 * and the single page still there without JavaScript.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newPage, launch, signIn, shot, expectAccessible, base, PHONE, DESKTOP } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Before the stepper the demo self-assessment was 16,060 px tall at 360 px; a step is now a few screens. */
const TINGGI_MAKS_LANGKAH = 4_000;

/** A team member whose self-assessment was returned (so still editable): their NIP and appraisal id. */
async function pegawaiDikembalikan(): Promise<{ nip: string; penId: string }> {
  const atasan = await newPage(browser, DESKTOP);
  await signIn(atasan, 'atasan.rujukan');
  await atasan.goto(`${base()}/tim?status=DIKEMBALIKAN`);
  const member = atasan
    .locator('main .staff-item')
    .filter({ hasText: /\d{8} ?\d{6} ?\d ?\d{3}/ })
    .last();
  const nip = ((await member.locator('.small').first().textContent()) ?? '').match(/(\d[\d ]{17,})/)![1]!.replace(/\D/g, '');
  const penId = (await member.locator('a[href^="/tim/penilaian/"]').getAttribute('href'))!.split('/').pop()!;
  await atasan.context().close();
  return { nip, penId };
}

async function bukaDiri(viewport: { width: number; height: number }, opsi: { js?: boolean } = {}): Promise<{ page: Page; penId: string }> {
  const { nip, penId } = await pegawaiDikembalikan();
  const context = await browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta', javaScriptEnabled: opsi.js !== false });
  // Not a first visit: no walkthrough in the way.
  await context.addInitScript(() => localStorage.setItem('sikap.tur.penilaian-diri', 'selesai'));
  const page = await context.newPage();
  await signIn(page, nip);
  await page.goto(`${base()}/penilaian/${penId}/diri`);
  return { page, penId };
}

const tinggi = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
const posisi = async (page: Page) => ((await page.textContent('#langkah-posisi')) ?? '').replace(/\s+/g, ' ').trim();
const terlihat = (page: Page, selector: string) => page.$$eval(selector, (els) => els.filter((e) => e.getClientRects().length > 0).length);
const berikutnya = (page: Page) => page.getByRole('button', { name: 'Berikutnya', exact: true });
const sebelumnya = (page: Page) => page.getByRole('button', { name: 'Sebelumnya', exact: true });

/** The focused element is the heading of the step on screen, and it is in view. */
async function fokusDiJudul(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    if (!el || !el.hasAttribute('data-langkah-judul')) return `focus is on ${el?.tagName} ${el?.id}`;
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) return `heading out of view (${Math.round(r.top)})`;
    if (!el.getClientRects().length) return 'heading hidden';
    return el.textContent!.replace(/\s+/g, ' ').trim();
  });
}

describe('self-assessment one step at a time on a phone', () => {
  it('moves section by section and competency by competency; focus goes to the new heading; choices autosave and stay', async () => {
    const { page } = await bukaDiri(PHONE);
    const n = await page.locator('[data-langkah]').count();
    const nKomp = await page.locator('.komp-block[data-langkah]').count();
    expect(nKomp).toBeGreaterThan(1);
    expect(await posisi(page)).toBe(`Hasil kerja · langkah 1 dari ${n}`);
    expect(await terlihat(page, 'section#bag-hasil')).toBe(1);
    expect(await terlihat(page, 'section#bag-kompetensi, section#bag-perilaku')).toBe(0);
    expect(await sebelumnya(page).isDisabled()).toBe(true);
    const tinggiAwal = await tinggi(page);
    expect(tinggiAwal).toBeLessThan(TINGGI_MAKS_LANGKAH);
    await shot(page, 'diri-langkah-1-360');
    await expectAccessible(page);

    // By keyboard: Enter on "Berikutnya" shows the first competency and puts focus on its heading.
    await berikutnya(page).focus();
    await page.keyboard.press('Enter');
    expect(await posisi(page)).toBe(`Kompetensi 1 dari ${nKomp} · langkah 2 dari ${n}`);
    const judul1 = await fokusDiJudul(page);
    expect(judul1).not.toMatch(/^(focus is|heading)/);
    expect(await terlihat(page, '.komp-block')).toBe(1);
    expect(await page.getAttribute('.komp-block:not([hidden]) [data-langkah-judul]', 'aria-describedby')).toBe('langkah-posisi');

    // Choosing a level folds the other levels' descriptions; the chosen one stays; all can be shown.
    const fs = page.locator('.komp-block:not([hidden]) fieldset.level-group');
    const fsId = (await fs.getAttribute('id'))!;
    const sekarang = await page.$eval(`#${fsId}`, (f) => (f.querySelector('input:checked') as HTMLInputElement | null)?.value ?? '');
    const pilih = sekarang === '3' ? '2' : '3';
    await page.click(`label[for="${fsId}-${pilih}"]`);
    expect(await terlihat(page, `#${fsId} .level-deskripsi`)).toBe(1);
    expect(await page.locator(`#${fsId}-${pilih}`).locator('xpath=..').locator('.level-deskripsi').isVisible()).toBe(true);
    const tombol = page.locator(`#${fsId} .level-uraian-tombol`);
    expect(await tombol.getAttribute('aria-expanded')).toBe('false');
    await tombol.click();
    expect(await tombol.getAttribute('aria-expanded')).toBe('true');
    expect(await terlihat(page, `#${fsId} .level-deskripsi`)).toBe(5);
    await tombol.click();
    expect(await terlihat(page, `#${fsId} .level-deskripsi`)).toBe(1);
    await expect
      .poll(async () => (await page.textContent('[data-autosave-status]')) ?? '', { timeout: 15_000 })
      .toMatch(/Tersimpan \d{2}\.\d{2}/);
    expect(await page.textContent('[data-progress-text]')).toMatch(/\d+\s*dari\s*\d+ isian wajib lengkap/);
    await shot(page, 'diri-kompetensi-dipilih-360');
    await expectAccessible(page);

    // Every step fits a few screens; the last one has no "Berikutnya".
    let tertinggi = tinggiAwal;
    for (let i = 3; i <= n; i++) {
      await berikutnya(page).click();
      const p = await posisi(page);
      expect(p).toContain(`langkah ${i} dari ${n}`);
      if (i <= nKomp + 1) expect(p).toContain(`Kompetensi ${i - 1} dari ${nKomp}`);
      expect(await fokusDiJudul(page)).not.toMatch(/^(focus is|heading)/);
      tertinggi = Math.max(tertinggi, await tinggi(page));
    }
    expect(await posisi(page)).toBe(`Perilaku kerja BerAKHLAK · langkah ${n} dari ${n}`);
    expect(await berikutnya(page).isDisabled()).toBe(true);
    expect(tertinggi).toBeLessThan(TINGGI_MAKS_LANGKAH);
    console.log(`self-assessment at 360 px: first step ${tinggiAwal} px, tallest step ${tertinggi} px (${n} steps)`);

    // After a reload the same step is shown, and the level chosen above was saved.
    await page.reload();
    expect(await posisi(page)).toBe(`Perilaku kerja BerAKHLAK · langkah ${n} dari ${n}`);
    expect(await page.isChecked(`#${fsId}-${pilih}`)).toBe(true);
    // A section link shows its first step.
    await page.click('.section-nav a[href="#bag-kompetensi"]');
    expect(await posisi(page)).toBe(`Kompetensi 1 dari ${nKomp} · langkah 2 dari ${n}`);
    expect(await terlihat(page, `#${fsId} .level-deskripsi`)).toBe(1);
    await sebelumnya(page).click();
    expect(await fokusDiJudul(page)).toBe('1. Hasil kerja');
    await page.context().close();
  }, 120_000);

  it('an error in a step that is not shown: the page opens at that step and the summary link leads back to it', async () => {
    const { page } = await bukaDiri(PHONE);
    const realisasi = page.locator('#bag-hasil input[inputmode="decimal"][data-wajib]').first();
    const key = (await realisasi.getAttribute('name'))!;
    const semula = await realisasi.inputValue();
    await realisasi.fill('banyak sekali');
    await berikutnya(page).click();
    await berikutnya(page).click();
    expect(await realisasi.isVisible()).toBe(false);
    await Promise.all([page.waitForEvent('framenavigated'), page.getByRole('button', { name: 'Simpan', exact: true }).click()]);
    await page.waitForLoadState('load');
    // Refused: the summary has focus, the step with the field is shown, the typed text is kept.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ringkasan-galat');
    expect(await posisi(page)).toMatch(/^Hasil kerja/);
    expect(await page.inputValue(`#f-${key}`)).toBe('banyak sekali');
    expect(await page.getAttribute(`#f-${key}`, 'aria-invalid')).toBe('true');
    // Elsewhere in the form, the summary link brings the field back and focuses it.
    await page.click('.section-nav a[href="#bag-perilaku"]');
    expect(await posisi(page)).toMatch(/^Perilaku kerja BerAKHLAK/);
    await page.click(`#ringkasan-galat a[href="#f-${key}"]`);
    expect(await posisi(page)).toMatch(/^Hasil kerja/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`f-${key}`);
    expect(await page.isVisible(`[data-error-for="${key}"]`)).toBe(true);
    await shot(page, 'diri-galat-langkah-360');
    // Leave the stored value as it was.
    await page.fill(`#f-${key}`, semula);
    await expect.poll(async () => (await page.textContent('[data-autosave-status]')) ?? '', { timeout: 15_000 }).toMatch(/Tersimpan/);
    await page.context().close();
  }, 90_000);

  it('the tour shows the part it talks about and gives the page back where it was', async () => {
    const { page } = await bukaDiri(PHONE);
    await page.getByRole('button', { name: 'Tur singkat' }).click();
    const tur = page.locator('.tur-kotak');
    await tur.getByRole('button', { name: 'Berikutnya' }).click(); // 2: Hasil kerja
    await tur.getByRole('button', { name: 'Berikutnya' }).click(); // 3: Kompetensi
    expect(await page.locator('#bag-kompetensi').isVisible()).toBe(true);
    await tur.getByRole('button', { name: 'Berikutnya' }).click(); // 4: BerAKHLAK
    expect(await page.locator('#bag-perilaku').isVisible()).toBe(true);
    await tur.getByRole('button', { name: 'Tutup' }).click();
    expect(await posisi(page)).toMatch(/^Hasil kerja/);
    await page.context().close();
  });

  it('without JavaScript the self-assessment is one page with every section; with it, "all sections" is a switch', async () => {
    const { page } = await bukaDiri(PHONE, { js: false });
    expect(await terlihat(page, 'section#bag-hasil, section#bag-kompetensi, section#bag-perilaku')).toBe(3);
    expect(await page.locator('.langkah-nav').count()).toBe(0);
    const nKomp = await page.locator('fieldset.level-group').count();
    expect(await terlihat(page, 'fieldset.level-group')).toBe(nKomp);
    // Every level's description is there to read.
    expect(await terlihat(page, '.level-deskripsi')).toBe(await page.locator('.level-deskripsi').count());
    console.log(`self-assessment at 360 px without JavaScript: ${await tinggi(page)} px`);
    await page.context().close();

    const js = await bukaDiri(PHONE);
    await js.page.getByRole('button', { name: 'Tampilkan semua bagian dalam satu halaman' }).click();
    expect(await terlihat(js.page, 'section#bag-hasil, section#bag-kompetensi, section#bag-perilaku')).toBe(3);
    expect(await js.page.locator('.langkah-nav').isVisible()).toBe(false);
    console.log(`self-assessment at 360 px, one page with JavaScript (chosen levels folded): ${await tinggi(js.page)} px`);
    await js.page.reload();
    expect(await terlihat(js.page, 'section#bag-hasil, section#bag-kompetensi, section#bag-perilaku')).toBe(3);
    await js.page.getByRole('button', { name: 'Isi satu bagian demi satu bagian' }).click();
    expect(await terlihat(js.page, 'section#bag-kompetensi, section#bag-perilaku')).toBe(0);
    expect(await fokusDiJudul(js.page)).toBe('1. Hasil kerja');
    await js.page.context().close();
  }, 90_000);

  it('on a wide screen the page stays whole by default, with the folded level descriptions', async () => {
    const { page } = await bukaDiri(DESKTOP);
    expect(await terlihat(page, 'section#bag-hasil, section#bag-kompetensi, section#bag-perilaku')).toBe(3);
    expect(await page.getByRole('button', { name: 'Isi satu bagian demi satu bagian' }).isVisible()).toBe(true);
    const dipilih = await page.$$eval(
      'fieldset.level-group',
      (fs) => fs.filter((f) => f.querySelector('input[data-wajib]:checked')).length,
    );
    const belum = (await page.locator('fieldset.level-group').count()) - dipilih;
    // One description per chosen group, five per group not chosen yet.
    expect(await terlihat(page, '.level-deskripsi')).toBe(dipilih + belum * 5);
    await shot(page, 'diri-1280');
    await page.context().close();
  });
});

/**
 * Error messages the user can see (issue 13, items 8 and 9). The rule for every form: the error
 * summary is where the page lands (or focus moves to it), each message sits next to its field,
 * and a folded section that holds an error opens.
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

/** Whether the element is on screen (not scrolled away, not under the sticky save bar). */
async function diLayar(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    const bar = document.querySelector('.save-bar');
    const bawah = bar ? bar.getBoundingClientRect().top : window.innerHeight;
    return (
      r.width > 0 &&
      r.height > 0 &&
      r.top >= -1 &&
      r.bottom <= bawah + 1 &&
      r.left >= -1 &&
      r.right <= document.documentElement.clientWidth + 1
    );
  });
}

/** The field's message: what aria-describedby points at, as long as it is visible. */
async function pesanDi(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => {
    const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids
      .map((id) => document.getElementById(id))
      .filter((m): m is HTMLElement => !!m && m.getClientRects().length > 0)
      .map((m) => m.textContent!.trim())
      .join(' ');
  });
}

const fokusId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Clicks a submit button and waits for the answer page (also when it has the same URL). */
async function kirim(page: Page, klik: () => Promise<void>): Promise<void> {
  await Promise.all([page.waitForEvent('framenavigated'), klik()]);
  await page.waitForLoadState('load');
}

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

describe('calibration board: a predikat changed without a reason (item 8)', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`the message is at the reason box, the choice stays, and the user lands there (${viewport.width} px)`, async () => {
      const page = await newPage(browser, viewport);
      await signIn(page, 'kadis.kesehatan');
      await page.goto(`${base()}/kalibrasi`);
      await Promise.all([page.waitForURL(/\/kalibrasi\/\d+\/\d+/), page.locator('main table a').first().click()]);
      const select = page.locator('select[data-asal]').nth(1);
      const id = (await select.getAttribute('name'))!.slice(2);
      const asal = (await select.getAttribute('data-asal'))!;
      const baru = asal === 'SANGAT_BAIK' ? 'BAIK' : 'SANGAT_BAIK';
      await select.selectOption(baru);
      const alasan = `#f-a_${id}`;
      // A reason box, not a one-line input.
      expect(Number(await page.getAttribute(alasan, 'rows'))).toBeGreaterThanOrEqual(2);
      await page.getByRole('button', { name: 'Simpan perubahan predikat' }).click();

      // Still on the board, nothing sent; the user is at the box and reads the message there.
      expect(await fokusId(page)).toBe(`f-a_${id}`);
      expect(await page.getAttribute(alasan, 'aria-invalid')).toBe('true');
      expect(await pesanDi(page, alasan)).toContain('Tulis alasan perubahan predikat');
      expect(await diLayar(page, alasan)).toBe(true);
      expect(await diLayar(page, `#f-a_${id}-galat`)).toBe(true);
      expect(await select.inputValue()).toBe(baru);
      await shot(page, `kalibrasi-tanpa-alasan-${viewport.width}`);
      await expectAccessible(page);

      // Typing a reason clears the message.
      await page.fill(alasan, 'Terlalu singkat');
      expect(await page.getAttribute(alasan, 'aria-invalid')).toBeNull();
      await page.context().close();
    });
  }

  it('without JavaScript the refused page keeps the choice and the typed reason and shows the message at the box', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, locale: 'id-ID' });
    const page = await context.newPage();
    await signIn(page, 'kadis.kesehatan');
    await page.goto(`${base()}/kalibrasi`);
    await Promise.all([page.waitForURL(/\/kalibrasi\/\d+\/\d+/), page.locator('main table a').first().click()]);
    await page.goto(`${page.url()}?urut=predikat`);
    const select = page.locator('select[data-asal]').nth(1);
    const id = (await select.getAttribute('name'))!.slice(2);
    const baru = (await select.getAttribute('data-asal')) === 'SANGAT_BAIK' ? 'BAIK' : 'SANGAT_BAIK';
    await select.selectOption(baru);
    await page.fill(`#f-a_${id}`, 'Singkat');
    await kirim(page, () => page.getByRole('button', { name: 'Simpan perubahan predikat' }).click());
    expect(await page.locator('#ringkasan-galat').count()).toBe(1);
    expect(await page.getAttribute('#ringkasan-galat a', 'href')).toBe(`#f-a_${id}`);
    expect(await page.locator(`#f-p_${id}`).inputValue()).toBe(baru);
    expect(await page.inputValue(`#f-a_${id}`)).toBe('Singkat');
    expect(await pesanDi(page, `#f-a_${id}`)).toContain('minimal 10 karakter');
    // The same sort order as before, so the row is where the user left it.
    expect(await page.getAttribute('th[aria-sort="ascending"] a', 'href')).toContain('urut=predikat');
    await context.close();
  });
});

describe('self-assessment evidence refused (item 9)', () => {
  it('a file of the wrong type: the page lands on the summary, the upload form is open with the message at the file field', async () => {
    const { nip, penId } = await pegawaiDikembalikan();
    const page = await newPage(browser, PHONE);
    await page.context().addInitScript(() => localStorage.setItem('sikap.tur.penilaian-diri', 'selesai'));
    await signIn(page, nip);
    await page.goto(`${base()}/penilaian/${penId}/diri`);
    const form = page.locator(`form[action^="/penilaian/${penId}/iki/"][action$="/bukti"]`).first();
    const ikiId = (await form.getAttribute('action'))!.split('/')[4]!;
    await form.locator('xpath=ancestor::details[1]/summary').click();
    await form
      .locator('input[type="file"]')
      .setInputFiles({ name: 'laporan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('ini bukan PDF, hanya teks') });
    await form.locator('input[name="judul"]').fill('Laporan bulanan Maret');
    await kirim(page, () => form.getByRole('button', { name: 'Unggah' }).click());

    // Lands on the summary (focused, on screen), which names the problem and links to the field.
    expect(await fokusId(page)).toBe('ringkasan-galat');
    expect(await diLayar(page, '#ringkasan-galat')).toBe(true);
    expect(await page.textContent('#ringkasan-galat')).toContain('Jenis berkas tidak diizinkan');
    await shot(page, 'unggah-ditolak-360');
    // The folded form is open, the message is at the file field, the typed description is kept.
    const berkas = `#berkas-${ikiId}`;
    expect(await page.$eval(berkas, (el) => el.closest('details')!.open)).toBe(true);
    expect(await page.getAttribute(berkas, 'aria-invalid')).toBe('true');
    expect(await pesanDi(page, berkas)).toContain('Jenis berkas tidak diizinkan');
    expect(await page.inputValue(`#judul-${ikiId}`)).toBe('Laporan bulanan Maret');
    await expectAccessible(page);
    // The summary link takes the user to the field, with its message in view.
    await page.click('#ringkasan-galat a');
    expect(await fokusId(page)).toBe(`berkas-${ikiId}`);
    expect(await diLayar(page, `${berkas}-galat`)).toBe(true);
    await shot(page, 'unggah-ditolak-medan-360');

    // A link the server refuses: the same, at the link field.
    const tautan = page.locator(`form[action="/penilaian/${penId}/iki/${ikiId}/tautan"]`);
    await tautan.locator('input[name="url"]').fill('ftp://arsip.contoh.go.id/laporan');
    await kirim(page, () => tautan.getByRole('button', { name: 'Tambah tautan' }).click());
    expect(await fokusId(page)).toBe('ringkasan-galat');
    expect(await page.$eval(`#url-${ikiId}`, (el) => el.closest('details')!.open)).toBe(true);
    expect(await pesanDi(page, `#url-${ikiId}`)).toContain('http:// atau https://');
    expect(await page.inputValue(`#url-${ikiId}`)).toBe('ftp://arsip.contoh.go.id/laporan');
    await page.context().close();
  });

  it('without JavaScript the summary is in view where the page opens', async () => {
    const { nip, penId } = await pegawaiDikembalikan();
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, locale: 'id-ID' });
    const page = await context.newPage();
    await signIn(page, nip);
    await page.goto(`${base()}/penilaian/${penId}/diri`);
    const form = page.locator(`form[action^="/penilaian/${penId}/iki/"][action$="/bukti"]`).first();
    await form.locator('xpath=ancestor::details[1]/summary').click();
    await form
      .locator('input[type="file"]')
      .setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('bukan gambar') });
    await kirim(page, () => form.getByRole('button', { name: 'Unggah' }).click());
    expect(await diLayar(page, '#ringkasan-galat')).toBe(true);
    expect(
      await page.$eval(
        `form[action^="/penilaian/${penId}/iki/"][action$="/bukti"] input[type="file"]`,
        (el) => el.closest('details')!.open,
      ),
    ).toBe(true);
    await context.close();
  });
});

describe('the same rule on other forms with folded sections', () => {
  it('an objection refused on the result page: the summary is where the page lands, the form stays open with the text', async () => {
    const { nip } = await pegawaiDikembalikan();
    const page = await newPage(browser, PHONE);
    await signIn(page, nip);
    // Last year's final result (the current year's appraisal is the one being revised).
    await page.goto(`${base()}/penilaian`);
    const hrefs = await page.$$eval('main a[href^="/penilaian/"]', (as) => as.map((a) => a.getAttribute('href')!));
    const lalu = hrefs.filter((h) => /^\/penilaian\/\d+$/.test(h)).pop()!;
    await page.goto(`${base()}${lalu}`);
    await page.click('summary:has-text("Ajukan keberatan")');
    await page.fill('#f-alasan', 'Kurang');
    await kirim(page, () => page.getByRole('button', { name: 'Kirim keberatan' }).click());
    expect(await fokusId(page)).toBe('ringkasan-galat');
    expect(await diLayar(page, '#ringkasan-galat')).toBe(true);
    expect(await page.getAttribute('#ringkasan-galat a', 'href')).toBe('#f-alasan');
    expect(await page.$eval('#f-alasan', (el) => el.closest('details')!.open)).toBe(true);
    expect(await pesanDi(page, '#f-alasan')).toContain('minimal 10 karakter');
    expect(await page.inputValue('#f-alasan')).toBe('Kurang');
    await page.click('#ringkasan-galat a');
    expect(await fokusId(page)).toBe('f-alasan');
    await page.context().close();
  });

  it('a refused "Kembalikan" on the rating page: the summary first, its folded form open with the reason kept', async () => {
    const page = await newPage(browser, PHONE);
    await signIn(page, 'atasan.rujukan');
    await page.goto(`${base()}/tim?status=DIKIRIM`);
    await Promise.all([
      page.waitForURL(/\/tim\/penilaian\/\d+$/),
      page.locator('main .staff-item a[href^="/tim/penilaian/"]').last().click(),
    ]);
    await page.click('summary:has-text("Kembalikan ke pegawai")');
    await page.fill('#alasan-kembali', 'Kurang');
    await kirim(page, () => page.getByRole('button', { name: 'Kembalikan', exact: true }).click());
    expect(await fokusId(page)).toBe('ringkasan-galat');
    expect(await diLayar(page, '#ringkasan-galat')).toBe(true);
    expect(await page.$eval('#alasan-kembali', (el) => el.closest('details')!.open)).toBe(true);
    expect(await page.inputValue('#alasan-kembali')).toBe('Kurang');
    expect(await pesanDi(page, '#alasan-kembali')).toContain('minimal 10 karakter');
    await page.click('#ringkasan-galat a');
    expect(await fokusId(page)).toBe('alasan-kembali');
    expect(await diLayar(page, '#alasan-kembali')).toBe(true);
    await page.context().close();
  });
});

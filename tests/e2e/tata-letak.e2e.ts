/**
 * Phone and desktop layout (issue 13, items 10–16): the header on one line at 1280 px and a menu
 * on a phone, by mouse and by keyboard; report filters, the period page, the employee dashboard and
 * the calibration board's spread table. (Every page wider than the screen at 360 px, and the
 * document at 360 px, are caught by the accessibility sweep in a11y.e2e.ts.)
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newPage, launch, signIn, signOut, shot, expectAccessible, tataLetak, base, PHONE, DESKTOP } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const ROLES = ['admin.bkd', 'kadis.kesehatan', 'atasan.rujukan', 'pegawai.rujukan'] as const;

/** The header's pieces that must share one line, with their boxes and whether their text is cut. */
async function kepala(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('header.app-header')!;
    const parts = Array.from(header.querySelectorAll('.navbar-brand, #nav-utama .navbar-nav > li > .nav-link, #nav-utama .badge')).filter(
      (el) => el.getClientRects().length,
    );
    return {
      height: Math.round(header.getBoundingClientRect().height),
      parts: parts.map((el) => {
        const r = el.getBoundingClientRect();
        return {
          text: (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
          top: Math.round(r.top),
          bottom: Math.round(r.bottom),
          cut: el.scrollWidth > el.clientWidth + 1,
        };
      }),
    };
  });
}

describe('header (item 13)', () => {
  for (const username of ROLES) {
    it(`${username}: one line at ${DESKTOP.width}px, nothing cut, the full name in the account menu`, async () => {
      const page = await newPage(browser, DESKTOP);
      await signIn(page, username);
      const k = await kepala(page);
      const middle = (p: { top: number; bottom: number }) => (p.top + p.bottom) / 2;
      const m0 = middle(k.parts[0]!);
      // Every item (and the notification badge) sits on the brand's line; nothing is ellipsised.
      expect(k.parts.filter((p) => Math.abs(middle(p) - m0) > 6).map((p) => p.text)).toEqual([]);
      expect(k.parts.filter((p) => p.cut).map((p) => p.text)).toEqual([]);
      expect(k.height).toBeLessThan(70);
      await page.locator('#menu-akun').click();
      const menu = page.locator('#menu-akun + .dropdown-menu');
      await menu.waitFor();
      const nama = await page.evaluate(() => document.querySelector('.header-user-info .fw-semibold')!.textContent!.trim());
      expect(nama.length).toBeGreaterThan(3);
      expect(await menu.getByRole('link', { name: 'Profil saya' }).isVisible()).toBe(true);
      expect(await menu.getByRole('link', { name: 'Ganti kata sandi' }).isVisible()).toBe(true);
      expect(
        await page.evaluate(() => {
          const el = document.querySelector('.header-user-info .fw-semibold')!;
          return el.scrollWidth <= el.clientWidth + 1;
        }),
      ).toBe(true);
      await shot(page, `tata-letak-kepala-${username}-${DESKTOP.width}`);
      await expectAccessible(page);
      await page.keyboard.press('Escape');
      await signOut(page);
      await page.close();
    });
  }

  it('a supervisor opens Tim saya and signs out by keyboard alone at 1280 px', async () => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, 'atasan.rujukan');
    // Tab to the Penilaian menu, open it with Enter, arrow down to Tim saya.
    for (let i = 0; i < 15 && !(await page.evaluate(() => document.activeElement?.id === 'menu-penilaian')); i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('menu-penilaian');
    await page.keyboard.press('Enter');
    await page.locator('#menu-penilaian[aria-expanded="true"]').waitFor();
    let teks = '';
    for (let i = 0; i < 5 && teks !== 'Tim saya'; i++) {
      await page.keyboard.press('ArrowDown');
      teks = await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim());
    }
    expect(teks).toBe('Tim saya');
    // Escape closes the menu and gives focus back to its button.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('menu-penilaian');
    expect(await page.locator('#menu-penilaian').getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown');
    await page.locator('#menu-penilaian[aria-expanded="true"]').waitFor();
    for (let i = 0; i < 5 && (await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim())) !== 'Tim saya'; i++)
      await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/\/tim$/), page.keyboard.press('Enter')]);
    // The open group is marked as the current place.
    expect(await page.locator('#menu-penilaian').getAttribute('class')).toContain('active');
    expect(await page.locator('#menu-penilaian + .dropdown-menu a[aria-current="page"]').textContent()).toBe('Tim saya');
    // The account menu: Tab to it, open, Keluar is the last item.
    for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.id === 'menu-akun')); i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('menu-akun');
    await page.keyboard.press('Enter');
    await page.locator('#menu-akun[aria-expanded="true"]').waitFor();
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim())).toBe('Keluar');
    await Promise.all([page.waitForURL(/\/masuk/), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('on a 360 px phone the header is a menu: groups and the account menu open inside it', async () => {
    const page = await newPage(browser, PHONE);
    await signIn(page, 'kadis.kesehatan');
    expect(await page.locator('#nav-utama').isVisible()).toBe(false);
    await page.locator('.navbar-toggler').click();
    await page.locator('#nav-utama.show:not(.collapsing)').waitFor();
    await page.locator('#menu-laporan').click();
    await page.locator('#menu-laporan + .dropdown-menu').getByRole('link', { name: 'Kalibrasi' }).waitFor();
    expect(await tataLetak(page)).toEqual([]);
    await shot(page, `tata-letak-menu-${PHONE.width}`);
    await Promise.all([
      page.waitForURL(/\/kalibrasi$/),
      page.locator('#menu-laporan + .dropdown-menu').getByRole('link', { name: 'Kalibrasi' }).click(),
    ]);
    await signOut(page);
    await page.close();
  });
});

describe('pages at 1280 px', () => {
  it('report filters show the whole name of every period and unit (item 14)', async () => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, 'admin.bkd');
    for (const bagian of ['progres', 'distribusi', 'penilai', 'kompetensi']) {
      await page.goto(`${base()}/laporan/${bagian}`);
      const terpotong = await page.evaluate(() => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        const out: string[] = [];
        for (const name of ['periode', 'unit']) {
          const sel = document.querySelector<HTMLSelectElement>(`.filter-laporan select[name="${name}"]`)!;
          const cs = getComputedStyle(sel);
          ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
          const ruang = sel.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
          for (const o of Array.from(sel.options))
            if (ctx.measureText(o.text).width > ruang)
              out.push(`${name}: "${o.text}" (${Math.ceil(ctx.measureText(o.text).width)} px in ${Math.floor(ruang)} px)`);
        }
        return out;
      });
      expect(terpotong, bagian).toEqual([]);
      expect(await tataLetak(page), bagian).toEqual([]);
    }
    await page
      .locator('.filter-laporan')
      .screenshot({ path: `${process.cwd()}/screenshots/tata-letak-filter-laporan-${DESKTOP.width}.png` });
    await page.close();
  });

  it("the period page's per-unit deadline form keeps 'Simpan' whole (item 15)", async () => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, 'admin.bkd');
    await page.goto(`${base()}/admin/periode`);
    const href = await page.locator('main a[href^="/admin/periode/"]').filter({ hasText: /2026/ }).first().getAttribute('href');
    await page.goto(`${base()}${href}`);
    const tombol = page.locator('#batas-unit form button[type="submit"]', { hasText: 'Simpan' });
    const tinggi = await tombol.evaluate((b) => {
      const lh = parseFloat(getComputedStyle(b).lineHeight);
      return {
        h: b.getBoundingClientRect().height,
        satu: lh + parseFloat(getComputedStyle(b).paddingTop) + parseFloat(getComputedStyle(b).paddingBottom) + 2,
      };
    });
    expect(tinggi.h).toBeLessThanOrEqual(tinggi.satu + 1);
    expect(await tataLetak(page)).toEqual([]);
    await page.close();
  });

  it("the employee's dashboard lays its cards out in two columns (item 16)", async () => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, 'pegawai.rujukan');
    const kotak = await page.$$eval('main .row > section > .card', (cs) =>
      cs.map((c) => {
        const r = c.getBoundingClientRect();
        return { left: Math.round(r.left), top: Math.round(r.top), width: Math.round(r.width) };
      }),
    );
    const main = await page.$eval('main', (m) => {
      const r = m.getBoundingClientRect();
      const cs = getComputedStyle(m);
      return { left: r.left + parseFloat(cs.paddingLeft), width: r.width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) };
    });
    expect(kotak.length).toBeGreaterThanOrEqual(2);
    // The first two cards share a row, one in each half of the page.
    expect(kotak[0]!.top).toBe(kotak[1]!.top);
    expect(kotak[1]!.left).toBeGreaterThan(main.left + main.width / 2 - 20);
    await shot(page, `tata-letak-beranda-pegawai-${DESKTOP.width}`);
    await page.close();
  });
});

describe('pages at 360 px', () => {
  it("the calibration board's spread table shows count, share, bounds and state without scrolling (item 10)", async () => {
    const page = await newPage(browser, PHONE);
    await signIn(page, 'kadis.kesehatan');
    await page.goto(`${base()}/kalibrasi`);
    await Promise.all([page.waitForURL(/\/kalibrasi\/\d+\/\d+/), page.locator('main a[href^="/kalibrasi/"]').first().click()]);
    const region = page.locator('#t-sebaran').locator('xpath=..');
    const { sw, cw } = await region.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
    expect(sw).toBeLessThanOrEqual(cw);
    const baris = await page.$$eval('#t-sebaran tbody tr', (trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ')));
    for (const b of baris) expect(b).toMatch(/\d+ \(\d+(,\d+)?%\).*batas/);
    expect(await tataLetak(page)).toEqual([]);
    await page.locator('#t-sebaran').screenshot({ path: `${process.cwd()}/screenshots/tata-letak-sebaran-${PHONE.width}.png` });
    await page.close();
  });
});

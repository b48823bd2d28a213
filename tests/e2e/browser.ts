import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { inject, expect } from 'vitest';
import { generate } from 'otplib';
import { DEMO_TOTP_RAHASIA } from '../../src/db/seed/dua-faktor.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = path.resolve('screenshots');

export async function launch(): Promise<Browser> {
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const base = () => inject('baseUrl');
export const password = () => inject('demoPassword');

export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 900 };

export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${base()}/masuk`);
  await page.getByLabel('NIP atau nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password());
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(/\/(beranda|profil|penilaian|tim|masuk\/kode)/);
  if (new URL(page.url()).pathname === '/masuk/kode') await kodeTotp(page);
}

/**
 * The demo admin.bkd's second step: the code from the demo secret (what `npm run demo:totp`
 * prints). A code is accepted once per 30-second step, so a sign-in soon after another uses the
 * next step's code, and after that waits for the step to change.
 */
export async function kodeTotp(page: Page): Promise<void> {
  for (let i = 0; i < 4; i++) {
    const now = Date.now() + (i % 2) * 30_000;
    await page.getByLabel('Kode verifikasi').fill(await generate({ secret: DEMO_TOTP_RAHASIA, epoch: Math.floor(now / 1000) }));
    await page.getByRole('button', { name: 'Lanjutkan' }).click();
    await page.waitForLoadState('load');
    if (new URL(page.url()).pathname !== '/masuk/kode') return;
    if (i === 1) await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 200);
  }
  throw new Error('Kode TOTP demo ditolak');
}

export async function signOut(page: Page): Promise<void> {
  const toggler = page.locator('.navbar-toggler');
  if (await toggler.isVisible()) {
    await toggler.click();
    // The phone menu slides open; click only once it has finished (a click mid-animation can miss).
    await page.locator('#nav-utama.show:not(.collapsing)').waitFor();
  }
  // 'Keluar' is in the account menu (the person's name in the header); open it (again, should
  // something have closed it before the click landed on a busy machine).
  const keluar = page.getByRole('button', { name: 'Keluar' });
  await expect
    .poll(
      async () => {
        if (!(await keluar.isVisible())) await page.locator('#menu-akun').click();
        return keluar.isVisible();
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  await Promise.all([page.waitForURL(/\/masuk/), keluar.click()]);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** axe-core over the page: no serious or critical WCAG 2.x A/AA violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
}

/**
 * Layout faults at the page's current viewport (issue 13), as readable lines; [] when none:
 * - the page is wider than the viewport (sideways scroll), naming the elements that stick out;
 * - a box that scrolls sideways but is not a keyboard-focusable, labelled region
 *   (tabindex="0", role="region", aria-labelledby/aria-label) — the one allowed way to be wide;
 * - a button whose label breaks in the middle of a word.
 */
export async function tataLetak(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const de = document.documentElement;
    const vw = Math.min(window.innerWidth, de.clientWidth);
    const desc = (el: Element) => {
      const cls = Array.from(el.classList).slice(0, 4).join('.');
      const text = ((el as HTMLElement).innerText || el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls}` : ''}${text ? ` "${text}"` : ''}`;
    };
    const clipsX = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
    /** Whether an ancestor clips el sideways (an absolutely placed box escapes the unpositioned ones on its way up). */
    const clipped = (el: Element) => {
      let pos = getComputedStyle(el).position;
      for (let a = el.parentElement; pos !== 'fixed' && a && a !== document.body && a !== de; a = a.parentElement) {
        const cs = getComputedStyle(a);
        // Only its containing block (the nearest positioned ancestor) can clip an absolute box.
        if (pos === 'absolute' && cs.position === 'static') continue;
        if (cs.overflowX !== 'visible') return true;
        pos = cs.position;
      }
      return pos === 'fixed';
    };
    if (de.scrollWidth > vw) {
      const wide = Array.from(document.body.querySelectorAll('*')).filter((el) => {
        const r = el.getBoundingClientRect();
        return r.right > vw + 0.5 && r.width > 0 && !clipped(el);
      });
      // The outermost ones say where to look.
      const top = wide.filter((el) => !wide.some((o) => o !== el && o.contains(el)));
      const what = top.slice(0, 3).map((el) => {
        const r = el.getBoundingClientRect();
        return `${desc(el)} [${Math.round(r.left)}–${Math.round(r.right)} px]`;
      });
      out.push(
        `page is ${de.scrollWidth} px wide at ${vw} px: ${what.join('; ') || '(no element found)'}${top.length > 3 ? ` (+${top.length - 3})` : ''}`,
      );
    }
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.matches('textarea, input, select') || !clipsX(el)) continue;
      const ox = getComputedStyle(el).overflowX;
      if ((ox !== 'auto' && ox !== 'scroll') || el.scrollWidth <= el.clientWidth + 1) continue;
      const label =
        el.getAttribute('aria-label') ||
        (el.getAttribute('aria-labelledby') || '')
          .split(/\s+/)
          .map((id: string) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
      const missing = [
        el.getAttribute('tabindex') === '0' ? '' : 'tabindex="0"',
        el.getAttribute('role') === 'region' ? '' : 'role="region"',
        label.trim() ? '' : 'a label',
      ].filter(Boolean);
      if (missing.length)
        out.push(`scrolls sideways (${el.scrollWidth} in ${el.clientWidth} px) without ${missing.join(', ')}: ${desc(el)}`);
    }
    for (const b of Array.from(document.querySelectorAll('button, .btn'))) {
      if (!b.getClientRects().length) continue;
      const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (n.parentElement?.closest('.visually-hidden')) continue;
        for (const m of n.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const lines = new Set(
            Array.from(range.getClientRects())
              .filter((r) => r.width > 0)
              .map((r) => Math.round(r.top)),
          );
          if (lines.size > 1) out.push(`button breaks the word "${m[0]}": ${desc(b)}`);
        }
      }
    }
    return out;
  });
}

/** axe needs pages from an explicit context. */
export async function newPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  return context.newPage();
}

import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { inject, expect } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = path.resolve('screenshots');

export async function launch(): Promise<Browser> {
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
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
  await page.waitForURL(/\/(beranda|profil|penilaian|tim)/);
}

export async function signOut(page: Page): Promise<void> {
  const toggler = page.locator('.navbar-toggler');
  if (await toggler.isVisible()) {
    await toggler.click();
    // The phone menu slides open; click only once it has finished (a click mid-animation can miss).
    await page.locator('#nav-utama.show:not(.collapsing)').waitFor();
  }
  await Promise.all([page.waitForURL(/\/masuk/), page.getByRole('button', { name: 'Keluar' }).click()]);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** axe-core over the page: no serious or critical WCAG 2.x A/AA violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

/** axe needs pages from an explicit context. */
export async function newPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  return context.newPage();
}

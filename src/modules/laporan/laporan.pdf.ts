import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { AppError } from '../../core/errors.js';

/**
 * PDF of a print page through headless Chromium (docs/decisions/…-dokumen-pdf-chromium.md).
 * One browser is shared and closed after a minute idle; at most two pages render at once (the
 * server has few cores). The HTML is self-contained (inline CSS), JavaScript is off and every
 * network request is refused, so a document can never fetch or run anything.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const IDLE_MS = 60_000;
const MAKS_SERENTAK = 2;

export class PdfTidakTersedia extends AppError {
  constructor() {
    super(
      'Pembuatan PDF sedang tidak tersedia di server ini (Chromium tidak terpasang). Buka dokumen lalu gunakan tombol "Cetak" dan pilih "Simpan sebagai PDF".',
      503,
    );
  }
}

let browser: Promise<Browser> | null = null;
let idle: NodeJS.Timeout | null = null;
let aktif = 0;
const antre: (() => void)[] = [];

export function chromiumTersedia(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

async function getBrowser(): Promise<Browser> {
  if (!chromiumTersedia()) throw new PdfTidakTersedia();
  if (!browser) {
    browser = import('playwright-core')
      .then(({ chromium }) => chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS }))
      .catch((err: unknown) => {
        browser = null;
        throw Object.assign(new PdfTidakTersedia(), { cause: err });
      });
    const b = await browser;
    b.on('disconnected', () => {
      browser = null;
    });
  }
  return browser;
}

export async function closePdfBrowser(): Promise<void> {
  if (idle) clearTimeout(idle);
  idle = null;
  const b = browser;
  browser = null;
  if (b) await (await b).close().catch(() => {});
}

async function slot<T>(fn: () => Promise<T>): Promise<T> {
  if (aktif >= MAKS_SERENTAK) await new Promise<void>((r) => antre.push(r));
  aktif += 1;
  try {
    return await fn();
  } finally {
    aktif -= 1;
    antre.shift()?.();
  }
}

export async function htmlKePdf(html: string): Promise<Buffer> {
  if (idle) clearTimeout(idle);
  const b = await getBrowser();
  try {
    return await slot(async () => {
      const ctx = await b.newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await ctx.newPage();
        page.setDefaultTimeout(30_000);
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load', timeout: 15_000 });
        return await page.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
        });
      } finally {
        await ctx.close().catch(() => {});
      }
    });
  } finally {
    idle = setTimeout(() => void closePdfBrowser(), IDLE_MS);
    idle.unref();
  }
}

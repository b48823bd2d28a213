/**
 * Accessibility sweep (issue 9): axe over every page every demo role can reach by following
 * links from /beranda, plus the public and error pages; and a keyboard-only walk of the
 * self-assessment and the rating page on a 360 px phone.
 * Layout (issue 13): every page visited is also laid out at 360 px and must not be wider than
 * the screen (tataLetak in browser.ts); a page with a table scrolling sideways at 360 px gets
 * axe at 360 px too (the table's region must be reachable by keyboard).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { join } from 'node:path';
import { newPage, launch, signIn, shot, base, password, tataLetak, PHONE, DESKTOP, SHOTS } from './browser.js';
import { DEMO_TOKEN } from '../../src/db/seed/umpanbalik.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Temuan {
  rule: string;
  impact: string;
  help: string;
  where: string;
  width: number;
  targets: string[];
}

/** Time spent, for the summary line (the sweep should stay within a few minutes). */
const waktu = { axe: 0, goto: 0, lambat: [] as [number, string][] };
/** Moderate and minor violations: reported, not failed on. */
const ringan = new Map<string, { n: number; contoh: string }>();

/** Runs axe; returns the serious/critical violations (every node), and never throws on them. */
async function periksa(page: Page, where: string, width: number): Promise<Temuan[]> {
  const t0 = Date.now();
  // Only violations are wanted (skipping passes/incomplete is faster on long tables); legacy
  // mode runs axe in the page itself instead of opening a blank page per run (no iframes here).
  const result = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  const ms = Date.now() - t0;
  waktu.axe += ms;
  waktu.lambat.push([ms, `${width} ${where}`]);
  for (const v of result.violations) {
    if (v.impact === 'serious' || v.impact === 'critical') continue;
    const k = `${v.id} (${v.impact})`;
    const r = ringan.get(k) ?? { n: 0, contoh: `${where} ${v.nodes[0]?.target.join(' ')}` };
    ringan.set(k, { ...r, n: r.n + 1 });
  }
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact!, help: v.help, where, width, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

function laporkan(label: string, temuan: Temuan[]): string[] {
  const lines = temuan.map(
    (t) =>
      `[${t.width}px] ${t.where} — ${t.rule} (${t.impact}): ${t.help} → ${t.targets.slice(0, 4).join(' | ')}${t.targets.length > 4 ? ` (+${t.targets.length - 4})` : ''}`,
  );
  if (lines.length) console.log(`${label}: ${lines.length} serious/critical violation(s)\n  ${lines.join('\n  ')}`);
  return lines;
}

/** Opens every <details> so what is inside is checked too (cheap "after a click" states). */
async function bukaDetails(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details:not([open])').forEach((d) => d.setAttribute('open', '')));
}

/** Downloads, files, JSON and sign-out are not pages. */
const BUKAN_HALAMAN = [
  /\/keluar$/,
  /\/(unduh|ekspor)(\/|\.|$)/,
  /\.(xlsx|csv|pdf|svg|png|jpe?g|zip|json)$/i,
  /^\/berkas\//,
  /\/sertifikat$/,
  /\/lampiran\//,
  /\/templat\//,
  /^\/(assets|static)\//,
  /\/cari-atasan$/,
  /^\/admin\/impor\/\d+\/status$/,
];

/** Route pattern of a URL: numeric ids and content slugs collapse; query keys (not values) count. */
function pola(u: URL): string {
  const path = u.pathname
    .replace(/(?<!^\/umpanbalik)\/\d+(?=\/|$)/g, '/:id')
    .replace(/^\/sosialisasi\/konten\/[^/]+/, '/sosialisasi/konten/:slug')
    .replace(/^\/u\/[^/]+/, '/u/:token');
  const keys = [...new Set([...u.searchParams.keys()])].sort();
  return keys.length ? `${path}?${keys.join('&')}` : path;
}

interface HasilCrawl {
  pages: string[];
  patterns: Set<string>;
  temuan: Temuan[];
  galat: string[];
  navHrefs: string[];
  /** Layout faults (tataLetak) at 1280 and 360 px. */
  tataLetak: string[];
  /** Pages also checked by axe at 360 px. */
  axePonsel: string[];
}

/** Whether something on the page scrolls sideways (a wide table in its region). */
const adaGulirSamping = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('main *')).some((el) => {
      const ox = getComputedStyle(el).overflowX;
      return (ox === 'auto' || ox === 'scroll') && el.scrollWidth > el.clientWidth + 1;
    }),
  );

/** Patterns checked by axe at 360 px in this run (once each, over all roles). */
const axePonselPola = new Set<string>();

const PER_POLA = 2;
/** Pages fixed by the sweep: one screenshot each (screenshots/a11y-*.png). */
const FOTO = new Set([
  '/umpanbalik/publik/tautan/:id/cetak',
  '/pengembangan/bkd/rencana/:id',
  '/umpanbalik/360/tugas/:id',
  '/penilaian/:id/diri',
]);
/** Patterns an earlier role already had checked: one instance is enough for the next roles. */
const diperiksa = new Set<string>();
const MAKS_HALAMAN = 160;

/** Breadth-first over same-origin links from /beranda; axe on every HTML page at DESKTOP. */
async function crawl(pages: Page[]): Promise<HasilCrawl> {
  const origin = new URL(base()).origin;
  const seen = new Set<string>();
  const perPola = new Map<string, number>();
  const queue: string[] = [];
  const out: HasilCrawl = { pages: [], patterns: new Set(), temuan: [], galat: [], navHrefs: [], tataLetak: [], axePonsel: [] };
  const enqueue = (href: string) => {
    let u: URL;
    try {
      u = new URL(href, base());
    } catch {
      return;
    }
    if (u.origin !== origin) return;
    u.hash = '';
    const h = u.searchParams.get('halaman');
    if (h && h !== '1') return;
    if (BUKAN_HALAMAN.some((re) => re.test(u.pathname))) return;
    const key = u.pathname + u.search;
    if (seen.has(key)) return;
    const p = pola(u);
    const n = perPola.get(p) ?? 0;
    if (n >= (diperiksa.has(p) ? 1 : PER_POLA)) return;
    perPola.set(p, n + 1);
    seen.add(key);
    queue.push(key);
  };
  enqueue('/beranda');
  const visit = async (page: Page, path: string) => {
    let res;
    const tg = Date.now();
    try {
      res = await page.goto(`${base()}${path}`, { waitUntil: 'load' });
      waktu.goto += Date.now() - tg;
    } catch (e) {
      // A download started: not a page.
      if (String(e).includes('Download is starting')) return;
      throw e;
    }
    if (!res) return;
    const type = res.headers()['content-type'] ?? '';
    if (!type.includes('text/html') || /attachment/i.test(res.headers()['content-disposition'] ?? '')) return;
    if (res.status() >= 500) out.galat.push(`${res.status()} ${path}`);
    if (new URL(page.url()).pathname === '/masuk') {
      out.galat.push(`signed out by ${path}`);
      return;
    }
    out.pages.push(path);
    out.patterns.add(pola(new URL(path, base())));
    if (path === '/beranda') out.navHrefs = await page.$$eval('#nav-utama nav a[href]', (as) => as.map((a) => a.getAttribute('href')!));
    for (const href of await page.$$eval('a[href]:not([download])', (as) => as.map((a) => (a as HTMLAnchorElement).href))) enqueue(href);
    const p = pola(new URL(path, base()));
    if (FOTO.has(p)) {
      FOTO.delete(p);
      await shot(page, `a11y-${p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}-${DESKTOP.width}`);
    }
    await bukaDetails(page);
    out.temuan.push(...(await periksa(page, path, DESKTOP.width)));
    out.tataLetak.push(...(await tataLetak(page)).map((x) => `[${DESKTOP.width}px] ${path}: ${x}`));
    // The same page on a phone: nothing wider than the screen; where a table scrolls sideways, axe
    // at this width too (once per pattern; the nav pages get axe at 360 px in the phone pass below).
    await page.setViewportSize(PHONE);
    try {
      out.tataLetak.push(...(await tataLetak(page)).map((x) => `[${PHONE.width}px] ${path}: ${x}`));
      if (!axePonselPola.has(p) && !out.navHrefs.includes(path) && (await adaGulirSamping(page))) {
        axePonselPola.add(p);
        out.axePonsel.push(path);
        out.temuan.push(...(await periksa(page, path, PHONE.width)));
      }
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  };
  // Two tabs share the queue: the server and the browser overlap their work.
  let busy = 0;
  const worker = async (page: Page) => {
    while (out.pages.length < MAKS_HALAMAN) {
      const path = queue.shift();
      if (path === undefined) {
        if (busy === 0) return;
        await new Promise((r) => setTimeout(r, 25));
        continue;
      }
      busy += 1;
      try {
        await visit(page, path);
      } finally {
        busy -= 1;
      }
    }
  };
  await Promise.all(pages.map(worker));
  for (const p of out.patterns) diperiksa.add(p);
  return out;
}

const ROLES = [
  { username: 'admin.bkd', role: 'Admin BKD' },
  { username: 'kadis.kesehatan', role: 'Pimpinan' },
  { username: 'atasan.rujukan', role: 'Atasan' },
  { username: 'pegawai.rujukan', role: 'Pegawai' },
] as const;

/** Forms that are safe to send empty (nothing is saved): their error state is checked too. */
const FORM_KOSONG: Record<string, string[]> = {
  'admin.bkd': ['/admin/pegawai/baru', '/admin/unit/baru', '/admin/jabatan/baru'],
};

/** Pages of the running appraisal that the phone check covers besides the nav pages. */
async function halamanPenilaian(page: Page, username: string): Promise<string[]> {
  if (username === 'pegawai.rujukan') {
    await page.goto(`${base()}/penilaian`);
    const detail = await page.$$eval('main a[href^="/penilaian/"]', (as) =>
      as.map((a) => a.getAttribute('href')!).filter((h) => /^\/penilaian\/\d+$/.test(h)),
    );
    return detail.length ? [detail[0]!, `${detail[0]}/diri`] : [];
  }
  if (username === 'atasan.rujukan') {
    await page.goto(`${base()}/tim`);
    const nilai = await page.$$eval('main a[href^="/tim/penilaian/"]', (as) => as.map((a) => a.getAttribute('href')!));
    // And one already rated: its save bar has a third button (Finalkan).
    await page.goto(`${base()}/tim?status=DINILAI`);
    const dinilai = await page.$$eval('main a[href^="/tim/penilaian/"]', (as) => as.map((a) => a.getAttribute('href')!));
    return [...new Set([...nilai.slice(0, 2), ...dinilai.slice(0, 1)])];
  }
  return [];
}

describe('axe over every page of every role', () => {
  const ringkas: string[] = [];
  afterAll(() => {
    if (ringkas.length) console.log(`a11y sweep:\n  ${ringkas.join('\n  ')}`);
    if (ringan.size) console.log(`moderate/minor (pages): ${[...ringan].map(([k, r]) => `${k} ×${r.n}, e.g. ${r.contoh}`).join('; ')}`);
    console.log(
      `goto ${waktu.goto} ms, axe ${waktu.axe} ms; slowest axe: ${waktu.lambat
        .sort((a, b) => b[0] - a[0])
        .slice(0, 5)
        .map(([ms, w]) => `${w} ${ms}`)
        .join('; ')}`,
    );
  });

  for (const acc of ROLES) {
    it(`${acc.username} (${acc.role}): every reachable page at ${DESKTOP.width}px, nav and appraisal pages at ${PHONE.width}px`, async () => {
      const t0 = Date.now();
      const page = await newPage(browser, DESKTOP);
      page.on('dialog', (d) => void d.dismiss());
      await signIn(page, acc.username);
      const tab2 = await page.context().newPage();
      tab2.on('dialog', (d) => void d.dismiss());
      const c = await crawl([page, tab2]);
      await tab2.close();
      await page.goto(`${base()}/halaman-yang-tidak-ada`);
      c.temuan.push(...(await periksa(page, '404 (signed in)', DESKTOP.width)));
      // Forms sent empty: the error summary and the messages next to the fields.
      for (const path of FORM_KOSONG[acc.username] ?? []) {
        await page.goto(`${base()}${path}`);
        await Promise.all([page.waitForEvent('load'), page.locator('main form[novalidate] button:not([type="button"])').first().click()]);
        expect(await page.locator('#ringkasan-galat').count(), path).toBe(1);
        c.temuan.push(...(await periksa(page, `${path} (sent empty)`, DESKTOP.width)));
      }
      await page.close();

      // Phone: the nav pages, the appraisal pages, the open menu.
      const phone = await newPage(browser, PHONE);
      phone.on('dialog', (d) => void d.dismiss());
      await signIn(phone, acc.username);
      const phonePages = [...new Set([...c.navHrefs, ...(await halamanPenilaian(phone, acc.username))])];
      const phone2 = await phone.context().newPage();
      phone2.on('dialog', (d) => void d.dismiss());
      const todo = [...phonePages];
      await Promise.all(
        [phone, phone2].map(async (tab) => {
          for (let path = todo.shift(); path !== undefined; path = todo.shift()) {
            await tab.goto(`${base()}${path}`);
            c.temuan.push(...(await periksa(tab, path, PHONE.width)));
            c.tataLetak.push(...(await tataLetak(tab)).map((x) => `[${PHONE.width}px] ${path} (loaded at ${PHONE.width}px): ${x}`));
          }
        }),
      );
      await phone2.close();
      await phone.goto(`${base()}/beranda`);
      await phone.locator('.navbar-toggler').click();
      await phone.locator('#nav-utama.show:not(.collapsing)').waitFor();
      // Every menu of the header open in turn (the groups and the account menu).
      for (const id of await phone.$$eval('#nav-utama [data-bs-toggle="dropdown"]', (bs) => bs.map((b) => b.id))) {
        await phone.locator(`#${id}`).click();
        await phone.locator(`#${id}[aria-expanded="true"]`).waitFor();
        c.temuan.push(...(await periksa(phone, `/beranda (menu open, ${id} open)`, PHONE.width)));
        c.tataLetak.push(...(await tataLetak(phone)).map((x) => `[${PHONE.width}px] /beranda (${id} open): ${x}`));
      }
      await phone.close();

      const line = `${acc.username}: ${c.pages.length} pages, ${c.patterns.size} patterns at ${DESKTOP.width}px, all of them laid out at ${PHONE.width}px; axe at ${PHONE.width}px on ${phonePages.length + 1} nav/appraisal pages and ${c.axePonsel.length} with a sideways-scrolling table (${Math.round((Date.now() - t0) / 1000)} s)`;
      ringkas.push(line);
      console.log(`${line}\n  patterns: ${[...c.patterns].sort().join(', ')}`);
      expect(c.galat).toEqual([]);
      if (c.tataLetak.length) console.log(`${acc.username}: ${c.tataLetak.length} layout fault(s)\n  ${c.tataLetak.join('\n  ')}`);
      // Both lists in one assertion, so a failure shows every fault at once. Layout (issue 13):
      // pages wider than the screen, unlabelled sideways scrolling, buttons breaking words.
      expect({ axe: laporkan(acc.username, c.temuan), tataLetak: c.tataLetak }).toEqual({ axe: [], tataLetak: [] });
      // admin.bkd's crawl grew to ~150 pages with issues 16–18 (450 s once at load 17 on two cores).
    }, 900_000);
  }

  it('public pages, the sign-in error, 404 and 403 pages', async () => {
    const temuan: Temuan[] = [];
    const tata: string[] = [];
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await newPage(browser, viewport);
      const paths = [
        '/masuk',
        `/u/${DEMO_TOKEN.rujukan}`,
        `/u/${DEMO_TOKEN.rujukan}/terima-kasih`,
        '/halaman-yang-tidak-ada',
        '/u/token-yang-tidak-ada',
        '/sandi/lupa',
        '/sandi/atur/tautan-yang-tidak-berlaku',
      ];
      for (const path of paths) {
        await page.goto(`${base()}${path}`);
        temuan.push(...(await periksa(page, path, viewport.width)));
        tata.push(...(await tataLetak(page)).map((x) => `[${viewport.width}px] ${path}: ${x}`));
      }
      // The sign-in form with an error message.
      await page.goto(`${base()}/masuk`);
      await page.getByLabel('NIP atau nama pengguna').fill('bukan.pengguna');
      await page.getByLabel('Kata sandi').fill(`${password()}-salah`);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.waitForLoadState('load');
      temuan.push(...(await periksa(page, '/masuk (galat)', viewport.width)));
      // A page the role may not open.
      await signIn(page, 'pegawai.rujukan');
      await page.goto(`${base()}/admin`);
      temuan.push(...(await periksa(page, '/admin as pegawai (403)', viewport.width)));
      await page.close();
    }
    ringkas.push(`public and error pages: 7 at ${DESKTOP.width}px and ${PHONE.width}px`);
    expect(laporkan('public', temuan)).toEqual([]);
    expect(tata).toEqual([]);
  }, 120_000);
});

/** What has keyboard focus, and whether a sighted keyboard user can see it. */
interface Fokus {
  body: boolean;
  desc: string;
  tag: string;
  name: string;
  type: string;
  value: string;
  text: string;
  skip: boolean;
  main: boolean;
  problems: string[];
}

async function fokus(page: Page): Promise<Fokus> {
  return page.evaluate(async () => {
    // Bootstrap scrolls smoothly: wait until scrolling has settled (unchanged for 3 frames).
    let last = -1;
    let still = 0;
    for (let i = 0; i < 90 && still < 3; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      const pos = window.scrollY * 100000 + window.scrollX;
      still = pos === last ? still + 1 : 0;
      last = pos;
    }
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) {
      return { body: true, desc: 'body', tag: 'BODY', name: '', type: '', value: '', text: '', skip: false, main: false, problems: [] };
    }
    const input = el as HTMLInputElement;
    const text = (el.innerText || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 60);
    const desc = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${input.name ? `[name=${input.name}]` : ''}${input.type && el.tagName === 'INPUT' ? `[type=${input.type}]` : ''}${text ? ` "${text}"` : ''}`;
    const problems: string[] = [];
    const r = el.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    if (r.width === 0 || r.height === 0) problems.push('has no size');
    else if (r.bottom <= 0 || r.top >= vh || r.right <= 0 || r.left >= vw)
      problems.push(`outside the viewport (top ${Math.round(r.top)}, viewport ${vh})`);
    else {
      // Not covered by something else (sticky bars, the header): the middle of its visible part is it.
      // A link that wraps onto two lines: the middle of its first line (its box's middle can be the gap).
      const lines = Array.from(el.getClientRects()).filter((q) => q.width > 0 && q.bottom > 0 && q.top < vh);
      const q = lines.length > 1 ? lines[0]! : r;
      const x = (Math.max(q.left, 0) + Math.min(q.right, vw)) / 2;
      const y = (Math.max(q.top, 0) + Math.min(q.bottom, vh)) / 2;
      const top = document.elementFromPoint(x, y);
      const own = (n: Element | null) => !!n && (n === el || el.contains(n) || Array.from(input.labels ?? []).some((l) => l.contains(n)));
      if (top && !own(top)) {
        const cover = top.closest('.save-bar, header, [role="dialog"], .tur-kotak') ?? top;
        problems.push(
          `covered by ${cover.tagName.toLowerCase()}${cover.className ? `.${String(cover.className).split(' ').join('.')}` : ''}`,
        );
      }
    }
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadow = !!cs.boxShadow && cs.boxShadow !== 'none';
    const isMain = el.tagName === 'MAIN';
    if (!outline && !shadow && !isMain) problems.push('no visible focus indicator');
    return {
      body: false,
      desc,
      tag: el.tagName,
      name: input.name ?? '',
      type: input.type ?? '',
      value: input.value ?? '',
      text,
      skip: el.classList.contains('skip-link'),
      main: isMain,
      problems,
    };
  });
}

/** A keyboard walk: Tab stops are checked as they come; problems are collected, not thrown. */
function walker(page: Page, label: string) {
  const masalah: string[] = [];
  let stops = 0;
  const step = async (key: 'Tab' | 'Shift+Tab'): Promise<Fokus> => {
    await page.keyboard.press(key);
    const f = await fokus(page);
    stops += 1;
    for (const p of f.problems) masalah.push(`${label} ${new URL(page.url()).pathname}: ${f.desc}: ${p}`);
    return f;
  };
  return {
    masalah,
    get stops() {
      return stops;
    },
    step,
    /** Tab (or Shift+Tab) until `want` matches; a repeat of the same stop means a trap. */
    async until(want: (f: Fokus) => boolean | Promise<boolean>, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 600): Promise<Fokus> {
      let prev = '';
      let same = 0;
      for (let i = 0; i < max; i++) {
        const f = await step(key);
        if (await want(f)) return f;
        same = f.desc === prev && !f.body ? same + 1 : 0;
        if (same >= 3) throw new Error(`${label}: keyboard trap at ${f.desc}`);
        prev = f.desc;
      }
      throw new Error(`${label}: no matching Tab stop after ${max} presses`);
    },
  };
}

/** Finds the running self-assessment through links, by keyboard; null when it is no longer editable. */
async function bukaPenilaianDiri(page: Page, w: ReturnType<typeof walker>): Promise<string | null> {
  await page.goto(`${base()}/beranda`);
  // Skip link first, then the header: brand, menu button; open the menu and walk it.
  expect((await w.step('Tab')).skip).toBe(true);
  await w.until((f) => f.desc.startsWith('button') && /Menu/.test(f.text));
  await page.keyboard.press('Enter');
  await page.locator('#nav-utama.show:not(.collapsing)').waitFor();
  // The last stop of the header is the account menu's button (Keluar is inside the menu).
  await w.until((f) => f.tag === 'BUTTON' && f.desc.startsWith('button#menu-akun'));
  await w.until((f) => f.tag === 'A' && f.text.startsWith('Buka penilaian saya'));
  await Promise.all([page.waitForURL(/\/penilaian(\/\d+)?$/), page.keyboard.press('Enter')]);
  const isi = await page.$('main a[href$="/diri"]');
  if (!isi || !(await page.$('main a.btn[href$="/diri"]'))) return null;
  await w.until((f) => f.tag === 'A' && f.text === 'Isi penilaian diri');
  await Promise.all([page.waitForURL(/\/diri$/), page.keyboard.press('Enter')]);
  return new URL(page.url()).pathname;
}

/**
 * The whole page by Tab from the top: skip link → main, then every stop to the end of the
 * document (no trap on the way), doing `act` at each stop. Returns the number of stops.
 */
async function jalanHalaman(page: Page, w: ReturnType<typeof walker>, act: (f: Fokus) => Promise<void>): Promise<number> {
  const skip = await w.step('Tab');
  expect(skip.skip, 'the first Tab stop is the skip link').toBe(true);
  await page.keyboard.press('Enter');
  expect((await fokus(page)).main, 'the skip link moves focus to main').toBe(true);
  let n = 0;
  await w.until(async (f) => {
    // Past the last stop focus leaves the document (or wraps to the skip link).
    if (f.body || f.skip) return true;
    n += 1;
    await act(f);
    return false;
  });
  return n;
}

/** Shift+Tab from the end of the page back to the Simpan button, press Enter, wait for the reload. */
async function simpanDenganKeyboard(page: Page, w: ReturnType<typeof walker>): Promise<void> {
  await w.until((f) => f.tag === 'BUTTON' && f.value === 'simpan', 'Shift+Tab', 20);
  // Let the autosave finish first, so the form carries the current version.
  await expect.poll(async () => (await page.textContent('[data-autosave-status]')) ?? '', { timeout: 15_000 }).toMatch(/^Tersimpan \d/);
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  expect(await page.textContent('main')).toContain('Perubahan tersimpan.');
}

describe('keyboard only at 360 px', () => {
  it('the staff member changes a competency level, types an explanation and saves, by keyboard alone', async () => {
    const page = await newPage(browser, PHONE);
    // Same end positions as smooth scrolling, without waiting for the animation at every stop.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await signIn(page, 'pegawai.rujukan');
    const w = walker(page, 'pegawai');
    let path = await bukaPenilaianDiri(page, w);
    if (!path) {
      // Another browser test already sent this appraisal: use a team member whose appraisal was returned.
      const atasan = await newPage(browser, DESKTOP);
      await signIn(atasan, 'atasan.rujukan');
      await atasan.goto(`${base()}/tim?status=DIKEMBALIKAN`);
      const nip = ((await atasan.textContent('main .staff-item .small')) ?? '').split('·').pop()!.replace(/\D/g, '');
      await atasan.close();
      console.log(`keyboard walk: pegawai.rujukan's appraisal is no longer editable; using NIP ${nip}`);
      await page.context().clearCookies();
      await signIn(page, nip);
      path = await bukaPenilaianDiri(page, w);
    }
    expect(path).toMatch(/^\/penilaian\/\d+\/diri$/);
    // First visit: the short tour opens; Escape closes it and focus goes to its button.
    await page.locator('.tur-kotak').waitFor();
    await page.keyboard.press('Escape');
    expect((await fokus(page)).text).toBe('Tur singkat');
    await page.reload();

    const teks = `Diperiksa dengan papan ketik ${Date.now()}.`;
    let level: { name: string; value: string } | null = null;
    let narasi = '';
    let langkah = 1;
    const stops = await jalanHalaman(page, w, async (f) => {
      if (f.tag === 'BUTTON' && f.text === 'Berikutnya') {
        // On a phone the form shows one section or competency at a time: on to the next step,
        // whose heading gets focus (the walk goes on from there through every step).
        await page.keyboard.press('Enter');
        const judul = await fokus(page);
        expect(judul.tag, `step ${langkah + 1}: focus on the new step's heading, not ${judul.desc}`).toMatch(/^H[2-4]$/);
        expect(judul.problems, `step ${langkah + 1}: heading in view`).toEqual([]);
        langkah += 1;
        return;
      }
      if (!narasi && f.tag === 'TEXTAREA' && /^iki-\d+-narasi$/.test(f.name)) {
        await page.keyboard.press('Control+End');
        await page.keyboard.type(` ${teks}`);
        narasi = f.name;
      } else if (!level && f.type === 'radio' && /^komp-\d+-level$/.test(f.name)) {
        // Arrow keys move the choice; from level 5 go up so it stays a real level.
        await page.keyboard.press(f.value === '5' ? 'ArrowUp' : 'ArrowDown');
        const now = await fokus(page);
        expect(now.name).toBe(f.name);
        expect(now.value).not.toBe(f.value);
        expect(now.value).toMatch(/^[1-5]$/);
        expect(await page.isChecked(`input[name="${f.name}"][value="${now.value}"]`)).toBe(true);
        level = { name: f.name, value: now.value };
        // What the person sees: the focus ring on the new choice, clear of the save bar.
        await page.screenshot({ path: join(SHOTS, 'a11y-fokus-level-360.png') });
      }
    });
    expect(narasi, 'a realisation explanation was reached').not.toBe('');
    expect(level, 'a competency level was reached').not.toBeNull();
    expect(langkah, 'every step was walked with "Berikutnya"').toBe(await page.locator('[data-langkah]').count());
    await simpanDenganKeyboard(page, w);
    await page.reload();
    const lv = level as unknown as { name: string; value: string };
    expect(await page.isChecked(`input[name="${lv.name}"][value="${lv.value}"]`)).toBe(true);
    expect(await page.inputValue(`textarea[name="${narasi}"]`)).toContain(teks);
    await shot(page, 'a11y-keyboard-diri-360');
    console.log(
      `keyboard walk (self-assessment ${path}): ${stops} Tab stops over ${langkah} steps of the form page, ${w.stops} key presses checked in all; problems: ${w.masalah.length}`,
    );
    expect(w.masalah).toEqual([]);
    await page.close();
  }, 180_000);

  it('the supervisor sets a level and both ratings and saves, by keyboard alone', async () => {
    const page = await newPage(browser, PHONE);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await signIn(page, 'atasan.rujukan');
    const w = walker(page, 'atasan');
    await page.goto(`${base()}/tim?status=DIKIRIM`);
    // Not the demo staff member's appraisal: the appraisal browser test rates that one.
    expect((await w.step('Tab')).skip).toBe(true);
    await page.keyboard.press('Enter');
    await w.until((f) => f.tag === 'A' && /^Nilai penilaian /.test(f.text) && !f.text.includes('Dimas'));
    await Promise.all([page.waitForURL(/\/tim\/penilaian\/\d+$/), page.keyboard.press('Enter')]);
    const path = new URL(page.url()).pathname;

    let level: { name: string; value: string } | null = null;
    const rating: Record<string, string> = {};
    const stops = await jalanHalaman(page, w, async (f) => {
      if (!level && f.type === 'radio' && /^komp-\d+-levelAtasan$/.test(f.name)) {
        await page.keyboard.press(f.value === '5' ? 'ArrowUp' : 'ArrowDown');
        const now = await fokus(page);
        expect(now.value).toMatch(/^[1-5]$/);
        level = { name: f.name, value: now.value };
      } else if (f.type === 'radio' && /^rating(HasilKerja|Perilaku)$/.test(f.name) && !rating[f.name]) {
        // No rating chosen yet: Space picks the focused one, an arrow moves to the next.
        if (f.name === 'ratingHasilKerja') await page.keyboard.press('Space');
        else await page.keyboard.press('ArrowDown');
        const now = await fokus(page);
        expect(await page.isChecked(`input[name="${f.name}"][value="${now.value}"]`)).toBe(true);
        rating[f.name] = now.value;
      }
    });
    expect(level, 'a supervisor level was reached').not.toBeNull();
    expect(Object.keys(rating).sort()).toEqual(['ratingHasilKerja', 'ratingPerilaku']);
    expect(await page.textContent('[data-predikat]')).not.toBe('—');
    await simpanDenganKeyboard(page, w);
    await page.reload();
    const lv = level as unknown as { name: string; value: string };
    expect(await page.isChecked(`input[name="${lv.name}"][value="${lv.value}"]`)).toBe(true);
    for (const [name, value] of Object.entries(rating)) expect(await page.isChecked(`input[name="${name}"][value="${value}"]`)).toBe(true);
    await shot(page, 'a11y-keyboard-nilai-360');
    console.log(
      `keyboard walk (rating ${path}): ${stops} Tab stops on the rating page, ${w.stops} key presses checked in all; problems: ${w.masalah.length}`,
    );
    expect(w.masalah).toEqual([]);
    await page.close();
  }, 180_000);
});

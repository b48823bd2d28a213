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

async function pilihPeriode(page: Page, nama: string): Promise<void> {
  await page.selectOption('#f-periode', { label: nama });
  await Promise.all([page.waitForURL(/periode=\d+/), page.getByRole('button', { name: 'Terapkan' }).click()]);
}

/** Every chart on the page is drawn, and its labels/values are exactly its table's. */
async function grafikSesuaiTabel(page: Page): Promise<number> {
  await page.waitForFunction(
    () => document.querySelectorAll('canvas[data-tabel]').length === document.querySelectorAll('canvas[data-tergambar]').length,
  );
  const hasil = await page.evaluate(() => {
    const out: { id: string; ok: boolean; n: number }[] = [];
    document.querySelectorAll<HTMLCanvasElement>('canvas[data-tabel]').forEach((c) => {
      const chart = (
        window as unknown as {
          Chart: { getChart(c: HTMLCanvasElement): { data: { labels: string[]; datasets: { data: (number | null)[] }[] } } };
        }
      ).Chart.getChart(c);
      const tabel = document.getElementById(c.dataset.tabel!)!;
      const rows = Array.from(tabel.querySelectorAll('tbody tr')).filter((tr) => tr.querySelector('td[data-value]'));
      const labels = rows.map((tr) => tr.querySelector('th[data-label]')!.getAttribute('data-label'));
      const first = rows.map((tr) => {
        const v = tr.querySelector('td[data-value]')!.getAttribute('data-value');
        return v === '' ? null : Number(v);
      });
      out.push({
        id: c.id,
        n: labels.length,
        ok:
          JSON.stringify(chart.data.labels) === JSON.stringify(labels) &&
          JSON.stringify(chart.data.datasets[0]!.data) === JSON.stringify(first) &&
          c.width > 0,
      });
    });
    return out;
  });
  for (const h of hasil) expect(h, h.id).toMatchObject({ ok: true });
  return hasil.length;
}

async function tanpaGulirSamping(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('reports', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    it(`admin.bkd opens each dashboard at ${viewport.width}px with charts matching their tables`, async () => {
      const page = await newPage(browser, viewport);
      await signIn(page, 'admin.bkd');
      await page.goto(`${base()}/laporan/progres`);
      expect(await page.textContent('main')).toContain('Per unit');
      expect(await grafikSesuaiTabel(page)).toBeGreaterThanOrEqual(1);
      expect(await page.locator('#t-progres tbody tr').count()).toBeGreaterThan(3);
      await expectAccessible(page);
      await tanpaGulirSamping(page);
      await shot(page, `laporan-progres-${viewport.width}`);

      for (const [path, teks] of [
        ['distribusi', 'Sebaran predikat'],
        ['penilai', 'Angka pemerintah daerah'],
        ['kompetensi', 'Peta kesenjangan'],
      ] as const) {
        await page.goto(`${base()}/laporan/${path}`);
        await pilihPeriode(page, 'Penilaian Kinerja Tahunan 2025');
        expect(await page.textContent('main')).toContain(teks);
        expect(await grafikSesuaiTabel(page)).toBeGreaterThanOrEqual(1);
        await expectAccessible(page);
        await tanpaGulirSamping(page);
        await shot(page, `laporan-${path}-${viewport.width}`);
      }
      await page.close();
    });
  }

  it('kadis.kesehatan sees only the Dinas Kesehatan subtree', async () => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, 'kadis.kesehatan');
    await page.goto(`${base()}/laporan/progres`);
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain('Cakupan: Dinas Kesehatan');
    expect(main).not.toContain('Dinas Pendidikan');
    expect(await grafikSesuaiTabel(page)).toBeGreaterThanOrEqual(1);
    await expectAccessible(page);
    await shot(page, 'laporan-progres-kadis-1280');
    const options = await page.locator('#f-unit option').allTextContents();
    expect(options.join('|')).not.toContain('Dinas Pendidikan');
    const lain = await page.request.get(`${base()}/laporan/progres?unit=1`);
    expect(lain.status()).toBe(404);
    await page.goto(`${base()}/kalibrasi`);
    expect(await page.textContent('main')).toContain('Dinas Kesehatan');
    await expectAccessible(page);
    await page.close();
  });
});

describe('calibration and downloads (the BKD walk-through)', () => {
  it('admin.bkd unlocks the 2025 Dinas Kesehatan board, calibrates one result with a reason, and downloads the PDF and XLSX', async () => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, 'admin.bkd');
    await page.goto(`${base()}/kalibrasi`);
    await page.selectOption('#f-periode', { label: 'Penilaian Kinerja Tahunan 2025' });
    await Promise.all([page.waitForURL(/periode=\d+/), page.getByRole('button', { name: 'Tampilkan' }).click()]);
    await page.getByRole('link', { name: 'Dinas Kesehatan' }).click();
    await page.waitForURL(/\/kalibrasi\/\d+\/\d+/);
    await shot(page, 'kalibrasi-terkunci-1280');
    expect(await page.textContent('main')).toContain('sudah dikunci');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Buka kunci kalibrasi' }).click();
    await page.getByText('Kunci kalibrasi dibuka').waitFor();

    const select = page.locator('select[data-asal]').first();
    const asal = (await select.getAttribute('data-asal'))!;
    const baru = asal === 'SANGAT_BAIK' ? 'BAIK' : 'SANGAT_BAIK';
    const sebelum = Number(await page.locator(`#t-sebaran tr[data-predikat="${baru}"] [data-isi="jumlah"]`).textContent());
    await select.selectOption(baru);
    // The spread updates live before saving.
    await expect
      .poll(async () => Number(await page.locator(`#t-sebaran tr[data-predikat="${baru}"] [data-isi="jumlah"]`).textContent()))
      .toBe(sebelum + 1);
    expect(await page.textContent('#ringkas-sebaran')).toContain('1 perubahan diusulkan');
    await expectAccessible(page);
    await shot(page, 'kalibrasi-usulan-1280');
    const id = (await select.getAttribute('name'))!.slice(2);
    await page.fill(`#f-a_${id}`, 'Hasil diverifikasi ulang oleh tim penilai kinerja dinas.');
    await Promise.all([page.waitForURL(/urut=/), page.getByRole('button', { name: 'Simpan perubahan predikat' }).click()]);
    expect(await page.textContent('main')).toContain('1 predikat dikalibrasi');
    const xlsxHref = (await page.getByRole('link', { name: 'Unduh hasil unit (XLSX)' }).getAttribute('href'))!;

    const pdf = await page.request.get(`${base()}/laporan/dokumen/${id}.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).length).toBeGreaterThan(5000);
    await page.goto(`${base()}/laporan/dokumen/${id}`);
    expect(await page.textContent('main')).toContain('Hasil diverifikasi ulang');
    await expectAccessible(page);
    await shot(page, 'dokumen-evaluasi-1280');
    await page.setViewportSize(PHONE);
    await shot(page, 'dokumen-evaluasi-360');
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'dokumen-evaluasi-cetak');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(DESKTOP);

    const unduh = await page.request.get(`${base()}${xlsxHref}`);
    expect(unduh.status()).toBe(200);
    expect(unduh.headers()['content-type']).toContain('spreadsheetml');
    await page.close();
  });

  it('the calibration board is usable and accessible on a phone', async () => {
    const page = await newPage(browser, PHONE);
    await signIn(page, 'kadis.kesehatan');
    await page.goto(`${base()}/kalibrasi`);
    await page.locator('main table a').first().click();
    await page.waitForURL(/\/kalibrasi\/\d+\/\d+/);
    await expectAccessible(page);
    await shot(page, 'kalibrasi-papan-360');
    await tanpaGulirSamping(page);
    await page.close();
  });
});

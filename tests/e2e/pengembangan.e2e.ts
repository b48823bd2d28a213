import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newPage, launch, signIn, signOut, shot, expectAccessible, base, PHONE, DESKTOP } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const main = async (page: Page) => (await page.textContent('main')) ?? '';
const jpTotal = async (page: Page) => Number(((await page.locator('[data-jp-total]').first().textContent()) ?? '').replace(/\D/g, ''));
const noOverflow = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

describe('development: gap → recommendation → completed training → JP', () => {
  let jpAwal = 0;

  it('the demo staff member sees their Komunikasi gap, a communication programme and JP below the minimum', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await newPage(browser, viewport);
      await signIn(page, 'pegawai.rujukan');
      expect(await main(page)).toContain('Pengembangan kompetensi saya');
      expect(await main(page)).toContain('Pengumuman yang wajib Anda baca');
      await shot(page, `pengembangan-beranda-pegawai-${viewport.width}`);
      await page.getByRole('link', { name: 'Buka pengembangan saya' }).click();
      await page.waitForURL(/\/pengembangan$/);
      const text = await main(page);
      expect(text).toContain('Analisis kesenjangan kompetensi — Penilaian Kinerja Tahunan 2025');
      expect(text).toMatch(/Komunikasi\s*Di bawah standar \(−1\)\s*2\s*2\s*1/);
      expect(text).toMatch(/Coaching Komunikasi oleh Atasan|Pelatihan Komunikasi Efektif/);
      jpAwal = await jpTotal(page);
      expect(jpAwal).toBeLessThan(20);
      await expectAccessible(page);
      await noOverflow(page);
      await shot(page, `pengembangan-pegawai-${viewport.width}`);
      await signOut(page);
      await page.close();
    }
  });

  it('BKD sees the heatmap, records the completed course for the staff member, and builds the plan within budget', async () => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, 'admin.bkd');
    await page.goto(`${base()}/pengembangan/bkd`);
    expect(await main(page)).toContain('Dinas Kesehatan');
    expect(await page.locator('td.heat-4, td.heat-3, td.heat-2').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await shot(page, 'pengembangan-bkd-peta-1280');
    await page.setViewportSize(PHONE);
    await noOverflow(page);
    await shot(page, 'pengembangan-bkd-peta-360');
    await page.setViewportSize(DESKTOP);

    await page.getByRole('link', { name: 'Pemenuhan JP' }).click();
    await page.getByLabel('Nama atau NIP').fill('Dimas');
    await page.getByRole('button', { name: 'Cari' }).click();
    await page.getByRole('link', { name: 'Dimas Pratama' }).click();
    await page.getByRole('link', { name: 'Catat pelatihan selesai' }).click();
    await page.getByLabel('Program dari katalog').selectOption({ label: 'Coaching Komunikasi oleh Atasan (8 JP)' });
    const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
    await page.getByLabel('Tanggal mulai').fill(today);
    await page.getByLabel('Tanggal selesai').fill(today);
    await page.setInputFiles('#f-sertifikat', {
      name: 'sertifikat.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => main(page)).toContain('Pelatihan dicatat');
    expect(await jpTotal(page)).toBe(jpAwal + 8);

    await page.goto(`${base()}/pengembangan/bkd/rencana?tahun=2026&semua=1`);
    const row = page.locator('tr', { hasText: 'Coaching Komunikasi oleh Atasan' }).first();
    await row.getByLabel(/Peserta untuk/).selectOption('SEMUA');
    await row.getByRole('button', { name: /Masukkan/ }).click();
    await expect.poll(() => main(page)).toContain('masuk rencana 2026');
    expect(await page.locator('.tabel-anggaran tr.table-danger').count()).toBe(0);
    expect(await main(page)).toContain('Kebutuhan kompetensi yang belum tercakup rencana');
    await expectAccessible(page);
    await shot(page, 'pengembangan-bkd-rencana-1280');
    await page.setViewportSize(PHONE);
    await shot(page, 'pengembangan-bkd-rencana-360');
    await noOverflow(page);
    await page.close();
  });

  it('BKD publishes an announcement staff must acknowledge, and sees the acknowledgement rate', async () => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, 'admin.bkd');
    await page.goto(`${base()}/sosialisasi/kelola/baru`);
    await page.getByLabel('Jenis').selectOption('PENGUMUMAN');
    await page.getByLabel('Judul').fill('Dialog kinerja triwulan IV');
    await page
      .getByLabel('Isi (Markdown)')
      .fill('Setiap atasan **wajib** melaksanakan dialog kinerja sebelum 20 Desember 2026.\n\n<script>alert(1)</script>');
    await page.getByLabel(/Wajib dibaca/).check();
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await expect.poll(() => main(page)).toContain('Konten diterbitkan');
    await expectAccessible(page);
    await shot(page, 'sosialisasi-kelola-form-1280');
    await page.setViewportSize(PHONE);
    await noOverflow(page);
    await shot(page, 'sosialisasi-kelola-form-360');
    await page.setViewportSize(DESKTOP);
    await page.getByRole('link', { name: 'Konfirmasi baca' }).first().click();
    expect(await main(page)).toMatch(/0 dari \d+/);
    await expectAccessible(page);
    await shot(page, 'sosialisasi-tanda-baca-1280');
    await page.close();
  });

  it('the staff member sees the JP bar moved and acknowledges the announcement', async () => {
    const page = await newPage(browser, PHONE);
    await signIn(page, 'pegawai.rujukan');
    expect(await jpTotal(page)).toBe(jpAwal + 8);
    await page.getByRole('link', { name: 'Dialog kinerja triwulan IV' }).click();
    expect(await main(page)).not.toContain('alert(1)');
    await page.getByRole('button', { name: 'Saya sudah membaca dan memahami' }).click();
    await expect.poll(() => main(page)).toContain('Anda telah mengonfirmasi');
    await page.goto(`${base()}/beranda`);
    expect(await main(page)).not.toContain('Dialog kinerja triwulan IV');
    await page.goto(`${base()}/pengembangan`);
    const rek = page.locator('[data-rekomendasi]', { hasText: 'Coaching Komunikasi oleh Atasan' });
    expect(await rek.textContent()).toContain('Selesai');
    expect(await main(page)).toMatch(/Coaching Komunikasi oleh Atasan[\s\S]*?Riwayat pelatihan[\s\S]*Coaching Komunikasi oleh Atasan/);
    await shot(page, 'pengembangan-pegawai-setelah-360');
    await page.close();
  });

  it('the supervisor reviews the team plan', async () => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, 'atasan.rujukan');
    await page.goto(`${base()}/pengembangan/tim`);
    await page.getByRole('link', { name: /Dimas Pratama/ }).click();
    expect(await main(page)).toContain('Tambah program ke rencana pengembangan');
    await expectAccessible(page);
    await shot(page, 'pengembangan-atasan-1280');
    await page.close();
  });
});

describe('sosialisasi', () => {
  it('staff read the stages, the predikat matrix, their jabatan criteria, search, and take the short tour', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await newPage(browser, viewport);
      await signIn(page, 'pegawai.rujukan');
      await page.goto(`${base()}/sosialisasi`);
      const text = await main(page);
      expect(text).toContain('Penilaian Kinerja Tahunan 2026');
      expect(text).toContain('Matriks predikat kinerja');
      await expectAccessible(page);
      await noOverflow(page);
      await shot(page, `sosialisasi-${viewport.width}`);
      await page.getByRole('button', { name: 'Tur singkat' }).click();
      await expect.poll(async () => (await page.locator('.tur-kotak').textContent()) ?? '').toContain('Langkah 1 dari 5');
      await page.getByRole('button', { name: 'Berikutnya' }).click();
      await expect.poll(async () => (await page.locator('.tur-kotak').textContent()) ?? '').toContain('Langkah 2 dari 5');
      await shot(page, `sosialisasi-tur-${viewport.width}`);
      await page.keyboard.press('Escape');
      expect(await page.locator('.tur-kotak').count()).toBe(0);
      await page.getByRole('link', { name: 'Kriteria jabatan saya' }).click();
      expect(await main(page)).toContain('Analis Pelayanan Kesehatan');
      expect(await main(page)).toContain('Komunikasi');
      await expectAccessible(page);
      await shot(page, `sosialisasi-kriteria-${viewport.width}`);
      await page.goto(`${base()}/sosialisasi/cari?q=JP`);
      expect(await main(page)).toContain('Berapa JP pengembangan kompetensi untuk PPPK?');
      await page.close();
    }
  });
});

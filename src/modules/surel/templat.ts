/**
 * The e-mails SIKAP sends, in Bahasa Indonesia, each with a plain-text and an HTML part. Links are
 * absolute, built on PUBLIC_BASE_URL. Nothing here touches the database.
 */
import { tanggal } from '../../lib/format.js';

export interface Surat {
  subjek: string;
  teks: string;
  html: string;
}

/** One item of a mail: a heading, a message and an optional link inside SIKAP. */
export interface Butir {
  judul: string;
  pesan: string;
  tautan?: string | null;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A link inside SIKAP made absolute; a link that is not a path inside the app is dropped. */
export function tautanPenuh(baseUrl: string, tautan: string | null | undefined): string | null {
  if (!tautan || !tautan.startsWith('/') || tautan.startsWith('//')) return null;
  return `${baseUrl}${tautan}`;
}

function kaki(baseUrl: string) {
  const atur = `${baseUrl}/profil/surel`;
  return {
    teks: `--\nSIKAP — Sistem Informasi Kinerja dan Kompetensi Aparatur Pegawai\nSurel ini dikirim otomatis; mohon tidak dibalas.\nAtur pemberitahuan Anda: ${atur}\n`,
    html: `<hr><p style="color:#555;font-size:12px">SIKAP — Sistem Informasi Kinerja dan Kompetensi Aparatur Pegawai<br>Surel ini dikirim otomatis; mohon tidak dibalas.<br><a href="${esc(atur)}">Atur pemberitahuan Anda</a></p>`,
  };
}

function bungkus(judul: string, isiHtml: string, baseUrl: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${esc(judul)}</title></head><body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;max-width:600px">${isiHtml}${kaki(baseUrl).html}</body></html>`;
}

function butirTeks(b: Butir, baseUrl: string): string {
  const url = tautanPenuh(baseUrl, b.tautan);
  return `${b.judul}\n${b.pesan}${url ? `\nBuka di SIKAP: ${url}` : ''}\n`;
}

function butirHtml(b: Butir, baseUrl: string, tingkat: 'h1' | 'h2'): string {
  const url = tautanPenuh(baseUrl, b.tautan);
  const ukuran = tingkat === 'h1' ? '20px' : '16px';
  const pesan = esc(b.pesan).replace(/\n/g, '<br>');
  return `<${tingkat} style="font-size:${ukuran}">${esc(b.judul)}</${tingkat}><p>${pesan}</p>${url ? `<p><a href="${esc(url)}">Buka di SIKAP</a></p>` : ''}`;
}

/** A single notification as an e-mail. */
export function suratNotifikasi(nama: string, b: Butir, baseUrl: string): Surat {
  const sapa = `Yth. ${nama},`;
  return {
    subjek: `[SIKAP] ${b.judul}`,
    teks: `${sapa}\n\n${butirTeks(b, baseUrl)}\n${kaki(baseUrl).teks}`,
    html: bungkus(b.judul, `<p>${esc(sapa)}</p>${butirHtml(b, baseUrl, 'h1')}`, baseUrl),
  };
}

/** A deadline reminder for one's own self-assessment. */
export function butirPengingatDiri(namaPeriode: string, batas: Date, sisaHari: number): Butir {
  return {
    judul: `Pengingat: penilaian diri ${namaPeriode} berakhir ${tanggal(batas)}`,
    pesan:
      `Penilaian diri Anda untuk ${namaPeriode} belum dikirim. Batas waktunya ${tanggal(batas)} ` +
      `(${sisaHari === 0 ? 'hari ini' : `${sisaHari} hari lagi`}). Lengkapi dan kirim kepada atasan langsung sebelum batas waktu itu.`,
    tautan: '/penilaian',
  };
}

/** A deadline reminder for a supervisor with appraisals waiting. */
export function butirPengingatAtasan(namaPeriode: string, batas: Date, sisaHari: number, jumlah: number): Butir {
  return {
    judul: `Pengingat: ${jumlah} penilaian bawahan menunggu (batas ${tanggal(batas)})`,
    pesan:
      `${jumlah} penilaian diri bawahan Anda untuk ${namaPeriode} sudah dikirim dan menunggu penilaian Anda. ` +
      `Batas waktu penilaian oleh atasan ${tanggal(batas)} (${sisaHari === 0 ? 'hari ini' : `${sisaHari} hari lagi`}).`,
    tautan: '/tim',
  };
}

/** The daily digest: every held item of one user in one mail. */
export function suratRingkasan(nama: string, hari: Date, items: Butir[], baseUrl: string): Surat {
  const judul = `Ringkasan SIKAP ${tanggal(hari)}: ${items.length} pemberitahuan`;
  const sapa = `Yth. ${nama},`;
  const pengantar = `Berikut ${items.length} pemberitahuan SIKAP untuk Anda sejak ringkasan sebelumnya.`;
  return {
    subjek: `[SIKAP] ${judul}`,
    teks: `${sapa}\n\n${pengantar}\n\n${items.map((b, i) => `${i + 1}. ${butirTeks(b, baseUrl)}`).join('\n')}\n${kaki(baseUrl).teks}`,
    html: bungkus(judul, `<p>${esc(sapa)}</p><p>${esc(pengantar)}</p>${items.map((b) => butirHtml(b, baseUrl, 'h2')).join('')}`, baseUrl),
  };
}

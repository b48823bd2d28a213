/** The one set of zod field helpers (src/core/fields.ts) and their messages. */
import { describe, it, expect } from 'vitest';
import type { z } from 'zod';
import * as F from '../../src/core/fields.js';

const pesan = (s: z.ZodType, v: unknown) => {
  const r = s.safeParse(v);
  return r.success ? { ok: r.data } : { galat: r.error.issues[0]!.message };
};

describe('text', () => {
  it('required text is trimmed; missing, blank, too short or too long is refused with one message each', () => {
    expect(pesan(F.teks(10), '  Budi  ')).toEqual({ ok: 'Budi' });
    expect(pesan(F.teks(10), undefined)).toEqual({ galat: 'Wajib diisi.' });
    expect(pesan(F.teks(10), '   ')).toEqual({ galat: 'Wajib diisi.' });
    expect(pesan(F.teks(10, { label: 'Nama' }), null)).toEqual({ galat: 'Nama wajib diisi.' });
    expect(pesan(F.teks(10, { pesan: 'Tuliskan alasannya.' }), '')).toEqual({ galat: 'Tuliskan alasannya.' });
    expect(pesan(F.teks(2000, { label: 'Alasan', min: 10 }), 'pendek')).toEqual({ galat: 'Alasan minimal 10 karakter.' });
    expect(pesan(F.teks(1000, { label: 'Komentar' }), 'x'.repeat(1001))).toEqual({ galat: 'Komentar paling banyak 1.000 karakter.' });
    expect(pesan(F.teks(10), ['a', 'b'])).toEqual({ galat: 'Isian tidak sah.' });
  });
  it('optional text: blank is null; line breaks and tabs stay, except in a one-line field', () => {
    expect(pesan(F.teksOpsional(10), '')).toEqual({ ok: null });
    expect(pesan(F.teksOpsional(10), undefined)).toEqual({ ok: null });
    expect(pesan(F.teksOpsional(20), 'a\tb\r\nc')).toEqual({ ok: 'a\tb\r\nc' });
    expect(pesan(F.teksOpsional(20, { satuBaris: true }), ' Rujukan \t\r\n pasien ')).toEqual({ ok: 'Rujukan pasien' });
    expect(pesan(F.teksOpsional(5, { label: 'Komentar' }), 'panjang sekali')).toEqual({ galat: 'Komentar paling banyak 5 karakter.' });
  });
  it('a password is never trimmed', () => {
    expect(pesan(F.sandi('Isi kata sandi.'), ' rahasia ')).toEqual({ ok: ' rahasia ' });
    expect(pesan(F.sandi('Isi kata sandi.'), '')).toEqual({ galat: 'Isi kata sandi.' });
  });
});

describe('numbers and ids', () => {
  it('whole numbers from form strings or values', () => {
    expect(pesan(F.bulat(1, 17), ' 7 ')).toEqual({ ok: 7 });
    expect(pesan(F.bulat(1, 17), 7)).toEqual({ ok: 7 });
    expect(pesan(F.bulat(1, 17), '')).toEqual({ galat: 'Wajib diisi.' });
    expect(pesan(F.bulat(1, 17, { label: 'Kelas jabatan' }), 'abc')).toEqual({ galat: 'Kelas jabatan harus berupa angka.' });
    expect(pesan(F.bulat(1, 17), '1.5')).toEqual({ galat: 'Harus bilangan bulat.' });
    expect(pesan(F.bulat(1, 17), '18')).toEqual({ galat: 'Paling besar 17.' });
    expect(pesan(F.bulat(1, 5, { pesan: 'Pilih nilai 1–5.' }), '9')).toEqual({ galat: 'Pilih nilai 1–5.' });
    expect(pesan(F.bulatOpsional(1, 4), '')).toEqual({ ok: null });
  });
  it('ids: positive int4 only', () => {
    expect(pesan(F.id('Pilih jabatan.'), '12')).toEqual({ ok: 12 });
    for (const bad of ['', 'abc', '-1', '1.5', '2147483648', undefined])
      expect(pesan(F.id('Pilih jabatan.'), bad)).toEqual({ galat: 'Pilih jabatan.' });
    expect(pesan(F.idOpsional(), '')).toEqual({ ok: null });
    expect(pesan(F.idOpsional(), 'x')).toEqual({ galat: 'Pilihan tidak sah.' });
    expect(pesan(F.daftarId(2), ['1', '', '3'])).toEqual({ ok: [1, 3] });
    expect(pesan(F.daftarId(2), '4')).toEqual({ ok: [4] });
    expect(pesan(F.daftarId(2), ['1', '2', '3'])).toEqual({ galat: 'Pilih paling banyak 2.' });
    expect(pesan(F.idFilter(), 'abc')).toEqual({ ok: undefined });
  });
  it('Indonesian decimals', () => {
    expect(pesan(F.desimalOpsional(), '1.234,5')).toEqual({ ok: 1234.5 });
    expect(pesan(F.desimalOpsional(), '12.5')).toEqual({ ok: 12.5 });
    expect(pesan(F.desimalOpsional(), '')).toEqual({ ok: null });
    expect(pesan(F.desimalOpsional(), '-3')).toEqual({ galat: 'Isi dengan angka, misalnya 95 atau 12,5.' });
  });
});

describe('dates, choices, e-mail, phone, NIP', () => {
  it('a date is a calendar date, year first or day first', () => {
    expect(pesan(F.tanggal(), '2026-03-31')).toEqual({ ok: new Date(Date.UTC(2026, 2, 31)) });
    expect(pesan(F.tanggal(), '31/3/2026')).toEqual({ ok: new Date(Date.UTC(2026, 2, 31)) });
    expect(pesan(F.tanggal(), '2026-02-31')).toEqual({ galat: 'Isi tanggal yang benar.' });
    expect(pesan(F.tanggal({ label: 'Tanggal mulai' }), '')).toEqual({ galat: 'Tanggal mulai wajib diisi.' });
    expect(pesan(F.tanggalOpsional({ label: 'TMT jabatan' }), 'kemarin')).toEqual({
      galat: 'TMT jabatan bukan tanggal yang benar (contoh: 2026-03-31).',
    });
    expect(pesan(F.tanggalOpsional(), '')).toEqual({ ok: null });
  });
  it('choices', () => {
    expect(pesan(F.pilihan(['L', 'P'] as const, 'Pilih jenis kelamin.'), '')).toEqual({ galat: 'Pilih jenis kelamin.' });
    expect(pesan(F.pilihanOpsional(['L', 'P'] as const), '')).toEqual({ ok: null });
    expect(pesan(F.centang(), 'on')).toEqual({ ok: true });
    expect(pesan(F.centang(), undefined)).toEqual({ ok: false });
  });
  it('e-mail, phone and a short NIP field', () => {
    expect(pesan(F.emailOpsional({ label: 'Surel' }), ' a@b.go.id ')).toEqual({ ok: 'a@b.go.id' });
    expect(pesan(F.emailOpsional({ label: 'Surel' }), 'a@b')).toEqual({ galat: 'Surel tidak sah.' });
    expect(pesan(F.teleponOpsional(), '+62 812-3456-7890')).toEqual({ ok: '+62 812-3456-7890' });
    expect(pesan(F.teleponOpsional(), '(022) 731.0001')).toEqual({ ok: '(022) 731.0001' });
    expect(pesan(F.teleponOpsional({ label: 'Nomor HP' }), '0812 ABC').galat).toMatch(/^Nomor HP hanya angka/);
    expect(pesan(F.nipOpsional(), '')).toEqual({ ok: null });
    expect(pesan(F.nipOpsional(), '1990')).toEqual({ galat: 'NIP terdiri dari 18 digit.' });
  });
});

import { describe, it, expect } from 'vitest';
import { suratNotifikasi, suratRingkasan, tautanPenuh, butirPengingatDiri } from '../../src/modules/surel/templat.js';
import { uraiHariPengingat } from '../../src/modules/surel/harian.js';
import { ringkasGalat } from '../../src/modules/surel/antrean.js';
import { ValidationError } from '../../src/core/errors.js';

const BASE = 'https://sikap.pemda.go.id';

describe('e-mail templates', () => {
  it('when a message holds markup, then the HTML part escapes it and the text part keeps it as typed', () => {
    const s = suratNotifikasi(
      'Budi',
      { judul: 'Keberatan <diputus>', pesan: 'Alasan: <script>x</script> & "kutip"', tautan: '/penilaian/1' },
      BASE,
    );
    expect(s.subjek).toBe('[SIKAP] Keberatan <diputus>');
    expect(s.html).toContain('&lt;script&gt;x&lt;/script&gt; &amp; &quot;kutip&quot;');
    expect(s.html).not.toContain('<script>');
    expect(s.teks).toContain('Alasan: <script>x</script> & "kutip"');
    expect(s.teks).toContain(`Buka di SIKAP: ${BASE}/penilaian/1`);
    expect(s.html).toContain('lang="id"');
  });

  it('when a link is not a path inside SIKAP, then it is dropped rather than made absolute', () => {
    expect(tautanPenuh(BASE, '/tim')).toBe(`${BASE}/tim`);
    expect(tautanPenuh(BASE, '//evil.example/x')).toBeNull();
    expect(tautanPenuh(BASE, 'https://evil.example')).toBeNull();
    expect(tautanPenuh(BASE, null)).toBeNull();
  });

  it('when a digest is made, then it lists every item with its link and counts them in the subject', () => {
    const items = [
      butirPengingatDiri('PKT 2026', new Date('2026-12-15T00:00:00Z'), 0),
      { judul: 'Hasil tersedia', pesan: 'Baca.', tautan: '/penilaian/9' },
    ];
    const s = suratRingkasan('Sari', new Date('2026-12-02T00:00:00Z'), items, BASE);
    expect(s.subjek).toBe('[SIKAP] Ringkasan SIKAP 2 Des 2026: 2 pemberitahuan');
    expect(s.teks).toContain('1. Pengingat: penilaian diri PKT 2026 berakhir 15 Des 2026');
    expect(s.teks).toContain('(hari ini)');
    expect(s.teks).toContain(`2. Hasil tersedia\nBaca.\nBuka di SIKAP: ${BASE}/penilaian/9`);
  });
});

describe('reminder days and failure reasons', () => {
  it('when BKD types the reminder days, then a list of 0–60 is sorted and deduplicated, anything else is a field error', () => {
    expect(uraiHariPengingat('1, 7;3 7')).toEqual([7, 3, 1]);
    expect(uraiHariPengingat('0')).toEqual([0]);
    for (const salah of ['', 'besok', '61', '1,2,3,4,5,6', '-1', '2.5']) {
      expect(() => uraiHariPengingat(salah), salah).toThrow(ValidationError);
    }
  });

  it('when the mail server answers with an error, then the reason names the SMTP code and its text', () => {
    expect(ringkasGalat(Object.assign(new Error('x'), { responseCode: 451, response: '451 4.2.0 Kotak penuh' }))).toBe(
      'SMTP 451: 451 4.2.0 Kotak penuh',
    );
    expect(ringkasGalat(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ESOCKET' }))).toBe(
      'ESOCKET: connect ECONNREFUSED 127.0.0.1:25',
    );
  });
});

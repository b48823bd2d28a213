import { describe, it, expect } from 'vitest';
import { normalize } from '../../src/modules/penilaian/fields.js';

describe('typed values', () => {
  const dec = { kind: 'decimal' as const, max: 20 };
  it.each([
    ['95', '95'],
    ['12,5', '12.5'],
    ['12.5', '12.5'],
    ['1.234,5', '1234.5'],
    ['1.234', '1234'],
    [' 7 ', '7'],
    ['', null],
  ])('decimal "%s" is stored as %s', (raw, want) => {
    expect(normalize(dec, raw)).toEqual({ ok: true, value: want });
  });
  it.each(['abc', '12,5,3', '-3', '1e5'])('decimal "%s" is refused with a message', (raw) => {
    const r = normalize(dec, raw);
    expect(r.ok).toBe(false);
  });
  it('levels are 1..5 only, ratings are the three expectations', () => {
    expect(normalize({ kind: 'level', max: 1 }, '3')).toEqual({ ok: true, value: '3' });
    expect(normalize({ kind: 'level', max: 1 }, '6').ok).toBe(false);
    expect(normalize({ kind: 'rating', max: 10 }, 'SESUAI')).toEqual({ ok: true, value: 'SESUAI' });
    expect(normalize({ kind: 'rating', max: 10 }, 'HEBAT').ok).toBe(false);
  });
  it('text keeps what was typed, refuses what is too long, and blank is empty', () => {
    expect(normalize({ kind: 'text', max: 10 }, 'abc\r\ndef')).toEqual({ ok: true, value: 'abc\ndef' });
    const long = normalize({ kind: 'text', max: 5 }, 'abcdefg');
    expect(long.ok).toBe(false);
    expect(normalize({ kind: 'text', max: 5 }, '   ')).toEqual({ ok: true, value: null });
  });
});

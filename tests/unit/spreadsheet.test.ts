/** The CSV reader of the import (decision 050): separators, BOM, Latin-1, quotes, line ends, the row cap. */
import { describe, it, expect } from 'vitest';
import { bacaCsv, MAKS_BARIS, SpreadsheetError } from '../../src/modules/admin/impor/spreadsheet.js';

const b = (s: string) => Buffer.from(s, 'utf8');

describe('bacaCsv', () => {
  it.each([
    ['comma', 'a,b,c\n1,2,3\n'],
    ['semicolon (Indonesian Excel)', 'a;b;c\n1;2;3\n'],
    ['tab', 'a\tb\tc\n1\t2\t3\n'],
  ])('detects the %s separator from the header line', (_n, text) => {
    expect(bacaCsv(b(text))).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('counts separators outside quotes only, and uses only the one it detected', () => {
    expect(bacaCsv(b('"nama, lengkap";"gelar"\n"Budi, S.E.";S.E., M.M.\n'))).toEqual([
      ['nama, lengkap', 'gelar'],
      ['Budi, S.E.', 'S.E., M.M.'],
    ]);
  });

  it('reads quoted fields with "" escapes and line breaks inside', () => {
    expect(bacaCsv(b('a,b\n"say ""hi""","line 1\r\nline 2"\n'))).toEqual([
      ['a', 'b'],
      ['say "hi"', 'line 1\r\nline 2'],
    ]);
  });

  it('accepts CRLF, LF and CR line ends, a missing final line end, and skips blank lines', () => {
    expect(bacaCsv(b('a,b\r\n1,2\r\n\r\n3,4\r5,6\n,\n7,8'))).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
      ['7', '8'],
    ]);
  });

  it('keeps rows of different lengths and empty fields', () => {
    expect(bacaCsv(b('a,b,c\n1,,\n2\n'))).toEqual([['a', 'b', 'c'], ['1', '', ''], ['2']]);
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(bacaCsv(b('\uFEFFnip_baru,nama\n1,Sri\n'))).toEqual([
      ['nip_baru', 'nama'],
      ['1', 'Sri'],
    ]);
  });

  it('reads a Latin-1 file (not valid UTF-8) as Latin-1, and a UTF-8 file as UTF-8', () => {
    expect(bacaCsv(Buffer.from('nama\nJosé Gonçalves\n', 'latin1'))).toEqual([['nama'], ['José Gonçalves']]);
    expect(bacaCsv(b('nama\nJosé Gonçalves\n'))).toEqual([['nama'], ['José Gonçalves']]);
  });

  it('keeps spaces and a quote inside an unquoted field', () => {
    expect(bacaCsv(b('a,b\n  x , 5" kaki\n'))).toEqual([
      ['a', 'b'],
      ['  x ', ' 5" kaki'],
    ]);
  });

  it('refuses an unclosed quote with a message', () => {
    expect(() => bacaCsv(b('a,b\n"1,2\n'))).toThrow(SpreadsheetError);
    expect(() => bacaCsv(b('a,b\n"1,2\n'))).toThrow('Tanda petik (") tidak ditutup');
  });

  it(`refuses a file longer than ${MAKS_BARIS.toLocaleString('id-ID')} data rows`, () => {
    const pas = `h\n${'x\n'.repeat(MAKS_BARIS)}`;
    expect(bacaCsv(b(pas))).toHaveLength(MAKS_BARIS + 1);
    expect(() => bacaCsv(b(`${pas}x\n`))).toThrow(`Berkas melebihi ${MAKS_BARIS.toLocaleString('id-ID')} baris.`);
  });

  it('an empty file is an empty grid', () => {
    expect(bacaCsv(b(''))).toEqual([]);
    expect(bacaCsv(b('\n\n'))).toEqual([]);
  });
});

/**
 * Reading and writing the import/export spreadsheets. CSV is parsed by csv-parse's sync API with
 * the separator, encoding and row cap decided here (docs/decisions/050-admin-csv-parser.md);
 * XLSX by exceljs, which reads stored values and never evaluates formulas or runs macros: a
 * formula cell is taken as its cached result.
 */
import ExcelJS from 'exceljs';
import { parse, CsvError } from 'csv-parse/sync';

export type Grid = string[][];

/** Marks a number Excel stored as a float too large to keep every digit (e.g. an 18-digit NIP). */
export const ANGKA_TIDAK_PRESISI = '\u2060ANGKA:';

export const MAKS_BARIS = 100_000;

export class SpreadsheetError extends Error {}

/** "Gol Akhir Nama", "gol-akhir-nama", " GOL_AKHIR_NAMA " → "gol_akhir_nama". */
export function normalisasiKolom(s: string): string {
  return s
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Spreadsheet apps run cells starting with these as formulas (CSV/formula injection). */
const BAHAYA = /^[=+\-@\t\r]/;
export function amankanSel(v: string): string {
  return BAHAYA.test(v) ? `'${v}` : v;
}
/** Reverses amankanSel on import, so export → import round-trips. */
export function pulihkanSel(v: string): string {
  return v.startsWith("'") && BAHAYA.test(v.slice(1)) ? v.slice(1) : v;
}

function pilihPemisah(headerLine: string): string {
  let best = ',';
  let bestN = -1;
  for (const d of [',', ';', '\t']) {
    let n = 0;
    let q = false;
    for (const ch of headerLine) {
      if (ch === '"') q = !q;
      else if (!q && ch === d) n++;
    }
    if (n > bestN) {
      best = d;
      bestN = n;
    }
  }
  return best;
}

/**
 * CSV as a grid of strings, by csv-parse (RFC 4180: quoted fields, "" escapes, line breaks inside
 * quotes). Around it, what SIASN and Excel files need (decision 050): UTF-8 with or without a BOM,
 * else Latin-1; the separator (, ; or tab — Indonesian Excel saves ;) read from the header line;
 * CRLF, LF or CR line ends; blank rows dropped; at most MAKS_BARIS data rows.
 */
export function bacaCsv(buf: Buffer): Grid {
  let text = buf.toString('utf8');
  if (text.includes('\uFFFD') && !buf.includes(Buffer.from('\uFFFD'))) text = buf.toString('latin1');
  text = text.replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n|\r/)) || text.length);
  let rows: Grid;
  try {
    rows = parse(text, {
      delimiter: pilihPemisah(firstLine),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // One more than allowed, to know the file is too long without reading all of it.
      to: MAKS_BARIS + 2,
    });
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') throw new SpreadsheetError('Tanda petik (") tidak ditutup di akhir berkas CSV.');
    throw new SpreadsheetError(
      `Berkas CSV tidak dapat dibaca (baris ${String(e.lines ?? '?')}). Simpan ulang sebagai CSV dari aplikasi lembar kerja.`,
    );
  }
  if (rows.length > MAKS_BARIS + 1) throw new SpreadsheetError(`Berkas melebihi ${MAKS_BARIS.toLocaleString('id-ID')} baris.`);
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

function selKeTeks(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) && !Number.isSafeInteger(v) ? `${ANGKA_TIDAK_PRESISI}${v}` : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return selKeTeks((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v) return String((v as { text: unknown }).text ?? '');
    if ('error' in v) return '';
  }
  return String(v);
}

/** First worksheet as a grid of strings (formulas as their cached values). */
export async function bacaXlsx(buf: Buffer): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new SpreadsheetError('Berkas XLSX tidak dapat dibaca. Simpan ulang sebagai Excel Workbook (.xlsx) atau CSV.');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new SpreadsheetError('Berkas XLSX tidak memiliki lembar kerja.');
  if (ws.rowCount > MAKS_BARIS + 1) throw new SpreadsheetError(`Berkas melebihi ${MAKS_BARIS.toLocaleString('id-ID')} baris.`);
  const rows: Grid = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: false }, (r) => {
    const out: string[] = [];
    for (let c = 1; c <= width; c++) out.push(selKeTeks(r.getCell(c).value));
    if (out.some((x) => x.trim() !== '')) rows.push(out);
  });
  return rows;
}

export function tulisCsv(header: string[], rows: (string | null)[][]): Buffer {
  const q = (v: string | null) => {
    const s = amankanSel(v ?? '');
    return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [header.map(q).join(','), ...rows.map((r) => r.map(q).join(','))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function tulisXlsx(sheet: string, header: string[], rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SIKAP';
  const ws = wb.addWorksheet(sheet);
  ws.addRow(header).font = { bold: true };
  // Every cell as text: NIPs keep all 18 digits and nothing is read as a formula.
  for (const r of rows) ws.addRow(r.map((v) => amankanSel(v ?? '')));
  ws.columns.forEach((c) => {
    c.numFmt = '@';
    c.width = 18;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

import fs from 'node:fs';
import path from 'node:path';
import ejs from 'ejs';

/**
 * The EJS view engine with includes resolved once (decision 140, issue 15).
 *
 * EJS's own `include()` looks the included file up on disk (`existsSync`, once or twice) and
 * copies every local into a new object on every call; with ~40 includes per page that was ~12 %
 * of the server's CPU on the self-assessment (a CPU profile under load, docs/performance.md). Here
 * templates are compiled by EJS itself (same syntax, same escaping) in its "client" form, which
 * takes the `include` function as an argument, and this module supplies it:
 * - the included file is found by EJS's rule (next to the including file first, then the views
 *   folder; `.ejs` added when the name has no extension), and the answer is kept while the view
 *   cache is on (production);
 * - the included template gets a new object whose prototype is the caller's locals, plus the
 *   include's own data: reads see everything, and an assignment inside the include (also a `var`
 *   that shares a local's name, which `with` writes to the locals object) lands on the new
 *   object, so it does not leak to the caller, as with EJS's copy.
 * Without the view cache (development, tests) every render reads the templates again.
 */
type Fungsi = (
  locals: object,
  escape: (s: unknown) => string,
  include: (nama: string, data?: object) => string,
  rethrow?: unknown,
) => string;

interface Opsi {
  /** Express passes `view cache` here. */
  cache?: boolean;
  settings?: { views?: string | string[]; 'view options'?: { compileDebug?: boolean } };
}

const ada = (f: string) => fs.existsSync(f) && fs.statSync(f).isFile();
const denganEkstensi = (f: string) => (path.extname(f) ? f : `${f}.ejs`);

export function ejsEngine(): (file: string, options: object, cb: (err: Error | null, html?: string) => void) => void {
  const terkompilasi = new Map<string, Fungsi>();
  const jalur = new Map<string, string>();

  function muat(file: string, opsi: Opsi): Fungsi {
    const simpan = opsi.cache === true;
    const tersedia = simpan ? terkompilasi.get(file) : undefined;
    if (tersedia) return tersedia;
    const fn = ejs.compile(fs.readFileSync(file, 'utf8'), {
      client: true,
      filename: file,
      compileDebug: opsi.settings?.['view options']?.compileDebug ?? true,
    }) as unknown as Fungsi;
    if (simpan) terkompilasi.set(file, fn);
    return fn;
  }

  function cari(dari: string, nama: string, opsi: Opsi): string {
    const kunci = `${dari}\0${nama}`;
    const tersimpan = opsi.cache ? jalur.get(kunci) : undefined;
    if (tersimpan) return tersimpan;
    const views = opsi.settings?.views;
    const kandidat = [
      denganEkstensi(path.resolve(path.dirname(dari), nama)),
      ...(Array.isArray(views) ? views : views ? [views] : []).map((d) => denganEkstensi(path.resolve(d, nama))),
    ];
    const file = kandidat.find(ada);
    if (!file) throw new Error(`Berkas include tidak ditemukan: "${nama}" (dari ${path.basename(dari)})`);
    if (opsi.cache) jalur.set(kunci, file);
    return file;
  }

  function jalankan(file: string, locals: object, opsi: Opsi): string {
    const include = (nama: string, data?: object) =>
      jalankan(cari(file, nama, opsi), Object.assign(Object.create(locals) as object, data), opsi);
    return muat(file, opsi)(locals, ejs.escapeXML, include);
  }

  return (file, options, cb) => {
    let html: string;
    try {
      html = jalankan(file, options, options as Opsi);
    } catch (e) {
      return cb(e as Error);
    }
    cb(null, html);
  };
}

/**
 * Indonesian formatting. Timestamps are shown in the deployment's time zone (APP_TIMEZONE);
 * date-only columns (@db.Date) are calendar dates and are formatted in UTC so they never shift.
 */
let timeZone = 'Asia/Jakarta';
export function setTimeZone(tz: string): void {
  timeZone = tz;
  fmtCache.clear();
}
export function currentTimeZone(): string {
  return timeZone;
}

const fmtCache = new Map<string, Intl.DateTimeFormat>();
function fmt(key: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = fmtCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('id-ID', opts);
    fmtCache.set(key, f);
  }
  return f;
}

const ZONE_LABEL: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};
export function zoneLabel(): string {
  return ZONE_LABEL[timeZone] ?? timeZone;
}

/** "23 Nov 2026" for a calendar date (date-only column). */
export function tanggal(d: Date | string | null | undefined): string {
  if (!d) return '—';
  return fmt('dU', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(d));
}

/** "23 Nov 2026" for the local day of a timestamp. */
export function tanggalWaktuLokal(d: Date | string | null | undefined): string {
  if (!d) return '—';
  return fmt('dL', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(new Date(d));
}

/** "10.42" local time. */
export function jam(d: Date | string | null | undefined): string {
  if (!d) return '—';
  return fmt('t', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(new Date(d));
}

/** "23 Nov 2026 10.42 WIB". */
export function waktu(d: Date | string | null | undefined): string {
  if (!d) return '—';
  return `${tanggalWaktuLokal(d)} ${jam(d)} ${zoneLabel()}`;
}

const numberFmt = new Intl.NumberFormat('id-ID');
const decimalFmt = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
/** 50000 → "50.000"; 12.5 → "12,5". */
export function angka(n: number | bigint | string | { toString(): string } | null | undefined): string {
  if (n === null || n === undefined || n === '') return '—';
  if (typeof n === 'bigint') return numberFmt.format(n);
  const v = typeof n === 'number' ? n : Number(n.toString());
  return Number.isInteger(v) ? numberFmt.format(v) : decimalFmt.format(v);
}

export function rupiah(n: number | bigint | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return `Rp${'\u00a0'}${numberFmt.format(n)}`;
}

export function persen(part: number, whole: number): string {
  if (!whole) return '0%';
  return `${decimalFmt.format(Math.round((part / whole) * 1000) / 10)}%`;
}

/** Today's calendar date in the deployment's time zone, as a UTC-midnight Date. */
export function hariIni(now = new Date()): Date {
  const parts = fmt('iso', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: timeZone }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '01';
  return new Date(`${get('year')}-${get('month')}-${get('day')}T00:00:00Z`);
}

export function namaLengkap(p: { nama: string; gelarDepan?: string | null; gelarBelakang?: string | null }): string {
  const depan = p.gelarDepan ? `${p.gelarDepan} ` : '';
  const belakang = p.gelarBelakang ? `, ${p.gelarBelakang}` : '';
  return `${depan}${p.nama}${belakang}`;
}

/** Only same-site relative paths are allowed as post-login targets (no "//evil", no scheme). */
export function safeReturnTo(target: unknown, fallback = '/beranda'): string {
  if (typeof target !== 'string') return fallback;
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  if (/[\r\n]/.test(target)) return fallback;
  return target;
}

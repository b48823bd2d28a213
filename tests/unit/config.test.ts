import { describe, it, expect } from 'vitest';
import { parseConfig, ConfigError } from '../../src/config/env.js';

describe('configuration', () => {
  it('when nothing is set, then safe defaults apply (WIB, port 3000, embedded database)', () => {
    const c = parseConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.APP_TIMEZONE).toBe('Asia/Jakarta');
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });
  it('when production has no SESSION_SECRET, then start-up fails with a readable message', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
  });
  it('when values are malformed, then every problem is listed by name', () => {
    try {
      parseConfig({ PORT: 'abc', APP_TIMEZONE: 'Mars/Olympus', DATABASE_URL: 'mysql://x' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as Error).message;
      expect(msg).toContain('PORT');
      expect(msg).toContain('APP_TIMEZONE');
      expect(msg).toContain('DATABASE_URL');
    }
  });
  it('accepts the WITA and WIT zones and parses TRUST_PROXY', () => {
    expect(parseConfig({ APP_TIMEZONE: 'Asia/Makassar' }).APP_TIMEZONE).toBe('Asia/Makassar');
    expect(parseConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(parseConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
  });
});

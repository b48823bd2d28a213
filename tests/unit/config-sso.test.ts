import { describe, it, expect } from 'vitest';
import { parseConfig, ConfigError } from '../../src/config/env.js';

const SECRET = { SESSION_SECRET: 'x'.repeat(32) };

describe('configuration of single sign-on and two-step sign-in', () => {
  it('when nothing is set, then SSO is off, passwords work for every role and Admin BKD needs TOTP', () => {
    const c = parseConfig({});
    expect(c.oidc).toBeNull();
    expect(c.ssoRequiredRoles).toEqual([]);
    expect(c.totpRequiredRoles).toEqual(['ADMIN_BKD']);
    expect(parseConfig({ TOTP_REQUIRED_ROLES: 'none' }).totpRequiredRoles).toEqual([]);
  });

  it('when the issuer and client are set, then SSO is on with openid always among the scopes', () => {
    const c = parseConfig({ OIDC_ISSUER: 'https://sso.example.go.id/realms/pemda', OIDC_CLIENT_ID: 'sikap', OIDC_SCOPES: 'profile,nip' });
    expect(c.oidc).toMatchObject({ clientId: 'sikap', nipClaim: 'nip', buttonLabel: 'Masuk dengan SSO', autoCreate: false });
    expect(c.oidc!.scopes).toBe('openid profile nip');
  });

  it('when a role name is misspelt, or SSO is required without a provider, then start-up fails naming the variable', () => {
    expect(() => parseConfig({ TOTP_REQUIRED_ROLES: 'ADMIN' })).toThrow(/TOTP_REQUIRED_ROLES: peran tidak dikenal "ADMIN"/);
    expect(() => parseConfig({ SSO_REQUIRED_ROLES: 'PEGAWAI' })).toThrow(/SSO_REQUIRED_ROLES: memerlukan SSO aktif/);
    expect(() => parseConfig({ OIDC_ISSUER: 'https://sso.example.go.id' })).toThrow(ConfigError);
  });

  it('when production uses SSO, then the issuer must be https and PUBLIC_BASE_URL set', () => {
    const prod = { ...SECRET, NODE_ENV: 'production', OIDC_CLIENT_ID: 'sikap' };
    expect(() => parseConfig({ ...prod, OIDC_ISSUER: 'http://sso.local', PUBLIC_BASE_URL: 'https://sikap.go.id' })).toThrow(/https/);
    expect(() => parseConfig({ ...prod, OIDC_ISSUER: 'https://sso.go.id' })).toThrow(/PUBLIC_BASE_URL/);
    const ok = parseConfig({ ...prod, OIDC_ISSUER: 'https://sso.go.id', PUBLIC_BASE_URL: 'https://sikap.go.id' });
    expect(ok.oidc!.allowHttp).toBe(false);
  });

  it('break-glass usernames are compared without case', () => {
    expect(parseConfig({ PASSWORD_LOGIN_BREAK_GLASS: ' Admin.BKD , darurat ' }).passwordBreakGlass).toEqual(['admin.bkd', 'darurat']);
  });
});

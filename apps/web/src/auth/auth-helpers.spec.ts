import { describe, expect, it } from 'vitest';
import { parseSsoInfo } from './auth-api';
import { roleLabels } from './permissions';
import { loginPath, safeReturnTo } from './return-to';

describe('return address', () => {
  it('accepts paths inside the app only', () => {
    expect(safeReturnTo('/mal?ar=2026#im1')).toBe('/mal?ar=2026#im1');
    expect(safeReturnTo('//evil.example')).toBe('/');
    expect(safeReturnTo('/\\evil.example')).toBe('/');
    expect(safeReturnTo('https://evil.example')).toBe('/');
    expect(safeReturnTo('/logga-in?till=/mal')).toBe('/');
    expect(safeReturnTo(null)).toBe('/');
  });

  it('builds the login address with the target encoded', () => {
    expect(loginPath('/mal?ar=2026')).toBe('/logga-in?till=%2Fmal%3Far%3D2026');
    expect(loginPath('/')).toBe('/logga-in');
  });
});

describe('roleLabels', () => {
  it('names each role once, in Swedish', () => {
    expect(roleLabels([{ role: 'fortroendevald' }])).toBe('Förtroendevald');
    expect(roleLabels([{ role: 'revisor' }, { role: 'controller' }, { role: 'controller' }])).toBe('Controller, Revisor');
    expect(roleLabels([{ role: 'admin' }, { role: 'enhetschef' }, { role: 'ekonom' }])).toBe('Administratör, Enhetschef, Ekonom');
  });
});

describe('parseSsoInfo', () => {
  const url = '/api/v1/auth/oidc/login';
  it('reads the API\'s answer', () => {
    expect(parseSsoInfo({ password: true, sso: { enabled: false, name: null, loginUrl: null } })).toEqual({ enabled: false, name: null, loginUrl: url });
    expect(parseSsoInfo({ password: true, sso: { enabled: true, name: 'Kommunens inloggning', loginUrl: '/api/v1/auth/oidc/login?x=1' } })).toEqual({
      enabled: true, name: 'Kommunens inloggning', loginUrl: '/api/v1/auth/oidc/login?x=1',
    });
    // Only a path on this site is followed.
    expect(parseSsoInfo({ sso: { enabled: true, loginUrl: 'https://evil.example/' } }).loginUrl).toBe(url);
  });

  it('tolerates other shapes an auth/providers endpoint may have', () => {
    expect(parseSsoInfo({ oidc: true })).toEqual({ enabled: true, name: null, loginUrl: url });
    expect(parseSsoInfo({ oidc: { enabled: false } })).toEqual({ enabled: false, name: null, loginUrl: url });
    expect(parseSsoInfo({ oidc: null, local: true })).toEqual({ enabled: false, name: null, loginUrl: url });
    expect(parseSsoInfo({ providers: [{ id: 'local' }, { id: 'oidc', name: 'Azure AD' }] })).toEqual({ enabled: true, name: 'Azure AD', loginUrl: url });
    expect(parseSsoInfo(['local'])).toEqual({ enabled: false, name: null, loginUrl: url });
    expect(parseSsoInfo('nope')).toEqual({ enabled: false, name: null, loginUrl: url });
  });
});

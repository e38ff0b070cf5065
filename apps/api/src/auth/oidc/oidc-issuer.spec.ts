import { isAllowedIssuer } from './oidc-relying-party.js';

describe('which OpenID issuers a kommun may register', () => {
  it('takes https anywhere', () => {
    expect(isAllowedIssuer('https://login.microsoftonline.com/abc/v2.0')).toBe(true);
    expect(isAllowedIssuer('https://127.0.0.1:8443/', { loopbackHttp: false })).toBe(true);
  });

  it('takes plain http only to this machine, and not at all in production', () => {
    expect(isAllowedIssuer('http://127.0.0.1:4000/')).toBe(true);
    expect(isAllowedIssuer('http://localhost:4000/')).toBe(true);
    expect(isAllowedIssuer('http://idp.barby.se/')).toBe(false);
    expect(isAllowedIssuer('http://127.0.0.1:6379/', { loopbackHttp: false })).toBe(false);
    expect(isAllowedIssuer('http://localhost/', { loopbackHttp: false })).toBe(false);
  });

  it('refuses other schemes and what is not a URL', () => {
    expect(isAllowedIssuer('ftp://idp.barby.se')).toBe(false);
    expect(isAllowedIssuer('idp.barby.se')).toBe(false);
    expect(isAllowedIssuer('')).toBe(false);
  });
});

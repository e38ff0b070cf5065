import { existsSync } from 'node:fs';
import { startOidcProvider, type OidcTestProvider } from '../apps/api/test/support/oidc-test-provider.js';
import { openBrowser, saveScreenshot, seriousAccessibilityViolations, type BrowserSession } from './support/browser.js';
import { freePort, startApp } from './support/start-app.mjs';

const CLIENT = { clientId: 'resultatkedjan', clientSecret: 'e2e-klienthemlighet-som-ar-lang-nog' };

/**
 * Journey 4 with SSO configured: a second app, started with OIDC settings against a real OpenID provider
 * (oidc-provider) on loopback; the demo user logs in with the organisation account instead of a password.
 */
describe('login with the organisation account (SSO), when configured', () => {
  let provider: OidcTestProvider;
  let app: { baseUrl: string; stop: () => Promise<void> };
  let browser: BrowserSession;

  beforeAll(async () => {
    const port = String(await freePort());
    const redirectUri = `http://127.0.0.1:${port}/api/v1/auth/oidc/callback`;
    provider = await startOidcProvider({ ...CLIENT, redirectUri }, { 'sub-eva': { email: 'eva.berg@exempelstad.se', email_verified: true } });
    app = await startApp({
      PORT: port,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT.clientId,
      OIDC_CLIENT_SECRET: CLIENT.clientSecret,
      OIDC_REDIRECT_URI: redirectUri,
      OIDC_PROVIDER_NAME: 'Exempelstads konto',
    });
    browser = await openBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await provider?.close();
  });

  it('offers the organisation account beside the password, logs Eva Berg in through the provider and out again', async () => {
    const { page } = browser;
    await page.goto(`${app.baseUrl}/logga-in`);
    const sso = page.getByRole('link', { name: 'Logga in med organisationskonto' });
    await sso.waitFor();
    await page.getByText('Via Exempelstads konto').waitFor();
    expect(await page.getByRole('textbox', { name: 'E-postadress' }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    provider.signIn('sub-eva');
    await sso.click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    expect(new URL(page.url()).origin).toBe(app.baseUrl);
    const user = page.getByRole('region', { name: 'Inloggad användare' });
    expect(await user.textContent()).toContain('Eva Berg');
    expect(await user.textContent()).toContain('Controller');
    expect(existsSync(await saveScreenshot(page, 'login-sso'))).toBe(true);

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByText('Du är nu utloggad.').waitFor();
  });
});

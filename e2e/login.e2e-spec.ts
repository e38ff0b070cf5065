import { existsSync } from 'node:fs';
import { demoUsers, DEMO_PASSWORD, logIn, mainNav, submitLogin, unexpectedConsoleErrors } from './support/app.js';
import { baseUrl, openBrowser, saveScreenshot, seriousAccessibilityViolations, type BrowserSession } from './support/browser.js';

describe('login, logout and what each role may not do', () => {
  let browser: BrowserSession;
  beforeEach(async () => (browser = await openBrowser()));
  afterEach(async () => browser?.close());

  it('sends a visitor to the login page and shows a Swedish message for a wrong password', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    expect(await page.title()).toBe('Logga in – Resultatkedjan');

    // Empty form: field messages, nothing sent.
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.getByText('Ange din e-postadress.').waitFor();
    await page.getByText('Ange ditt lösenord.').waitFor();

    await submitLogin(page, demoUsers.karin.email, 'fel-lösenord');
    const alert = page.getByRole('alert').filter({ hasText: 'Inloggningen misslyckades' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Fel e-postadress eller lösenord');
    expect(await alert.evaluate((el) => el === document.activeElement)).toBe(true);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(existsSync(await saveScreenshot(page, 'login-failed'))).toBe(true);
    // The refused login is a 401 the page expected; nothing else went wrong.
    expect(unexpectedConsoleErrors(browser.consoleErrors)).toEqual([]);
  });

  it('logs in, returns to the wanted page, shows name and role, and logs out', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/systemstatus');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('till')).toBe('/systemstatus');

    await submitLogin(page, demoUsers.karin.email, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Systemstatus' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/systemstatus');
    const user = page.getByRole('region', { name: 'Inloggad användare' });
    expect(await user.textContent()).toContain('Karin Lindqvist');
    expect(await user.textContent()).toContain('Ordförande');

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.getByText('Du är nu utloggad.').waitFor();

    // The session is gone on the server too: a protected page asks for a login again.
    await page.goto(baseUrl() + '/mal');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('till')).toBe('/mal');
    expect(unexpectedConsoleErrors(browser.consoleErrors)).toEqual([]);
  });

  it('hides controller-only navigation from an enhetschef and refuses the page at its address', async () => {
    const { page } = browser;
    await logIn(page, demoUsers.omar);
    const user = page.getByRole('region', { name: 'Inloggad användare' });
    expect(await user.textContent()).toContain('Enhetschef');

    const labels = await mainNav(page).getByRole('link').allTextContents();
    expect(labels).toContain('Mål');
    expect(labels).not.toContain('Uppföljningskalender');

    await page.goto(baseUrl() + '/uppfoljningskalender');
    await page.getByRole('heading', { level: 1, name: 'Du har inte behörighet' }).waitFor();
    expect(await page.title()).toBe('Du har inte behörighet – Resultatkedjan');
    // Goals are read-only for an enhetschef: no "Nytt inriktningsmål", and the form's address is refused too.
    await page.goto(baseUrl() + '/mal/nytt');
    await page.getByRole('heading', { level: 1, name: 'Du har inte behörighet' }).waitFor();

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(existsSync(await saveScreenshot(page, 'login-enhetschef-no-access'))).toBe(true);
    expect(unexpectedConsoleErrors(browser.consoleErrors)).toEqual([]);
  });

  it('lets a controller see and open the controller pages', async () => {
    const { page } = browser;
    await logIn(page, demoUsers.eva);
    await mainNav(page).getByRole('link', { name: 'Uppföljningskalender' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uppföljningskalender' }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Du har inte behörighet' }).count()).toBe(0);
  });
});

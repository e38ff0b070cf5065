import { existsSync } from 'node:fs';
import { demoUsers, logIn, mainNav, unexpectedConsoleErrors } from './support/app.js';
import { baseUrl, openBrowser, saveScreenshot, seriousAccessibilityViolations, type BrowserSession } from './support/browser.js';

describe('app shell in Chromium', () => {
  let browser: BrowserSession;
  beforeEach(async () => (browser = await openBrowser()));
  afterEach(async () => browser?.close());

  it('shows the Swedish start page, navigates to Systemstatus and sees database and queue up', async () => {
    const { page } = browser;
    await logIn(page, demoUsers.eva);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();

    await mainNav(page).getByRole('link', { name: 'Systemstatus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Systemstatus' }).waitFor();
    await page.getByText('Allt fungerar').waitFor();
    expect(await page.getByText('Uppe', { exact: true }).count()).toBe(2);
    expect(await page.title()).toBe('Systemstatus – Resultatkedjan');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(existsSync(await saveScreenshot(page, 'shell-systemstatus'))).toBe(true);
    expect(unexpectedConsoleErrors(browser.consoleErrors)).toEqual([]);
  });

  it('supports deep links and the back button', async () => {
    const { page } = browser;
    await logIn(page, demoUsers.eva, '/systemstatus');
    await page.getByRole('heading', { level: 1, name: 'Systemstatus' }).waitFor();
    await mainNav(page).getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Systemstatus' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/systemstatus');

    // A deep link opened afresh in the same session.
    await page.goto(baseUrl() + '/systemstatus');
    await page.getByRole('heading', { level: 1, name: 'Systemstatus' }).waitFor();
  });

  it('works from the keyboard: the first Tab reaches "Hoppa till huvudinnehåll", Enter moves focus past the menu', async () => {
    const { page } = browser;
    await logIn(page, demoUsers.eva, '/systemstatus');
    await page.getByRole('heading', { level: 1, name: 'Systemstatus' }).waitFor();
    await page.goto(baseUrl() + '/');
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till huvudinnehåll');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('huvudinnehall');
    // The next Tab lands inside the main content, not in the menu.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/');
  });

  it('shows a Swedish 404 page for an unknown address', async () => {
    const { page } = browser;
    await logIn(page, demoUsers.eva, '/finns-inte-alls');
    await page.getByRole('heading', { level: 1, name: 'Sidan hittades inte' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/hittades inte|finns inte/i);
  });
});

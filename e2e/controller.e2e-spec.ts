import { existsSync } from 'node:fs';
import { demoUsers, logIn, unexpectedConsoleErrors } from './support/app.js';
import { openBrowser, saveScreenshot, seriousAccessibilityViolations, type BrowserSession } from './support/browser.js';

describe('controller journey in Chromium', () => {
  let browser: BrowserSession;
  beforeEach(async () => (browser = await openBrowser()));
  afterEach(async () => browser?.close());

  it("opens BUN1's chain, sees Norrskolan's produktivitet with numerator and denominator, switches period and reads the trend table", async () => {
    const { page } = browser;
    await logIn(page, demoUsers.eva, '/mal');
    await page.getByRole('link', { name: /Fler elever är behöriga/ }).first().click();
    await page.getByRole('link', { name: 'Visa resultatkedjan' }).click();
    await page.getByRole('heading', { level: 1, name: /Resultatkedjan: BUN1/ }).waitFor();

    await page.getByLabel('År', { exact: true }).selectOption('2025');
    const chain = page.getByRole('list', { name: 'Kedjan från resurser till resultat' });
    await chain.waitFor();
    // The year change refetches; wait for the columns before reading them all at once.
    await chain.getByRole('heading', { level: 3, name: 'Resultat' }).waitFor();
    expect(await chain.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Resurser', 'Aktiviteter', 'Prestationer', 'Resultat']);
    const boxes = await Promise.all(['resurs', 'aktivitet', 'prestation', 'resultat'].map((l) => page.getByTestId(`chain-column-${l}`).boundingBox()));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x).toBeGreaterThan(boxes[i - 1]!.x);

    // Norrskolan instead of the owner.
    const nodes = page.getByRole('combobox', { name: 'Organisationsenheter' });
    await nodes.click();
    await nodes.fill('Norrskolan');
    await page.getByRole('option', { name: /Norrskolan/ }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('rowheader', { name: /Norrskolan/ }).first().waitFor();
    const norr = page.getByTestId('unit-row').filter({ hasText: 'Norrskolan' });
    await norr.getByText('11,84\u00a0elever/åa').waitFor();
    await norr.getByText('450\u00a0st / 38\u00a0åa').waitFor();

    // Another period, then the trend table.
    await page.getByText('Q3', { exact: true }).click();
    await page.waitForURL(/period=2025-Q3/);
    const trend = page.getByTestId('trend-table');
    await trend.waitFor();
    expect(await trend.getByRole('columnheader').allTextContents()).toEqual(['Enhet', 'Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(existsSync(await saveScreenshot(page, 'controller-chain'))).toBe(true);

    expect(unexpectedConsoleErrors(browser.consoleErrors)).toEqual([]);
  });
});

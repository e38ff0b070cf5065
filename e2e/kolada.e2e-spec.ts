import { demoUsers, logIn, mainNav, unexpectedConsoleErrors } from './support/app.js';
import { openBrowser, saveScreenshot, seriousAccessibilityViolations, type BrowserSession } from './support/browser.js';

describe('Kolada benchmarking in Chromium (offline fixture)', () => {
  let browser: BrowserSession;
  beforeEach(async () => (browser = await openBrowser()));
  afterEach(async () => browser?.close());

  it("maps BUN1's eligibility indicator to N15428, syncs, and sees Kungsbacka, Linköping, Umeå and Riket beside Exempelstad", async () => {
    const { page } = browser;
    await logIn(page, demoUsers.eva);
    await mainNav(page).getByRole('link', { name: 'Koppla till Kolada' }).click();
    await page.getByRole('heading', { level: 1, name: 'Koppla till Kolada' }).waitFor();
    await page.getByText('Jämförelsegrupp: Kungsbacka, Linköping, Umeå, Riket').waitFor();

    const indicator = page.getByRole('combobox', { name: 'Indikator' });
    await indicator.click();
    await indicator.fill('BUN1.K2');
    await page.getByRole('option', { name: /BUN1\.K2 Andel behöriga/ }).click();
    await page.getByRole('textbox', { name: 'Sök nyckeltal i Kolada' }).fill('yrkesprogram');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('button', { name: 'Förhandsvisa N15428' }).click();
    const preview = page.getByTestId('kpi-preview');
    await preview.getByRole('rowheader', { name: 'Kungsbacka' }).waitFor();
    expect(await preview.getByRole('rowheader').allTextContents()).toEqual(['Kungsbacka', 'Linköping', 'Umeå', 'Riket']);
    await page.getByRole('button', { name: 'Koppla indikatorn till nyckeltalet' }).click();
    await page.getByText('BUN1.K2 är kopplad till N15428.').waitFor();
    await page.getByRole('button', { name: 'Hämta från Kolada nu' }).click();
    await page.getByText('Hämtningen är startad.', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await mainNav(page).getByRole('link', { name: 'Mål' }).click();
    await page.getByRole('link', { name: /Fler elever är behöriga/ }).first().click();
    await page.getByRole('link', { name: 'Visa resultatkedjan' }).click();
    await page.getByRole('heading', { level: 1, name: /Resultatkedjan: BUN1/ }).waitFor();
    const card = page.getByTestId('indicator-card').filter({ hasText: 'Andel behöriga till yrkesprogram' });
    const comparison = card.getByTestId('indicator-benchmark');
    await comparison.getByText(/^Exempelstad kommun jämfört med andra \(2022\)$/).waitFor();
    const values = await comparison.getByTestId('benchmark-value').allTextContents();
    // By name, Riket last; never a rank. Real 2022 values (fixture: schools_2019-2022.json).
    expect(values).toEqual([
      'Kungsbacka: 89,8\u00a0%Källa: Kolada',
      'Linköping: 84,7\u00a0%Källa: Kolada',
      'Umeå: 89,3\u00a0%Källa: Kolada',
      'Riket: 85,3\u00a0%Källa: Kolada',
    ]);
    await comparison.getByText('Spridning i jämförelsegruppen: 84,7\u00a0%–89,8\u00a0%').waitFor();
    await saveScreenshot(page, 'kolada-chain');

    await comparison.getByRole('link', { name: 'Visa jämförelsen över tid' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jämförelse med Kolada' }).waitFor();
    const table = page.getByTestId('benchmark-table');
    await table.waitFor();
    expect(await table.getByText('Källa: Kolada').count()).toBeGreaterThan(0);
    expect(await table.getByText('Testdata, inte från Kolada').count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(unexpectedConsoleErrors(browser.consoleErrors)).toEqual([]);
  });
});

import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { demoUsers, logIn, mainNav, unexpectedConsoleErrors } from './support/app.js';
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

    // The year change refetches: wait for 2025's answer, then for its columns, before reading them all at once.
    const refetched = page.waitForResponse((response) => response.url().includes('/chain?') && response.url().includes('year=2025'));
    await page.getByLabel('År', { exact: true }).selectOption('2025');
    await refetched;
    const chain = page.getByRole('list', { name: 'Kedjan från resurser till resultat' });
    await chain.waitFor();
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

    // A second school: side by side in name order; ranked only when asked for.
    await nodes.click();
    await nodes.fill('Söderskolan');
    await page.getByRole('option', { name: /Söderskolan/ }).click();
    await page.keyboard.press('Escape');
    const comparison = page.getByTestId('unit-comparison');
    await comparison.getByRole('rowheader', { name: /Söderskolan/ }).waitFor();
    expect(await comparison.getByRole('rowheader').allTextContents()).toEqual(['Barn- och utbildningsnämnden', 'Norrskolan F–9', 'Söderskolan F–9']);
    // The switch's state lives in the address, so click and wait for the result rather than check().
    await page.getByRole('switch', { name: 'Sortera efter värde' }).click();
    await comparison.getByText(/sorterat efter Elever per lärartjänst \(högst först\)/).waitFor();
    // 600/48 = 12,5 · 4 400/364 = 12,09 · 450/38 = 11,84 elever per lärartjänst (2025).
    expect(await comparison.getByRole('rowheader').allTextContents()).toEqual(['Söderskolan F–9', 'Barn- och utbildningsnämnden', 'Norrskolan F–9']);
    await page.getByRole('switch', { name: 'Sortera efter värde' }).click();
    await comparison.getByText(/Enheterna visas i namnordning\./).waitFor();

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

/** The first Saturday after an ISO date. */
function saturdayAfter(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  do date.setUTCDate(date.getUTCDate() + 1);
  while (date.getUTCDay() !== 6);
  return date.toISOString().slice(0, 10);
}

/** Reloads until `check` passes: the worker's first tick runs in the background after start-up. */
async function eventually(page: Page, check: () => Promise<unknown>, tries = 30): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await check();
      return;
    } catch (error) {
      if (i >= tries) throw error;
      await page.waitForTimeout(1000);
      await page.reload();
    }
  }
}

describe('journey 3: the controller reviews reports, sets up the calendar and follows the jobs', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
    await logIn(browser.page, demoUsers.eva);
  });
  afterAll(async () => browser?.close());

  it('sees where the open period stands and approves a submitted report from the overview', async () => {
    const { page } = browser;
    await mainNav(page).getByRole('link', { name: 'Rapporter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
    const overview = page.getByTestId('report-overview');
    await overview.getByRole('columnheader', { name: 'Inlämnade' }).waitFor();
    await overview.getByRole('button', { name: /^Visa \d+ inlämnade rapporter för / }).first().click();
    await page.waitForURL(/status=inlamnad/);
    const table = page.getByTestId('reports-table');
    await table.getByRole('rowheader', { name: 'Söderskolan F–9' }).waitFor();
    // Name order, never a ranking.
    const units = await table.getByRole('rowheader').allTextContents();
    expect(units).toEqual([...units].sort((a, b) => a.localeCompare(b, 'sv')));
    await page.getByRole('link', { name: /^Öppna rapporten för Söderskolan F–9, / }).click();

    await page.getByText('Sedan i våras har vi en gemensam vikariepool med Norrskolan', { exact: false }).waitFor();
    await page.getByRole('region', { name: 'Granskning' }).getByRole('button', { name: 'Godkänn' }).click();
    await page.getByText(/^Godkänd av Eva Berg /).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).locator('xpath=..').textContent()).toContain('Godkänd');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("sets up next year's follow-up calendar from the template, with a Swedish message for bad reminder days, and moves a deadline", async () => {
    const { page } = browser;
    const next = new Date().getFullYear() + 1;
    await mainNav(page).getByRole('link', { name: 'Uppföljningskalender' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uppföljningskalender' }).waitFor();
    await page.getByRole('combobox', { name: 'År' }).selectOption(String(next));
    await page.getByText(`Det finns ingen uppföljningskalender för ${next} ännu.`).waitFor();

    await page.getByRole('combobox', { name: /^Mall/ }).selectOption({ label: 'kvartal + delår t.o.m. augusti + helår' });
    const reminders = page.getByRole('textbox', { name: 'Påminnelser, dagar före enheternas sista dag' });
    await reminders.fill('sju');
    await page.getByRole('button', { name: 'Skapa kalender' }).click();
    await page.getByText('Ange heltal 0–60 åtskilda med kommatecken, t.ex. 7, 2.').waitFor();
    await reminders.fill('10, 3');
    await page.getByRole('button', { name: 'Skapa kalender' }).click();
    await page.getByRole('status').filter({ hasText: 'Kalendern är sparad.' }).waitFor();

    const periods = page.getByTestId('calendar-periods');
    const q1 = periods.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `Q1 ${next}` }) });
    await q1.waitFor();
    expect(await q1.textContent()).toContain('Planerad');
    expect(await periods.getByRole('rowheader').allTextContents()).toEqual([`Q1 ${next}`, `Q2 ${next}`, `Delår ${next}`, `Q3 ${next}`, `Helår ${next}`]);

    // A deadline on a Saturday moves to the next working day, and says so.
    const deadline = (await q1.getByRole('cell').nth(2).textContent())!;
    await page.getByRole('button', { name: `Ändra datum för Q1 ${next}` }).click();
    const form = page.getByRole('region', { name: `Ändra datum för Q1 ${next}` });
    await form.getByLabel('Sista dag enheter').fill(saturdayAfter(deadline));
    await form.getByRole('button', { name: 'Spara datum' }).click();
    await page.getByRole('status').filter({ hasText: `${saturdayAfter(deadline)} flyttades till arbetsdagen` }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(existsSync(await saveScreenshot(page, 'controller-calendar'))).toBe(true);
  });

  it('sees the job runs of the follow-up and the notices in the outbox', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Jobbstatus och utkorg' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Jobbstatus och utkorg' }).waitFor();
    // The first tick after start-up takes the snapshots of the locked periods.
    await eventually(page, () => page.getByTestId('job-runs').getByRole('row').filter({ hasText: 'Ögonblicksbild' }).filter({ hasText: 'Klar' }).first().waitFor({ timeout: 1000 }));

    await page.getByRole('tab', { name: 'Utkorg' }).click();
    await page.waitForURL(/flik=utkorg/);
    const outbox = page.getByTestId('outbox');
    const returned = outbox.getByRole('row').filter({ hasText: 'sara.nilsson@exempelstad.se' }).filter({ hasText: 'Rapport återsänd' });
    await returned.waitFor();
    expect(await returned.textContent()).toContain('Hemtjänst Centrum');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(existsSync(await saveScreenshot(page, 'controller-outbox'))).toBe(true);
    // The one 404 is GET /calendars/<next year> before the calendar existed, which the page shows as "no calendar yet".
    const errors = unexpectedConsoleErrors(browser.consoleErrors);
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    expect(errors.length).toBeLessThanOrEqual(1);
  });
});

import type { Page } from 'playwright-core';
import { demoUsers, logIn, mainNav, unexpectedConsoleErrors } from './support/app.js';
import { openBrowser, seriousAccessibilityViolations, type BrowserSession } from './support/browser.js';

const GOAL_TITLE = 'Fler elever läser böcker varje dag';
const COMMENT = 'Norrskolan ställer sig bakom målet men vill mäta läsningen per termin.';
/** 2027-Q1: a quarter no other journey reports or locks. */
const YEAR = '2027';
const COSTS = ['1 234,5', '980', '1 105', '2 310,25', '1 450', '3 020', '890,5', '1 760', '2 045', '1 333'];

/** A draft nämndmål for BUN, made through the API as Eva (the journeys share one database; no suggested key is taken). */
async function createDraftGoal(page: Page): Promise<string> {
  return page.evaluate(async (title) => {
    const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
    const nodes = (await (await fetch('/api/v1/org-nodes?pageSize=200')).json()) as { items: { id: string; key: string }[] };
    const bun = nodes.items.find((n) => n.key === 'bun')!;
    const res = await fetch('/api/v1/goals', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
      body: JSON.stringify({ key: 'BUN-LAS', level: 'namndmal', title, ownerNodeId: bun.id, validFromYear: new Date().getFullYear() }),
    });
    if (res.status !== 201) throw new Error(`goal: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  }, GOAL_TITLE);
}

/**
 * Journey (issue 14): a draft goal goes on remiss to the units below BUN, Norrskolan's rektor comments, and the
 * ordförande records the decision; the ekonom pastes a quarter's net costs for BUN's ten schools from Excel.
 */
describe('goal configuration journey in Chromium', () => {
  let browser: BrowserSession;
  let goalPath: string;
  beforeEach(async () => (browser = await openBrowser()));
  afterEach(async () => browser?.close());

  it('Eva Berg sends a draft nämndmål on remiss to the units below BUN', async () => {
    const { page } = browser;
    await logIn(page, demoUsers.eva);
    goalPath = `/mal/${await createDraftGoal(page)}`;
    await page.goto(new URL(goalPath, page.url()).toString());
    await page.getByRole('heading', { level: 1, name: `BUN-LAS ${GOAL_TITLE}` }).waitFor();
    const remiss = page.getByRole('region', { name: 'Remiss' });
    await remiss.getByText('Förslaget har inte skickats på remiss.').waitFor();
    const form = remiss.getByRole('form', { name: 'Skicka på remiss' });
    await form.getByLabel('Synpunkter senast').fill('2027-01-31');
    await form.getByRole('textbox', { name: 'Meddelande till enheterna' }).fill('Går målet att nå hos er, och hur vill ni mäta det?');
    await form.getByRole('button', { name: 'Skicka på remiss' }).click();
    await remiss.getByRole('status').filter({ hasText: 'Förslaget är skickat på remiss.' }).waitFor();
    await remiss.getByText(/^Skickat på remiss av Eva Berg .* Synpunkter senast 2027-01-31\.$/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The goal tree counts BUN's goals, indicators and uppdrag, and shows her the indicator care list.
    await mainNav(page).getByRole('link', { name: 'Mål' }).click();
    const counts = page.getByRole('table', { name: /^Mål, indikatorer och uppdrag per organ \d{4}, i bokstavsordning$/ });
    await counts.getByRole('row', { name: /Barn- och utbildningsnämnden/ }).waitFor();
    await page.getByRole('region', { name: 'Indikatorvård' }).getByRole('heading', { name: 'Förslag att avveckla' }).waitFor();
    await page.getByRole('form', { name: 'Nytt uppdrag' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(unexpectedConsoleErrors(browser.consoleErrors)).toEqual([]);
  });

  it('Omar Hassan comments for Norrskolan', async () => {
    const { page } = browser;
    await logIn(page, demoUsers.omar, goalPath);
    const form = page.getByRole('form', { name: 'Lämna synpunkt' });
    await form.waitFor();
    expect(await form.getByRole('combobox', { name: 'För enheten' }).inputValue()).not.toBe('');
    // Omar may not send it on remiss or record the decision.
    expect(await page.getByRole('form', { name: 'Ändra remissen' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Registrera beslut' }).count()).toBe(0);
    await form.getByRole('button', { name: 'Lämna synpunkten' }).click();
    await form.getByText('Fyll i fältet.').waitFor();
    await form.getByRole('textbox', { name: 'Synpunkt' }).fill(COMMENT);
    await form.getByRole('button', { name: 'Lämna synpunkten' }).click();
    const comments = page.getByRole('region', { name: 'Synpunkter' });
    await comments.getByText(COMMENT).waitFor();
    await comments.getByText(/^Omar Hassan, Norrskolan F–9, /).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(unexpectedConsoleErrors(browser.consoleErrors)).toEqual([]);
  });

  it('Karin Lindqvist reads the comment and records the decision', async () => {
    const { page } = browser;
    await logIn(page, demoUsers.karin, goalPath);
    await page.getByRole('region', { name: 'Synpunkter' }).getByText(COMMENT).waitFor();
    const form = page.getByRole('form', { name: 'Registrera beslut' });
    expect(await form.getByRole('textbox', { name: 'Beslutande organ' }).inputValue()).toBe('Barn- och utbildningsnämnden');
    await form.getByRole('textbox', { name: 'Paragraf' }).fill('§ 12');
    await form.getByRole('button', { name: 'Registrera beslutet' }).click();
    // The date is required: said at the field, nothing sent.
    await form.getByText('Fyll i fältet.').waitFor();
    await form.getByLabel('Sammanträdesdag').fill('2027-02-10');
    await form.getByRole('textbox', { name: 'Diarienummer' }).fill('BUN 2027/15');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Registrera beslutet' }).click();

    const decision = page.getByRole('region', { name: 'Beslut' });
    await decision.getByText('BUN 2027/15').waitFor();
    await decision.getByText('2027-02-10').waitFor();
    expect(await page.getByRole('form', { name: 'Registrera beslut' }).count()).toBe(0);
    expect(await page.getByText('Beslutad', { exact: true }).count()).toBeGreaterThan(0);
    await page.getByRole('region', { name: 'Remiss' }).getByText('Målet är beslutat; remissen är avslutad.').waitFor();
    expect(unexpectedConsoleErrors(browser.consoleErrors)).toEqual([]);
  });

  it("Mikael Strand pastes a quarter's net costs for BUN's ten schools from Excel and saves them", async () => {
    const { page } = browser;
    await logIn(page, demoUsers.mikael);
    await mainNav(page).getByRole('link', { name: 'Ekonomi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ekonomiskt utfall' }).waitFor();
    await page.getByRole('combobox', { name: 'Indikator' }).selectOption({ label: 'BUN1.R1 Nettokostnad (tkr)' });
    await page.getByRole('combobox', { name: 'År' }).selectOption(YEAR);
    const table = page.getByRole('table', { name: `Utfall BUN1.R1 Nettokostnad (tkr) ${YEAR} per enhet och period` });
    await table.waitFor();
    expect(await table.getByRole('rowheader').allTextContents()).toHaveLength(10);

    // What Excel puts on the clipboard for ten cells of one column (sv-SE: decimal comma, space grouping).
    const first = table.getByRole('textbox', { name: `Björkskolan F–6, Q1 ${YEAR}` });
    await first.focus();
    await first.evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, `${COSTS.join('\r\n')}\r\n`);
    await page.getByRole('status').filter({ hasText: '10 celler inklistrade.' }).waitFor();
    expect(await table.getByRole('textbox', { name: `Åsby skola F–6, Q1 ${YEAR}` }).inputValue()).toBe('1 333');

    // A note on one value travels with it.
    await table.getByRole('textbox', { name: `Norrskolan F–9, Q1 ${YEAR}` }).focus();
    await page.getByRole('textbox', { name: 'Kommentar' }).fill('Preliminärt utfall före bokslut.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara utfallet' }).click();
    await page.getByRole('status').filter({ hasText: 'Sparat: 10 nya och 0 ändrade värden.' }).waitFor();

    await page.reload();
    await page.getByRole('combobox', { name: 'Indikator' }).selectOption({ label: 'BUN1.R1 Nettokostnad (tkr)' });
    await page.getByRole('combobox', { name: 'År' }).selectOption(YEAR);
    expect(await page.getByRole('textbox', { name: `Björkskolan F–6, Q1 ${YEAR}` }).inputValue()).toBe('1234,5');
    expect(await page.getByRole('textbox', { name: `Kvarnskolan F–6, Q1 ${YEAR}` }).inputValue()).toBe('2310,25');
    expect(unexpectedConsoleErrors(browser.consoleErrors)).toEqual([]);
  });
});

import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { demoUsers, logIn, mainNav, unexpectedConsoleErrors } from './support/app.js';
import { openBrowser, saveScreenshot, seriousAccessibilityViolations, type BrowserSession } from './support/browser.js';

/**
 * Journey: the analysis dialogue. The controller prepares the open quarter's dialogue from its agenda, the nämnd's
 * ordförande records the nämnd's assessment beside the unit's, an action is created and closed, the meeting is held,
 * the protocol justerat and downloaded.
 */
describe('dialogue journey in Chromium', () => {
  let browser: BrowserSession;
  beforeEach(async () => (browser = await openBrowser()));
  afterEach(async () => browser?.close());

  it('Eva Berg opens the planned dialogue of BUN and reads its agenda made from the data', async () => {
    const { page } = browser;
    await logIn(page, demoUsers.eva);
    await mainNav(page).getByRole('link', { name: 'Dialoger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dialoger' }).waitFor();
    const table = page.getByRole('table', { name: 'Dialoger, senaste mötet först' });
    await table.getByRole('row').filter({ hasText: 'Planerad' }).getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: 'Dagordning' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Åtgärder' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(unexpectedConsoleErrors(browser.consoleErrors)).toEqual([]);
  });

  it("Karin Lindqvist records the nämnd's assessment of BUN1 beside Norrskolan's on the chain view", async () => {
    const { page } = browser;
    await logIn(page, demoUsers.karin, '/mal');
    await page.getByRole('link', { name: /Fler elever är behöriga/ }).first().click();
    await page.getByRole('link', { name: 'Visa resultatkedjan' }).click();
    const form = page.getByRole('form', { name: 'Registrera din bedömning' });
    await form.waitFor();
    await form.getByLabel('Vems bedömning').selectOption({ label: 'Nämndens bedömning' });
    await form.getByLabel('Organ').selectOption({ label: 'Barn- och utbildningsnämnden' });
    await form.getByRole('textbox', { name: 'Motivering' }).fill('Nämnden delar förvaltningens analys men ser allvarligt på lärarbristen.');
    await form.getByRole('button', { name: 'Spara bedömningen' }).click();
    await form.getByRole('status').getByText('Bedömningen är sparad.').waitFor();
    const table = page.getByRole('table', { name: /bedömningar av målet/ });
    await table.getByRole('rowheader', { name: 'Nämndens bedömning (Barn- och utbildningsnämnden)' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('Eva Berg prepares the dialogue in the analysis view: units side by side, a what-if, a saved analysis shared with the dialogue', async () => {
    const { page } = browser;
    await logIn(page, demoUsers.eva, '/mal');
    await page.getByRole('link', { name: /Fler elever är behöriga/ }).first().click();
    await page.getByRole('link', { name: 'Visa resultatkedjan' }).click();
    await page.getByRole('link', { name: /Analys inför dialog/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Analys inför dialog – BUN1/ }).waitFor();
    const units = page.getByTestId('analysis-units');
    await units.getByRole('rowheader', { name: 'Norrskolan' }).waitFor();
    await units.getByRole('rowheader', { name: /^Hela / }).waitFor();
    await page.getByRole('textbox', { name: /Vad händer om resurserna ändras/ }).fill('10');
    await units.getByRole('columnheader', { name: 'Med resurser +10\u00a0%' }).waitFor();
    expect(await page.getByTestId('analysis-trend').getByRole('row').count()).toBe(6);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'analysis-view');

    await page.getByRole('textbox', { name: 'Rubrik' }).fill('Kostnad per elev mot behörighet');
    await page.getByRole('textbox', { name: /Analys – vad ser vi/ }).fill('Norrskolans kostnad per elev har ökat utan att behörigheten följt med.');
    await page.getByRole('combobox', { name: 'Dela med dialog' }).click();
    await page.getByRole('option', { name: /Barn- och utbildningsnämnden/ }).click();
    await page.getByRole('button', { name: 'Spara analysen' }).click();
    await page.getByText('Analysen är sparad.').waitFor();
    await page.getByTestId('saved-analyses').getByRole('heading', { name: 'Kostnad per elev mot behörighet' }).waitFor();

    await mainNav(page).getByRole('link', { name: 'Dialoger' }).click();
    await page.getByRole('table', { name: 'Dialoger, senaste mötet först' }).getByRole('row').filter({ hasText: 'Planerad' }).getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: 'Analyser inför dialogen' }).waitFor();
    await page.getByText('Norrskolans kostnad per elev har ökat utan att behörigheten följt med.').waitFor();
    expect(unexpectedConsoleErrors(browser.consoleErrors)).toEqual([]);
  });

  it('Eva Berg adds an action and closes it, holds the meeting, justerar the protocol and downloads it', async () => {
    const { page } = browser;
    await logIn(page, demoUsers.eva, '/dialoger');
    const table = page.getByRole('table', { name: 'Dialoger, senaste mötet först' });
    await table.getByRole('row').filter({ hasText: 'Planerad' }).getByRole('link').click();
    const form = page.getByRole('form', { name: 'Ny åtgärd' });
    await form.getByRole('textbox', { name: 'Åtgärd' }).fill('Följ upp lärarlagen på Norrskolan');
    await form.getByLabel('Klar senast').fill('2027-06-30');
    await form.getByRole('button', { name: 'Lägg till åtgärden' }).click();
    await page.getByRole('cell', { name: 'Följ upp lärarlagen på Norrskolan', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Stäng åtgärden Följ upp lärarlagen på Norrskolan' }).click();
    await page.getByRole('button', { name: 'Öppna åtgärden igen: Följ upp lärarlagen på Norrskolan' }).waitFor();

    const note = page.getByRole('form', { name: 'Anteckning och beslut till punkt 1' });
    await note.getByRole('textbox').fill('Nämnden ber förvaltningen analysera lärarbristen till nästa dialog.');
    await note.getByRole('button', { name: 'Spara anteckningen' }).click();
    await note.getByRole('status').getByText('Sparat.').waitFor();

    await page.getByRole('button', { name: 'Markera som genomförd' }).click();
    await page.getByRole('button', { name: 'Justera protokollet' }).click();
    await page.getByText(/· Protokoll justerat$/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ned protokollet (Word)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Protokoll Analysdialog Barn- och utbildningsnämnden .*\.docx$/);
    const protocol = await JSZip.loadAsync(await readFile((await download.path())!));
    expect(await protocol.file('word/document.xml')!.async('string')).toContain('Nämnden ber förvaltningen analysera lärarbristen till nästa dialog.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The next dialogue is planned in the web: the body, a locked or open period, the date.
    await mainNav(page).getByRole('link', { name: 'Dialoger' }).click();
    const plan = page.getByRole('form', { name: 'Planera en dialog' });
    await plan.getByRole('combobox', { name: 'Nämnd, förvaltning eller bolag' }).click();
    await page.getByRole('option', { name: 'Vård- och omsorgsnämnden' }).click();
    await plan.getByRole('combobox', { name: 'Period' }).click();
    await page.getByRole('option').first().click();
    await plan.getByLabel('Mötesdatum').fill('2027-02-10');
    await plan.getByRole('button', { name: 'Planera dialogen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Analysdialog Vård- och omsorgsnämnden/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Dagordning' }).waitFor();
    expect(unexpectedConsoleErrors(browser.consoleErrors)).toEqual([]);
  });
});

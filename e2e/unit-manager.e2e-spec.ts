import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { demoUsers, logIn, mainNav, unexpectedConsoleErrors } from './support/app.js';
import { openBrowser, saveScreenshot, seriousAccessibilityViolations, type BrowserSession } from './support/browser.js';

/** The demo seed keeps the units' latest period open whatever the day, with a draft for Norrskolan (Omar Hassan). */
const NORRSKOLAN_REPORT = /^Öppna rapporten för Norrskolan F–9, /;
const RETURN_COMMENT = 'Beskriv också hur nettokostnaden utvecklades jämfört med förra kvartalet.';

const valueField = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const saveDraft = (page: Page) => page.getByRole('button', { name: 'Spara utkast' }).click();
const submit = (page: Page) => page.getByRole('button', { name: 'Lämna in' }).click();
const statusOf = (page: Page) => page.getByRole('heading', { level: 1 }).locator('xpath=..').textContent();

/** Downloads the report's XLSX template in the user's session, sets one value and saves it for the file input. */
async function filledTemplate(page: Page, key: string, value: number): Promise<string> {
  const href = await page.getByRole('link', { name: 'Ladda ned importmall (XLSX)' }).getAttribute('href');
  const response = await page.request.get(new URL(href!, page.url()).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.body());
  const sheet = workbook.worksheets[0]!;
  const header = sheet.getRow(1).values as string[];
  const keyColumn = header.indexOf('Indikatornyckel');
  const valueColumn = header.indexOf('Värde');
  let found = false;
  sheet.eachRow((row, index) => {
    if (index > 1 && row.getCell(keyColumn).value === key) {
      row.getCell(valueColumn).value = value;
      found = true;
    }
  });
  expect(found).toBe(true);
  const path = join(mkdtempSync(join(tmpdir(), 'rk-import-')), 'norrskolan.xlsx');
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

describe('journey 2: the unit manager (enhetschef) reports the quarter, the controller returns it, and it is fixed and approved', () => {
  let omar: BrowserSession;
  let eva: BrowserSession;
  beforeAll(async () => {
    [omar, eva] = await Promise.all([openBrowser(), openBrowser()]);
  });
  afterAll(async () => Promise.all([omar?.close(), eva?.close()]));

  it('Omar Hassan finds his draft under Mina rapporter, with last period and target beside each value', async () => {
    const { page } = omar;
    await logIn(page, demoUsers.omar);
    await page.getByRole('region', { name: 'Att göra' }).getByRole('link', { name: /Norrskolan F–9: utkast, sista dag \d{4}-\d{2}-\d{2}$/ }).waitFor();

    await mainNav(page).getByRole('link', { name: 'Rapporter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina rapporter' }).waitFor();
    const table = page.getByTestId('reports-table');
    await table.waitFor();
    // Only his own unit, not the other units' submitted reports.
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['Norrskolan F–9']);
    await page.getByRole('link', { name: NORRSKOLAN_REPORT }).click();

    await page.getByRole('heading', { level: 1, name: /^Rapport .+ – Norrskolan F–9$/ }).waitFor();
    expect(await statusOf(page)).toContain('Utkast');
    expect(await page.getByTestId('report-period-dates').textContent()).toMatch(/^Sista dag att lämna in: \d{4}-\d{2}-\d{2}\. Perioden låses \d{4}-\d{2}-\d{2}\.$/);
    await page.getByRole('heading', { level: 2, name: 'BUN1 Fler elever är behöriga till gymnasiets yrkesprogram' }).waitFor();
    const lessons = valueField(page, 'Genomförda lektioner (st)');
    // Mantine ties the hint to the field: last period's value and the target.
    const hintId = await lessons.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${hintId}"]`).textContent()).toMatch(/^Förra perioden \(.+\): .+ · Målvärde: /);
    await page.getByText(/^Andel genomförd undervisning \(%\): .+ \(beräknas\)$/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('gets a Swedish message at the field for a value that is not a number, and for one the API refuses, and nothing is saved', async () => {
    const { page } = omar;
    const lessons = valueField(page, 'Genomförda lektioner (st)');
    const before = await lessons.inputValue();
    await lessons.fill('tolv');
    await saveDraft(page);
    await page.getByText('Ange ett tal, t.ex. 12,5').waitFor();
    await page.getByRole('alert').filter({ hasText: 'Rätta felen i formuläret.' }).waitFor();
    expect(await lessons.getAttribute('aria-invalid')).toBe('true');

    await lessons.fill('-5');
    await saveDraft(page);
    await page.getByText('Värdet får inte vara negativt.').waitFor();

    // Nothing of it reached the report: a reload shows the stored value.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /^BUN1 / }).waitFor();
    expect(await valueField(page, 'Genomförda lektioner (st)').inputValue()).toBe(before);
  });

  it('saves a draft, is told what is missing before submitting, and imports a value from the XLSX template', async () => {
    const { page } = omar;
    await valueField(page, 'Genomförda lektioner (st)').fill('3 550');
    await saveDraft(page);
    await page.getByRole('status').filter({ hasText: 'Utkastet är sparat.' }).waitFor();
    expect(await valueField(page, 'Genomförda lektioner (st)').inputValue()).toBe('3550');

    await submit(page);
    await page.getByRole('alert').filter({ hasText: 'förrän analysen och självvärderingen är ifyllda' }).waitFor();
    await page.getByText('Beskriv vad som har hänt.').waitFor();
    await page.getByText('Välj en nivå för måluppfyllelsen.').waitFor();
    expect(await statusOf(page)).toContain('Utkast');

    const file = await filledTemplate(page, 'BUN1.A1', 3610);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /rader lästes in, 1 värden ändrades\./ }).waitFor();
    expect(await valueField(page, 'Planerade lektioner (st)').inputValue()).toBe('3610');
    expect(await valueField(page, 'Genomförda lektioner (st)').inputValue()).toBe('3550');
  });

  it('writes the analysis and the self-assessment and submits', async () => {
    const { page } = omar;
    await page.getByRole('textbox', { name: 'Vad hände?' }).fill('Nästan all planerad undervisning blev av; tre lärare var kort sjukskrivna.');
    await page.getByRole('textbox', { name: 'Varför?' }).fill('Vikariepoolen med Söderskolan täckte de flesta lektionerna.');
    await page.getByRole('textbox', { name: 'Vad gör vi nu?' }).fill('Vi behåller vikariepoolen och följer närvaron i årskurs 9 varje månad.');
    await page.getByRole('combobox', { name: 'Bedömd nivå' }).selectOption({ label: 'Delvis uppfyllt' });
    await page.getByRole('textbox', { name: 'Motivering' }).fill('Genomförd undervisning ligger nära målvärdet; behörigheten vet vi efter vårterminen.');
    await submit(page);
    await page.getByRole('status').filter({ hasText: 'Rapporten är inlämnad.' }).waitFor();
    expect(await statusOf(page)).toContain('Inlämnad');
    // Submitted: shown as text for reading, no longer as a form.
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lämna in' }).count()).toBe(0);
    const values = page.getByTestId('report-values');
    expect(await values.getByRole('row').filter({ hasText: 'Genomförda lektioner' }).textContent()).toContain('3\u00a0550\u00a0st');
    await page.getByText('Vikariepoolen med Söderskolan täckte de flesta lektionerna.').waitFor();
    expect(existsSync(await saveScreenshot(page, 'unit-manager-submitted'))).toBe(true);
  });

  it('Eva Berg sees it waiting for review and returns it with a comment (a comment is required)', async () => {
    const { page } = eva;
    await logIn(page, demoUsers.eva);
    await page.getByRole('region', { name: 'Att göra' }).getByRole('link', { name: /väntar på din granskning$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
    await page.getByTestId('report-overview').waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('inlamnad');
    await page.getByRole('link', { name: NORRSKOLAN_REPORT }).click();

    const review = page.getByRole('region', { name: 'Granskning' });
    await review.waitFor();
    await review.getByRole('button', { name: 'Återsänd med kommentar' }).click();
    await review.getByText('Skriv en kommentar om vad som ska kompletteras.').waitFor();
    await review.getByRole('textbox', { name: 'Kommentar till enheten' }).fill(RETURN_COMMENT);
    await review.getByRole('button', { name: 'Återsänd med kommentar' }).click();
    await page.getByTestId('return-comment').waitFor();
    await page.getByText(/^Återsänd av Eva Berg /).waitFor();
    expect(await statusOf(page)).toContain('Återsänd');
    expect(unexpectedConsoleErrors(eva.consoleErrors)).toEqual([]);
  });

  it('Omar sees the comment on his start page and in his notices, fixes the report and submits again', async () => {
    const { page } = omar;
    await mainNav(page).getByRole('link', { name: 'Översikt' }).click();
    const todo = page.getByRole('region', { name: 'Att göra' });
    await todo.getByText(`Controllerns kommentar: ${RETURN_COMMENT}`).waitFor();
    await page.getByRole('region', { name: 'Mina notiser' }).getByText(/Norrskolan F–9, .+, har återsänts för komplettering/).waitFor();
    await todo.getByRole('link', { name: /Norrskolan F–9: återsänd, sista dag/ }).click();

    const returned = page.getByTestId('return-comment');
    await returned.waitFor();
    expect(await returned.textContent()).toContain(RETURN_COMMENT);
    await page.getByRole('textbox', { name: 'Varför?' }).fill(
      'Vikariepoolen täckte de flesta lektionerna. Nettokostnaden sjönk jämfört med förra kvartalet eftersom sommarlovet ingår.',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await submit(page);
    await page.getByRole('status').filter({ hasText: 'Rapporten är inlämnad.' }).waitFor();
    expect(await statusOf(page)).toContain('Inlämnad');
  });

  it('Eva approves it, and Omar then sees it approved and locked for changes', async () => {
    await eva.page.reload();
    const review = eva.page.getByRole('region', { name: 'Granskning' });
    // The earlier return is no longer shown as the decision once the report is submitted again.
    expect(await eva.page.getByText(/^(Återsänd|Godkänd) av /).count()).toBe(0);
    await review.getByRole('button', { name: 'Godkänn' }).click();
    await eva.page.getByText(/^Godkänd av Eva Berg /).waitFor();
    expect(await statusOf(eva.page)).toContain('Godkänd');

    const { page } = omar;
    await page.reload();
    await page.getByText('Rapporten kan inte ändras i sin nuvarande status.').waitFor();
    expect(await statusOf(page)).toContain('Godkänd');
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.getByText(/Nettokostnaden sjönk jämfört med förra kvartalet/).waitFor();
    expect(existsSync(await saveScreenshot(page, 'unit-manager-approved'))).toBe(true);
    // The browser logs the two 422 answers the journey asked for (a negative count, a submit without analysis).
    const errors = unexpectedConsoleErrors(omar.consoleErrors);
    expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    expect(errors).toHaveLength(2);
  });
});

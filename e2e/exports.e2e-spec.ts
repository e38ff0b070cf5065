import { readFileSync } from 'node:fs';
import { demoUsers, logIn, mainNav, unexpectedConsoleErrors } from './support/app.js';
import { openBrowser, seriousAccessibilityViolations, type BrowserSession } from './support/browser.js';

/**
 * Journey: the ekonom exports the 2025 årsredovisning (Excel) and the latest delårsrapport (Word) from their locked
 * snapshots, follows the progress and downloads both files.
 */
describe('exports journey in Chromium', () => {
  let browser: BrowserSession;
  beforeEach(async () => (browser = await openBrowser()));
  afterEach(async () => browser?.close());

  it('Mikael Strand exports the 2025 årsredovisning and the delårsrapport 2026 and downloads both', async () => {
    const { page } = browser;
    await logIn(page, demoUsers.mikael);
    await mainNav(page).getByRole('link', { name: 'Exporter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Exporter' }).waitFor();

    const exportOne = async (heading: RegExp, format: string, fileName: string) => {
      const form = page.getByRole('form', { name: heading });
      // The worker takes the locked periods' snapshots on its first run after the start; until then there is no form.
      for (let attempt = 0; !(await form.isVisible()) && attempt < 60; attempt += 1) {
        await page.waitForTimeout(1000);
        await page.reload();
      }
      await form.getByLabel('Format').selectOption({ label: format });
      await form.getByRole('button', { name: 'Skapa export' }).click();
      await form.getByRole('status').getByText('Exporten är köad och byggs nu.').waitFor();
      const link = page.getByRole('link', { name: `Ladda ned ${fileName}` });
      await link.first().waitFor({ timeout: 60_000 });
      const [download] = await Promise.all([page.waitForEvent('download'), link.first().click()]);
      expect(download.suggestedFilename()).toBe(fileName);
      const bytes = readFileSync((await download.path())!);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    };

    await exportOne(/^Ny export: Årsredovisning 2025/, 'Excel (XLSX)', 'Årsredovisning 2025 – målavstämning.xlsx');
    await exportOne(/^Ny export: Delårsrapport 2026/, 'Word (DOCX)', 'Delårsrapport 2026 (t.o.m. 2026-08-31) – målavstämning.docx');
    await page.getByRole('table', { name: /^Exporter av Årsredovisning 2025/ }).getByRole('cell', { name: 'Klar' }).first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(unexpectedConsoleErrors(browser.consoleErrors)).toEqual([]);
  });
});

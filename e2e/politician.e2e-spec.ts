import { existsSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { demoUsers, logIn, mainNav, unexpectedConsoleErrors } from './support/app.js';
import { openBrowser, saveScreenshot, seriousAccessibilityViolations, type BrowserSession } from './support/browser.js';

/** The card (article) of a goal in a tree or list, found by its key at the start of the heading. */
function goalCard(scope: Locator, key: string): Locator {
  return scope.locator('article').filter({ has: scope.page().getByRole('heading', { name: new RegExp(`^${key} `) }) }).first();
}

/** The list of goals broken down from `key` (its <ul> is labelled "… nedbrutna mål: KEY"). */
function childrenOf(page: Page, key: string): Locator {
  return page.getByRole('list', { name: new RegExp(`nedbrut(et|na) mål: ${key}$`) });
}

const year = new Date().getFullYear();
const NEW_GOAL_TITLE = 'Exempelstad är en trygg kommun för alla åldrar';

describe('journey 1: the politician (förtroendevald) and the goal tree', () => {
  let browser: BrowserSession;
  beforeAll(async () => (browser = await openBrowser()));
  afterAll(async () => browser?.close());

  it('Karin Lindqvist sees the kommunkoncern\'s goal tree with nämndmål under KF\'s inriktningsmål', async () => {
    const { page } = browser;
    await logIn(page, demoUsers.karin);
    await mainNav(page).getByRole('link', { name: 'Mål' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mål' }).waitFor();
    const tree = page.getByRole('list', { name: `Målträd ${year}` });
    await tree.waitFor();

    await tree.getByRole('heading', { level: 3, name: /^VISION Exempelstad – nära, grönt och växande/ }).waitFor();
    for (const key of ['IM1', 'IM2', 'IM3']) {
      await tree.getByRole('heading', { level: 4, name: new RegExp(`^${key} `) }).waitFor();
    }
    // Nämndmål sit in the list under the inriktningsmål they are broken down from.
    await childrenOf(page, 'IM1').getByRole('heading', { level: 5, name: /^BUN1 / }).waitFor();
    await childrenOf(page, 'IM1').getByRole('heading', { level: 5, name: /^KFN1 / }).waitFor();
    await childrenOf(page, 'IM2').getByRole('heading', { level: 5, name: /^VON1 / }).waitFor();
    await childrenOf(page, 'IM2').getByRole('heading', { level: 5, name: /^SN1 / }).waitFor();
    await childrenOf(page, 'IM3').getByRole('heading', { level: 5, name: /^SBN1 / }).waitFor();

    // Each goal shows its owner, status and GEH; måluppfyllelse is a label with a trend in words.
    const bun1 = goalCard(tree, 'BUN1');
    expect(await bun1.textContent()).toContain('Ägare: Barn- och utbildningsnämnden');
    expect(await bun1.textContent()).toContain('Beslutad');
    expect(await bun1.textContent()).toContain('Räknas för god ekonomisk hushållning');
    await bun1.getByText(/Måluppfyllelse: (Uppfyllt|Delvis uppfyllt|Ej uppfyllt|Ej bedömt)/).waitFor();

    // Bolagens ägardirektiv: HEM1, HEM2 and EV1 serve IM3; HEM2 also serves IM2.
    const bolag = page.getByRole('region', { name: 'Bolagens ägardirektiv' });
    const im3Group = bolag.locator('div').filter({ has: page.getByRole('heading', { level: 3, name: /^IM3 / }) }).last();
    for (const key of ['HEM1', 'HEM2', 'EV1']) {
      await im3Group.getByRole('listitem').filter({ hasText: new RegExp(`^${key} `) }).waitFor();
    }
    const im2Group = bolag.locator('div').filter({ has: page.getByRole('heading', { level: 3, name: /^IM2 / }) }).last();
    expect(await im2Group.getByRole('listitem').filter({ hasText: /^HEM2 / }).textContent()).toContain('Tjänar även detta mål');
    expect(await im3Group.textContent()).toContain('Exempelstadshem AB');
    expect(await im3Group.textContent()).toContain('Exempelstad Energi och Vatten AB');

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(existsSync(await saveScreenshot(page, 'politician-goal-tree'))).toBe(true);
  });

  it('opens a goal, sees its decision and the owner\'s grunduppdrag, and the back button returns to the tree', async () => {
    const { page } = browser;
    await goalCard(page.getByRole('list', { name: `Målträd ${year}` }), 'BUN1').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^BUN1 Fler elever är behöriga/ }).waitFor();
    const decision = page.getByRole('region', { name: 'Beslut' });
    expect(await decision.textContent()).toContain('BUN 2024/0210');
    await page.getByRole('complementary', { name: /^Grunduppdrag för Barn- och utbildningsnämnden/ }).waitFor();
    await page.getByRole('link', { name: /^IM1 Barn och unga/ }).waitFor();
    await page.getByRole('rowheader', { name: 'Andel behöriga till yrkesprogram' }).waitFor();

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(existsSync(await saveScreenshot(page, 'politician-goal-detail'))).toBe(true);

    await page.goBack();
    await page.getByRole('list', { name: `Målträd ${year}` }).waitFor();
  });

  it('creates an inriktningsmål as a förslag', async () => {
    const { page } = browser;
    const newGoal = page.getByRole('link', { name: 'Nytt inriktningsmål' });
    await page.getByRole('list', { name: `Målträd ${year}` }).waitFor();
    // The web offers the button only where the API will accept the goal (goal:write on KF, the owner).
    if ((await newGoal.count()) === 0) {
      throw new Error(
        'Karin Lindqvist may not create an inriktningsmål: the API requires goal:write on KF (the owner of every ' +
          'inriktningsmål), but the demo seed grants her förtroendevald on KS only.',
      );
    }
    await newGoal.click();
    await page.getByRole('heading', { level: 1, name: 'Nytt inriktningsmål' }).waitFor();

    // Swedish validation first.
    await page.getByRole('button', { name: 'Skapa inriktningsmål' }).click();
    await page.getByText('Ange en rubrik.').waitFor();

    expect(await page.getByRole('textbox', { name: 'Nyckel' }).inputValue()).toBe('IM4');
    await page.getByRole('textbox', { name: 'Rubrik' }).fill(NEW_GOAL_TITLE);
    await page.getByRole('textbox', { name: 'Beskrivning' }).fill('Invånarna ska känna sig trygga i hela kommunen, dag som natt.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skapa inriktningsmål' }).click();

    await page.getByText('Inriktningsmålet är skapat som förslag.').waitFor();
    await page.getByRole('heading', { level: 1, name: `IM4 ${NEW_GOAL_TITLE}` }).waitFor();
    expect(await page.getByText('Förslag', { exact: true }).count()).toBeGreaterThan(0);
  });

  it('links a nämnd goal to the new inriktningsmål and sees it under it in the tree', async () => {
    const { page } = browser;
    await page.goto(new URL(`/mal?ar=${year}`, page.url()).toString());
    const tree = page.getByRole('list', { name: `Målträd ${year}` });
    await goalCard(tree, 'KFN1').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^KFN1 / }).waitFor();

    const link = page.getByRole('link', { name: 'Koppla till överordnat mål' });
    await page.getByRole('region', { name: 'Beslut' }).waitFor();
    if ((await link.count()) === 0) {
      throw new Error(
        'Karin Lindqvist may not re-link KFN1: the API requires goal:write on Kultur- och fritidsnämnden and, as ' +
          'KFN1 is beslutad, goal:decide there too; a förtroendevald scoped to KS has neither.',
      );
    }
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Koppla KFN1 till ett överordnat mål' }).waitFor();
    await page.getByRole('combobox', { name: 'Överordnat mål' }).selectOption({ label: `IM4 ${NEW_GOAL_TITLE}` });
    await page.getByRole('button', { name: 'Spara kopplingen' }).click();
    await page.getByText('Kopplingen är sparad.').waitFor();
    await page.getByRole('link', { name: `IM4 ${NEW_GOAL_TITLE}` }).waitFor();

    await page.getByRole('link', { name: 'Tillbaka till målträdet' }).click();
    await childrenOf(page, 'IM4').getByRole('heading', { level: 5, name: /^KFN1 / }).waitFor();
    expect(await childrenOf(page, 'IM1').getByRole('heading', { name: /^KFN1 / }).count()).toBe(0);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(existsSync(await saveScreenshot(page, 'politician-goal-linked'))).toBe(true);
    expect(unexpectedConsoleErrors(browser.consoleErrors)).toEqual([]);
  });
});

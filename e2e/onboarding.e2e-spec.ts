import { submitLogin, unexpectedConsoleErrors } from './support/app.js';
import { baseUrl, openBrowser, saveScreenshot, seriousAccessibilityViolations, type BrowserSession } from './support/browser.js';

const OPERATOR = { email: 'drift@resultatkedjan.se', password: 'Exempel2026!' };
const NEW_PASSWORD = 'Barby-kommun-2026!';

describe('a new kommun: the operator starts it on the platform page, its first admin sets a password from the invitation and signs in', () => {
  let browser: BrowserSession;
  beforeEach(async () => (browser = await openBrowser()));
  afterEach(async () => browser?.close());

  it('accepts the invitation once, with Swedish field messages, and lets the admin into Barby only', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/plattform');
    await page.getByRole('heading', { level: 1, name: 'Logga in som plattformsoperatör' }).waitFor();
    await page.getByRole('textbox', { name: 'E-postadress' }).fill(OPERATOR.email);
    await page.getByRole('textbox', { name: 'Lösenord', exact: true }).fill(OPERATOR.password);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Plattformen' }).waitFor();
    await page.getByRole('cell', { name: 'Exempelstad kommun', exact: true }).waitFor();
    await page.getByRole('textbox', { name: 'Kommunkod' }).fill('1234');
    await page.getByRole('textbox', { name: 'Namn', exact: true }).fill('Barby kommun');
    await page.getByRole('textbox', { name: 'Administratörens e-postadress' }).fill('admin@barby.se');
    await page.getByRole('button', { name: 'Starta kommunen' }).click();
    await page.getByText('1234 är inte en svensk kommuns kommunkod').waitFor();
    await page.getByRole('textbox', { name: 'Kommunkod' }).fill('9903');
    await page.getByRole('button', { name: 'Starta kommunen' }).click();
    await page.getByText('Barby kommun är startad.').waitFor();
    await page.getByRole('cell', { name: 'Barby kommun', exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'platform-kommun-started');
    const invitationPath = new URL((await page.locator('pre').textContent())!.trim()).pathname;

    await page.goto(baseUrl() + invitationPath);
    await page.getByRole('heading', { level: 1, name: 'Välj ditt lösenord' }).waitFor();
    await page.getByText('Du är inbjuden till Barby kommun i Resultatkedjan som admin@barby.se.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'Nytt lösenord' }).fill('kort');
    await page.getByRole('textbox', { name: 'Upprepa lösenordet' }).fill('kort');
    await page.getByRole('button', { name: 'Spara lösenord' }).click();
    await page.getByText('Lösenordet måste ha minst 12 tecken.').waitFor();

    await page.getByRole('textbox', { name: 'Nytt lösenord' }).fill(NEW_PASSWORD);
    await page.getByRole('textbox', { name: 'Upprepa lösenordet' }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Spara lösenord' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klart!' }).waitFor();
    await saveScreenshot(page, 'invitation-accepted');

    // The link is used up.
    await page.goto(baseUrl() + invitationPath);
    await page.getByRole('heading', { level: 1, name: 'Inbjudan går inte att använda' }).waitFor();

    await page.goto(baseUrl() + '/logga-in');
    await submitLogin(page, 'admin@barby.se', NEW_PASSWORD);
    await page.getByRole('region', { name: 'Inloggad användare' }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).json());
    const nodes = await page.evaluate(async () => (await fetch('/api/v1/org-nodes')).json());
    expect(me.email).toBe('admin@barby.se');
    expect(nodes.items.map((n: { name: string }) => n.name)).toEqual(['Kommunfullmäktige']);
    // The refused kommunkod's 422 and the used link's 410 are answers the pages expected.
    expect(unexpectedConsoleErrors(browser.consoleErrors).filter((e) => !/status of (410|422)/.test(e))).toEqual([]);
  });
});

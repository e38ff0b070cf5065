import { submitLogin, unexpectedConsoleErrors } from './support/app.js';
import { baseUrl, openBrowser, saveScreenshot, seriousAccessibilityViolations, type BrowserSession } from './support/browser.js';

const OPERATOR = { email: 'drift@resultatkedjan.se', password: 'Exempel2026!' };
const NEW_PASSWORD = 'Barby-kommun-2026!';

/** The operator starts a kommun through the platform API (what `npm run kommun -- create` does) and returns the invitation link. */
async function startKommun(kommunkod: string, namn: string, adminEmail: string): Promise<string> {
  const login = await fetch(`${baseUrl()}/api/v1/platform/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(OPERATOR) });
  expect(login.status).toBe(200);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await fetch(`${baseUrl()}/api/v1/platform/kommuner`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ kommunkod, namn, adminEmail }),
  });
  expect(created.status).toBe(201);
  const { invitationLink } = (await created.json()) as { invitationLink: string };
  return new URL(invitationLink).pathname;
}

describe('a new kommun: the operator starts it, its first admin sets a password from the invitation and signs in', () => {
  let browser: BrowserSession;
  beforeEach(async () => (browser = await openBrowser()));
  afterEach(async () => browser?.close());

  it('accepts the invitation once, with Swedish field messages, and lets the admin into Barby only', async () => {
    const { page } = browser;
    const invitationPath = await startKommun('9903', 'Barby kommun', 'admin@barby.se');

    await page.goto(baseUrl() + invitationPath);
    await page.getByRole('heading', { level: 1, name: 'Välj ditt lösenord' }).waitFor();
    await page.getByText('Du är inbjuden till Barby kommun i Resultatkedjan som admin@barby.se.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Nytt lösenord').fill('kort');
    await page.getByLabel('Upprepa lösenordet').fill('kort');
    await page.getByRole('button', { name: 'Spara lösenord' }).click();
    await page.getByText('Lösenordet måste ha minst 12 tecken.').waitFor();

    await page.getByLabel('Nytt lösenord').fill(NEW_PASSWORD);
    await page.getByLabel('Upprepa lösenordet').fill(NEW_PASSWORD);
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
    // The used link's 410 is the answer the page expected.
    expect(unexpectedConsoleErrors(browser.consoleErrors).filter((e) => !/status of 410/.test(e))).toEqual([]);
  });
});

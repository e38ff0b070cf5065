import ExcelJS from 'exceljs';
import { startOidcProvider, type OidcTestProvider } from '../apps/api/test/support/oidc-test-provider.js';
import { mainNav, submitLogin, unexpectedConsoleErrors } from './support/app.js';
import { baseUrl, openBrowser, saveScreenshot, seriousAccessibilityViolations, type BrowserSession } from './support/browser.js';

const OPERATOR = { email: 'drift@resultatkedjan.se', password: 'Exempel2026!' };
const NEW_PASSWORD = 'Barby-kommun-2026!';
const BARBY_IDP_CLIENT = { clientId: 'rk-barby', clientSecret: 'barbys-e2e-klienthemlighet' };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['Nyckel', 'Namn', 'Typ', 'Överordnad nyckel', 'Gäller från'];
const BARBY_TREE = [
  ['bun', 'Barn- och utbildningsnämnden', 'nämnd', 'kf', '2027-01-01'],
  ['bun.forv', 'Utbildningsförvaltningen', 'förvaltning', 'bun', '2027-01-01'],
  ['bun.forv.norr', 'Skola Norr', 'enhet', 'bun.forv', '2027-01-01'],
  ['bun.forv.soder', 'Skola Söder', 'enhet', 'bun.forv', '2027-01-01'],
];
const BARBY_TREE_WITH_ERROR = [BARBY_TREE[0]!, ['bun.forv', 'Utbildningsförvaltningen', 'skola', 'bun', '2027-01-01']];

async function orgTreeXlsx(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Organisation').addRows([HEADER, ...rows]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('a new kommun: the operator starts it on the platform page, its first admin sets a password from the invitation and signs in', () => {
  let browser: BrowserSession;
  let barbyIdp: OidcTestProvider;
  beforeAll(async () => {
    // Barby's own identity provider (its "Entra ID"), registered with the app's one callback address.
    barbyIdp = await startOidcProvider({ ...BARBY_IDP_CLIENT, redirectUri: `${baseUrl()}/api/v1/auth/oidc/callback` }, {
      'barby-cecilia': { email: 'controller@barby.se', email_verified: true, name: 'Cecilia Controller' },
    });
  });
  afterAll(async () => barbyIdp?.close());
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

    // The new admin builds the org tree from an XLSX file, all rows or none.
    await mainNav(page).getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'barby-organisation.xlsx', mimeType: XLSX, buffer: await orgTreeXlsx(BARBY_TREE_WITH_ERROR) });
    await page.getByRole('button', { name: 'Läs in' }).click();
    await page.getByText('rad 3.typ: Okänd typ "skola"').waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'barby-organisation.xlsx', mimeType: XLSX, buffer: await orgTreeXlsx(BARBY_TREE) });
    await page.getByRole('button', { name: 'Läs in' }).click();
    await page.getByText('4 enheter lästes in.').waitFor();
    await page.getByRole('button', { name: 'Ändra Skola Norr' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-org-imported');

    // It connects Barby's own identity provider (OIDC); the secret is kept sealed and never shown again.
    await page.getByRole('tab', { name: 'Inloggning' }).click();
    await page.getByRole('heading', { level: 2, name: 'Inloggning' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'E-postdomäner' }).inputValue()).toBe('barby.se');
    await page.getByRole('checkbox', { name: 'Låt användarna logga in med kommunens konto' }).check();
    await page.getByRole('textbox', { name: 'Namn på inloggningsknappen' }).fill('Barby kommuns konto');
    await page.getByRole('textbox', { name: 'Utfärdare (issuer)' }).fill('ftp://fel.barby.se');
    await page.getByRole('textbox', { name: 'Klient-id' }).fill(BARBY_IDP_CLIENT.clientId);
    await page.getByLabel('Klienthemlighet').fill(BARBY_IDP_CLIENT.clientSecret);
    await page.getByRole('button', { name: 'Spara inloggning' }).click();
    await page.getByText('Ange utfärdarens adress med https://').waitFor();
    await page.getByRole('textbox', { name: 'Utfärdare (issuer)' }).fill(barbyIdp.issuer);
    await page.getByRole('button', { name: 'Spara inloggning' }).click();
    await page.getByText('Inloggningen är sparad.').waitFor();
    await page.getByText('En hemlighet är sparad (krypterad).').waitFor();
    expect(await page.getByLabel('Klienthemlighet').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Testa anslutningen' }).click();
    await page.getByRole('status').filter({ hasText: `${barbyIdp.issuer} svarar.` }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-sign-in-settings');

    // It invites a controller for the whole kommun.
    await page.getByRole('tab', { name: 'Användare och roller' }).click();
    await page.getByRole('textbox', { name: 'E-postadress' }).fill('controller@barby.se');
    await page.getByRole('textbox', { name: 'Namn' }).fill('Cecilia Controller');
    await page.getByRole('button', { name: 'Skapa användaren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Cecilia Controller' }).waitFor();
    await page.getByRole('combobox', { name: 'Roll' }).click();
    await page.getByRole('option', { name: 'Controller' }).click();
    await page.getByRole('button', { name: 'Ge rollen' }).click();
    await page.getByText('Controller – Hela kommunen').first().waitFor();
    await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
    const controllerLink = (await page.getByTestId('invitation-link').textContent())!.trim();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-user-invited');
    await page.getByRole('button', { name: 'Logga ut' }).click();

    // The controller signs in through Barby's own provider: the login page finds Barby by the e-mail's domain.
    // The invitation offers Barby's SSO beside a password; the login page finds Barby by the e-mail's domain.
    await page.goto(baseUrl() + new URL(controllerLink).pathname);
    await page.getByText('Du är inbjuden till Barby kommun i Resultatkedjan som controller@barby.se.').waitFor();
    await page.getByText('Kommunen har inloggning via Barby kommuns konto').waitFor();
    await page.goto(baseUrl() + '/logga-in');
    await page.getByRole('textbox', { name: 'E-postadress' }).fill('controller@barby.se');
    await page.getByText('Via Barby kommuns konto').waitFor();
    expect(await page.getByRole('combobox', { name: /^Kommun/ }).inputValue()).toBe('Barby kommun');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'login-kommun-sso');
    barbyIdp.signIn('barby-cecilia');
    await page.getByRole('link', { name: 'Logga in med organisationskonto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    expect(await page.getByRole('region', { name: 'Inloggad användare' }).textContent()).toContain('Cecilia Controller');
    const seen = await page.evaluate(async () => (await fetch('/api/v1/org-nodes?pageSize=200')).json());
    expect(seen.items.map((n: { name: string }) => n.name).sort()).toEqual(['Barn- och utbildningsnämnden', 'Kommunfullmäktige', 'Skola Norr', 'Skola Söder', 'Utbildningsförvaltningen']);

    // The controller reads the audit trail: the import and the invitation, by whom.
    await mainNav(page).getByRole('link', { name: 'Granskningslogg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Granskningslogg' }).waitFor();
    await page.getByRole('combobox', { name: 'Objekttyp' }).click();
    await page.getByRole('option', { name: 'Organisationsenhet' }).click();
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByText('Händelse 1–4 av 4').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'audit-trail');
    // The refused kommunkod's and issuer's 422 and the used link's 410 are answers the pages expected.
    expect(unexpectedConsoleErrors(browser.consoleErrors).filter((e) => !/status of (410|422)/.test(e))).toEqual([]);
  });
});

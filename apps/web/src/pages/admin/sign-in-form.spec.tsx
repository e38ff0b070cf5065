import type { SignInSettingsDto } from '@resultatkedjan/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, mockLoggedIn, renderApp, testUsers, type MockRequest } from '../../test/render-app';

const admin = { ...testUsers.eva, userId: 'u-admin', grants: [{ role: 'admin' as const, orgNodeId: null }] };
const REDIRECT = 'http://localhost:3000/api/v1/auth/oidc/callback';
const none: SignInSettingsDto = { emailDomains: ['barby.se'], sso: null, redirectUri: REDIRECT };
const saved: SignInSettingsDto = {
  emailDomains: ['barby.se', 'skola.barby.se'],
  sso: { displayName: 'Barby kommuns konto', issuer: 'https://idp.barby.se', clientId: 'rk', clientSecretSet: true, matchClaim: 'email', provisionRole: null, provisionOrgNodeId: null, enabled: true },
  redirectUri: REDIRECT,
};

async function openSignIn(routes: Parameters<typeof mockLoggedIn>[1]) {
  const fetchMock = mockLoggedIn(admin, routes);
  renderApp('/administration?flik=inloggning');
  const form = await screen.findByRole('form', { name: 'Inloggning' });
  const field = (name: string | RegExp) => within(form).getByRole('textbox', { name }) as HTMLInputElement;
  return { fetchMock, form, field };
}

describe('the kommun’s sign-in settings', () => {
  it('shows the callback address, and saves domains and the provider with the secret sent once', async () => {
    const puts: MockRequest[] = [];
    const { form, field } = await openSignIn({
      'GET /api/v1/tenant/sign-in': none,
      'GET /api/v1/org-nodes/tree': [],
      'PUT /api/v1/tenant/sign-in': (req: MockRequest) => {
        puts.push(req);
        return saved;
      },
    });
    expect(within(form).getByText(REDIRECT)).toBeTruthy();
    expect(within(form).queryByRole('textbox', { name: /Klient-id/ })).toBeNull();
    fireEvent.change(field('E-postdomäner'), { target: { value: 'Barby.se, skola.barby.se' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Låt användarna logga in med kommunens konto' }));
    fireEvent.change(field(/Namn på inloggningsknappen/), { target: { value: 'Barby kommuns konto' } });
    fireEvent.change(field(/Utfärdare/), { target: { value: 'https://idp.barby.se' } });
    fireEvent.change(field(/Klient-id/), { target: { value: 'rk' } });
    fireEvent.change(within(form).getByLabelText(/Klienthemlighet/), { target: { value: 'hemlig-nyckel-123' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Spara inloggning' }));

    expect(await screen.findByText('Inloggningen är sparad.')).toBeTruthy();
    expect(puts[0]?.body).toEqual({
      emailDomains: ['barby.se', 'skola.barby.se'],
      sso: { displayName: 'Barby kommuns konto', issuer: 'https://idp.barby.se', clientId: 'rk', clientSecret: 'hemlig-nyckel-123', matchClaim: 'email', provisionRole: null, provisionOrgNodeId: null, enabled: true },
    });
    expect(await screen.findByText(/En hemlighet är sparad/)).toBeTruthy();
    expect((screen.getByLabelText(/Klienthemlighet/) as HTMLInputElement).value).toBe('');
  });

  it('shows the API’s messages at the fields', async () => {
    const { form, field } = await openSignIn({
      'GET /api/v1/tenant/sign-in': saved,
      'GET /api/v1/org-nodes/tree': [],
      'PUT /api/v1/tenant/sign-in': () =>
        errorResponse(422, 'Uppgifterna är inte giltiga.', { 'sso.issuer': ['Ange utfärdarens adress med https://.'], emailDomains: ['Ange domänen som t.ex. barby.se (små bokstäver, utan @).'] }),
    });
    fireEvent.change(field(/Utfärdare/), { target: { value: 'ftp://x' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Spara inloggning' }));
    expect(await screen.findByText('Ange utfärdarens adress med https://.')).toBeTruthy();
    expect(field(/Utfärdare/).getAttribute('aria-invalid')).toBe('true');
    expect(field('E-postdomäner').getAttribute('aria-invalid')).toBe('true');
  });

  it('tests the saved provider and says what it answered', async () => {
    let reachable = false;
    const { form } = await openSignIn({
      'GET /api/v1/tenant/sign-in': saved,
      'GET /api/v1/org-nodes/tree': [],
      'POST /api/v1/tenant/sign-in/check': () =>
        reachable
          ? { reachable: true, authorizationEndpoint: 'https://idp.barby.se/auth', message: 'https://idp.barby.se svarar.' }
          : { reachable: false, authorizationEndpoint: null, message: 'https://idp.barby.se svarar inte med någon OpenID-konfiguration.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Testa anslutningen' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('svarar inte med någon OpenID-konfiguration');
    reachable = true;
    fireEvent.click(within(form).getByRole('button', { name: 'Testa anslutningen' }));
    const status = await within(form).findByRole('status');
    expect(status.textContent).toContain('https://idp.barby.se svarar.');
    expect(within(status).getByText('https://idp.barby.se/auth')).toBeTruthy();
  });

  it('offers the test only once a provider is saved', async () => {
    const { form } = await openSignIn({ 'GET /api/v1/tenant/sign-in': none, 'GET /api/v1/org-nodes/tree': [] });
    expect(within(form).queryByRole('button', { name: 'Testa anslutningen' })).toBeNull();
  });
});

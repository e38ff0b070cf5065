import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, mockApi, renderApp, testUsers, type MockRequest } from '../../test/render-app';

const notLoggedIn = () => errorResponse(401, 'Du måste logga in.');

function fillIn(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('LoginPage', () => {
  it('shows Swedish validation messages, marks the fields invalid and focuses the first one', async () => {
    const fetchMock = mockApi({ 'GET /api/v1/auth/me': notLoggedIn });
    renderApp('/logga-in');
    await screen.findByRole('heading', { level: 1, name: 'Logga in' });
    await waitFor(() => expect(document.title).toBe('Logga in – Resultatkedjan'));

    fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));

    expect(await screen.findByText('Ange din e-postadress.')).toBeTruthy();
    expect(screen.getByText('Ange ditt lösenord.')).toBeTruthy();
    const email = screen.getByLabelText(/E-postadress/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(email));

    fillIn(/E-postadress/, 'karin.lindqvist');
    fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(await screen.findByText('Ange en giltig e-postadress, till exempel namn@kommun.se.')).toBeTruthy();
    // Nothing was sent while the form was invalid.
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/auth/login'))).toBe(false);
  });

  it('shows the refusal in an alert that receives focus', async () => {
    mockApi({
      'GET /api/v1/auth/me': notLoggedIn,
      'POST /api/v1/auth/login': () => errorResponse(401, 'Fel e-postadress eller lösenord.'),
    });
    renderApp('/logga-in');
    await screen.findByRole('heading', { level: 1, name: 'Logga in' });

    fillIn(/E-postadress/, 'karin.lindqvist@exempelstad.se');
    fillIn(/Lösenord/, 'fel');
    fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Inloggningen misslyckades')).toBeTruthy();
    expect(alert.textContent).toContain('Fel e-postadress eller lösenord');
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('keeps the wanted address, logs in and returns to it', async () => {
    let loggedIn = false;
    const logins: MockRequest[] = [];
    mockApi({
      'GET /api/v1/auth/me': () => (loggedIn ? testUsers.karin : notLoggedIn()),
      'POST /api/v1/auth/login': (req: MockRequest) => {
        logins.push(req);
        loggedIn = true;
        return testUsers.karin;
      },
    });
    const { router } = renderApp('/analys?vy=kedja');

    await screen.findByRole('heading', { level: 1, name: 'Logga in' });
    expect(router.state.location.pathname).toBe('/logga-in');
    expect(router.state.location.search).toBe(`?till=${encodeURIComponent('/analys?vy=kedja')}`);

    fillIn(/E-postadress/, '  karin.lindqvist@exempelstad.se ');
    fillIn(/Lösenord/, 'Exempel2026!');
    fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Analys' })).toBeTruthy();
    expect(router.state.location.pathname + router.state.location.search).toBe('/analys?vy=kedja');
    expect(logins[0]?.body).toEqual({ email: 'karin.lindqvist@exempelstad.se', password: 'Exempel2026!' });
    expect(screen.getByRole('region', { name: 'Inloggad användare' }).textContent).toContain('Karin Lindqvist');
  });

  it('finds the kommun by the e-mail domain, sends it with the login and shows that kommun\'s SSO', async () => {
    const logins: MockRequest[] = [];
    mockApi({
      'GET /api/v1/auth/me': notLoggedIn,
      'GET /api/v1/auth/kommuner': {
        items: [
          { kommunkod: '9903', name: 'Barby kommun', emailDomains: ['barby.se'] },
          { kommunkod: '9901', name: 'Exempelstads kommun', emailDomains: ['exempelstad.se'] },
        ],
      },
      'GET /api/v1/auth/providers': (req: MockRequest) =>
        req.url.searchParams.get('kommun') === '9903'
          ? { password: true, sso: { enabled: true, name: 'Barby kommuns konto', loginUrl: '/api/v1/auth/oidc/login?kommun=9903' } }
          : { password: true, sso: { enabled: false, name: null, loginUrl: null } },
      'POST /api/v1/auth/login': (req: MockRequest) => {
        logins.push(req);
        return errorResponse(401, 'Fel e-postadress eller lösenord.');
      },
    });
    renderApp('/logga-in');
    const kommun = await screen.findByRole('combobox', { name: /^Kommun/ });
    expect(screen.queryByRole('link', { name: 'Logga in med organisationskonto' })).toBeNull();

    fillIn(/E-postadress/, 'kalle@barby.se');
    await waitFor(() => expect((kommun as HTMLInputElement).value).toBe('Barby kommun'));
    const ssoLink = await screen.findByRole('link', { name: 'Logga in med organisationskonto' });
    expect(ssoLink.getAttribute('href')).toBe('/api/v1/auth/oidc/login?kommun=9903');
    expect(screen.getByText('Via Barby kommuns konto')).toBeTruthy();

    fillIn(/Lösenord/, 'Hemligt-123');
    fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    await waitFor(() => expect(logins).toHaveLength(1));
    expect(logins[0]?.body).toEqual({ email: 'kalle@barby.se', password: 'Hemligt-123', kommunkod: '9903' });
  });

  it('asks for the kommun when the API cannot tell it from the address', async () => {
    mockApi({
      'GET /api/v1/auth/me': notLoggedIn,
      'GET /api/v1/auth/kommuner': {
        items: [
          { kommunkod: '9903', name: 'Barby kommun', emailDomains: ['barby.se'] },
          { kommunkod: '9901', name: 'Exempelstads kommun', emailDomains: ['exempelstad.se'] },
        ],
      },
      'POST /api/v1/auth/login': () =>
        errorResponse(422, 'Välj vilken kommun du vill logga in i.', { kommunkod: ['Välj vilken kommun du vill logga in i.'] }),
    });
    renderApp('/logga-in');
    await screen.findByRole('combobox', { name: /^Kommun/ });
    fillIn(/E-postadress/, 'konsult@gmail.com');
    fillIn(/Lösenord/, 'Hemligt-123');
    fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Välj vilken kommun du vill logga in i.');
    expect(screen.getByRole('combobox', { name: /^Kommun/ }).getAttribute('aria-invalid')).toBe('true');
  });

  it('never follows a return address to another site', async () => {
    mockApi({ 'GET /api/v1/auth/me': testUsers.eva });
    const { router } = renderApp(`/logga-in?till=${encodeURIComponent('//evil.example/x')}`);
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });
    expect(router.state.location.pathname).toBe('/');
  });

  it('offers "Logga in med organisationskonto" only when the API says SSO is configured', async () => {
    mockApi({ 'GET /api/v1/auth/me': notLoggedIn, 'GET /api/v1/auth/providers': { password: true, sso: { enabled: true, name: 'Kommunens inloggning', loginUrl: '/api/v1/auth/oidc/login' } } });
    const first = renderApp('/logga-in');
    const sso = await screen.findByRole('link', { name: 'Logga in med organisationskonto' });
    expect(sso.getAttribute('href')).toBe('/api/v1/auth/oidc/login');
    expect(screen.getByText('Via Kommunens inloggning')).toBeTruthy();
    first.unmount();

    // No providers endpoint (404): no SSO button, and no error either.
    mockApi({ 'GET /api/v1/auth/me': notLoggedIn });
    renderApp('/logga-in');
    await screen.findByRole('heading', { level: 1, name: 'Logga in' });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Logga in med organisationskonto' })).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('session handling', () => {
  it('logs out with the CSRF token and lands on the login page saying so', async () => {
    let loggedIn = true;
    const logouts: MockRequest[] = [];
    mockApi({
      'GET /api/v1/auth/me': () => (loggedIn ? testUsers.karin : notLoggedIn()),
      'POST /api/v1/auth/logout': (req: MockRequest) => {
        logouts.push(req);
        loggedIn = false;
        return new Response(null, { status: 204 });
      },
    });
    const { router } = renderApp('/mal/nytt');
    await screen.findByRole('region', { name: 'Inloggad användare' });

    fireEvent.click(screen.getByRole('button', { name: 'Logga ut' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Du är nu utloggad.');
    expect(router.state.location.search).toBe('');
    expect(logouts[0]?.headers['X-CSRF-Token']).toBe('csrf-karin');
  });

  it('sends the user to log in when an API call answers 401, keeping the address', async () => {
    mockApi({
      'GET /api/v1/auth/me': testUsers.eva,
      'GET /api/v1/goals/cascade': () => errorResponse(401, 'Du måste logga in.'),
    });
    const { router } = renderApp('/mal?ar=2026');

    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Din session har upphört');
    expect(router.state.location.search).toBe(`?till=${encodeURIComponent('/mal?ar=2026')}`);
  });

  it('says so, with a retry, when the session cannot be checked', async () => {
    mockApi({ 'GET /api/v1/auth/me': () => errorResponse(503, 'Service Unavailable') });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Inloggningen kunde inte kontrolleras' })).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Försök igen' })).toBeTruthy();
  });
});

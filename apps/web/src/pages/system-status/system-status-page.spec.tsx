import type { HealthResponse, SystemInfo } from '@resultatkedjan/contracts';
import { fireEvent, screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockLoggedIn, renderApp, testUsers } from '../../test/render-app';

const allUp: HealthResponse = {
  status: 'ok',
  info: { database: { status: 'up' }, queue: { status: 'up' } },
  error: {},
  details: { database: { status: 'up' }, queue: { status: 'up' } },
};

const queueDown: HealthResponse = {
  status: 'error',
  info: { database: { status: 'up' } },
  error: { queue: { status: 'down', message: 'Connection refused' } },
  details: { database: { status: 'up' }, queue: { status: 'down', message: 'Connection refused' } },
};

const info: SystemInfo = {
  version: '0.1.0',
  databaseMode: 'embedded',
  queueBackend: 'postgres',
  lastHeartbeatAt: '2026-04-30T12:05:00.000Z',
};

function mockApi(health: HealthResponse, healthStatus = 200) {
  return mockLoggedIn(testUsers.eva, {
    'GET /api/health': () => jsonResponse(health, healthStatus),
    'GET /api/v1/system/info': info,
  });
}

/** The <dd> text that belongs to a <dt> label. */
function valueOf(label: string): string {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

describe('SystemStatusPage', () => {
  it('shows both checks as "Uppe" and describes the installation', async () => {
    const fetchMock = mockApi(allUp);
    renderApp('/systemstatus');

    await screen.findByText('Allt fungerar');
    expect(valueOf('Databas')).toContain('Uppe');
    expect(valueOf('Jobbkö')).toContain('Uppe');
    expect(await screen.findByText('Inbäddad PGlite')).toBeTruthy();
    expect(valueOf('Köhantering')).toBe('PostgreSQL');
    expect(valueOf('Bakgrundsprocessens senaste livstecken')).toBe('2026-04-30 14:05');
    await waitFor(() => expect(document.title).toBe('Systemstatus – Resultatkedjan'));
    expect(fetchMock).toHaveBeenCalledWith('/api/health', expect.objectContaining({ credentials: 'same-origin' }));
  });

  it('shows the Terminus 503 body instead of an error: the queue is "Nere"', async () => {
    mockApi(queueDown, 503);
    renderApp('/systemstatus');

    await screen.findByText('Driftstörning');
    expect(valueOf('Databas')).toContain('Uppe');
    expect(valueOf('Jobbkö')).toContain('Nere');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a loading status while waiting', async () => {
    mockLoggedIn(testUsers.eva, { 'GET /api/health': () => new Promise<Response>(() => {}), 'GET /api/v1/system/info': info });
    renderApp('/systemstatus');

    const loading = await screen.findByText('Hämtar systemstatus…');
    expect(loading.closest('[role="status"]')?.getAttribute('aria-busy')).toBe('true');
  });

  it('shows a Swedish error with a retry button when fetch fails, and retrying recovers', async () => {
    mockLoggedIn(testUsers.eva, {
      'GET /api/health': () => {
        throw new TypeError('Failed to fetch');
      },
      'GET /api/v1/system/info': () => errorResponse(502, 'Bad Gateway'),
    });
    renderApp('/systemstatus');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Systemstatus kunde inte hämtas')).toBeTruthy();

    mockApi(allUp);
    fireEvent.click(within(alert).getByRole('button', { name: 'Försök igen' }));

    await screen.findByText('Allt fungerar');
    expect(valueOf('Jobbkö')).toContain('Uppe');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

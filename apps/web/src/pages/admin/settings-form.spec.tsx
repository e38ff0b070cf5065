import type { TenantDto } from '@resultatkedjan/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, mockLoggedIn, renderApp, testUsers, type MockRequest } from '../../test/render-app';

const admin = { ...testUsers.eva, userId: 'u-admin', grants: [{ role: 'admin' as const, orgNodeId: null }] };
const tenant = (levelNames: TenantDto['settings']['levelNames']): TenantDto => ({
  id: 't-1', name: 'Exempelstad kommun', kommunkod: '9901',
  settings: { goalCeiling: 5, indicatorCeiling: 6, targetScale: { fulfilledFrom: 1, partlyFrom: 0.95 }, reminderDays: [7, 2], levelNames },
});
const DEFAULTS = { 3: 'Uppfyllt', 2: 'Delvis uppfyllt', 1: 'Ej uppfyllt', 0: 'Ej bedömt' };

async function openSettings(routes: Parameters<typeof mockLoggedIn>[1]) {
  const fetchMock = mockLoggedIn(admin, routes);
  renderApp('/administration?flik=installningar');
  const form = await screen.findByRole('form', { name: 'Kommunens inställningar' });
  const group = within(form).getByRole('group', { name: 'Namn på nivåerna för måluppfyllelse' });
  const input = (label: string) => within(group).getByRole('textbox', { name: label }) as HTMLInputElement;
  const save = () => fireEvent.click(within(form).getByRole('button', { name: 'Spara' }));
  return { fetchMock, form, input, save };
}

const patches = (fetchMock: ReturnType<typeof mockLoggedIn>) => fetchMock.mock.calls.filter(([, init]) => init?.method === 'PATCH');

describe('the kommun’s level names in the settings form', () => {
  it('shows the four names as labelled fields and saves them with the other settings', async () => {
    let sent: unknown;
    const renamed = { 3: 'Hög grad', 2: 'Viss grad', 1: 'Låg grad', 0: 'Ej bedömt' };
    const { input, save, form } = await openSettings({
      'GET /api/v1/tenant': tenant(DEFAULTS),
      'PATCH /api/v1/tenant/settings': (req: MockRequest) => {
        sent = req.body;
        return tenant(renamed);
      },
    });
    expect(['Nivå 3 (högst)', 'Nivå 2', 'Nivå 1 (lägst)', 'Ej bedömd (nivå 0)'].map((l) => input(l).value)).toEqual(Object.values(DEFAULTS).reverse());
    expect(input('Nivå 3 (högst)').required).toBe(true);
    // The threshold fields are named after the saved level names.
    expect(within(form).getByRole('textbox', { name: /Uppfyllt från/ })).toBeTruthy();

    fireEvent.change(input('Nivå 3 (högst)'), { target: { value: 'Hög grad' } });
    fireEvent.change(input('Nivå 2'), { target: { value: 'Viss grad' } });
    fireEvent.change(input('Nivå 1 (lägst)'), { target: { value: 'Låg grad' } });
    save();
    expect(await screen.findByText('Sparat.')).toBeTruthy();
    expect(sent).toMatchObject({ levelNames: renamed, goalCeiling: 5, targetScale: { fulfilledFrom: 1, partlyFrom: 0.95 }, reminderDays: [7, 2] });
    // The form comes back with the saved names, the threshold fields named after them.
    expect(await screen.findByRole('textbox', { name: /Hög grad från/ })).toBeTruthy();
    expect(screen.getByText('Sparat.')).toBeTruthy();
  });

  it('refuses blank and repeated names in the browser, field by field, without sending', async () => {
    const { fetchMock, input, save } = await openSettings({ 'GET /api/v1/tenant': tenant(DEFAULTS) });
    fireEvent.change(input('Nivå 2'), { target: { value: '   ' } });
    fireEvent.change(input('Nivå 1 (lägst)'), { target: { value: 'uppfyllt' } });
    save();
    expect(input('Nivå 2').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Ange ett namn för nivån.')).toBeTruthy();
    expect(screen.getByText('Två nivåer kan inte heta likadant.')).toBeTruthy();
    expect(input('Nivå 3 (högst)').getAttribute('aria-invalid')).not.toBe('true');
    expect(patches(fetchMock)).toHaveLength(0);
  });

  it('shows the API’s field errors at the field they belong to', async () => {
    const { input, save } = await openSettings({
      'GET /api/v1/tenant': tenant(DEFAULTS),
      'PATCH /api/v1/tenant/settings': errorResponse(422, 'Namnen på måluppfyllelsens nivåer är inte giltiga.', {
        'levelNames.0': ['Namnet får vara högst 40 tecken.'],
      }),
    });
    fireEvent.change(input('Ej bedömd (nivå 0)'), { target: { value: 'Inte bedömt' } });
    save();
    await waitFor(() => expect(input('Ej bedömd (nivå 0)').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Namnet får vara högst 40 tecken.')).toBeTruthy();
  });

  it('fills in the default names on request', async () => {
    const { input } = await openSettings({ 'GET /api/v1/tenant': tenant({ 3: 'Grön', 2: 'Gul', 1: 'Röd', 0: 'Grå' }) });
    expect(input('Nivå 3 (högst)').value).toBe('Grön');
    fireEvent.click(screen.getByRole('button', { name: 'Fyll i standardnamnen' }));
    expect(input('Nivå 3 (högst)').value).toBe('Uppfyllt');
    expect(input('Ej bedömd (nivå 0)').value).toBe('Ej bedömt');
  });

  it('saves the kommun’s reminder days, and refuses unreadable ones without sending', async () => {
    let sent: { reminderDays?: number[] } | undefined;
    const { fetchMock, form, save } = await openSettings({
      'GET /api/v1/tenant': tenant(DEFAULTS),
      'PATCH /api/v1/tenant/settings': (req: MockRequest) => {
        sent = req.body as { reminderDays: number[] };
        return tenant(DEFAULTS);
      },
    });
    const days = within(form).getByRole('textbox', { name: /Påminnelser, dagar före enheternas sista dag/ }) as HTMLInputElement;
    expect(days.value).toBe('7, 2');
    fireEvent.change(days, { target: { value: '7, 7' } });
    save();
    expect(await within(form).findByText('Ange upp till fem olika heltal från 0 till 60, åtskilda med kommatecken.')).toBeTruthy();
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(patches(fetchMock)).toHaveLength(0);
    fireEvent.change(days, { target: { value: '10, 3, 0' } });
    save();
    expect(await screen.findByText('Sparat.')).toBeTruthy();
    expect(sent?.reminderDays).toEqual([10, 3, 0]);
  });
});

import type { UserDto, UserPage } from '@resultatkedjan/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockLoggedIn, renderApp, testUsers } from '../../test/render-app';

const admin = { ...testUsers.eva, userId: 'u-admin', grants: [{ role: 'admin' as const, orgNodeId: null }] };
const user = (over: Partial<UserDto>): UserDto => ({
  id: 'u-1', email: 'x@barby.se', displayName: 'X', active: true, hasPassword: false, oidcSubject: null,
  invitationExpiresAt: null, createdAt: '2026-12-01T08:00:00.000Z', grants: [], ...over,
});
const page: UserPage = {
  items: [
    user({ id: 'u-1', displayName: 'Anna Aktiv', email: 'anna@barby.se', hasPassword: true }),
    user({ id: 'u-2', displayName: 'Cecilia Controller', email: 'cecilia@barby.se', invitationExpiresAt: '2026-12-09T13:05:00.000Z' }),
    user({ id: 'u-3', displayName: 'Nils Ny', email: 'nils@barby.se' }),
  ],
  page: 1,
  pageSize: 50,
  total: 3,
};

describe('the kommun’s users', () => {
  it('shows who has an invitation waiting and until when, and who has neither password nor invitation', async () => {
    mockLoggedIn(admin, { 'GET /api/v1/users': page, 'GET /api/v1/org-nodes/tree': [] });
    renderApp('/administration?flik=anvandare');
    const table = await screen.findByTestId('users-table');
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    expect(row('Cecilia Controller').textContent).toContain('inbjuden, länken gäller till 2026-12-09 14:05');
    expect(row('Nils Ny').textContent).toContain('inget lösenord ännu');
    expect(row('Anna Aktiv').textContent).not.toMatch(/inbjuden|inget lösenord/);
  });
});

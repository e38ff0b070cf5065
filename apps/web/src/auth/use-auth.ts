import type { Action } from '@resultatkedjan/contracts';
import { useQuery } from '@tanstack/react-query';
import { meAllows, meQuery, type Me } from './auth-api';

/** Stand-in for the moment between a logout (or a 401) and RequireAuth leaving the protected pages. */
const NOBODY: Me = { userId: '', tenantId: '', email: '', displayName: '', grants: [], csrfToken: '' };

/**
 * The logged-in user inside the protected part of the app (RequireAuth has already waited for it).
 * `can(action)` answers from the user's roles; the API still checks the org scope of each row.
 */
export function useAuth(): { me: Me; can: (action: Action) => boolean } {
  const { data } = useQuery(meQuery);
  const me = data ?? NOBODY;
  return { me, can: (action: Action) => meAllows(me, action) };
}

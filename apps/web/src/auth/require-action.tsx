import type { Action } from '@resultatkedjan/contracts';
import { Outlet } from 'react-router';
import { NoAccessPage } from '../pages/no-access-page';
import { useAuth } from './use-auth';

/** Layout route: the child pages only for roles that may do `action`; others get "Du har inte behörighet". */
export function RequireAction({ action }: { action: Action }) {
  const { can } = useAuth();
  return can(action) ? <Outlet /> : <NoAccessPage />;
}

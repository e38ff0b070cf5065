import { Button, Group, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { logout, resetUserData } from '../auth/auth-api';
import { roleLabels } from '../auth/permissions';
import { markSessionEnd } from '../auth/session-end';
import { useAuth } from '../auth/use-auth';
import { sv } from '../i18n/sv';
import classes from './app-layout.module.css';

/** The header's right side: who is logged in, in which role, and "Logga ut". */
export function UserMenu() {
  const { me } = useAuth();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: logout,
    onSuccess: () => {
      // RequireAuth sees no user and goes to the login page, which says "Du är nu utloggad".
      markSessionEnd('logout');
      resetUserData(queryClient, null);
    },
  });

  return (
    <Group gap="sm" wrap="nowrap" className={classes.userMenu}>
      <section aria-label={sv.layout.userInfo} className={classes.userInfo}>
        <Text fw={700} size="sm" className={classes.userName}>
          {me.displayName}
        </Text>
        <Text size="sm" className={classes.userRole}>
          {roleLabels(me.grants)}
        </Text>
      </section>
      <Button variant="outline" size="sm" onClick={() => mutation.mutate()} loading={mutation.isPending}>
        {sv.layout.logout}
      </Button>
      {mutation.isError && (
        <Text role="alert" size="sm" c="red.9">
          {sv.layout.logoutFailed}
        </Text>
      )}
    </Group>
  );
}

import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { sv } from '../i18n/sv';
import { PageLoader } from '../layout/page-loader';
import { useDocumentTitle } from '../lib/use-document-title';
import { paths } from '../paths';
import { meQuery } from './auth-api';
import { loginPath } from './return-to';
import { sessionEndReason } from './session-end';

/** Layout route: renders the app only for a logged-in user, otherwise sends them to the login page. */
export function RequireAuth() {
  const me = useQuery(meQuery);
  const location = useLocation();

  if (me.isPending) {
    return (
      <Center component="main" mih="100vh">
        <PageLoader label={sv.auth.checking} />
      </Center>
    );
  }
  if (me.isError) return <SessionCheckFailed retry={() => void me.refetch()} retrying={me.isFetching} />;
  if (!me.data) {
    const reason = sessionEndReason();
    // After "Logga ut" start afresh; otherwise come back here after logging in.
    const to = reason === 'logout' ? paths.login : loginPath(location.pathname + location.search + location.hash);
    return <Navigate to={to} replace state={{ reason }} />;
  }
  return <Outlet />;
}

function SessionCheckFailed({ retry, retrying }: { retry: () => void; retrying: boolean }) {
  useDocumentTitle(sv.auth.checkFailedTitle);
  return (
    <Center component="main" mih="100vh" p="md">
      <Stack maw={520} gap="md" role="alert">
        <Title order={1}>{sv.auth.checkFailedTitle}</Title>
        <Text>{sv.auth.checkFailedBody}</Text>
        <div>
          <Button onClick={retry} loading={retrying}>
            {sv.auth.retry}
          </Button>
        </div>
      </Stack>
    </Center>
  );
}

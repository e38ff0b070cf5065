import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { setUnauthorizedHandler } from './api/client';
import { ME_QUERY_KEY, type Me } from './auth/auth-api';
import { markSessionEnd } from './auth/session-end';
import { cssVariablesResolver, theme } from './theme';

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
  env?: 'default' | 'test';
}

export function AppProviders({ queryClient, children, env = 'default' }: AppProvidersProps) {
  // A 401 from any API call means the session has ended: drop the user, and RequireAuth sends them to log in
  // again with the current address kept for afterwards.
  useEffect(() => {
    setUnauthorizedHandler(() => {
      if (!queryClient.getQueryData<Me | null>(ME_QUERY_KEY)) return;
      markSessionEnd('expired');
      queryClient.setQueryData(ME_QUERY_KEY, null);
    });
    return () => setUnauthorizedHandler(null);
  }, [queryClient]);

  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light" env={env}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}

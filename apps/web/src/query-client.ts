import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { ApiError } from './api/client';

export function createQueryClient(overrides: DefaultOptions['queries'] = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // One retry for network and server errors; a 4xx will not change by asking again.
        retry: (failureCount, error) =>
          failureCount < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
        staleTime: 30_000,
        ...overrides,
      },
    },
  });
}

import { Alert, Button, Stack, Text } from '@mantine/core';
import { ApiError } from '../../api/client';
import { sv } from '../../i18n/sv';

/** The error state of a page whose data could not be fetched: what happened, and a way to try again. */
export function QueryError({
  title,
  error,
  retry,
  retrying,
}: {
  title: string;
  error: unknown;
  retry: () => void;
  retrying: boolean;
}) {
  return (
    <Alert color="red.9" variant="outline" title={title} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text>{sv.goals.errorBody}</Text>
        {error instanceof ApiError && <Text>{sv.systemStatus.errorCode(error.status)}</Text>}
        <Button onClick={retry} loading={retrying}>
          {sv.goals.retry}
        </Button>
      </Stack>
    </Alert>
  );
}

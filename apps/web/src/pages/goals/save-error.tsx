import { Alert, Button, Stack, Text } from '@mantine/core';
import type { Ref } from 'react';
import { ApiError } from '../../api/client';
import { sv } from '../../i18n/sv';

const e = sv.goalForm.errors;

export type SaveErrorKind = 'conflict' | 'forbidden' | 'validation' | 'failed';

/** On create a 409 means a clash such as a key already in use, not a concurrent edit. */
export function saveErrorKind(error: unknown, creating = false): SaveErrorKind {
  if (error instanceof ApiError) {
    if (error.status === 409) return creating ? 'validation' : 'conflict';
    if (error.status === 403) return 'forbidden';
    if (error.status === 400 || error.status === 422) return 'validation';
  }
  return 'failed';
}

interface SaveErrorAlertProps {
  error: unknown;
  /** For a 409: fetch the goal again and put the fresh values in the form. */
  onReload?: () => void;
  reloading?: boolean;
  ref?: Ref<HTMLDivElement>;
  creating?: boolean;
}

/**
 * Why a save failed, focusable so the form can move focus here. A 409 (someone else saved first) offers to fetch
 * the latest version; a 422 points at the fields and also lists what the API said.
 */
export function SaveErrorAlert({ error, onReload, reloading, ref, creating = false }: SaveErrorAlertProps) {
  const kind = saveErrorKind(error, creating);
  const title = kind === 'conflict' ? e.conflictTitle : e.failedTitle;
  const apiMessages =
    error instanceof ApiError && kind === 'validation'
      ? [...new Set(Object.values(error.fields).flat().concat(Object.keys(error.fields).length === 0 ? [error.message] : []))]
      : [];
  return (
    <Alert ref={ref} tabIndex={-1} role="alert" color="red.9" variant="outline" title={title}>
      <Stack gap="sm" align="flex-start">
        {kind === 'conflict' && <Text>{e.conflictBody}</Text>}
        {kind === 'forbidden' && <Text>{e.forbidden}</Text>}
        {kind === 'failed' && <Text>{e.failed}</Text>}
        {kind === 'validation' && (
          <>
            <Text>{e.checkFields}</Text>
            {apiMessages.length > 0 && (
              <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
                {apiMessages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </>
        )}
        {kind === 'conflict' && onReload && (
          <Button onClick={onReload} loading={reloading}>
            {e.reload}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

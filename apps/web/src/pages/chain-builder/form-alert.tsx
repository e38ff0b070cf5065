import { Alert, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { svChainBuilder } from '../../i18n/sv-chain-builder';
import type { FormErrors } from './builder-form-model';

const t = svChainBuilder;

/** Why a save failed, focused when it appears so keyboard and screen-reader users land on it. */
export function FormAlert({ error, fieldErrors }: { error: string | null; fieldErrors: FormErrors }) {
  const ref = useRef<HTMLDivElement>(null);
  const show = error !== null || Object.keys(fieldErrors).length > 0;
  // Focus once per new problem, not on every render (callers pass fresh objects).
  const problem = show ? `${error ?? ''}|${JSON.stringify(fieldErrors)}` : '';
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  if (!show) return null;
  return (
    <Alert ref={ref} tabIndex={-1} role="alert" color="red.9" variant="outline" title={t.failedTitle}>
      <Text size="sm">{error ?? t.checkFields}</Text>
    </Alert>
  );
}

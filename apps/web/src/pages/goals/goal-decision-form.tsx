import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { GoalDto } from '@resultatkedjan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type Ref } from 'react';
import { ApiError } from '../../api/client';
import { decideGoal, goalKeys } from '../../api/goals';
import { svDecision as t } from '../../i18n/sv-goal-config';
import { apiFieldErrors } from './field-errors';

const FIELDS = ['organ', 'datum', 'paragraf', 'diarienummer'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Required fields and the date's shape; the API checks the rest and its messages land at the same fields. */
export function checkDecision(values: Values): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (values.organ.trim() === '') errors.organ = t.required;
  if (values.datum.trim() === '') errors.datum = t.required;
  else if (!ISO_DATE.test(values.datum.trim())) errors.datum = t.badDate;
  return errors;
}

/** Organ, date, § and diarienummer for a draft goal; posts to POST /goals/:id/decision with the version read. */
export function GoalDecisionForm({ goal, ownerName }: { goal: GoalDto; ownerName: string }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>({ organ: ownerName === '…' ? '' : ownerName, datum: '', paragraf: '', diarienummer: '' });
  const [localErrors, setLocalErrors] = useState<Partial<Record<Field, string>>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const mutation = useMutation({
    mutationFn: () =>
      decideGoal(goal.id, {
        organ: values.organ.trim(),
        datum: values.datum.trim(),
        ...(values.paragraf.trim() ? { paragraf: values.paragraf.trim() } : {}),
        ...(values.diarienummer.trim() ? { diarienummer: values.diarienummer.trim() } : {}),
        version: goal.version,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(goalKeys.detail(goal.id), saved);
      void queryClient.invalidateQueries({ queryKey: goalKeys.all });
    },
  });
  // The owner's name arrives after the form; put it in the organ field unless the user has typed there.
  useEffect(() => {
    if (ownerName !== '…') setValues((v) => (v.organ === '' ? { ...v, organ: ownerName } : v));
  }, [ownerName]);
  useEffect(() => {
    if (mutation.error) summaryRef.current?.focus();
  }, [mutation.error]);

  const serverErrors = apiFieldErrors(mutation.error, FIELDS);
  const errorOf = (f: Field) => localErrors[f] ?? serverErrors[f];
  const set = (f: Field) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [f]: value }));
    setLocalErrors((errs) => ({ ...errs, [f]: undefined }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = checkDecision(values);
    setLocalErrors(errors);
    if (Object.keys(errors).length === 0) mutation.mutate();
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-labelledby="registrera-beslut" noValidate>
        <Stack gap="sm">
          <Title order={3} id="registrera-beslut">
            {t.formTitle}
          </Title>
          <Text size="sm">{t.intro}</Text>
          {mutation.error ? <DecisionError ref={summaryRef} error={mutation.error} /> : null}
          <TextInput label={t.organ} required value={values.organ} onChange={set('organ')} error={errorOf('organ')} maxLength={200} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label={t.datum} description={t.datumHelp} type="date" required value={values.datum} onChange={set('datum')} error={errorOf('datum')} />
            <TextInput label={t.paragraf} description={t.paragrafHelp} value={values.paragraf} onChange={set('paragraf')} error={errorOf('paragraf')} maxLength={50} />
            <TextInput label={t.diarienummer} value={values.diarienummer} onChange={set('diarienummer')} error={errorOf('diarienummer')} maxLength={100} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function DecisionError({ error, ref }: { error: unknown; ref: Ref<HTMLDivElement> }) {
  const status = error instanceof ApiError ? error.status : 0;
  const body = status === 409 ? t.conflict : status === 403 ? t.forbidden : status === 400 || status === 422 ? t.checkFields : t.tryAgain;
  return (
    <Alert ref={ref} tabIndex={-1} role="alert" color="red.9" variant="outline" title={t.failed}>
      {body}
    </Alert>
  );
}

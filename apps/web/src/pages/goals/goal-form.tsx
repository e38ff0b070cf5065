import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { sv } from '../../i18n/sv';
import { createGoalSchema, editGoalSchema, type GoalFormValues } from './goal-form-schema';
import { SaveErrorAlert } from './save-error';

const t = sv.goalForm;

const FORM_FIELDS: readonly (keyof GoalFormValues)[] = ['key', 'title', 'description', 'geh', 'validFromYear', 'validToYear'];

interface GoalFormProps {
  mode: 'create' | 'edit';
  defaultValues: GoalFormValues;
  onSubmit: (values: GoalFormValues) => void;
  submitting: boolean;
  error: unknown;
  onReload?: () => void;
  reloading?: boolean;
  cancelTo: string;
}

/** Title, description, GEH and valid years of a goal; on create also its key. */
export function GoalForm({ mode, defaultValues, onSubmit, submitting, error, onReload, reloading, cancelTo }: GoalFormProps) {
  const creating = mode === 'create';
  const errorRef = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<GoalFormValues>({
    // The edit schema has no key; the key field is not rendered then.
    resolver: zodResolver(creating ? createGoalSchema : (editGoalSchema as unknown as typeof createGoalSchema)),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  // Put the API's field messages (422, or a key clash on create) on the fields, and move focus to the summary.
  useEffect(() => {
    if (!error) return;
    if (error instanceof ApiError) {
      for (const [field, messages] of Object.entries(error.fields)) {
        if ((FORM_FIELDS as readonly string[]).includes(field) && messages[0]) {
          setError(field as Path<GoalFormValues>, { type: 'server', message: messages[0] });
        }
      }
      if (creating && error.status === 409 && Object.keys(error.fields).length === 0) {
        setError('key', { type: 'server', message: error.message });
      }
    }
    errorRef.current?.focus();
  }, [error, creating, setError]);

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <Stack gap="md" maw={720}>
        {error ? <SaveErrorAlert ref={errorRef} error={error} onReload={onReload} reloading={reloading} creating={creating} /> : null}
        {creating && (
          <TextInput
            {...register('key')}
            label={t.key}
            description={t.keyHelp}
            required
            autoComplete="off"
            spellCheck={false}
            maw={240}
            error={errors.key?.message}
          />
        )}
        <TextInput {...register('title')} label={t.title} description={t.titleHelp} required error={errors.title?.message} />
        <Textarea
          {...register('description')}
          label={t.description}
          autosize
          minRows={4}
          maxRows={14}
          error={errors.description?.message}
        />
        <Checkbox {...register('geh')} label={t.geh} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            {...register('validFromYear')}
            label={t.validFromYear}
            inputMode="numeric"
            autoComplete="off"
            required
            maxLength={4}
            error={errors.validFromYear?.message}
          />
          <TextInput
            {...register('validToYear')}
            label={t.validToYear}
            description={t.validToHelp}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            error={errors.validToYear?.message}
          />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit" loading={submitting}>
            {creating ? t.create : t.save}
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            {t.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Fieldset, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import type { LevelNames, TenantDto, UpdateTenantSettingsRequest } from '@resultatkedjan/contracts';
import { DEFAULT_LEVEL_NAMES, levelNameProblems, MALUPPFYLLELSE_LEVELS } from '@resultatkedjan/domain';
import { useMutation, useQuery, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { tenantQuery, updateTenantSettings } from '../../api/admin';
import { ApiError } from '../../api/client';
import { svAdmin } from '../../i18n/sv-admin';
import { PageLoader } from '../../layout/page-loader';
import { QueryError } from '../goals/query-error';
import { parseReminderDays } from '../calendar/calendar-api';
import { MutationAlert } from './org-tree-editor';

const t = svAdmin.settings;

/** The kommun's ceilings on goals and indicators, its måluppfyllelse thresholds (in percent) and level names. */
export function SettingsForm() {
  const queryClient = useQueryClient();
  const tenant = useQuery(tenantQuery);
  // Owned here, not by the fields: they start afresh from the saved settings, and "Sparat." must outlive that.
  const save = useMutation({
    mutationFn: updateTenantSettings,
    onSuccess: async (data) => {
      queryClient.setQueryData(tenantQuery.queryKey, data);
      // Chains, reports and assessments carry level labels and thresholds from the API: fetch them again.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== tenantQuery.queryKey[0] });
    },
  });
  if (tenant.isPending) return <PageLoader />;
  if (tenant.isError) return <QueryError title={svAdmin.loadError} error={tenant.error} retry={() => void tenant.refetch()} retrying={tenant.isFetching} />;
  return <SettingsFields key={JSON.stringify(tenant.data.settings)} tenant={tenant.data} save={save} />;
}

type SaveSettings = UseMutationResult<TenantDto, Error, UpdateTenantSettingsRequest>;

const toPercent = (share: number) => Math.round(share * 1000) / 10;

function SettingsFields({ tenant, save }: { tenant: TenantDto; save: SaveSettings }) {
  const saved = tenant.settings.levelNames;
  const [goalCeiling, setGoalCeiling] = useState<number | string>(tenant.settings.goalCeiling);
  const [indicatorCeiling, setIndicatorCeiling] = useState<number | string>(tenant.settings.indicatorCeiling);
  const [fulfilled, setFulfilled] = useState<number | string>(toPercent(tenant.settings.targetScale.fulfilledFrom));
  const [partly, setPartly] = useState<number | string>(toPercent(tenant.settings.targetScale.partlyFrom));
  const [names, setNames] = useState<LevelNames>(saved);
  const [reminderText, setReminderText] = useState(tenant.settings.reminderDays.join(', '));
  const [submitted, setSubmitted] = useState(false);
  const orderProblem = Number(partly) >= Number(fulfilled) ? t.partlyAboveFulfilled(saved[2], saved[3]) : undefined;
  const nameProblems = levelNameProblems(names);
  const reminderDays = parseReminderDays(reminderText);
  const reminderProblem = submitted && reminderDays === null ? t.reminderDaysInvalid : undefined;
  const fieldError = (field: string) => (save.error instanceof ApiError ? save.error.fields[field]?.[0] : undefined);
  const nameError = (level: keyof LevelNames) =>
    (submitted ? nameProblems.find((p) => p.level === level)?.message : undefined) ?? fieldError(`levelNames.${level}`);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (orderProblem || nameProblems.length > 0 || reminderDays === null) return;
    save.mutate({
      goalCeiling: Number(goalCeiling),
      indicatorCeiling: Number(indicatorCeiling),
      targetScale: { fulfilledFrom: Number(fulfilled) / 100, partlyFrom: Number(partly) / 100 },
      levelNames: names,
      reminderDays,
    });
  };
  return (
    <section aria-labelledby="settings-title">
      <Title order={2} id="settings-title" mb="xs">
        {t.title}
      </Title>
      <Text mb="md">{t.intro}</Text>
      <MutationAlert mutation={save} success={svAdmin.saved} />
      <form onSubmit={onSubmit} aria-label={t.title} noValidate>
        <Stack gap="sm" maw={420} mt="sm">
          <NumberInput label={t.goalCeiling} required min={1} max={100} allowDecimal={false} value={goalCeiling} onChange={setGoalCeiling} error={fieldError('goalCeiling')} />
          <NumberInput label={t.indicatorCeiling} required min={1} max={100} allowDecimal={false} value={indicatorCeiling} onChange={setIndicatorCeiling} error={fieldError('indicatorCeiling')} />
          <NumberInput
            label={t.fulfilledFrom(saved[3])}
            description={t.scaleHint(saved[2], saved[1])}
            required
            min={50}
            max={150}
            decimalScale={1}
            decimalSeparator=","
            suffix=" %"
            value={fulfilled}
            onChange={setFulfilled}
            error={fieldError('targetScale.fulfilledFrom') ?? fieldError('targetScale')}
          />
          <NumberInput
            label={t.partlyFrom(saved[2])}
            required
            min={50}
            max={150}
            decimalScale={1}
            decimalSeparator=","
            suffix=" %"
            value={partly}
            onChange={setPartly}
            error={orderProblem ?? fieldError('targetScale.partlyFrom')}
          />
          <TextInput
            label={t.reminderDays}
            description={t.reminderDaysHint}
            required
            inputMode="numeric"
            value={reminderText}
            onChange={(event) => setReminderText(event.currentTarget.value)}
            error={reminderProblem ?? fieldError('reminderDays')}
          />
          <Fieldset legend={t.levelNamesTitle} variant="unstyled" mt="sm">
            <Stack gap="sm">
              <Text size="sm">
                {t.levelNamesHint}
              </Text>
              {MALUPPFYLLELSE_LEVELS.map((level) => (
                <TextInput
                  key={level}
                  label={t.levelName[level]}
                  required
                  value={names[level]}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setNames((current) => ({ ...current, [level]: value }));
                  }}
                  error={nameError(level) ?? fieldError('levelNames')}
                />
              ))}
              <Button variant="default" onClick={() => setNames({ ...DEFAULT_LEVEL_NAMES })}>
                {t.resetLevelNames}
              </Button>
            </Stack>
          </Fieldset>
          <Button type="submit" loading={save.isPending}>
            {svAdmin.save}
          </Button>
        </Stack>
      </form>
    </section>
  );
}

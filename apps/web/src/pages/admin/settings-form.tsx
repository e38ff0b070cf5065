import { Button, NumberInput, Stack, Text, Title } from '@mantine/core';
import type { TenantDto } from '@resultatkedjan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { tenantQuery, updateTenantSettings } from '../../api/admin';
import { ApiError } from '../../api/client';
import { svAdmin } from '../../i18n/sv-admin';
import { PageLoader } from '../../layout/page-loader';
import { QueryError } from '../goals/query-error';
import { MutationAlert } from './org-tree-editor';

const t = svAdmin.settings;

/** The kommun's ceilings on goals and indicators and its måluppfyllelse thresholds, shown in percent. */
export function SettingsForm() {
  const tenant = useQuery(tenantQuery);
  if (tenant.isPending) return <PageLoader />;
  if (tenant.isError) return <QueryError title={svAdmin.loadError} error={tenant.error} retry={() => void tenant.refetch()} retrying={tenant.isFetching} />;
  return <SettingsFields key={JSON.stringify(tenant.data.settings)} tenant={tenant.data} />;
}

const toPercent = (share: number) => Math.round(share * 1000) / 10;

function SettingsFields({ tenant }: { tenant: TenantDto }) {
  const queryClient = useQueryClient();
  const [goalCeiling, setGoalCeiling] = useState<number | string>(tenant.settings.goalCeiling);
  const [indicatorCeiling, setIndicatorCeiling] = useState<number | string>(tenant.settings.indicatorCeiling);
  const [fulfilled, setFulfilled] = useState<number | string>(toPercent(tenant.settings.targetScale.fulfilledFrom));
  const [partly, setPartly] = useState<number | string>(toPercent(tenant.settings.targetScale.partlyFrom));
  const orderProblem = Number(partly) >= Number(fulfilled) ? t.partlyAboveFulfilled : undefined;
  const save = useMutation({
    mutationFn: () =>
      updateTenantSettings({
        goalCeiling: Number(goalCeiling),
        indicatorCeiling: Number(indicatorCeiling),
        targetScale: { fulfilledFrom: Number(fulfilled) / 100, partlyFrom: Number(partly) / 100 },
      }),
    onSuccess: (data) => queryClient.setQueryData(tenantQuery.queryKey, data),
  });
  const fieldError = (field: string) => (save.error instanceof ApiError ? save.error.fields[field]?.[0] : undefined);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!orderProblem) save.mutate();
  };
  return (
    <section aria-labelledby="settings-title">
      <Title order={2} id="settings-title" mb="xs">
        {t.title}
      </Title>
      <Text mb="md">{t.intro}</Text>
      <MutationAlert mutation={save} success={svAdmin.saved} />
      <form onSubmit={onSubmit} aria-label={t.title}>
        <Stack gap="sm" maw={420} mt="sm">
          <NumberInput label={t.goalCeiling} required min={1} max={100} allowDecimal={false} value={goalCeiling} onChange={setGoalCeiling} error={fieldError('goalCeiling')} />
          <NumberInput label={t.indicatorCeiling} required min={1} max={100} allowDecimal={false} value={indicatorCeiling} onChange={setIndicatorCeiling} error={fieldError('indicatorCeiling')} />
          <NumberInput
            label={t.fulfilledFrom}
            description={t.scaleHint}
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
            label={t.partlyFrom}
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
          <Button type="submit" loading={save.isPending}>
            {svAdmin.save}
          </Button>
        </Stack>
      </form>
    </section>
  );
}

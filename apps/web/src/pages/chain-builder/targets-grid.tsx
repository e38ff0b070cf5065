import { Button, Group, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import type { IndicatorDto } from '@resultatkedjan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { svChainBuilder } from '../../i18n/sv-chain-builder';
import { numberToInput, targetErrorsFromApi, targetsOf, type TargetRow } from './builder-form-model';
import { indicatorDetailQuery, replaceTargets } from './chain-builder-api';
import { FormAlert } from './form-alert';
import { useFocusOnOpen } from './use-focus-on-open';
import { generalError, useBuilderSave } from './use-builder-save';

const t = svChainBuilder.targets;

/** Target values per period in a small grid: one row per year or period, saved as one set (PUT, one transaction). */
export function TargetsGrid({ goalId, indicator, onDone }: { goalId: string; indicator: IndicatorDto; onDone: () => void }) {
  const detail = useQuery(indicatorDetailQuery(goalId, indicator.id));
  if (!detail.data) return <Text size="sm">{svChainBuilder.loading}</Text>;
  return (
    <TargetsEditor
      goalId={goalId}
      indicator={indicator}
      initial={detail.data.targets.map((x) => ({ periodKey: x.periodKey, value: numberToInput(x.targetValue) }))}
      onDone={onDone}
    />
  );
}

function TargetsEditor({ goalId, indicator, initial, onDone }: { goalId: string; indicator: IndicatorDto; initial: TargetRow[]; onDone: () => void }) {
  const heading = useFocusOnOpen<HTMLHeadingElement>();
  const [rows, setRows] = useState<TargetRow[]>(initial.length > 0 ? initial : [{ periodKey: '', value: '' }]);
  const { mutation, fieldErrors, setFieldErrors } = useBuilderSave(goalId, (targets: Parameters<typeof replaceTargets>[1]) => replaceTargets(indicator.id, targets), {
    onSaved: onDone,
  });
  const apiErrors = mutation.error instanceof ApiError ? targetErrorsFromApi(mutation.error.fields, rows) : {};
  const errors = { ...fieldErrors, ...apiErrors };
  const update = (i: number, change: Partial<TargetRow>) => setRows((rs) => rs.map((r, n) => (n === i ? { ...r, ...change } : r)));
  const submit = () => {
    const result = targetsOf(rows);
    if ('errors' in result) setFieldErrors(result.errors);
    else mutation.mutate(result.targets);
  };
  return (
    <Paper withBorder p="md" component="form" aria-label={t.heading(indicator.key)} noValidate onSubmit={(e) => {
      e.preventDefault();
      submit();
    }}>
      <Stack gap="sm">
        <Title order={4} ref={heading} tabIndex={-1}>{t.heading(indicator.key)}</Title>
        <FormAlert error={Object.keys(apiErrors).length > 0 ? null : generalError(mutation.error, fieldErrors)} fieldErrors={errors} />
        <Table withTableBorder maw={520}>
          <Table.Caption>{t.caption(`${indicator.key} ${indicator.name} (${indicator.unit})`)}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.period}</Table.Th>
              <Table.Th scope="col">{t.value}</Table.Th>
              <Table.Th scope="col"><VisuallyHidden>{svChainBuilder.remove}</VisuallyHidden></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <TextInput aria-label={`${t.period}, rad ${i + 1}`} placeholder={t.periodHelp} value={row.periodKey} autoComplete="off"
                    onChange={(e) => update(i, { periodKey: e.currentTarget.value })} error={errors[`${i}.periodKey`]} />
                </Table.Td>
                <Table.Td>
                  <TextInput aria-label={`${t.value}, rad ${i + 1}`} inputMode="decimal" value={row.value} autoComplete="off"
                    onChange={(e) => update(i, { value: e.currentTarget.value })} error={errors[`${i}.value`]} />
                </Table.Td>
                <Table.Td>
                  <Button variant="default" size="xs" c="red.9" aria-label={t.removeRow(row.periodKey)}
                    onClick={() => setRows((rs) => rs.filter((_, n) => n !== i))}>
                    {svChainBuilder.remove}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {rows.length === 0 && <Text size="sm">{t.none}</Text>}
        <Group gap="sm">
          <Button variant="default" onClick={() => setRows((rs) => [...rs, { periodKey: '', value: '' }])}>{t.addRow}</Button>
          <Button type="submit" loading={mutation.isPending}>{t.save}</Button>
          <Button variant="default" onClick={onDone}>{svChainBuilder.cancel}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

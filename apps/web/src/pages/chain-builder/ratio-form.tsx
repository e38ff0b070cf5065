import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { RATIO_KINDS, type IndicatorDto, type RatioDefinitionDto, type RatioKind } from '@resultatkedjan/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { svChain } from '../../i18n/sv-chain';
import { svChainBuilder } from '../../i18n/sv-chain-builder';
import { formatValue } from '../../lib/format';
import { formatRatioValue, reasonText } from '../chain/ratio-figure';
import { numberToInput, parseSwedishNumber, type RatioFormValues } from './builder-form-model';
import { createRatio, previewRatio, updateRatio } from './chain-builder-api';
import { FormAlert } from './form-alert';
import { useFocusOnOpen } from './use-focus-on-open';
import { generalError, useBuilderSave } from './use-builder-save';

const t = svChainBuilder.ratios;

/** The value typed last, after a pause: the preview follows typing without a request per key press. */
function useDebounced<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

interface RatioFormProps {
  goalId: string;
  ratio?: RatioDefinitionDto;
  indicators: readonly IndicatorDto[];
  onDone: () => void;
}

/** Kind, name, numerator and denominator of a nyckeltal, with a live preview on current data before it is saved. */
export function RatioForm({ goalId, ratio, indicators, onDone }: RatioFormProps) {
  const heading = useFocusOnOpen<HTMLHeadingElement>();
  const now = new Date().getFullYear();
  const [year, setYear] = useState(now);
  const [values, setValues] = useState<RatioFormValues>({
    kind: ratio?.kind ?? 'produktivitet', name: ratio?.name ?? '', numeratorIndicatorId: ratio?.numeratorIndicatorId ?? '',
    denominatorIndicatorId: ratio?.denominatorIndicatorId ?? '', unit: ratio?.unit ?? '', scale: numberToInput(ratio?.scale),
  });
  const set = <K extends keyof RatioFormValues>(key: K, value: RatioFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const scale = parseSwedishNumber(values.scale);
  const body = {
    kind: values.kind, numeratorIndicatorId: values.numeratorIndicatorId, denominatorIndicatorId: values.denominatorIndicatorId,
    scale: scale ?? null, unit: values.unit.trim() || null,
  };
  const draft = useDebounced({ ...body, year });
  const preview = useQuery({
    queryKey: ['chain-builder', goalId, 'ratio-preview', draft],
    queryFn: () => previewRatio(goalId, draft),
    enabled: draft.numeratorIndicatorId !== '' && draft.denominatorIndicatorId !== '' && draft.scale !== undefined,
    placeholderData: keepPreviousData,
  });
  const { mutation, fieldErrors, setFieldErrors } = useBuilderSave(
    goalId,
    () => (ratio ? updateRatio(ratio.id, { ...body, name: values.name.trim() }) : createRatio(goalId, { ...body, name: values.name.trim() })),
    { onSaved: onDone },
  );
  const submit = () => {
    const errors: Record<string, string> = {};
    if (values.name.trim() === '') errors.name = svChainBuilder.indicator.required;
    if (!values.numeratorIndicatorId) errors.numeratorIndicatorId = svChainBuilder.indicator.required;
    if (!values.denominatorIndicatorId) errors.denominatorIndicatorId = svChainBuilder.indicator.required;
    if (scale === undefined) errors.scale = svChainBuilder.indicator.invalidNumber;
    if (Object.keys(errors).length > 0) setFieldErrors(errors);
    else mutation.mutate(undefined);
  };
  const sums = [{ value: '', label: svChainBuilder.indicator.choose }, ...indicators
    .filter((i) => i.orgAggregation === 'SUM')
    .map((i) => ({ value: i.id, label: `${i.key} ${i.name} (${i.unit})` }))];
  const pairProblems = preview.data?.fields ?? {};
  const fieldMessage = (field: string) => fieldErrors[field] ?? (pairProblems[field]?.[0] ? `${t.pairProblem}: ${pairProblems[field][0]}` : undefined);
  const title = ratio ? t.editTitle(ratio.name) : t.newTitle;

  return (
    <Paper withBorder p="md" component="form" aria-label={title} noValidate onSubmit={(e) => {
      e.preventDefault();
      submit();
    }}>
      <Stack gap="sm">
        <Title order={3} size="h4" ref={heading} tabIndex={-1}>{title}</Title>
        <FormAlert error={generalError(mutation.error, fieldErrors)} fieldErrors={fieldErrors} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect label={t.kind} value={values.kind} onChange={(e) => set('kind', e.currentTarget.value as RatioKind)}
            data={RATIO_KINDS.map((k) => ({ value: k, label: t.kinds[k] ?? k }))} error={fieldErrors.kind} />
          <TextInput label={t.name} required value={values.name} onChange={(e) => set('name', e.currentTarget.value)} error={fieldErrors.name} />
          <NativeSelect label={svChainBuilder.indicator.numerator} value={values.numeratorIndicatorId} data={sums}
            onChange={(e) => set('numeratorIndicatorId', e.currentTarget.value)} error={fieldMessage('numeratorIndicatorId')} />
          <NativeSelect label={svChainBuilder.indicator.denominator} value={values.denominatorIndicatorId} data={sums}
            onChange={(e) => set('denominatorIndicatorId', e.currentTarget.value)} error={fieldMessage('denominatorIndicatorId')} />
          <TextInput label={t.unit} description={t.unitHelp} value={values.unit} onChange={(e) => set('unit', e.currentTarget.value)}
            error={fieldErrors.unit} autoComplete="off" />
          <TextInput label={t.scale} description={svChainBuilder.indicator.scaleHelp} value={values.scale}
            onChange={(e) => set('scale', e.currentTarget.value)} error={fieldErrors.scale} autoComplete="off" />
        </SimpleGrid>

        <Stack gap="xs" component="section" aria-label={t.preview}>
          <Group align="flex-end" gap="md">
            <Text fw={600}>{t.preview}</Text>
            <NativeSelect label={t.previewYear} value={String(year)} onChange={(e) => setYear(Number(e.currentTarget.value))}
              data={[now - 2, now - 1, now].map(String)} size="xs" />
          </Group>
          {!preview.data && !preview.isFetching && <Text size="sm">{t.previewHint}</Text>}
          {preview.isFetching && !preview.data && <Text size="sm">{t.previewLoading}</Text>}
          {preview.isError && <Alert color="red.9" variant="outline">{generalError(preview.error, {})}</Alert>}
          {preview.data && preview.data.results.length > 0 && (
            <Table withTableBorder maw={760} data-testid="ratio-preview">
              <Table.Caption>{t.previewCaption(draft.year)}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.period}</Table.Th>
                  <Table.Th scope="col">{svChain.numerator}</Table.Th>
                  <Table.Th scope="col">{svChain.denominator}</Table.Th>
                  <Table.Th scope="col">{t.value}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.data.results.map((r) => (
                  <Table.Tr key={r.periodKey}>
                    <Table.Th scope="row">{r.periodKey}</Table.Th>
                    <Table.Td>{formatValue(r.numerator, r.numeratorUnit)}</Table.Td>
                    <Table.Td>{formatValue(r.denominator, r.denominatorUnit)}</Table.Td>
                    <Table.Td>{r.value === null ? `– (${reasonText(r.reason)})` : formatRatioValue(r.value, r.unit)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>{svChainBuilder.save}</Button>
          <Button variant="default" onClick={onDone}>{svChainBuilder.cancel}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

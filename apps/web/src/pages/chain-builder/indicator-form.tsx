import { Button, Checkbox, Fieldset, Group, NativeSelect, Paper, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import {
  DIRECTIONS, INDICATOR_SOURCES, ORG_AGGREGATIONS, PERIODICITIES, TIME_AGGREGATIONS, type ChainElementDto, type CreateIndicatorRequest,
  type IndicatorDto,
} from '@resultatkedjan/contracts';
import { useState } from 'react';
import { svChainBuilder } from '../../i18n/sv-chain-builder';
import {
  emptyIndicatorValues, indicatorRequestOf, indicatorValuesOf, INDICATOR_API_FIELDS, type IndicatorFormValues,
} from './builder-form-model';
import { createIndicator, updateIndicator } from './chain-builder-api';
import { FormAlert } from './form-alert';
import { useFocusOnOpen } from './use-focus-on-open';
import { generalError, useBuilderSave } from './use-builder-save';

const t = svChainBuilder.indicator;
const options = (values: readonly string[], labels: Record<string, string>) => values.map((v) => ({ value: v, label: labels[v] ?? v }));

interface IndicatorFormProps {
  goalId: string;
  goalKey: string;
  element: ChainElementDto;
  indicator?: IndicatorDto;
  /** The goal's indicators: SUM ones may be numerator, denominator or weight. */
  indicators: readonly IndicatorDto[];
  onDone: () => void;
}

/** Every field the indicator API has; the API's 422 messages appear at the field they concern. */
export function IndicatorForm({ goalId, goalKey, element, indicator, indicators, onDone }: IndicatorFormProps) {
  const heading = useFocusOnOpen<HTMLHeadingElement>();
  const [values, setValues] = useState<IndicatorFormValues>(() => (indicator ? indicatorValuesOf(indicator) : emptyIndicatorValues(goalKey, element.link)));
  const set = <K extends keyof IndicatorFormValues>(key: K, value: IndicatorFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const { mutation, fieldErrors, setFieldErrors } = useBuilderSave(
    goalId,
    ({ body }: { body: Omit<CreateIndicatorRequest, 'chainElementId'> }) =>
      indicator ? updateIndicator(indicator.id, body) : createIndicator({ ...body, chainElementId: element.id }),
    { onSaved: onDone, rename: INDICATOR_API_FIELDS, conflictField: 'key' },
  );
  const submit = () => {
    const request = indicatorRequestOf(values);
    if ('errors' in request) setFieldErrors(request.errors);
    else mutation.mutate(request);
  };
  const refs = [{ value: '', label: t.choose }, ...indicators
    .filter((i) => i.orgAggregation === 'SUM' && i.id !== indicator?.id)
    .map((i) => ({ value: i.id, label: `${i.key} ${i.name} (${i.unit})` }))];
  const text = (key: keyof IndicatorFormValues, label: string, extra: { description?: string; required?: boolean; maw?: number } = {}) => (
    <TextInput label={label} value={String(values[key])} onChange={(e) => set(key, e.currentTarget.value as never)}
      error={fieldErrors[key]} autoComplete="off" {...extra} />
  );
  const select = (key: keyof IndicatorFormValues, label: string, data: { value: string; label: string }[], description?: string) => (
    <NativeSelect label={label} value={String(values[key])} onChange={(e) => set(key, e.currentTarget.value as never)} data={data}
      error={fieldErrors[key]} description={description} />
  );
  const title = indicator ? t.editTitle(indicator.key) : t.newTitle(element.name);
  return (
    <Paper withBorder p="md" component="form" aria-label={title} noValidate onSubmit={(e) => {
      e.preventDefault();
      submit();
    }}>
      <Stack gap="sm">
        <Title order={4} ref={heading} tabIndex={-1}>{title}</Title>
        <FormAlert error={generalError(mutation.error, fieldErrors)} fieldErrors={fieldErrors} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {text('key', t.key, { description: t.keyHelp, required: true })}
          {text('name', t.name, { required: true })}
        </SimpleGrid>
        <Textarea label={t.purpose} description={t.purposeHelp} required autosize minRows={2} value={values.purpose}
          onChange={(e) => set('purpose', e.currentTarget.value)} error={fieldErrors.purpose} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {text('unit', t.unit, { description: t.unitHelp, required: true })}
          {select('direction', t.direction, options(DIRECTIONS, t.directions))}
          {select('periodicity', t.periodicity, options(PERIODICITIES, t.periodicities))}
          {select('orgAggregation', t.orgAggregation, options(ORG_AGGREGATIONS, t.orgAggregations))}
          {select('timeAggregation', t.timeAggregation, options(TIME_AGGREGATIONS, t.timeAggregations))}
          {values.orgAggregation === 'WEIGHTED_MEAN' && select('weightIndicatorId', t.weight, refs)}
        </SimpleGrid>
        {values.orgAggregation === 'RATIO' && (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {select('numeratorIndicatorId', t.numerator, refs)}
            {select('denominatorIndicatorId', t.denominator, refs)}
            {text('scale', t.scale, { description: t.scaleHelp })}
          </SimpleGrid>
        )}
        <Checkbox label={t.targeted} checked={values.targeted} onChange={(e) => set('targeted', e.currentTarget.checked)} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {select('source', t.source, options(INDICATOR_SOURCES, t.sources))}
          {text('koladaId', t.koladaId, { description: t.koladaHelp })}
          {text('reviewDate', t.reviewDate, { description: t.reviewDateHelp })}
          {text('baselineValue', t.baselineValue)}
          {text('baselinePeriodKey', t.baselinePeriodKey, { description: t.baselinePeriodHelp })}
        </SimpleGrid>
        <Fieldset legend={t.levelScale} variant="unstyled">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {text('fulfilledFrom', t.fulfilledFrom, { description: t.levelScaleHelp })}
            {text('partlyFrom', t.partlyFrom)}
          </SimpleGrid>
        </Fieldset>
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>{svChainBuilder.save}</Button>
          <Button variant="default" onClick={onDone}>{svChainBuilder.cancel}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import type { AppliedChainTemplateDto, ChainTemplateId } from '@resultatkedjan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { svChainBuilder } from '../../i18n/sv-chain-builder';
import { applyTemplate, templatesQuery } from './chain-builder-api';
import { FormAlert } from './form-alert';
import { generalError, useBuilderSave } from './use-builder-save';

const t = svChainBuilder.templates;

/** "Starta från mall": a sector's elements, result-first indicators and ratio pairs in one step. */
export function TemplatePicker({ goalId, onApplied }: { goalId: string; onApplied: (applied: AppliedChainTemplateDto) => void }) {
  const templates = useQuery(templatesQuery);
  const [choice, setChoice] = useState<ChainTemplateId | ''>('');
  const { mutation, fieldErrors } = useBuilderSave(goalId, (id: ChainTemplateId) => applyTemplate(goalId, id), { onSaved: onApplied });
  const list = templates.data ?? [];
  const chosen = list.find((x) => x.id === choice) ?? list[0];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="builder-templates">
      <Stack gap="sm">
        <Title order={2} id="builder-templates">{t.heading}</Title>
        <Text size="sm">{t.intro}</Text>
        <FormAlert error={generalError(mutation.error, fieldErrors)} fieldErrors={fieldErrors} />
        <Group align="flex-end" gap="md">
          <NativeSelect
            label={t.choose}
            value={chosen?.id ?? ''}
            onChange={(e) => setChoice(e.currentTarget.value as ChainTemplateId)}
            data={list.map((x) => ({ value: x.id, label: x.sector }))}
            error={fieldErrors.templateId}
            disabled={list.length === 0}
            miw={280}
          />
          <Button onClick={() => chosen && mutation.mutate(chosen.id)} loading={mutation.isPending} disabled={!chosen}>
            {t.apply}
          </Button>
        </Group>
        {chosen && (
          <Alert variant="outline" color="gray.8">
            <Text size="sm">{t.example(chosen.goalExample)}</Text>
            <Text size="sm">{t.summary(chosen.elements.length, chosen.indicators.length, chosen.ratios.length)}</Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

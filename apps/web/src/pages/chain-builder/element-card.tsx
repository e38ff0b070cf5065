import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ChainElementDto, IndicatorDto } from '@resultatkedjan/contracts';
import { useState } from 'react';
import { svChainBuilder } from '../../i18n/sv-chain-builder';
import { deleteElement, deleteIndicator } from './chain-builder-api';
import { ElementForm } from './element-form';
import { FormAlert } from './form-alert';
import { IndicatorForm } from './indicator-form';
import { TargetsGrid } from './targets-grid';
import { generalError, useBuilderSave } from './use-builder-save';

const t = svChainBuilder;

type Open = { kind: 'element' } | { kind: 'new-indicator' } | { kind: 'indicator'; id: string } | { kind: 'targets'; id: string } | null;

interface ElementCardProps {
  goalId: string;
  goalKey: string;
  element: ChainElementDto;
  /** All the goal's indicators (this element's are shown; the others can be referred to). */
  indicators: readonly IndicatorDto[];
}

/** One link element with its indicators; each can be edited, given targets or removed. */
export function ElementCard({ goalId, goalKey, element, indicators }: ElementCardProps) {
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const own = indicators.filter((i) => i.chainElementId === element.id);
  const results = indicators.filter((i) => i.link === 'resultat');
  const moves = element.resultIndicatorId ? indicators.find((i) => i.id === element.resultIndicatorId) : undefined;
  const removal = useBuilderSave(goalId, (remove: () => Promise<void>) => remove());
  const confirmed = (name: string) => window.confirm(t.confirmRemove(name));

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`element-${element.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h4" id={`element-${element.id}`}>{element.name}</Title>
            {element.description && <Text size="sm">{element.description}</Text>}
            {moves && <Text size="sm" fw={500}>{t.element.moves(`${moves.key} ${moves.name}`)}</Text>}
          </Stack>
          <Group gap="xs">
            <Button size="xs" variant="default" aria-label={`${t.edit} ${element.name}`} onClick={() => setOpen({ kind: 'element' })}>{t.edit}</Button>
            <Button size="xs" variant="default" c="red.9" aria-label={`${t.remove} ${element.name}`}
              onClick={() => confirmed(element.name) && removal.mutation.mutate(() => deleteElement(element.id))}>
              {t.remove}
            </Button>
          </Group>
        </Group>
        <FormAlert error={generalError(removal.mutation.error, {})} fieldErrors={{}} />
        {open?.kind === 'element' && <ElementForm goalId={goalId} link={element.link} element={element} results={results} onDone={close} />}

        {own.length === 0 ? (
          <Text size="sm">{t.indicator.none}</Text>
        ) : (
          <List listStyleType="none" spacing="xs" aria-label={`${element.name}: indikatorer`}>
            {own.map((i) => (
              <List.Item key={i.id}>
                <Stack gap="xs">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Text size="sm">
                      <strong>{i.key}</strong> {i.name} <Text span c="dimmed" size="sm">({t.indicator.describe(i.unit, t.indicator.periodicities[i.periodicity] ?? i.periodicity)})</Text>
                    </Text>
                    <Group gap="xs">
                      <Button size="xs" variant="default" aria-label={`${t.edit} ${i.key}`} onClick={() => setOpen({ kind: 'indicator', id: i.id })}>{t.edit}</Button>
                      {i.targeted && (
                        <Button size="xs" variant="default" aria-label={`${t.targets.open} ${i.key}`} onClick={() => setOpen({ kind: 'targets', id: i.id })}>
                          {t.targets.open}
                        </Button>
                      )}
                      <Button size="xs" variant="default" c="red.9" aria-label={`${t.remove} ${i.key}`}
                        onClick={() => confirmed(i.key) && removal.mutation.mutate(() => deleteIndicator(i.id))}>
                        {t.remove}
                      </Button>
                    </Group>
                  </Group>
                  {open?.kind === 'indicator' && open.id === i.id && (
                    <IndicatorForm goalId={goalId} goalKey={goalKey} element={element} indicator={i} indicators={indicators} onDone={close} />
                  )}
                  {open?.kind === 'targets' && open.id === i.id && <TargetsGrid goalId={goalId} indicator={i} onDone={close} />}
                </Stack>
              </List.Item>
            ))}
          </List>
        )}
        {open?.kind === 'new-indicator' ? (
          <IndicatorForm goalId={goalId} goalKey={goalKey} element={element} indicators={indicators} onDone={close} />
        ) : (
          <Group>
            <Button size="xs" variant="default" aria-label={`${t.indicator.add} i ${element.name}`} onClick={() => setOpen({ kind: 'new-indicator' })}>
              {t.indicator.add}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { IndicatorDto } from '@resultatkedjan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { svChainBuilder } from '../../i18n/sv-chain-builder';
import { deleteRatio, ratiosQuery } from './chain-builder-api';
import { FormAlert } from './form-alert';
import { RatioForm } from './ratio-form';
import { generalError, useBuilderSave } from './use-builder-save';

const t = svChainBuilder.ratios;

/** The chain's declared nyckeltal: add, change (with the live preview) and remove. */
export function RatioSection({ goalId, indicators }: { goalId: string; indicators: readonly IndicatorDto[] }) {
  const ratios = useQuery(ratiosQuery(goalId));
  const [open, setOpen] = useState<string | 'new' | null>(null);
  const removal = useBuilderSave(goalId, (id: string) => deleteRatio(id));
  const keyOf = (id: string) => indicators.find((i) => i.id === id)?.key ?? '?';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="builder-ratios">
      <Stack gap="sm">
        <Title order={2} id="builder-ratios">{t.heading}</Title>
        <Text size="sm">{t.intro}</Text>
        <FormAlert error={generalError(removal.mutation.error, {})} fieldErrors={{}} />
        {(ratios.data ?? []).length === 0 ? (
          <Text size="sm">{t.none}</Text>
        ) : (
          <List listStyleType="none" spacing="xs" aria-label={t.heading}>
            {(ratios.data ?? []).map((r) => (
              <List.Item key={r.id}>
                <Stack gap="xs">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Text size="sm">
                      <strong>{r.name}</strong> · {t.kinds[r.kind]} · {keyOf(r.numeratorIndicatorId)} / {keyOf(r.denominatorIndicatorId)}
                    </Text>
                    <Group gap="xs">
                      <Button size="xs" variant="default" aria-label={`${svChainBuilder.edit} ${r.name}`} onClick={() => setOpen(r.id)}>{svChainBuilder.edit}</Button>
                      <Button size="xs" variant="default" c="red.9" aria-label={`${svChainBuilder.remove} ${r.name}`}
                        onClick={() => window.confirm(svChainBuilder.confirmRemove(r.name)) && removal.mutation.mutate(r.id)}>
                        {svChainBuilder.remove}
                      </Button>
                    </Group>
                  </Group>
                  {open === r.id && <RatioForm goalId={goalId} ratio={r} indicators={indicators} onDone={() => setOpen(null)} />}
                </Stack>
              </List.Item>
            ))}
          </List>
        )}
        {open === 'new' ? (
          <RatioForm goalId={goalId} indicators={indicators} onDone={() => setOpen(null)} />
        ) : (
          <Group>
            <Button variant="default" onClick={() => setOpen('new')}>{t.add}</Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

import { Button, Group, NativeSelect, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { ChainElementDto, ChainLink, IndicatorDto } from '@resultatkedjan/contracts';
import { useState } from 'react';
import { svChainBuilder } from '../../i18n/sv-chain-builder';
import { createElement, updateElement } from './chain-builder-api';
import { FormAlert } from './form-alert';
import { useFocusOnOpen } from './use-focus-on-open';
import { generalError, useBuilderSave } from './use-builder-save';

const t = svChainBuilder;

interface ElementFormProps {
  goalId: string;
  link: ChainLink;
  element?: ChainElementDto;
  /** The goal's resultat indicators, for an aktivitet's R-20 link. */
  results: readonly IndicatorDto[];
  onDone: () => void;
  headingOrder?: 3 | 4;
}

/** Name and description of a link; for an aktivitet also the result indicator it is meant to move. */
export function ElementForm({ goalId, link, element, results, onDone, headingOrder = 4 }: ElementFormProps) {
  const heading = useFocusOnOpen<HTMLHeadingElement>();
  const [name, setName] = useState(element?.name ?? '');
  const [description, setDescription] = useState(element?.description ?? '');
  const [resultIndicatorId, setResultIndicatorId] = useState(element?.resultIndicatorId ?? '');
  const { mutation, fieldErrors } = useBuilderSave(
    goalId,
    () => {
      const body = { name, description, resultIndicatorId: link === 'aktivitet' && resultIndicatorId ? resultIndicatorId : null };
      return element ? updateElement(element.id, body) : createElement(goalId, { link, ...body });
    },
    { onSaved: onDone },
  );
  const title = element ? t.element.editTitle(element.name) : t.element.formTitle(t.links[link]!);
  return (
    <Paper withBorder p="md" component="form" aria-label={title} noValidate onSubmit={(e) => {
      e.preventDefault();
      mutation.mutate(undefined);
    }}>
      <Stack gap="sm">
        <Title order={headingOrder} size="h4" ref={heading} tabIndex={-1}>{title}</Title>
        <FormAlert error={generalError(mutation.error, fieldErrors)} fieldErrors={fieldErrors} />
        <TextInput label={t.element.name} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldErrors.name} />
        <Textarea label={t.element.description} autosize minRows={2} value={description}
          onChange={(e) => setDescription(e.currentTarget.value)} error={fieldErrors.description} />
        {link === 'aktivitet' && (
          <NativeSelect
            label={t.element.resultIndicator}
            description={t.element.resultIndicatorHelp}
            value={resultIndicatorId}
            onChange={(e) => setResultIndicatorId(e.currentTarget.value)}
            data={[{ value: '', label: t.element.noResult }, ...results.map((i) => ({ value: i.id, label: `${i.key} ${i.name}` }))]}
            error={fieldErrors.resultIndicatorId}
          />
        )}
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>{t.save}</Button>
          <Button variant="default" onClick={onDone}>{t.cancel}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

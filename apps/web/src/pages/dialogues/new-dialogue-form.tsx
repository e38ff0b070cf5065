import { Alert, Button, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { OrgTreeNode } from '@resultatkedjan/contracts';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { createDialogue } from '../../api/dialogues';
import { svDialogues as t } from '../../i18n/sv-dialogues';
import { dialoguePaths } from '../../paths';
import { calendarQuery } from '../calendar/calendar-api';
import { orgTreeQuery } from '../chain/chain-api';
import { currentYear } from '../goals/use-year-param';

const DIALOGUE_KINDS = new Set(['namnd', 'ks', 'forvaltning', 'bolag']);

/** The bodies a dialogue can belong to: nämnder, KS, förvaltningar and bolag that are open. */
function bodies(roots: readonly OrgTreeNode[]): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  const walk = (nodes: readonly OrgTreeNode[]) => {
    for (const node of nodes) {
      if (node.validTo === null && DIALOGUE_KINDS.has(node.kind)) out.push({ value: node.id, label: node.name });
      walk(node.children);
    }
  };
  walk(roots);
  return out;
}

/** Plans a dialogue of a body in an opened or locked period; the API answers field by field. */
export function NewDialogueForm() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const tree = useQuery(orgTreeQuery);
  const [year, setYear] = useState(currentYear());
  const calendar = useQuery(calendarQuery(year));
  const [orgNodeId, setOrgNodeId] = useState<string | null>(null);
  const [periodId, setPeriodId] = useState<string | null>(null);
  const [heldOn, setHeldOn] = useState('');
  const [title, setTitle] = useState('');
  const create = useMutation({
    mutationFn: () => createDialogue({ orgNodeId: orgNodeId ?? '', periodId: periodId ?? '', heldOn, ...(title.trim() ? { title: title.trim() } : {}) }),
    onSuccess: async (dialogue) => {
      await queryClient.invalidateQueries({ queryKey: ['dialogues'] });
      await navigate(dialoguePaths.detail(dialogue.id));
    },
  });
  const fieldError = (field: string) => (create.error instanceof ApiError ? create.error.fields[field]?.[0] : undefined);
  const periods = (calendar.data?.periods ?? []).filter((p) => p.status !== 'planerad');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="ny-dialog">
      <Title order={2} id="ny-dialog" mb="xs">
        {t.newTitle}
      </Title>
      <Text mb="sm">{t.newIntro}</Text>
      {create.isError && !(create.error instanceof ApiError && Object.keys(create.error.fields).length > 0) && (
        <Alert role="alert" color="red.9" variant="outline" mb="sm">
          {create.error.message}
        </Alert>
      )}
      <form onSubmit={onSubmit} aria-label={t.newTitle}>
        <Stack gap="sm" maw={720}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select label={t.newBody} required data={tree.data ? bodies(tree.data) : []} value={orgNodeId} onChange={setOrgNodeId} searchable error={fieldError('orgNodeId')} />
            <Select
              label={t.newYear}
              data={[currentYear() - 1, currentYear(), currentYear() + 1].map(String)}
              value={String(year)}
              onChange={(v) => {
                if (!v) return;
                setYear(Number(v));
                setPeriodId(null);
              }}
              allowDeselect={false}
            />
            <Select
              label={t.newPeriod}
              required
              data={periods.map((p) => ({ value: p.id, label: formatPeriodLabel(p.periodKey) }))}
              value={periodId}
              onChange={setPeriodId}
              error={fieldError('periodId')}
            />
            <TextInput type="date" label={t.newHeldOn} required value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} error={fieldError('heldOn')} />
          </SimpleGrid>
          <TextInput label={t.newTitleField} maxLength={200} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fieldError('title')} />
          <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
            {t.create}
          </Button>
        </Stack>
      </form>
    </section>
  );
}

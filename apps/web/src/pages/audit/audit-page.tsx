import { Anchor, Button, Code, Group, Pagination, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { AuditEventDto } from '@resultatkedjan/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { auditCsvUrl, auditEventsQuery, type AuditFilter } from '../../api/admin';
import { svAdmin } from '../../i18n/sv-admin';
import { PageLoader } from '../../layout/page-loader';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { QueryError } from '../goals/query-error';

const t = svAdmin.audit;
const FILTER_KEYS = ['entityType', 'entityId', 'actor', 'actorName', 'from', 'to'] as const;

/**
 * /granskningslogg: the audit trail for revisor, controller and admin, filtered by object, user and dates (the filter
 * is in the address so a finding can be linked), newest first, with before and after, and the same as CSV.
 */
export function AuditPage() {
  useDocumentTitle(t.title);
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = {
    entityType: params.get('entityType') ?? undefined,
    entityId: params.get('entityId') ?? undefined,
    actor: params.get('actor') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const actorName = params.get('actorName');
  const page = Math.max(1, Number(params.get('sida')) || 1);
  const events = useQuery({ ...auditEventsQuery(filter, page), placeholderData: keepPreviousData });

  const update = (changes: Record<string, string | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!keepPage) next.delete('sida');
    setParams(next);
  };

  return (
    <Stack gap="md">
      <Title order={1}>{t.title}</Title>
      <Text>{t.intro}</Text>
      <Filters key={params.toString()} filter={filter} actorName={actorName} onApply={update} />
      <Group>
        <Anchor href={auditCsvUrl(filter)} download>
          {t.download}
        </Anchor>
      </Group>
      {events.isPending ? (
        <PageLoader />
      ) : events.isError ? (
        <QueryError title={svAdmin.loadError} error={events.error} retry={() => void events.refetch()} retrying={events.isFetching} />
      ) : events.data.items.length === 0 ? (
        <Text>{t.none}</Text>
      ) : (
        <>
          <EventTable
            events={events.data.items}
            caption={t.showing((page - 1) * events.data.pageSize + 1, (page - 1) * events.data.pageSize + events.data.items.length, events.data.total)}
            onActor={(actor) => update({ actor: actor.id, actorName: actor.displayName })}
          />
          {events.data.total > events.data.pageSize && (
            <Pagination
              total={Math.ceil(events.data.total / events.data.pageSize)}
              value={page}
              onChange={(p) => update({ sida: String(p) }, true)}
              getControlProps={(control) => ({ 'aria-label': control === 'previous' ? t.previous : control === 'next' ? t.next : control })}
            />
          )}
        </>
      )}
    </Stack>
  );
}

function Filters({ filter, actorName, onApply }: { filter: AuditFilter; actorName: string | null; onApply: (changes: Record<string, string | undefined>) => void }) {
  const [entityType, setEntityType] = useState(filter.entityType ?? null);
  const [entityId, setEntityId] = useState(filter.entityId ?? '');
  const [from, setFrom] = useState(filter.from ?? '');
  const [to, setTo] = useState(filter.to ?? '');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ entityType: entityType ?? undefined, entityId: entityId.trim() || undefined, from: from || undefined, to: to || undefined });
  };
  const typeOptions = Object.entries(t.entityTypes)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));
  return (
    <form onSubmit={onSubmit} aria-label={t.filtersTitle}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <Select label={t.entityType} placeholder={t.anyType} data={typeOptions} value={entityType} onChange={setEntityType} clearable searchable />
        <TextInput label={t.entityId} maxLength={100} value={entityId} onChange={(e) => setEntityId(e.currentTarget.value)} />
        <TextInput type="date" label={t.from} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label={t.to} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
      </SimpleGrid>
      <Group mt="sm" gap="sm">
        <Button type="submit">{t.apply}</Button>
        <Button variant="outline" onClick={() => onApply(Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])))}>
          {t.reset}
        </Button>
        {filter.actor && (
          <Button variant="subtle" onClick={() => onApply({ actor: undefined, actorName: undefined })} aria-label={t.clearActor(actorName ?? '')}>
            {t.actor}: {actorName ?? filter.actor} ✕
          </Button>
        )}
      </Group>
    </form>
  );
}

function EventTable({ events, caption, onActor }: { events: AuditEventDto[]; caption: string; onActor: (actor: { id: string; displayName: string }) => void }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder striped data-testid="audit-events" verticalSpacing="xs">
        <caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {Object.values(t.columns).map((c) => (
              <Table.Th scope="col" key={c}>
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.occurredAt)}</Table.Td>
              <Table.Td>
                {event.actor ? (
                  <Anchor component="button" type="button" onClick={() => onActor(event.actor!)} aria-label={t.filterByActor(event.actor.displayName)}>
                    {event.actor.displayName}
                  </Anchor>
                ) : (
                  t.system
                )}
              </Table.Td>
              <Table.Td>{event.action}</Table.Td>
              <Table.Td>{t.entityTypes[event.entityType] ?? event.entityType}</Table.Td>
              <Table.Td>
                <Code>{event.entityId}</Code>
              </Table.Td>
              <Table.Td>
                <details>
                  <summary>{t.details}</summary>
                  <Text size="xs" fw={700} mt={4}>
                    {t.before}
                  </Text>
                  <Code block>{event.before ? JSON.stringify(event.before, null, 2) : '–'}</Code>
                  <Text size="xs" fw={700} mt={4}>
                    {t.after}
                  </Text>
                  <Code block>{event.after ? JSON.stringify(event.after, null, 2) : '–'}</Code>
                </details>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

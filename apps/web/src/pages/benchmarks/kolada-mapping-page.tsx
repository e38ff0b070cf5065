import { Alert, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import type { IndicatorDto } from '@resultatkedjan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { comparisonSetQuery, kpiPreviewQuery, kpiSearchQuery, mapIndicator, startKoladaSync } from '../../api/benchmarks';
import { apiGet } from '../../api/client';
import { svBenchmarks } from '../../i18n/sv-benchmarks';
import { formatValue } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { QueryError } from '../goals/query-error';

const t = svBenchmarks;

const indicatorsQuery = {
  queryKey: ['indicators', 'all'] as const,
  queryFn: () => apiGet<{ items: IndicatorDto[] }>('/api/v1/indicators?pageSize=200'),
};

/** The controller maps an indicator to a Kolada KPI: search, preview the comparison set's values, map, fetch now. */
export function KoladaMappingPage() {
  useDocumentTitle(t.mappingTitle);
  const client = useQueryClient();
  const [indicatorId, setIndicatorId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const [kpiId, setKpiId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const indicators = useQuery(indicatorsQuery);
  const set = useQuery(comparisonSetQuery);
  const hits = useQuery({ ...kpiSearchQuery(search ?? ''), enabled: search !== null });
  const preview = useQuery({ ...kpiPreviewQuery(kpiId ?? ''), enabled: kpiId !== null });
  const indicator = indicators.data?.items.find((i) => i.id === indicatorId) ?? null;
  const map = useMutation({
    mutationFn: () => mapIndicator(indicatorId!, kpiId),
    onSuccess: async () => {
      setMessage(t.mapped(indicator?.key ?? '', kpiId ?? ''));
      await client.invalidateQueries({ queryKey: ['indicators'] });
      await client.invalidateQueries({ queryKey: ['benchmarks'] });
    },
  });
  const sync = useMutation({ mutationFn: startKoladaSync, onSuccess: () => setMessage(t.syncStarted) });

  return (
    <Stack gap="md" maw={1000}>
      <Title order={1}>{t.mappingTitle}</Title>
      <Text maw={760}>{t.mappingIntro}</Text>
      {set.data && (
        <Text size="sm">
          {t.comparisonSet}: {set.data.members.map((m) => m.title).join(', ')}
        </Text>
      )}
      {indicators.isError && <QueryError title={t.errorTitle} error={indicators.error} retry={() => void indicators.refetch()} retrying={indicators.isFetching} />}
      <Select
        label={t.indicator}
        placeholder={t.indicatorPlaceholder}
        searchable
        data={(indicators.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.key} ${i.name}${i.koladaId ? ` (${i.koladaId})` : ''}` }))}
        value={indicatorId}
        onChange={setIndicatorId}
        maw={520}
      />
      {indicator?.koladaId && <Text size="sm">{t.currentMapping(indicator.koladaId)}</Text>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSearch(text.trim());
        }}
      >
        <Group align="flex-end">
          <TextInput label={t.search} placeholder={t.searchPlaceholder} value={text} onChange={(e) => setText(e.currentTarget.value)} w={360} />
          <Button type="submit">{t.searchButton}</Button>
        </Group>
      </form>
      {hits.isSuccess && hits.data.length === 0 && <Text>{t.noHits}</Text>}
      {hits.isSuccess && hits.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder data-testid="kpi-hits">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">KPI</Table.Th>
                <Table.Th scope="col">{t.unit}</Table.Th>
                <Table.Th scope="col">{t.genderDivided}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t.preview}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {hits.data.map((kpi) => (
                <Table.Tr key={kpi.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {kpi.id} {kpi.title}
                    </Text>
                    {kpi.description && <Text size="xs" lineClamp={2}>{kpi.description}</Text>}
                  </Table.Td>
                  <Table.Td>{kpi.unit ?? '–'}</Table.Td>
                  <Table.Td>{kpi.isDividedByGender ? t.yes : t.no}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => setKpiId(kpi.id)} aria-label={`${t.preview} ${kpi.id}`}>
                      {t.preview}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {kpiId && preview.isSuccess && (
        <Paper withBorder p="md" data-testid="kpi-preview">
          <Title order={2} size="h4">
            {t.previewHeading(preview.data.kpi?.title ?? kpiId)}
          </Title>
          <Table mt="xs">
            <Table.Tbody>
              {preview.data.series.map((s) => {
                const last = s.points.filter((p) => p.value !== null).at(-1);
                return (
                  <Table.Tr key={s.municipalityId}>
                    <Table.Th scope="row">{s.name}</Table.Th>
                    <Table.Td>
                      {last ? `${formatValue(last.value, preview.data.kpi?.unit ?? '')} (${last.year})` : '–'}
                      {last && <Text size="xs">{last.fromKolada ? t.source : t.notFromKolada}</Text>}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <Button mt="sm" disabled={!indicatorId} loading={map.isPending} onClick={() => map.mutate()}>
            {t.map}
          </Button>
        </Paper>
      )}
      {(map.isError || sync.isError) && <Alert color="red">{t.saveError}</Alert>}
      {message && (
        <Alert color="green" role="status">
          {message}
        </Alert>
      )}
      <Group>
        <Button variant="outline" loading={sync.isPending} onClick={() => sync.mutate()}>
          {t.runSync}
        </Button>
      </Group>
    </Stack>
  );
}

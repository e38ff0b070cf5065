import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { kpiBenchmarkQuery } from '../../api/benchmarks';
import { svBenchmarks } from '../../i18n/sv-benchmarks';
import { PageLoader } from '../../layout/page-loader';
import { formatNumber, formatValue } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { QueryError } from '../goals/query-error';

const t = svBenchmarks;
const LINE_COLORS = ['#1c5fa8', '#a33b00', '#2b7a0b', '#6a2c91', '#7a5c00', '#00666e'];
const DASHES = ['', '6 3', '2 2', '8 3 2 3', '4 4', '1 3'];

/** One Kolada KPI over the years: the kommun and its comparison set by name, a chart and the same figures in a table. */
export function BenchmarkPage() {
  const { kpiId = '' } = useParams();
  const query = useQuery(kpiBenchmarkQuery(kpiId));
  const title = query.data?.kpi?.title ?? kpiId;
  useDocumentTitle(t.pageTitle(title));
  const unit = query.data?.kpi?.unit ?? '';
  const series = query.data?.series.filter((s) => s.points.length > 0) ?? [];
  const years = query.data?.years ?? [];
  const data = years.map((year) => {
    const row: Record<string, number | null> = { year };
    for (const s of series) row[s.name] = s.points.find((p) => p.year === year)?.value ?? null;
    return row;
  });

  return (
    <Stack gap="md" maw={1100}>
      <Title order={1}>{t.pageHeading}</Title>
      {query.isPending && <PageLoader label={t.loading} />}
      {query.isError && <QueryError title={t.errorTitle} error={query.error} retry={() => void query.refetch()} retrying={query.isFetching} />}
      {query.isSuccess && (
        <>
          <Title order={2} size="h3">
            {title} ({kpiId})
          </Title>
          {query.data.kpi?.description && <Text size="sm" maw={820}>{query.data.kpi.description}</Text>}
          {series.length === 0 && <Text>{t.noComparison}</Text>}
          {series.length > 0 && (
            <>
              <div role="img" aria-label={t.chartLabel(title)} style={{ width: '100%', height: 320 }}>
                <ResponsiveContainer width="100%" height="100%">
                  <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
                    <CartesianGrid stroke="#ced4da" strokeDasharray="3 3" />
                    <XAxis dataKey="year" stroke="#343a40" />
                    <YAxis stroke="#343a40" tickFormatter={(v: number) => formatNumber(v)} width={80} />
                    <Tooltip formatter={(v) => formatValue(typeof v === 'number' ? v : null, unit)} />
                    <Legend />
                    {series.map((s, i) => (
                      <Line
                        key={s.municipalityId}
                        type="monotone"
                        dataKey={s.name}
                        stroke={LINE_COLORS[i % LINE_COLORS.length]}
                        strokeDasharray={DASHES[i % DASHES.length]}
                        strokeWidth={s.kind === 'egen' ? 3 : 2}
                        connectNulls={false}
                        isAnimationActive={false}
                      />
                    ))}
                  </LineChart>
                </ResponsiveContainer>
              </div>
              <Table.ScrollContainer minWidth={560}>
                <Table withTableBorder captionSide="top" data-testid="benchmark-table">
                  <Table.Caption>{t.tableCaption(title)}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t.municipality}</Table.Th>
                      {years.map((y) => (
                        <Table.Th scope="col" key={y}>
                          {y}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {series.map((s) => (
                      <Table.Tr key={s.municipalityId}>
                        <Table.Th scope="row">
                          {s.name} <Text span size="xs">({t.kinds[s.kind]})</Text>
                        </Table.Th>
                        {years.map((y) => {
                          const point = s.points.find((p) => p.year === y);
                          return (
                            <Table.Td key={y}>
                              {point ? formatValue(point.value, unit) : t.noValue}
                              {point && point.value !== null && (
                                <Text size="xs" c="gray.8">
                                  {point.fromKolada ? t.source : t.notFromKolada}
                                </Text>
                              )}
                            </Table.Td>
                          );
                        })}
                      </Table.Tr>
                    ))}
                    {query.data.spread.some((sp) => sp.count > 0) && (
                      <Table.Tr>
                        <Table.Th scope="row">Spridning (min–max)</Table.Th>
                        {query.data.spread.map((sp) => (
                          <Table.Td key={sp.year}>{sp.min === null || sp.max === null ? t.noValue : `${formatValue(sp.min, unit)}–${formatValue(sp.max, unit)}`}</Table.Td>
                        ))}
                      </Table.Tr>
                    )}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )}
        </>
      )}
    </Stack>
  );
}

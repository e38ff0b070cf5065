import { Anchor, Group, List, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ChainRatioView, GoalChainView, IndicatorBenchmarkDto } from '@resultatkedjan/contracts';
import { COST_NUMERATOR_KINDS, periodChange } from '@resultatkedjan/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { indicatorBenchmarksQuery } from '../../api/benchmarks';
import { yearChainsQuery } from '../../api/goals';
import { formatValue } from '../../lib/format';
import { IndicatorBenchmark } from '../benchmarks/indicator-benchmark';
import { svAnalysis } from '../../i18n/sv-analysis';
import { svChain } from '../../i18n/sv-chain';
import { PageLoader } from '../../layout/page-loader';
import { formatPercent } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { chainHref, CHAIN_PARAMS } from '../chain/chain-page';
import { RatioFigure } from '../chain/ratio-figure';
import { QueryError } from '../goals/query-error';
import { currentYear, useYearParam } from '../goals/use-year-param';

const t = svAnalysis;

/**
 * The controller's analysis: every goal's declared ratios at its owner, this year beside last year, each with its
 * numerator and denominator. One request for the whole kommunkoncern (GET /chains?year=).
 */
export function AnalysisPage() {
  useDocumentTitle(t.title);
  const now = currentYear();
  const [year, setYear] = useYearParam(now);
  const chains = useQuery(yearChainsQuery(year));
  const benchmarks = useQuery(indicatorBenchmarksQuery);
  const benchmarkMap = new Map((benchmarks.data ?? []).map((b) => [b.indicatorId, b]));
  const withRatios = chains.data?.chains.filter((c) => c.ratios.length > 0) ?? [];
  const withoutRatios = chains.data?.chains.filter((c) => c.ratios.length === 0) ?? [];

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{t.title}</Title>
      <Text maw={760}>{t.intro}</Text>
      <NativeSelect
        label={t.year}
        w={160}
        value={String(year)}
        data={[now - 2, now - 1, now, now + 1].map(String)}
        onChange={(e) => setYear(Number(e.currentTarget.value))}
      />
      {chains.isPending && <PageLoader label={t.loading} />}
      {chains.isError && <QueryError title={t.errorTitle} error={chains.error} retry={() => void chains.refetch()} retrying={chains.isFetching} />}
      {chains.isSuccess && withRatios.length === 0 && <Text>{t.empty(year)}</Text>}
      {withRatios.map((chain) => (
        <GoalRatios key={chain.goal.id} chain={chain} year={year} benchmarks={benchmarkMap} />
      ))}
      {withoutRatios.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t.noRatios}
          </Title>
          <Text size="sm">{t.noRatiosIntro}</Text>
          <List>
            {withoutRatios.map((chain) => (
              <List.Item key={chain.goal.id}>
                <Anchor component={Link} to={chainHref(chain.goal.id, { [CHAIN_PARAMS.year]: String(year) })}>
                  {chain.goal.key} {chain.goal.title}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {chains.data && chains.data.omitted > 0 && <Text size="sm">{t.omitted(chains.data.omitted)}</Text>}
    </Stack>
  );
}

function GoalRatios({ chain, year, benchmarks }: { chain: GoalChainView; year: number; benchmarks: ReadonlyMap<string, IndicatorBenchmarkDto> }) {
  const [before, now] = [String(year - 1), String(year)];
  const headingId = `analys-${chain.goal.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" id={headingId}>
            {chain.goal.key} {chain.goal.title}
          </Title>
          {chain.orgNodes[0] && <Text size="sm">{t.owner(chain.orgNodes[0].name)}</Text>}
        </Stack>
        <Anchor component={Link} to={chainHref(chain.goal.id, { [CHAIN_PARAMS.year]: now })}>
          {t.openChain(chain.goal.key)}
        </Anchor>
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table withTableBorder captionSide="top" data-testid="analysis-ratios">
          <Table.Caption>{t.tableCaption(chain.goal.key)}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.cols.ratio}</Table.Th>
              <Table.Th scope="col">{t.cols.kind}</Table.Th>
              <Table.Th scope="col">{before}</Table.Th>
              <Table.Th scope="col">{now}</Table.Th>
              <Table.Th scope="col">{t.cols.change}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {chain.ratios.map((ratio) => {
              const previous = ratio.results.find((r) => r.periodKey === before);
              const current = ratio.results.find((r) => r.periodKey === now);
              return (
                <Table.Tr key={ratio.id}>
                  <Table.Th scope="row" fw={500}>
                    {ratio.name}
                  </Table.Th>
                  <Table.Td>{svChain.ratioKinds[ratio.kind] ?? ratio.kind}</Table.Td>
                  <Table.Td>{previous ? <RatioFigure result={previous} /> : '–'}</Table.Td>
                  <Table.Td>{current ? <RatioFigure result={current} /> : '–'}</Table.Td>
                  <Table.Td>{changeText(ratio, previous?.value ?? null, current?.value ?? null)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <KoladaComparisons chain={chain} year={year} benchmarks={benchmarks} />
    </Paper>
  );
}

/** The goal's indicators mapped to Kolada: the kommun's own value beside the comparison set's, by name. */
function KoladaComparisons({ chain, year, benchmarks }: { chain: GoalChainView; year: number; benchmarks: ReadonlyMap<string, IndicatorBenchmarkDto> }) {
  const mapped = chain.elements.flatMap((e) => e.indicators).filter((i) => benchmarks.has(i.id));
  if (mapped.length === 0) return null;
  const owner = chain.orgNodes[0];
  return (
    <Stack gap="xs" mt="md">
      {mapped.map((indicator) => {
        const own = indicator.figures.find((f) => f.periodKey === String(year) && f.orgNodeId === owner?.id);
        return (
          <Paper key={indicator.id} withBorder p="xs" data-testid="analysis-benchmark">
            <Text fw={600} size="sm">
              {indicator.key} {indicator.name}
            </Text>
            <Text size="sm">
              {owner?.name ?? ''} {year}: <strong>{formatValue(own?.value ?? null, indicator.unit)}</strong>
            </Text>
            <IndicatorBenchmark benchmark={benchmarks.get(indicator.id)!} unit={indicator.unit} name={indicator.name} />
          </Paper>
        );
      })}
    </Stack>
  );
}

/** "+8,1 % (förbättring)": cost ratios are better when they fall, the others when they rise; a plain kvot is not judged. */
export function changeText(ratio: Pick<ChainRatioView, 'kind'>, previous: number | null, current: number | null): string {
  const change = periodChange(current, previous);
  if (change.relative === null) return t.change.none;
  if (Math.abs(change.relative) < 1e-9) return t.change.flat;
  const sign = change.relative > 0 ? '+' : '−';
  const percent = `${sign}${formatPercent(Math.abs(change.relative) * 100)}`;
  if (ratio.kind === 'kvot') return t.changeText(percent, null);
  const lowerIsBetter = COST_NUMERATOR_KINDS.includes(ratio.kind);
  const better = change.relative > 0 !== lowerIsBetter;
  return t.changeText(percent, better ? t.change.better : t.change.worse);
}

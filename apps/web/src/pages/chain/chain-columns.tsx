import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ChainElementView, ChainIndicatorView, ChainLink, ChainOrgNodeSummary, GoalChainView, IndicatorBenchmarkDto } from '@resultatkedjan/contracts';
import { IndicatorBenchmark } from '../benchmarks/indicator-benchmark';
import { svChain } from '../../i18n/sv-chain';
import { formatValue } from '../../lib/format';
import { AssessmentBadge } from './assessment-badge';
import classes from './chain-columns.module.css';

const t = svChain;

/** The links drawn left to right; behov is context above them. */
export const CHAIN_COLUMNS: readonly ChainLink[] = ['resurs', 'aktivitet', 'prestation', 'resultat'];

export function indicatorsOf(elements: readonly ChainElementView[], link: ChainLink): ChainIndicatorView[] {
  return elements
    .filter((e) => e.link === link)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .flatMap((e) => [...e.indicators].sort((a, b) => a.sortOrder - b.sortOrder));
}

type Benchmarks = ReadonlyMap<string, IndicatorBenchmarkDto>;

function IndicatorCard({ indicator, period, nodes, benchmark }: { indicator: ChainIndicatorView; period: string; nodes: ChainOrgNodeSummary[]; benchmark?: IndicatorBenchmarkDto }) {
  const figures = indicator.figures.filter((f) => f.periodKey === period);
  return (
    <Paper withBorder p="xs" radius="sm" component="li" data-testid="indicator-card">
      <Text fw={600} size="sm">
        {indicator.name}
      </Text>
      <Text size="xs" c="gray.8">
        {indicator.key} · {indicator.unit}
      </Text>
      <Stack gap={4} mt={4}>
        {nodes.map((node) => {
          const figure = figures.find((f) => f.orgNodeId === node.id);
          return (
            <Stack key={node.id} gap={2}>
              {nodes.length > 1 && (
                <Text size="xs" fw={600}>
                  {node.name}
                </Text>
              )}
              <Group gap="xs" wrap="wrap">
                <Text fw={700}>{figure ? formatValue(figure.value, figure.unit || indicator.unit) : '–'}</Text>
                {figure && figure.value === null && <Text size="sm">({t.reasons[figure.reason ?? 'saknar_varde'] ?? t.reasons.saknar_varde})</Text>}
                {indicator.targeted && <AssessmentBadge assessment={figure?.assessment ?? null} />}
              </Group>
              {indicator.targeted && (
                <Text size="xs">
                  {t.target}: {figure?.target === null || figure?.target === undefined ? t.noTarget : formatValue(figure.target, indicator.unit)}
                </Text>
              )}
              {figure && figure.numerator !== null && figure.denominator !== null && indicator.orgAggregation === 'RATIO' && (
                <Text size="xs">{t.fraction(formatValue(figure.numerator, ''), formatValue(figure.denominator, ''))}</Text>
              )}
            </Stack>
          );
        })}
      </Stack>
      {benchmark && <IndicatorBenchmark benchmark={benchmark} unit={indicator.unit} name={indicator.name} />}
    </Paper>
  );
}

function IndicatorList({ indicators, period, nodes, benchmarks }: { indicators: ChainIndicatorView[]; period: string; nodes: ChainOrgNodeSummary[]; benchmarks?: Benchmarks }) {
  if (indicators.length === 0) return <Text size="sm">{t.noIndicators}</Text>;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {indicators.map((i) => (
        <IndicatorCard key={i.id} indicator={i} period={period} nodes={nodes} benchmark={benchmarks?.get(i.id)} />
      ))}
    </Stack>
  );
}

/** Behov as context, then the four links as columns left to right (stacked on narrow screens). */
export function ChainColumns({ view, period, benchmarks }: { view: GoalChainView; period: string; benchmarks?: Benchmarks }) {
  const behov = indicatorsOf(view.elements, 'behov');
  return (
    <Stack gap="md">
      {behov.length > 0 && (
        <section aria-labelledby="chain-behov">
          <Title order={3} id="chain-behov" size="h4">
            {t.behovContext}
          </Title>
          <IndicatorList indicators={behov} period={period} nodes={view.orgNodes} benchmarks={benchmarks} />
        </section>
      )}
      <ol className={classes.columns} aria-label={t.chainHeading}>
        {CHAIN_COLUMNS.map((link) => (
          <li key={link} className={classes.column} data-testid={`chain-column-${link}`}>
            <Title order={3} size="h4" mb="xs" id={`chain-col-${link}`}>
              {t.links[link]}
            </Title>
            <IndicatorList indicators={indicatorsOf(view.elements, link)} period={period} nodes={view.orgNodes} benchmarks={benchmarks} />
          </li>
        ))}
      </ol>
    </Stack>
  );
}

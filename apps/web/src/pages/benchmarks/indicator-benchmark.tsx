import { Anchor, Stack, Text } from '@mantine/core';
import type { IndicatorBenchmarkDto } from '@resultatkedjan/contracts';
import { Link } from 'react-router';
import { svBenchmarks } from '../../i18n/sv-benchmarks';
import { formatValue } from '../../lib/format';
import { benchmarkPath } from '../../paths';

const t = svBenchmarks;

/**
 * The comparison set's values of one mapped indicator's KPI, by name (never a rank, R-6/R-33), with the spread, and
 * "Källa: Kolada" under each figure that came unchanged from Kolada.
 */
export function IndicatorBenchmark({ benchmark, unit, name }: { benchmark: IndicatorBenchmarkDto; unit: string; name: string }) {
  if (benchmark.year === null) return <Text size="xs">{t.noComparison}</Text>;
  const { spread } = benchmark;
  return (
    <Stack gap={2} mt={4} component="section" aria-label={t.comparisonLabel(name)} data-testid="indicator-benchmark">
      <Text size="xs" fw={600}>
        {t.comparisonHeading(benchmark.kommunName, benchmark.year)}
      </Text>
      <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {benchmark.values.map((v) => (
          <li key={v.municipalityId} data-testid="benchmark-value">
            <Text size="xs">
              {v.name}: <strong>{formatValue(v.value, unit)}</strong>
            </Text>
            <Text size="xs" c="gray.8">
              {v.value === null ? '' : v.fromKolada ? t.source : t.notFromKolada}
            </Text>
          </li>
        ))}
      </Stack>
      {spread && spread.min !== null && spread.max !== null && (
        <Text size="xs">{t.spread(formatValue(spread.min, unit), formatValue(spread.max, unit))}</Text>
      )}
      <Anchor component={Link} to={benchmarkPath(benchmark.kpiId)} size="xs">
        {t.openBenchmark}
      </Anchor>
    </Stack>
  );
}

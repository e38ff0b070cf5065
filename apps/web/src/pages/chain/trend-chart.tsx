import { Select, Stack, Table, Text } from '@mantine/core';
import type { GoalChainView } from '@resultatkedjan/contracts';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { svChain } from '../../i18n/sv-chain';
import { formatNumber, formatValue } from '../../lib/format';
import { formatRatioValue, reasonText } from './ratio-figure';

const t = svChain;
// Distinguishable, dark enough on white (≥ 3:1 for graphics), plus different dash patterns.
const LINE_COLORS = ['#1c5fa8', '#a33b00', '#2b7a0b', '#6a2c91', '#7a5c00', '#00666e'];
const DASHES = ['', '6 3', '2 2', '8 3 2 3', '4 4', '1 3'];

interface Series {
  name: string;
  unit: string;
  /** nodeId → periodKey → value/reason */
  points: (nodeId: string, period: string) => { value: number | null; reason: string | null } | undefined;
  format: (value: number | null) => string;
}

export function seriesFor(view: GoalChainView, measure: string): Series | null {
  const [kind, id] = [measure.slice(0, 1), measure.slice(2)];
  if (kind === 'r') {
    const ratio = view.ratios.find((r) => r.id === id);
    if (!ratio) return null;
    const unit = ratio.results[0]?.unit ?? ratio.unit ?? '';
    return {
      name: ratio.name,
      unit,
      points: (n, p) => ratio.results.find((x) => x.orgNodeId === n && x.periodKey === p),
      format: (v) => formatRatioValue(v, unit),
    };
  }
  const indicator = view.elements.flatMap((e) => e.indicators).find((i) => i.id === id);
  if (!indicator) return null;
  return {
    name: indicator.name,
    unit: indicator.unit,
    points: (n, p) => indicator.figures.find((x) => x.orgNodeId === n && x.periodKey === p),
    format: (v) => formatValue(v, indicator.unit),
  };
}

export function measureOptions(view: GoalChainView) {
  return [
    { group: t.trendGroupRatios, items: view.ratios.map((r) => ({ value: `r:${r.id}`, label: r.name })) },
    {
      group: t.trendGroupIndicators,
      items: view.elements.flatMap((e) => e.indicators.map((i) => ({ value: `i:${i.id}`, label: `${i.name} (${i.unit})` }))),
    },
  ].filter((g) => g.items.length > 0);
}

/** A line chart across the quarters for one indicator or ratio, with the same numbers in a table. */
export function TrendChart({ view, measure, onMeasureChange }: { view: GoalChainView; measure: string | null; onMeasureChange: (m: string) => void }) {
  const options = measureOptions(view);
  const chosen = measure ?? options[0]?.items[0]?.value ?? null;
  const series = chosen ? seriesFor(view, chosen) : null;
  const periods = view.periods.filter((p) => p.includes('-'));
  const nodes = view.orgNodes;
  const data = periods.map((p) => {
    const row: Record<string, string | number | null> = { period: formatPeriodLabel(p) };
    for (const n of nodes) row[n.name] = series?.points(n.id, p)?.value ?? null;
    return row;
  });
  const hasData = data.some((row) => nodes.some((n) => row[n.name] !== null));
  return (
    <Stack gap="sm">
      <Select
        label={t.trendMeasure}
        data={options}
        value={chosen}
        onChange={(v) => v && onMeasureChange(v)}
        allowDeselect={false}
        maw={480}
        searchable
      />
      {series && !hasData && <Text>{t.trendNoData}</Text>}
      {series && hasData && (
        <>
          <div role="img" aria-label={t.trendChartLabel(series.name)} style={{ width: '100%', height: 280 }}>
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
                <CartesianGrid stroke="#ced4da" strokeDasharray="3 3" />
                <XAxis dataKey="period" stroke="#343a40" />
                <YAxis stroke="#343a40" tickFormatter={(v: number) => formatNumber(v)} width={72} />
                <Tooltip formatter={(v) => series.format(typeof v === 'number' ? v : null)} />
                <Legend />
                {nodes.map((n, i) => (
                  <Line
                    key={n.id}
                    type="monotone"
                    dataKey={n.name}
                    stroke={LINE_COLORS[i % LINE_COLORS.length]}
                    strokeDasharray={DASHES[i % DASHES.length]}
                    strokeWidth={2}
                    connectNulls={false}
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <Table.ScrollContainer minWidth={480}>
            <Table withTableBorder data-testid="trend-table">
              <caption style={{ captionSide: 'top', textAlign: 'left' }}>{t.trendTableCaption(series.name)}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.unit}</Table.Th>
                  {periods.map((p) => (
                    <Table.Th scope="col" key={p}>
                      {formatPeriodLabel(p)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {nodes.map((n) => (
                  <Table.Tr key={n.id}>
                    <Table.Th scope="row">{n.name}</Table.Th>
                    {periods.map((p) => {
                      const point = series.points(n.id, p);
                      return (
                        <Table.Td key={p}>
                          {series.format(point?.value ?? null)}
                          {point && point.value === null && ` (${reasonText(point.reason)})`}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}

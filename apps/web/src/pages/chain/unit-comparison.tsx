import { Group, Select, Switch, Table, Text } from '@mantine/core';
import type { GoalChainView } from '@resultatkedjan/contracts';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { svChain } from '../../i18n/sv-chain';
import { RatioFigure } from './ratio-figure';

const t = svChain;

export interface UnitComparisonProps {
  view: GoalChainView;
  period: string;
  /** Ranking only when the user asks: off by default. */
  sortByValue: boolean;
  sortRatioId: string | null;
  onSortChange: (sortByValue: boolean, ratioId: string | null) => void;
}

/** Units side by side, sorted by name unless the user turns on "Sortera efter värde". */
export function UnitComparison({ view, period, sortByValue, sortRatioId, onSortChange }: UnitComparisonProps) {
  if (view.ratios.length === 0) return <Text>{t.noRatios}</Text>;
  const sortRatio = view.ratios.find((r) => r.id === sortRatioId) ?? view.ratios[0]!;
  const valueOf = (nodeId: string) => sortRatio.results.find((r) => r.orgNodeId === nodeId && r.periodKey === period)?.value ?? null;
  const nodes = [...view.orgNodes].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  if (sortByValue) {
    nodes.sort((a, b) => {
      const va = valueOf(a.id);
      const vb = valueOf(b.id);
      if (va === null) return vb === null ? 0 : 1;
      if (vb === null) return -1;
      return vb - va;
    });
  }
  const periodLabel = formatPeriodLabel(period);
  return (
    <>
      {view.orgNodes.length > 1 && (
        <Group gap="md" align="flex-end" mb="sm">
          <Switch
            label={t.sortByValue}
            checked={sortByValue}
            onChange={(e) => onSortChange(e.currentTarget.checked, sortRatio.id)}
          />
          {sortByValue && (
            <Select
              label={t.sortMeasure}
              data={view.ratios.map((r) => ({ value: r.id, label: r.name }))}
              value={sortRatio.id}
              onChange={(v) => onSortChange(true, v)}
              allowDeselect={false}
            />
          )}
        </Group>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder withColumnBorders verticalSpacing="xs" data-testid="unit-comparison">
          <caption style={{ captionSide: 'top', textAlign: 'left' }}>
            {sortByValue ? t.compareCaptionSorted(periodLabel, sortRatio.name) : t.compareCaption(periodLabel)}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.unit}</Table.Th>
              {view.ratios.map((r) => (
                <Table.Th scope="col" key={r.id}>
                  <Text size="xs" fw={400}>
                    {t.ratioKinds[r.kind] ?? r.kind}
                  </Text>
                  {r.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {nodes.map((node) => (
              <Table.Tr key={node.id} data-testid="unit-row">
                <Table.Th scope="row">{node.name}</Table.Th>
                {view.ratios.map((r) => {
                  const result = r.results.find((x) => x.orgNodeId === node.id && x.periodKey === period);
                  return <Table.Td key={r.id}>{result ? <RatioFigure result={result} /> : '–'}</Table.Td>;
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {view.orgNodes.length > 1 && (
        <Text size="sm" mt="xs">
          {t.compareNote}
        </Text>
      )}
    </>
  );
}

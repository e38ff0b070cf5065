import { Badge } from '@mantine/core';
import type { HealthIndicatorState } from '@resultatkedjan/contracts';
import { sv } from '../../i18n/sv';

type CheckState = 'up' | 'down' | 'unknown';

// Shade 9 keeps white badge text above 4.5:1; the text and symbol carry the meaning, not the colour.
const look: Record<CheckState, { color: string; symbol: string }> = {
  up: { color: 'teal.9', symbol: '✓' },
  down: { color: 'red.9', symbol: '✕' },
  unknown: { color: 'gray.7', symbol: '?' },
};

export function checkState(indicator: HealthIndicatorState | undefined): CheckState {
  return indicator?.status ?? 'unknown';
}

export function CheckBadge({ state }: { state: CheckState }) {
  const { color, symbol } = look[state];
  return (
    <Badge color={color} variant="filled" size="lg" tt="none" leftSection={<span aria-hidden="true">{symbol}</span>}>
      {sv.systemStatus.check[state]}
    </Badge>
  );
}

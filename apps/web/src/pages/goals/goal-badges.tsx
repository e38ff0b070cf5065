import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import type { GoalStatus } from '@resultatkedjan/contracts';
import { sv } from '../../i18n/sv';

const t = sv.goals;

/** Förslag / Beslutad. The word carries the meaning; colour and outline only support it. */
export function StatusBadge({ status }: { status: GoalStatus }) {
  return (
    <Badge
      variant={status === 'beslutad' ? 'filled' : 'outline'}
      color={status === 'beslutad' ? 'blue.9' : 'gray.8'}
      tt="none"
      size="md"
    >
      <VisuallyHidden>{`${t.statusLabel}: `}</VisuallyHidden>
      {t.status[status]}
    </Badge>
  );
}

/** "GEH" with the full meaning for screen readers and as a tooltip. */
export function GehBadge() {
  return (
    <Tooltip label={t.gehLong} withArrow openDelay={200}>
      <Badge variant="outline" color="grape.9" tt="none" size="md">
        <span aria-hidden="true">{t.geh}</span>
        <VisuallyHidden>{t.gehLong}</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}

// Levels of the default scale (DOMAIN 4.4): 3 Uppfyllt, 2 Delvis uppfyllt, 1 Ej uppfyllt, 0 Ej bedömt.
// Every pair is above 4.5:1 and a symbol and the label go with the colour.
const LEVEL_LOOK: Record<number, { bg: string; fg: string; symbol: string }> = {
  3: { bg: 'var(--mantine-color-teal-9)', fg: 'var(--mantine-color-white)', symbol: '✓' },
  2: { bg: 'var(--mantine-color-yellow-3)', fg: 'var(--mantine-color-black)', symbol: '◐' },
  1: { bg: 'var(--mantine-color-red-9)', fg: 'var(--mantine-color-white)', symbol: '✕' },
  0: { bg: 'var(--mantine-color-gray-1)', fg: 'var(--mantine-color-gray-9)', symbol: '–' },
};

export function AssessmentBadge({ level, label }: { level: number; label: string }) {
  const look = LEVEL_LOOK[level] ?? LEVEL_LOOK[0]!;
  return (
    <Badge
      tt="none"
      size="md"
      styles={{
        root: { background: look.bg, color: look.fg, border: '1px solid var(--mantine-color-gray-6)', maxWidth: 'none' },
        // Never cut the label short ("Delvis upp…"): it is the meaning, not decoration.
        label: { overflow: 'visible' },
      }}
      leftSection={<span aria-hidden="true">{look.symbol}</span>}
    >
      <VisuallyHidden>{`${t.maluppfyllelse}: `}</VisuallyHidden>
      {label}
    </Badge>
  );
}

export type Movement = 'up' | 'down' | 'flat';
export type Judgement = 'better' | 'worse' | 'neutral';

const ARROWS: Record<Movement, string> = { up: '↑', down: '↓', flat: '→' };

/** An arrow for the eye, and the same in words beside it, so the meaning never rests on the symbol alone. */
export function TrendMark({ movement, judgement }: { movement: Movement; judgement: Judgement }) {
  const judgementText = judgement === 'better' ? t.trend.up : judgement === 'worse' ? t.trend.down : null;
  const text =
    movement === 'flat'
      ? t.trend.flat
      : judgementText
        ? t.movementJudged(t.movement[movement], judgementText)
        : t.movement[movement];
  return (
    <span>
      <span aria-hidden="true">{ARROWS[movement]} </span>
      <VisuallyHidden>{t.trendLabel('')}</VisuallyHidden>
      {text}
    </span>
  );
}

/** The cascade's optional trend (improvement / deterioration) as movement and judgement. */
export function trendFromSummary(trend: 'up' | 'down' | 'flat'): { movement: Movement; judgement: Judgement } {
  if (trend === 'flat') return { movement: 'flat', judgement: 'neutral' };
  return { movement: trend, judgement: trend === 'up' ? 'better' : 'worse' };
}

import { Stack, Text, Tooltip } from '@mantine/core';
import type { RatioResultDto } from '@resultatkedjan/contracts';
import { svChain } from '../../i18n/sv-chain';
import { formatNumber, formatValue } from '../../lib/format';

const t = svChain;

/** The Swedish reason a figure is null ("saknar värde", "division med noll" …). */
export function reasonText(reason: string | null | undefined): string {
  return (reason && t.reasons[reason]) || t.reasons.saknar_varde!;
}

/** Decimals that carry meaning: 0,778 per mnkr, 11,84 elever/åa, 119 730 kr/elev (DOMAIN.md 7.5's precision). */
function ratioDecimals(value: number): number {
  const size = Math.abs(value);
  return size < 10 ? 3 : size < 1000 ? 2 : 0;
}

/** A ratio's value with its unit, e.g. "11,84 elever/åa"; "–" when null. */
export function formatRatioValue(value: number | null, unit: string): string {
  if (value === null) return '–';
  const text = formatNumber(value, { maxDecimals: ratioDecimals(value) });
  return unit ? `${text}\u00a0${unit}` : text;
}

/**
 * A ratio (produktivitet, kostnad per prestation …) with its numerator and denominator and their units written
 * beside the figure, not only on hover. A null value shows "–" and the reason in Swedish.
 */
export function RatioFigure({ result, label }: { result: RatioResultDto; label?: string }) {
  const numerator = formatValue(result.numerator, result.numeratorUnit);
  const denominator = formatValue(result.denominator, result.denominatorUnit);
  const detail = `${t.numerator}: ${numerator}. ${t.denominator}: ${denominator}. ${t.coverage(result.coverage.withData, result.coverage.total)}`;
  return (
    <Stack gap={0} data-testid="ratio-figure">
      {label && (
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      )}
      <Tooltip label={detail} multiline w={260} withArrow>
        <Text fw={700} size="lg" tabIndex={0} data-testid="ratio-value">
          {formatRatioValue(result.value, result.unit)}
        </Text>
      </Tooltip>
      {result.value === null && (
        <Text size="sm" data-testid="ratio-reason">
          ({reasonText(result.reason)})
        </Text>
      )}
      <Text size="sm" data-testid="ratio-fraction">
        {t.fraction(numerator, denominator)}
      </Text>
    </Stack>
  );
}

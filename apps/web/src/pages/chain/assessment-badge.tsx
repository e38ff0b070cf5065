import { Badge } from '@mantine/core';
import type { AssessmentDto } from '@resultatkedjan/contracts';
import { useLevelName } from '../../lib/use-level-names';

// Dark shades on white keep the outline text above 4.5:1; the label always carries the meaning.
const COLORS: Record<number, string> = { 3: '#1b5e20', 2: '#8a3c00', 1: 'red.9', 0: 'gray.8' };

/** Måluppfyllelse as a label (the kommun's names, by default Uppfyllt … Ej bedömt), never colour alone. */
export function AssessmentBadge({ assessment }: { assessment: Pick<AssessmentDto, 'level' | 'label'> | null }) {
  const level = assessment?.level ?? 0;
  const nameOf = useLevelName();
  return (
    <Badge variant="outline" color={COLORS[level] ?? 'gray.8'} tt="none" fw={600}>
      {assessment?.label || nameOf(0)}
    </Badge>
  );
}

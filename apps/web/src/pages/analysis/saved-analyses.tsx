import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { SavedAnalysisDto } from '@resultatkedjan/contracts';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { Link } from 'react-router';
import { svGoalAnalysis as t } from '../../i18n/sv-goal-analysis';
import { formatDate } from '../../lib/format';
import { goalPaths } from '../../paths';
import { changeLabel } from './goal-analysis-model';

/** Saved analyses as read in the dialogue or on the goal: title, period, author, what-if and the text. */
export function SavedAnalyses({ items, empty }: { items: SavedAnalysisDto[]; empty: string }) {
  if (items.length === 0) return <Text>{empty}</Text>;
  return (
    <Stack gap="md" data-testid="saved-analyses">
      {items.map((a) => (
        <Stack key={a.id} gap={2}>
          <Title order={3}>{a.title}</Title>
          <Text size="sm" c="gray.7">
            {[t.goalOf(a.goalKey, a.goalTitle), formatPeriodLabel(a.periodKey), a.settings.resourceChange !== 0 ? `${t.whatIf} ${changeLabel(a.settings.resourceChange)}` : null,
              a.createdBy ? t.savedBy(a.createdBy.displayName, formatDate(a.updatedAt)) : formatDate(a.updatedAt)].filter(Boolean).join(' · ')}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{a.body}</Text>
          <Anchor component={Link} to={goalPaths.analysis(a.goalId)} size="sm">
            {t.open}
          </Anchor>
        </Stack>
      ))}
    </Stack>
  );
}

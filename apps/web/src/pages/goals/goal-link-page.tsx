import { Alert, Anchor, Button, Checkbox, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import type { GoalDto, GoalLevel } from '@resultatkedjan/contracts';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { goalKeys, goalListQuery, goalQuery, updateGoal } from '../../api/goals';
import { sv } from '../../i18n/sv';
import { PageLoader } from '../../layout/page-loader';
import { useDocumentTitle } from '../../lib/use-document-title';
import { YEAR_PARAM } from '../../paths';
import { yearForGoal, type GoalNotice } from './goal-detail-page';
import { goalHref } from './goal-tree';
import { QueryError } from './query-error';
import { SaveErrorAlert } from './save-error';

const t = sv.goalLink;

/** What a goal of each level is broken down from (the API's rule, apps/api goals/goal-rules.ts). */
export const PARENT_LEVELS: Partial<Record<GoalLevel, readonly GoalLevel[]>> = {
  namndmal: ['inriktningsmal', 'finansiellt_mal'],
  bolagsmal: ['inriktningsmal', 'finansiellt_mal'],
  verksamhetsmal: ['namndmal', 'bolagsmal'],
};

/** /mal/:id/koppla: choose the goal a nämnd's (or bolag's, or unit's) goal is broken down from. */
export function GoalLinkPage() {
  const { goalId = '' } = useParams();
  const [params] = useSearchParams();
  const goal = useQuery(goalQuery(goalId));
  useDocumentTitle(goal.data ? t.title(goal.data.key) : sv.goals.title);

  if (goal.isPending) return <PageLoader label={sv.goalDetail.loading} />;
  if (goal.isError) {
    return (
      <Stack gap="md" maw={720}>
        <Title order={1}>{sv.goals.title}</Title>
        <QueryError
          title={sv.goalDetail.errorTitle}
          error={goal.error}
          retry={() => void goal.refetch()}
          retrying={goal.isFetching}
        />
      </Stack>
    );
  }
  const year = yearForGoal(params.get(YEAR_PARAM), goal.data);
  return (
    <LinkForm
      key={goal.data.version}
      goal={goal.data}
      year={year}
      reload={() => goal.refetch()}
      reloading={goal.isFetching}
    />
  );
}

function LinkForm({
  goal,
  year,
  reload,
  reloading,
}: {
  goal: GoalDto;
  year: number;
  reload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorRef = useRef<HTMLDivElement>(null);
  const levels = PARENT_LEVELS[goal.level] ?? [];
  const candidateQueries = useQueries({ queries: levels.map((level) => goalListQuery({ level, year })) });
  const [parentId, setParentId] = useState(goal.parentGoalId ?? '');
  const [alsoServes, setAlsoServes] = useState<string[]>(goal.alsoServesGoalIds);
  const detail = goalHref(goal.id, year);

  const mutation = useMutation({
    mutationFn: () =>
      updateGoal(goal.id, {
        version: goal.version,
        parentGoalId: parentId === '' ? null : parentId,
        alsoServesGoalIds: alsoServes.filter((id) => id !== parentId),
      }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(goalKeys.detail(updated.id), updated);
      await queryClient.invalidateQueries({ queryKey: goalKeys.all, refetchType: 'none' });
      void navigate(detail, { state: { notice: 'linked' satisfies GoalNotice } });
    },
  });

  useEffect(() => {
    if (mutation.isError) errorRef.current?.focus();
  }, [mutation.isError]);

  const candidates = candidateQueries.flatMap((q) => q.data?.items ?? []).filter((g) => g.id !== goal.id);
  const failed = candidateQueries.find((q) => q.isError);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };

  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to={detail}>
        <span aria-hidden="true">← </span>
        {`${goal.key} ${goal.title}`}
      </Anchor>
      <Title order={1}>{t.title(goal.key)}</Title>
      {levels.length === 0 ? (
        <Alert role="status" color="gray.9" variant="outline">
          {t.notLinkable}
        </Alert>
      ) : failed ? (
        <QueryError
          title={sv.goals.errorTitle}
          error={failed.error}
          retry={() => candidateQueries.forEach((q) => q.isError && void q.refetch())}
          retrying={candidateQueries.some((q) => q.isFetching)}
        />
      ) : candidateQueries.some((q) => q.isPending) ? (
        <PageLoader label={sv.goalForm.loading} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text>{t.intro}</Text>
            {mutation.isError && (
              <SaveErrorAlert
                ref={errorRef}
                error={mutation.error}
                onReload={() => void reload().then(() => mutation.reset())}
                reloading={reloading}
              />
            )}
            {candidates.length === 0 ? (
              <Text role="status">{t.noCandidates}</Text>
            ) : (
              <>
                <NativeSelect
                  label={t.parent}
                  description={t.parentHelp}
                  value={parentId}
                  onChange={(e) => setParentId(e.currentTarget.value)}
                  data={[
                    { value: '', label: t.noParent },
                    ...candidates.map((g) => ({ value: g.id, label: `${g.key} ${g.title}` })),
                  ]}
                />
                <Checkbox.Group label={t.alsoServes} description={t.alsoServesHelp} value={alsoServes} onChange={setAlsoServes}>
                  <Stack gap="xs" mt="xs">
                    {candidates
                      .filter((g) => g.id !== parentId)
                      .map((g) => (
                        <Checkbox key={g.id} value={g.id} label={`${g.key} ${g.title}`} />
                      ))}
                  </Stack>
                </Checkbox.Group>
              </>
            )}
            <Group gap="sm">
              <Button type="submit" loading={mutation.isPending} disabled={candidates.length === 0}>
                {t.save}
              </Button>
              <Button component={Link} to={detail} variant="default">
                {sv.goalForm.cancel}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import type { GoalDto } from '@resultatkedjan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { createGoal, goalKeys, goalListQuery, goalQuery, kfNodeQuery, updateGoal } from '../../api/goals';
import { sv } from '../../i18n/sv';
import { PageLoader } from '../../layout/page-loader';
import { useDocumentTitle } from '../../lib/use-document-title';
import { paths, YEAR_PARAM } from '../../paths';
import type { GoalNotice } from './goal-detail-page';
import { GoalForm } from './goal-form';
import { nextKey, toYear, type GoalFormValues } from './goal-form-schema';
import { goalHref } from './goal-tree';
import { QueryError } from './query-error';
import { useYearParam } from './use-year-param';

const t = sv.goalForm;

/** /mal/nytt: a new KF inriktningsmål, as a förslag, under the year's vision. */
export function GoalCreatePage() {
  useDocumentTitle(t.createTitle);
  const [year] = useYearParam();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const kf = useQuery(kfNodeQuery);
  const vision = useQuery(goalListQuery({ level: 'vision', year }));
  const existing = useQuery(goalListQuery({ level: 'inriktningsmal' }));
  const mutation = useMutation({
    mutationFn: (values: GoalFormValues) =>
      createGoal({
        key: values.key.trim(),
        level: 'inriktningsmal',
        title: values.title.trim(),
        description: values.description,
        geh: values.geh,
        ownerNodeId: kf.data!.id,
        parentGoalId: vision.data?.items[0]?.id ?? null,
        validFromYear: Number(values.validFromYear),
        validToYear: toYear(values.validToYear),
        // After the existing inriktningsmål in the tree.
        sortOrder: Math.max(0, ...(existing.data?.items ?? []).map((g) => g.sortOrder)) + 1,
      }),
    onSuccess: async (goal) => {
      queryClient.setQueryData(goalKeys.detail(goal.id), goal);
      await queryClient.invalidateQueries({ queryKey: goalKeys.all, refetchType: 'none' });
      void navigate(goalHref(goal.id, goal.validFromYear), { state: { notice: 'created' satisfies GoalNotice } });
    },
  });

  const backTo = `${paths.goals}?${YEAR_PARAM}=${year}`;
  const queries = [kf, vision, existing];
  const failed = queries.find((q) => q.isError);

  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to={backTo}>
        <span aria-hidden="true">← </span>
        {sv.goalDetail.backToTree}
      </Anchor>
      <Title order={1}>{t.createTitle}</Title>
      <Text>{t.createIntro}</Text>
      {failed ? (
        <QueryError
          title={sv.goals.errorTitle}
          error={failed.error}
          retry={() => queries.forEach((q) => q.isError && void q.refetch())}
          retrying={queries.some((q) => q.isFetching)}
        />
      ) : queries.some((q) => q.isPending) ? (
        <PageLoader label={t.loading} />
      ) : kf.data === null ? (
        <Alert role="alert" color="red.9" variant="outline">
          {t.errors.noKf}
        </Alert>
      ) : (
        <GoalForm
          mode="create"
          defaultValues={{
            key: nextKey((existing.data?.items ?? []).map((g) => g.key)),
            title: '',
            description: '',
            geh: false,
            validFromYear: String(year),
            validToYear: '',
          }}
          onSubmit={(values) => mutation.mutate(values)}
          submitting={mutation.isPending}
          error={mutation.error}
          cancelTo={backTo}
        />
      )}
    </Stack>
  );
}

function valuesOf(goal: GoalDto): GoalFormValues {
  return {
    key: goal.key,
    title: goal.title,
    description: goal.description,
    geh: goal.geh,
    validFromYear: String(goal.validFromYear),
    validToYear: goal.validToYear === null ? '' : String(goal.validToYear),
  };
}

/** /mal/:id/redigera: PATCH with the version read, and a clear way out of a 409. */
export function GoalEditPage() {
  const { goalId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const goal = useQuery(goalQuery(goalId));
  useDocumentTitle(goal.data ? t.editTitle(goal.data.key) : sv.goals.title);
  const yearParam = params.get(YEAR_PARAM);
  const detailPath = (id: string) => goalHref(id, yearParam ? Number(yearParam) : (goal.data?.validFromYear ?? new Date().getFullYear()));

  const mutation = useMutation({
    mutationFn: ({ values, version }: { values: GoalFormValues; version: number }) =>
      updateGoal(goalId, {
        version,
        title: values.title.trim(),
        description: values.description,
        geh: values.geh,
        validFromYear: Number(values.validFromYear),
        validToYear: toYear(values.validToYear),
      }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(goalKeys.detail(updated.id), updated);
      await queryClient.invalidateQueries({ queryKey: goalKeys.all, refetchType: 'none' });
      void navigate(detailPath(updated.id), { state: { notice: 'saved' satisfies GoalNotice } });
    },
  });

  const reload = async () => {
    await goal.refetch();
    mutation.reset();
  };

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
  const current = goal.data;
  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to={detailPath(current.id)}>
        <span aria-hidden="true">← </span>
        {`${current.key} ${current.title}`}
      </Anchor>
      <Title order={1}>{t.editTitle(current.key)}</Title>
      <GoalForm
        // A fresh version (after "Hämta den senaste versionen") starts the form again from the saved values.
        key={current.version}
        mode="edit"
        defaultValues={valuesOf(current)}
        onSubmit={(values) => mutation.mutate({ values, version: current.version })}
        submitting={mutation.isPending}
        error={mutation.error}
        onReload={() => void reload()}
        reloading={goal.isFetching}
        cancelTo={detailPath(current.id)}
      />
    </Stack>
  );
}

import { Alert, Button, NativeSelect, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { ASSESSMENT_TIER_LABELS, ASSESSMENT_TIER_ROLES, Action, type AssessmentTier, type GoalAssessmentsView, type OrgTreeNode } from '@resultatkedjan/contracts';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { assessmentsQuery, recordAssessment } from '../../api/assessments';
import { useAuth } from '../../auth/use-auth';
import { svAssessments as t } from '../../i18n/sv-dialogues';
import { orgTreeQuery } from './chain-api';

const TIER_KINDS: Record<AssessmentTier, string[]> = { forvaltning: ['forvaltning'], namnd: ['namnd', 'bolag'], ks: ['ks'] };

function nodesOf(roots: readonly OrgTreeNode[]): OrgTreeNode[] {
  return roots.flatMap((n) => [n, ...nodesOf(n.children ?? [])]);
}

/** The units' self-assessments and the förvaltning's, nämnd's and KS's side by side, with a form for the user's own tier. */
export function GoalAssessmentsPanel({ goalId }: { goalId: string }) {
  const { me, can } = useAuth();
  const view = useQuery(assessmentsQuery(goalId));
  if (view.isPending) return null;
  if (view.isError) return <Text>{t.unavailable}</Text>;
  const tiers = (Object.keys(ASSESSMENT_TIER_ROLES) as AssessmentTier[]).filter((tier) => me.grants.some((g) => g.role === ASSESSMENT_TIER_ROLES[tier]));
  return (
    <section aria-labelledby="goal-assessments">
      <Title order={2} id="goal-assessments" mb="sm">
        {t.heading}
      </Title>
      <Stack gap="sm">
        <Text>{t.period(formatPeriodLabel(view.data.periodKey))}</Text>
        <SideBySide view={view.data} />
        {can(Action.assessmentWrite) && tiers.length > 0 && <AssessmentForm goalId={goalId} view={view.data} tiers={tiers} />}
      </Stack>
    </section>
  );
}

function SideBySide({ view }: { view: GoalAssessmentsView }) {
  const rows = [
    ...view.units.map((u) => ({ key: u.reportId, who: t.self(u.orgNodeName), label: u.label, text: u.justification })),
    ...view.tiers.map((a) => ({ key: a.id, who: `${ASSESSMENT_TIER_LABELS[a.tier]} (${a.orgNodeName})`, label: a.label, text: a.justification })),
  ];
  if (rows.length === 0) return <Text>{t.none}</Text>;
  return (
    <Table withTableBorder data-testid="assessments">
      <caption style={{ captionSide: 'top', textAlign: 'left' }}>{t.caption}</caption>
      <Table.Thead>
        <Table.Tr>
          {Object.values(t.cols).map((c) => (
            <Table.Th scope="col" key={c}>
              {c}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Th scope="row">{r.who}</Table.Th>
            <Table.Td>{r.label}</Table.Td>
            <Table.Td>{r.text}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function AssessmentForm({ goalId, view, tiers }: { goalId: string; view: GoalAssessmentsView; tiers: AssessmentTier[] }) {
  const queryClient = useQueryClient();
  const tree = useQuery(orgTreeQuery);
  const [tier, setTier] = useState<AssessmentTier>(tiers[0]!);
  const bodies = nodesOf(tree.data ?? []).filter((n) => TIER_KINDS[tier].includes(n.kind));
  const [bodyId, setBodyId] = useState('');
  const [level, setLevel] = useState(String(view.proposal.level));
  const [justification, setJustification] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      recordAssessment(goalId, { periodId: view.periodId, tier, orgNodeId: bodyId || bodies[0]?.id || '', level: Number(level), justification }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['assessments', goalId] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const fields = mutation.error instanceof ApiError ? Object.values(mutation.error.fields).flat() : [];
  return (
    <form onSubmit={submit} aria-labelledby="assessment-form">
      <Stack gap="xs" maw={640}>
        <Title order={3} id="assessment-form">
          {t.formHeading}
        </Title>
        <Text>{t.proposal(view.proposal.label)}</Text>
        <NativeSelect label={t.tier} value={tier} onChange={(e) => setTier(e.currentTarget.value as AssessmentTier)} data={tiers.map((x) => ({ value: x, label: ASSESSMENT_TIER_LABELS[x] }))} />
        <NativeSelect label={t.body} value={bodyId || bodies[0]?.id || ''} onChange={(e) => setBodyId(e.currentTarget.value)} data={bodies.map((n) => ({ value: n.id, label: n.name }))} />
        <NativeSelect label={t.level} value={level} onChange={(e) => setLevel(e.currentTarget.value)} data={view.levels.map((l) => ({ value: String(l.level), label: l.label }))} />
        <Textarea label={t.justification} required autosize minRows={3} value={justification} onChange={(e) => setJustification(e.currentTarget.value)} />
        <Button type="submit" loading={mutation.isPending} style={{ alignSelf: 'flex-start' }}>
          {t.save}
        </Button>
        {mutation.isSuccess && <Text role="status">{t.saved}</Text>}
        {mutation.isError && (
          <Alert color="red.9" variant="outline" title={t.saveFailed} role="alert">
            {fields.length ? fields.join(' ') : mutation.error.message}
          </Alert>
        )}
      </Stack>
    </form>
  );
}

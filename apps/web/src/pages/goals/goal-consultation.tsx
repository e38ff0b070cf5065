import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { Action, type GoalDto, type OrgTreeNode } from '@resultatkedjan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { circulateGoal, commentOnGoal, consultationQuery } from '../../api/goals';
import { useAuth } from '../../auth/use-auth';
import { inScope, orgTreeQuery, parentIndex } from '../../auth/write-scope';
import { svConsultation as t } from '../../i18n/sv-goal-config';
import { PageLoader } from '../../layout/page-loader';
import { formatDate, formatDateTime } from '../../lib/format';
import { apiFieldErrors } from './field-errors';
import { SaveErrorAlert } from './save-error';

/** The nodes of `rootId`'s subtree, depth first in tree order, with their depth for indenting. */
export function subtreeOf(roots: readonly OrgTreeNode[], rootId: string): { node: OrgTreeNode; depth: number }[] {
  const find = (nodes: readonly OrgTreeNode[]): OrgTreeNode | null => {
    for (const n of nodes) {
      if (n.id === rootId) return n;
      const hit = find(n.children);
      if (hit) return hit;
    }
    return null;
  };
  const root = find(roots);
  if (!root) return [];
  const out: { node: OrgTreeNode; depth: number }[] = [];
  const visit = (n: OrgTreeNode, depth: number) => {
    out.push({ node: n, depth });
    n.children.forEach((c) => visit(c, depth + 1));
  };
  visit(root, 0);
  return out;
}

/**
 * Remiss of a draft (R-38): when and by whom it was sent, the units' comments, a form to send it (for those who may
 * edit the draft) and a form to comment (for those with goal:comment on a unit below the owner).
 */
export function GoalConsultation({ goal, mayEdit }: { goal: GoalDto; mayEdit: boolean }) {
  const query = useQuery(consultationQuery(goal.id));
  if (query.isPending) return <PageLoader label={t.loading} />;
  if (query.isError) {
    return (
      <Text role="alert" c="red.9">
        {t.error}
      </Text>
    );
  }
  const { circulation, comments } = query.data;
  const draft = goal.status === 'forslag';
  return (
    <Stack gap="md">
      {circulation ? (
        <Text>
          {t.sent(circulation.sentByName, formatDateTime(circulation.sentAt))}
          {circulation.dueOn ? ` ${t.dueOn(formatDate(circulation.dueOn))}` : ''}
        </Text>
      ) : (
        <Text>{draft ? t.notSent : t.neverSent}</Text>
      )}
      {circulation?.message ? <Text style={{ whiteSpace: 'pre-wrap' }}>{circulation.message}</Text> : null}
      {circulation && !draft ? <Text>{t.decidedNote}</Text> : null}

      {circulation && (
        <Stack gap="xs" component="section" aria-labelledby="synpunkter-rubrik">
          <Title order={3} id="synpunkter-rubrik">
            {t.commentsHeading}
          </Title>
          {comments.length === 0 ? (
            <Text>{t.noComments}</Text>
          ) : (
            <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
              {comments.map((c) => (
                <li key={c.id} style={{ marginBottom: 'var(--mantine-spacing-sm)' }}>
                  <Text size="sm" c="gray.7">
                    {t.commentBy(c.authorName, c.orgNodeName, formatDateTime(c.createdAt))}
                  </Text>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{c.text}</Text>
                </li>
              ))}
            </ul>
          )}
        </Stack>
      )}

      {draft && circulation && <CommentForm goal={goal} />}
      {draft && mayEdit && <CirculateForm goal={goal} resend={circulation !== null} initialDue={circulation?.dueOn ?? ''} initialMessage={circulation?.message ?? ''} />}
    </Stack>
  );
}

function CirculateForm({ goal, resend, initialDue, initialMessage }: { goal: GoalDto; resend: boolean; initialDue: string; initialMessage: string }) {
  const queryClient = useQueryClient();
  const [dueOn, setDueOn] = useState(initialDue);
  const [message, setMessage] = useState(initialMessage);
  const mutation = useMutation({
    mutationFn: () => circulateGoal(goal.id, { dueOn: dueOn.trim() || null, message: message.trim() }),
    onSuccess: (data) => queryClient.setQueryData(consultationQuery(goal.id).queryKey, data),
  });
  const fieldErrors = apiFieldErrors(mutation.error, ['dueOn', 'message'] as const);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-labelledby="skicka-remiss" noValidate>
        <Stack gap="sm">
          <Title order={3} id="skicka-remiss">
            {resend ? t.resendTitle : t.sendTitle}
          </Title>
          <Text size="sm">{t.sendIntro}</Text>
          {mutation.error ? <SaveErrorAlert error={mutation.error} /> : null}
          {mutation.isSuccess ? (
            <Alert role="status" color="teal.9" variant="outline">
              {t.sentNotice}
            </Alert>
          ) : null}
          <TextInput label={t.sendDue} description={t.sendDueHelp} type="date" value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} error={fieldErrors.dueOn} maw={240} />
          <Textarea label={t.sendMessage} autosize minRows={2} maxLength={2000} value={message} onChange={(e) => setMessage(e.currentTarget.value)} error={fieldErrors.message} />
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {resend ? t.resend : t.send}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Shown only to users with goal:comment on some node below the goal's owner. */
function CommentForm({ goal }: { goal: GoalDto }) {
  const { me } = useAuth();
  const tree = useQuery(orgTreeQuery);
  const queryClient = useQueryClient();
  const parents = tree.data ? parentIndex(tree.data) : null;
  const units = tree.data ? subtreeOf(tree.data, goal.ownerNodeId).filter(({ node }) => inScope(me.grants, Action.goalComment, node.id, parents)) : [];
  // The deepest unit the user may speak for is the likeliest choice (an enhetschef's own school) when it is only one.
  const maxDepth = Math.max(-1, ...units.map((u) => u.depth));
  const deepest = units.filter((u) => u.depth === maxDepth);
  const [orgNodeId, setOrgNodeId] = useState('');
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const chosen = orgNodeId || (deepest.length === 1 ? deepest[0]!.node.id : '');
  const mutation = useMutation({
    mutationFn: () => commentOnGoal(goal.id, { orgNodeId: chosen, text: text.trim() }),
    onSuccess: () => {
      setText('');
      void queryClient.invalidateQueries({ queryKey: consultationQuery(goal.id).queryKey });
    },
  });
  if (units.length === 0) return null;
  const fieldErrors = apiFieldErrors(mutation.error, ['orgNodeId', 'text'] as const);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = text.trim() === '';
    setMissing(empty);
    if (!empty) mutation.mutate();
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-labelledby="lamna-synpunkt" noValidate>
        <Stack gap="sm">
          <Title order={3} id="lamna-synpunkt">
            {t.commentTitle}
          </Title>
          {mutation.error ? <SaveErrorAlert error={mutation.error} creating /> : null}
          {mutation.isSuccess ? (
            <Alert role="status" color="teal.9" variant="outline">
              {t.commentSaved}
            </Alert>
          ) : null}
          <NativeSelect
            label={t.commentUnit}
            required
            value={chosen}
            onChange={(e) => setOrgNodeId(e.currentTarget.value)}
            error={fieldErrors.orgNodeId}
            data={[
              ...(chosen === '' ? [{ value: '', label: '' }] : []),
              ...units.map(({ node, depth }) => ({ value: node.id, label: `${'\u00a0\u00a0'.repeat(depth)}${node.name}` })),
            ]}
            maw={420}
          />
          <Textarea
            label={t.commentText}
            required
            autosize
            minRows={3}
            maxLength={4000}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t.required : fieldErrors.text}
          />
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t.commentSubmit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { Alert, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Action, roleAllows, UPPDRAG_STATUSES, type OrgTreeNode, type UppdragDto, type UppdragStatus } from '@resultatkedjan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { createUppdrag, updateUppdrag, uppdragListQuery } from '../../api/goals';
import { useAuth } from '../../auth/use-auth';
import { inScope, orgTreeQuery, parentIndex } from '../../auth/write-scope';
import { svUppdrag as t } from '../../i18n/sv-goal-config';
import { PageLoader } from '../../layout/page-loader';
import { formatDate } from '../../lib/format';
import { apiFieldErrors } from './field-errors';
import { subtreeOf } from './goal-consultation';
import { SaveErrorAlert } from './save-error';

const ISSUER_KINDS = ['kf', 'ks', 'namnd'];

/** Every node of the tree, depth first, with its depth. */
function flatten(roots: readonly OrgTreeNode[]): { node: OrgTreeNode; depth: number }[] {
  return roots.flatMap((r) => subtreeOf([r], r.id));
}

const indent = (depth: number, name: string) => `${'\u00a0\u00a0'.repeat(depth)}${name}`;

/** The year's uppdrag by deadline; those with goal:write on the giving body add uppdrag and change their status. */
export function UppdragSection({ year }: { year: number }) {
  const { me } = useAuth();
  const query = useQuery(uppdragListQuery(year));
  const mayWriteAny = me.grants.some((g) => roleAllows(g.role, Action.goalWrite));
  const tree = useQuery({ ...orgTreeQuery, enabled: mayWriteAny });
  const parents = tree.data ? parentIndex(tree.data) : null;
  const mayWriteFor = (issuerNodeId: string) => inScope(me.grants, Action.goalWrite, issuerNodeId, parents);

  return (
    <Stack component="section" gap="sm" aria-labelledby="uppdrag-rubrik">
      <Title order={2} id="uppdrag-rubrik">
        {t.heading(year)}
      </Title>
      <Text>{t.intro}</Text>
      {query.isPending && <PageLoader label={t.loading} />}
      {query.isError && (
        <Text role="alert" c="red.9">
          {t.error}
        </Text>
      )}
      {query.isSuccess && query.data.items.length === 0 && <Text>{t.none}</Text>}
      {query.isSuccess && query.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder>
            <caption style={{ textAlign: 'left', captionSide: 'top', paddingBottom: 4 }}>{t.caption(year)}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.cols.title}</Table.Th>
                <Table.Th scope="col">{t.cols.issuer}</Table.Th>
                <Table.Th scope="col">{t.cols.owner}</Table.Th>
                <Table.Th scope="col">{t.cols.deadline}</Table.Th>
                <Table.Th scope="col">{t.cols.status}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Th scope="row" fw={400}>
                    {u.title}
                  </Table.Th>
                  <Table.Td>{u.issuerName}</Table.Td>
                  <Table.Td>{u.ownerName}</Table.Td>
                  <Table.Td>{u.deadline ? formatDate(u.deadline) : t.noDeadline}</Table.Td>
                  <Table.Td>{mayWriteFor(u.issuerNodeId) ? <StatusSelect uppdrag={u} /> : t.status[u.status]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {tree.data && <NewUppdragForm year={year} roots={tree.data} mayWriteFor={mayWriteFor} />}
    </Stack>
  );
}

function StatusSelect({ uppdrag }: { uppdrag: UppdragDto }) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (status: UppdragStatus) => updateUppdrag(uppdrag.id, { version: uppdrag.version, status }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['uppdrag'] }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['goals', 'hygiene'] }),
  });
  return (
    <Stack gap={2}>
      <NativeSelect
        aria-label={t.statusOf(uppdrag.title)}
        value={uppdrag.status}
        disabled={mutation.isPending}
        onChange={(e) => mutation.mutate(e.currentTarget.value as UppdragStatus)}
        data={UPPDRAG_STATUSES.map((s) => ({ value: s, label: t.status[s] ?? s }))}
        size="xs"
      />
      {mutation.isError && <SaveErrorAlert error={mutation.error} />}
    </Stack>
  );
}

function NewUppdragForm({ year, roots, mayWriteFor }: { year: number; roots: OrgTreeNode[]; mayWriteFor: (id: string) => boolean }) {
  const queryClient = useQueryClient();
  const all = flatten(roots);
  const issuers = all.filter(({ node }) => ISSUER_KINDS.includes(node.kind) && mayWriteFor(node.id));
  const [title, setTitle] = useState('');
  const [issuerNodeId, setIssuer] = useState('');
  const [ownerNodeId, setOwner] = useState('');
  const [deadline, setDeadline] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const issuerId = issuerNodeId || issuers[0]?.node.id || '';
  const issuer = all.find((n) => n.node.id === issuerId)?.node;
  const owners = issuer?.kind === 'namnd' ? subtreeOf(roots, issuer.id) : all;
  const mutation = useMutation({
    mutationFn: () => createUppdrag({ title: title.trim(), issuerNodeId: issuerId, ownerNodeId, year, deadline: deadline || null }),
    onSuccess: () => {
      setTitle('');
      setDeadline('');
      void queryClient.invalidateQueries({ queryKey: ['uppdrag'] });
      void queryClient.invalidateQueries({ queryKey: ['goals', 'hygiene'] });
    },
  });
  if (issuers.length === 0) return null;
  const fieldErrors = apiFieldErrors(mutation.error, ['title', 'issuerNodeId', 'ownerNodeId', 'deadline'] as const);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps = [...(title.trim() ? [] : ['title']), ...(ownerNodeId ? [] : ['ownerNodeId'])];
    setMissing(gaps);
    if (gaps.length === 0) mutation.mutate();
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-labelledby="nytt-uppdrag" noValidate>
        <Stack gap="sm">
          <Title order={3} id="nytt-uppdrag">
            {t.newHeading}
          </Title>
          {mutation.error ? <SaveErrorAlert error={mutation.error} creating /> : null}
          {mutation.isSuccess ? (
            <Alert role="status" color="teal.9" variant="outline">
              {t.added}
            </Alert>
          ) : null}
          <TextInput label={t.title} required value={title} maxLength={500} onChange={(e) => setTitle(e.currentTarget.value)} error={missing.includes('title') ? t.required : fieldErrors.title} />
          <Group grow align="flex-start">
            <NativeSelect
              label={t.issuer}
              required
              value={issuerId}
              onChange={(e) => {
                setIssuer(e.currentTarget.value);
                setOwner('');
              }}
              data={issuers.map(({ node }) => ({ value: node.id, label: node.name }))}
              error={fieldErrors.issuerNodeId}
            />
            <NativeSelect
              label={t.owner}
              required
              value={ownerNodeId}
              onChange={(e) => setOwner(e.currentTarget.value)}
              data={[{ value: '', label: '' }, ...owners.map(({ node, depth }) => ({ value: node.id, label: indent(depth, node.name) }))]}
              error={missing.includes('ownerNodeId') ? t.required : fieldErrors.ownerNodeId}
            />
            <TextInput label={t.deadline} type="date" value={deadline} onChange={(e) => setDeadline(e.currentTarget.value)} error={fieldErrors.deadline} />
          </Group>
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t.add}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

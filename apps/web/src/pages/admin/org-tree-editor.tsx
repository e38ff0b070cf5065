import { Alert, Badge, Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { ORG_NODE_KINDS, type OrgNodeKind, type OrgTreeNode } from '@resultatkedjan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { closeOrgNode, createOrgNode, updateOrgNode } from '../../api/admin';
import { ApiError } from '../../api/client';
import { orgTreeQuery } from '../chain/chain-api';
import { svAdmin } from '../../i18n/sv-admin';
import { PageLoader } from '../../layout/page-loader';
import { formatDate } from '../../lib/format';
import { QueryError } from '../goals/query-error';
import { OrgImportForm } from './org-import-form';
import { flattenTree, indentedLabel, parentOptions, subtreeIds, type FlatNode } from './org-options';

const t = svAdmin.org;
const kinds = svAdmin.kinds;

/** The org tree with an editor for the chosen node, a form for a new node and the XLSX/CSV import. */
export function OrgTreeEditor() {
  const tree = useQuery(orgTreeQuery);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  if (tree.isPending) return <PageLoader />;
  if (tree.isError) return <QueryError title={svAdmin.loadError} error={tree.error} retry={() => void tree.refetch()} retrying={tree.isFetching} />;
  const selected = selectedId ? findNode(tree.data, selectedId) : null;
  return (
    <Stack gap="xl">
      <section aria-labelledby="org-tree-title">
        <Title order={2} id="org-tree-title" mb="xs">
          {t.treeTitle}
        </Title>
        <Text mb="sm">{t.treeIntro}</Text>
        <Group align="flex-start" gap="xl" wrap="wrap">
          <TreeList nodes={tree.data} onSelect={setSelectedId} selectedId={selectedId} />
          {selected && <NodeEditor key={selected.id} node={selected} tree={tree.data} onDone={() => setSelectedId(null)} />}
        </Group>
      </section>
      <NewNodeForm tree={tree.data} />
      <OrgImportForm />
    </Stack>
  );
}

function TreeList({ nodes, onSelect, selectedId }: { nodes: readonly OrgTreeNode[]; onSelect: (id: string) => void; selectedId: string | null }) {
  return (
    <ul style={{ listStyle: 'none', paddingLeft: 0, margin: 0, minWidth: 320 }} data-testid="org-tree">
      {nodes.map((node) => (
        <li key={node.id} style={{ marginBottom: 4 }}>
          <Group gap="xs" wrap="nowrap">
            <Button
              variant={node.id === selectedId ? 'filled' : 'subtle'}
              size="compact-sm"
              onClick={() => onSelect(node.id)}
              aria-label={t.edit(node.name)}
              aria-pressed={node.id === selectedId}
            >
              {node.name}
            </Button>
            <Badge variant="outline" color="gray.8" tt="none">
              {kinds[node.kind]}
            </Badge>
            {node.validTo && (
              <Text size="sm" c="gray.7">
                {t.closedOn(formatDate(node.validTo))}
              </Text>
            )}
          </Group>
          {node.children.length > 0 && (
            <div style={{ paddingLeft: 24, borderLeft: '1px solid var(--mantine-color-gray-4)', marginLeft: 8 }}>
              <TreeList nodes={node.children} onSelect={onSelect} selectedId={selectedId} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

function NodeEditor({ node, tree, onDone }: { node: OrgTreeNode; tree: readonly OrgTreeNode[]; onDone: () => void }) {
  const queryClient = useQueryClient();
  const flat = useMemo(() => flattenTree(tree), [tree]);
  const parents = useMemo(() => parentOptions(flat, node.kind, subtreeIds(tree, node.id)), [flat, tree, node]);
  const [name, setName] = useState(node.name);
  const [parentId, setParentId] = useState(node.parentId);
  const [sortOrder, setSortOrder] = useState<number | string>(node.sortOrder);
  const [share, setShare] = useState<number | string>(node.ownershipShare ?? '');
  const [purpose, setPurpose] = useState(node.purpose ?? '');
  const [validTo, setValidTo] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['org-nodes'] });
  const save = useMutation({
    mutationFn: () =>
      updateOrgNode(node.id, {
        name: name.trim(),
        ...(parentId && parentId !== node.parentId ? { parentId } : {}),
        sortOrder: Number(sortOrder) || 0,
        ...(node.kind === 'bolag' ? { ownershipShare: share === '' ? null : Number(share), purpose: purpose.trim() || null } : {}),
      }),
    onSuccess: refresh,
  });
  const close = useMutation({ mutationFn: () => closeOrgNode(node.id, { validTo }), onSuccess: refresh });
  const fieldError = (error: unknown, field: string) => (error instanceof ApiError ? error.fields[field]?.[0] : undefined);
  const onSave = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const onClose = (event: FormEvent) => {
    event.preventDefault();
    close.mutate();
  };
  return (
    <Paper withBorder p="md" maw={480} style={{ flex: 1 }}>
      <Stack gap="md">
        <Title order={3}>{t.editTitle(node.name)}</Title>
        <Text size="sm" c="gray.7">
          {kinds[node.kind]} · {t.key}: {node.key} · {t.validFrom}: {formatDate(node.validFrom)}
        </Text>
        <MutationAlert mutation={save} success={svAdmin.saved} />
        <form onSubmit={onSave} aria-label={t.editTitle(node.name)}>
          <Stack gap="sm">
            <TextInput label={t.name} required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError(save.error, 'name')} />
            {node.kind !== 'kf' && (
              <Select
                label={t.parent}
                data={parents.map((p) => ({ value: p.id, label: indentedLabel(p) }))}
                value={parentId}
                onChange={(value) => setParentId(value)}
                allowDeselect={false}
                searchable
                error={fieldError(save.error, 'parentId')}
              />
            )}
            <NumberInput label={t.sortOrder} min={0} max={100000} value={sortOrder} onChange={setSortOrder} error={fieldError(save.error, 'sortOrder')} />
            {node.kind === 'bolag' && (
              <BolagFields share={share} setShare={setShare} purpose={purpose} setPurpose={setPurpose} error={save.error} />
            )}
            <Group>
              <Button type="submit" loading={save.isPending}>
                {svAdmin.save}
              </Button>
              <Button variant="outline" onClick={onDone}>
                {svAdmin.close}
              </Button>
            </Group>
          </Stack>
        </form>
        {!node.validTo && (
          <form onSubmit={onClose} aria-label={t.closeTitle}>
            <Stack gap="sm">
              <Title order={4}>{t.closeTitle}</Title>
              <Text size="sm">{t.closeIntro}</Text>
              <MutationAlert mutation={close} success={close.data ? t.closed(node.name, formatDate(validTo)) : ''} />
              <TextInput type="date" label={t.validTo} required value={validTo} onChange={(e) => setValidTo(e.currentTarget.value)} error={fieldError(close.error, 'validTo')} />
              <Button type="submit" color="red.9" variant="outline" loading={close.isPending}>
                {t.close}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

function NewNodeForm({ tree }: { tree: readonly OrgTreeNode[] }) {
  const queryClient = useQueryClient();
  const flat = useMemo(() => flattenTree(tree), [tree]);
  const [kind, setKind] = useState<OrgNodeKind>(tree.length === 0 ? 'kf' : 'enhet');
  const [values, setValues] = useState({ key: '', name: '', parentId: null as string | null, validFrom: '' });
  const [share, setShare] = useState<number | string>('');
  const [purpose, setPurpose] = useState('');
  const parents = parentOptions(flat, kind);
  const create = useMutation({
    mutationFn: () =>
      createOrgNode({
        key: values.key.trim(),
        name: values.name.trim(),
        kind,
        ...(values.parentId ? { parentId: values.parentId } : {}),
        ...(values.validFrom ? { validFrom: values.validFrom } : {}),
        ...(kind === 'bolag' ? { ownershipShare: share === '' ? null : Number(share), purpose: purpose.trim() || null } : {}),
      }),
    onSuccess: async () => {
      setValues({ key: '', name: '', parentId: values.parentId, validFrom: '' });
      await queryClient.invalidateQueries({ queryKey: ['org-nodes'] });
    },
  });
  const fieldError = (field: string) => (create.error instanceof ApiError ? create.error.fields[field]?.[0] : undefined);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="org-new-title">
      <Title order={2} id="org-new-title" mb="sm">
        {t.newTitle}
      </Title>
      <MutationAlert mutation={create} success={create.data ? t.created(create.data.name) : ''} />
      <form onSubmit={onSubmit} aria-label={t.newTitle}>
        <Stack gap="sm" maw={480}>
          <Select
            label={t.kind}
            data={ORG_NODE_KINDS.map((k) => ({ value: k, label: kinds[k] }))}
            value={kind}
            onChange={(value) => {
              if (!value) return;
              setKind(value as OrgNodeKind);
              setValues({ ...values, parentId: null });
            }}
            allowDeselect={false}
            error={fieldError('kind')}
          />
          <TextInput label={t.key} description={t.keyHint} required maxLength={64} value={values.key} onChange={(e) => setValues({ ...values, key: e.currentTarget.value })} error={fieldError('key')} />
          <TextInput label={t.name} required maxLength={200} value={values.name} onChange={(e) => setValues({ ...values, name: e.currentTarget.value })} error={fieldError('name')} />
          {kind !== 'kf' && (
            <Select
              label={t.parent}
              required
              data={parents.map((p: FlatNode) => ({ value: p.id, label: indentedLabel(p) }))}
              value={values.parentId}
              onChange={(value) => setValues({ ...values, parentId: value })}
              searchable
              error={fieldError('parentId')}
            />
          )}
          <TextInput type="date" label={t.validFrom} value={values.validFrom} onChange={(e) => setValues({ ...values, validFrom: e.currentTarget.value })} error={fieldError('validFrom')} />
          {kind === 'bolag' && <BolagFields share={share} setShare={setShare} purpose={purpose} setPurpose={setPurpose} error={create.error} />}
          <Button type="submit" loading={create.isPending}>
            {t.create}
          </Button>
        </Stack>
      </form>
    </section>
  );
}

function BolagFields(props: { share: number | string; setShare: (v: number | string) => void; purpose: string; setPurpose: (v: string) => void; error: unknown }) {
  const fieldError = (field: string) => (props.error instanceof ApiError ? props.error.fields[field]?.[0] : undefined);
  return (
    <>
      <NumberInput label={t.ownershipShare} min={0} max={100} decimalScale={2} decimalSeparator="," value={props.share} onChange={props.setShare} error={fieldError('ownershipShare')} />
      <Textarea label={t.purpose} maxLength={4000} autosize minRows={2} value={props.purpose} onChange={(e) => props.setPurpose(e.currentTarget.value)} error={fieldError('purpose')} />
    </>
  );
}

/** Success or a message without field errors (those show at their fields). */
export function MutationAlert({ mutation, success }: { mutation: { isSuccess: boolean; isError: boolean; error: unknown }; success: string }) {
  if (mutation.isSuccess && success) {
    return (
      <Alert role="status" color="blue.9" variant="outline">
        {success}
      </Alert>
    );
  }
  if (!mutation.isError) return null;
  const error = mutation.error;
  const hasFields = error instanceof ApiError && Object.keys(error.fields).length > 0;
  if (hasFields) return null;
  return (
    <Alert role="alert" color="red.9" variant="outline">
      {error instanceof ApiError && error.message ? error.message : svAdmin.failed}
    </Alert>
  );
}

function findNode(nodes: readonly OrgTreeNode[], id: string): OrgTreeNode | null {
  for (const node of nodes) {
    if (node.id === id) return node;
    const inChildren = findNode(node.children, id);
    if (inChildren) return inChildren;
  }
  return null;
}

import { Alert, Button, Code, Group, List, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { ROLES, type Role, type UserDto } from '@resultatkedjan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { grantRole, inviteUser, revokeRole, updateUser } from '../../api/admin';
import { apiGet, ApiError } from '../../api/client';
import { orgTreeQuery } from '../chain/chain-api';
import { roleLabel } from '../../auth/permissions';
import { svAdmin } from '../../i18n/sv-admin';
import { PageLoader } from '../../layout/page-loader';
import { formatDateTime } from '../../lib/format';
import { QueryError } from '../goals/query-error';
import { MutationAlert } from './org-tree-editor';
import { flattenTree, indentedLabel } from './org-options';

const t = svAdmin.users;
const WHOLE_KOMMUN = '*';

/** One user: roles (role × org subtree), invitation link, deactivate (sessions end at once) or activate. */
export function UserDetail({ userId, onClose }: { userId: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const user = useQuery({ queryKey: ['users', 'one', userId], queryFn: () => apiGet<UserDto>(`/api/v1/users/${encodeURIComponent(userId)}`) });
  const tree = useQuery(orgTreeQuery);
  const nodes = useMemo(() => (tree.data ? flattenTree(tree.data).filter((n) => !n.closed) : []), [tree.data]);
  const [role, setRole] = useState<Role | null>(null);
  const [scope, setScope] = useState<string>(WHOLE_KOMMUN);
  const updated = (data: UserDto) => {
    queryClient.setQueryData(['users', 'one', userId], data);
    return queryClient.invalidateQueries({ queryKey: ['users'], predicate: (q) => q.queryKey[1] !== 'one' });
  };
  const grant = useMutation({ mutationFn: () => grantRole(userId, { role: role!, orgNodeId: scope === WHOLE_KOMMUN ? null : scope }), onSuccess: updated });
  const revoke = useMutation({ mutationFn: (grantId: string) => revokeRole(userId, grantId), onSuccess: updated });
  const setActive = useMutation({ mutationFn: (active: boolean) => updateUser(userId, { active }), onSuccess: updated });
  // The list shows who has an invitation waiting: fetch it again (the user's own view keeps the fresh link shown).
  const invite = useMutation({ mutationFn: () => inviteUser(userId), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }) });

  if (user.isPending) return <PageLoader />;
  if (user.isError) return <QueryError title={svAdmin.loadError} error={user.error} retry={() => void user.refetch()} retrying={user.isFetching} />;
  const u = user.data;
  const onGrant = (event: FormEvent) => {
    event.preventDefault();
    if (role) grant.mutate();
  };
  const grantFieldError = (field: string) => (grant.error instanceof ApiError ? grant.error.fields[field]?.[0] : undefined);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="user-detail-title">
      <Stack gap="md">
        <Group justify="space-between">
          <div>
            <Title order={2} id="user-detail-title">
              {t.detailTitle(u.displayName)}
            </Title>
            <Text c="gray.7">{u.email}</Text>
          </div>
          <Button variant="outline" onClick={onClose}>
            {svAdmin.close}
          </Button>
        </Group>

        <div>
          <Title order={3} mb="xs">
            {t.grantsTitle}
          </Title>
          <MutationAlert mutation={revoke} success="" />
          {u.grants.length === 0 ? (
            <Text>–</Text>
          ) : (
            <List spacing="xs" data-testid="user-grants">
              {u.grants.map((g) => {
                const scopeName = g.orgNodeName ?? t.wholeKommun;
                return (
                  <List.Item key={g.id}>
                    <Group gap="sm">
                      <Text>{t.roleAt(roleLabel(g.role), scopeName)}</Text>
                      <Button size="compact-xs" variant="outline" color="red.9" onClick={() => revoke.mutate(g.id)} aria-label={t.revoke(roleLabel(g.role), scopeName)}>
                        {t.revokeShort}
                      </Button>
                    </Group>
                  </List.Item>
                );
              })}
            </List>
          )}
        </div>

        <form onSubmit={onGrant} aria-label={t.addGrant}>
          <Group align="flex-end" gap="sm">
            <Select label={t.role} required data={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} value={role} onChange={(v) => setRole(v as Role | null)} w={220} error={grantFieldError('role')} />
            <Select
              label={t.scope}
              data={[{ value: WHOLE_KOMMUN, label: t.wholeKommun }, ...nodes.map((n) => ({ value: n.id, label: indentedLabel(n) }))]}
              value={scope}
              onChange={(v) => setScope(v ?? WHOLE_KOMMUN)}
              allowDeselect={false}
              searchable
              w={320}
              error={grantFieldError('orgNodeId')}
            />
            <Button type="submit" disabled={!role} loading={grant.isPending}>
              {t.grant}
            </Button>
          </Group>
          <MutationAlert mutation={grant} success="" />
        </form>

        <Group gap="sm" align="flex-start">
          {u.active && (
            <Button variant="outline" onClick={() => invite.mutate()} loading={invite.isPending}>
              {t.invite}
            </Button>
          )}
          <Button variant="outline" color={u.active ? 'red.9' : undefined} onClick={() => setActive.mutate(!u.active)} loading={setActive.isPending}>
            {u.active ? t.deactivate : t.activate}
          </Button>
        </Group>
        {u.active && <Text size="sm">{t.deactivateHint}</Text>}
        {u.active && u.invitationExpiresAt && !invite.isSuccess && <Text size="sm">{t.invitationWaitingDetail(formatDateTime(u.invitationExpiresAt))}</Text>}
        {invite.isSuccess && (
          <Alert role="status" color="blue.9" variant="outline">
            <Text>{t.invited(formatDateTime(invite.data.expiresAt))}</Text>
            <Code block data-testid="invitation-link">
              {invite.data.link}
            </Code>
          </Alert>
        )}
        <MutationAlert mutation={invite} success="" />
        <MutationAlert mutation={setActive} success="" />
        {setActive.error instanceof ApiError && setActive.error.fields.active && (
          <Alert role="alert" color="red.9" variant="outline">
            {setActive.error.fields.active.join(' ')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

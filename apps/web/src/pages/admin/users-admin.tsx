import { Badge, Button, Group, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { UserDto } from '@resultatkedjan/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState, type FormEvent } from 'react';
import { createUser, usersQuery } from '../../api/admin';
import { ApiError } from '../../api/client';
import { roleLabel } from '../../auth/permissions';
import { svAdmin } from '../../i18n/sv-admin';
import { PageLoader } from '../../layout/page-loader';
import { formatDateTime } from '../../lib/format';
import { QueryError } from '../goals/query-error';
import { MutationAlert } from './org-tree-editor';
import { UserDetail } from './user-detail';

const t = svAdmin.users;

/** The kommun's users with their roles; one user at a time is managed in the panel beside the list. */
export function UsersAdmin() {
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const q = useDeferredValue(search.trim());
  const users = useQuery({ ...usersQuery(q, page), placeholderData: keepPreviousData });
  return (
    <Stack gap="xl">
      <section aria-labelledby="users-title">
        <Title order={2} id="users-title" mb="sm">
          {t.title}
        </Title>
        <TextInput
          label={t.search}
          type="search"
          maw={360}
          mb="sm"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
        />
        {users.isPending ? (
          <PageLoader />
        ) : users.isError ? (
          <QueryError title={svAdmin.loadError} error={users.error} retry={() => void users.refetch()} retrying={users.isFetching} />
        ) : (
          <UserTable users={users.data.items} total={users.data.total} page={page} pageSize={users.data.pageSize} setPage={setPage} onSelect={setSelectedId} />
        )}
      </section>
      {selectedId && <UserDetail key={selectedId} userId={selectedId} onClose={() => setSelectedId(null)} />}
      <NewUserForm onCreated={setSelectedId} />
    </Stack>
  );
}

function UserTable(props: { users: UserDto[]; total: number; page: number; pageSize: number; setPage: (p: number) => void; onSelect: (id: string) => void }) {
  if (props.users.length === 0) return <Text>{t.none}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table withTableBorder striped data-testid="users-table">
          <caption style={{ captionSide: 'top', textAlign: 'left' }}>{t.showing(props.users.length, props.total)}</caption>
          <Table.Thead>
            <Table.Tr>
              {Object.values(t.columns).map((c) => (
                <Table.Th scope="col" key={c}>
                  {c}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.users.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Th scope="row" fw="normal">
                  {user.displayName}
                </Table.Th>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>
                  {user.grants.map((g) => t.roleAt(roleLabel(g.role), g.orgNodeName ?? t.wholeKommun)).join('; ') || '–'}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge variant="outline" color={user.active ? '#1b5e20' : 'gray.8'} tt="none">
                      {user.active ? t.active : t.inactive}
                    </Badge>
                    {user.active && user.invitationExpiresAt ? (
                      <Text size="xs" c="gray.7">
                        {t.invitationWaiting(formatDateTime(user.invitationExpiresAt))}
                      </Text>
                    ) : (
                      user.active &&
                      !user.hasPassword &&
                      !user.oidcSubject && (
                        <Text size="xs" c="gray.7">
                          {t.noPassword}
                        </Text>
                      )
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="outline" onClick={() => props.onSelect(user.id)} aria-label={t.manage(user.displayName)}>
                    {t.manageShort}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {props.total > props.pageSize && (
        <Pagination total={Math.ceil(props.total / props.pageSize)} value={props.page} onChange={props.setPage} mt="sm" getControlProps={(c) => ({ 'aria-label': c })} />
      )}
    </>
  );
}

function NewUserForm({ onCreated }: { onCreated: (id: string) => void }) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const create = useMutation({
    mutationFn: () => createUser({ email: email.trim(), displayName: displayName.trim() }),
    onSuccess: async (user) => {
      setEmail('');
      setDisplayName('');
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onCreated(user.id);
    },
  });
  const fieldError = (field: string) => (create.error instanceof ApiError ? create.error.fields[field]?.[0] : undefined);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="user-new-title">
      <Title order={2} id="user-new-title" mb="xs">
        {t.newTitle}
      </Title>
      <Text mb="sm">{t.newIntro}</Text>
      <MutationAlert mutation={create} success={create.data ? t.created(create.data.displayName) : ''} />
      <form onSubmit={onSubmit} aria-label={t.newTitle}>
        <Stack gap="sm" maw={420} mt="sm">
          <TextInput label={t.email} type="email" required maxLength={254} value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={fieldError('email')} />
          <TextInput label={t.displayName} required maxLength={200} value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={fieldError('displayName')} />
          <Button type="submit" loading={create.isPending}>
            {t.create}
          </Button>
        </Stack>
      </form>
    </section>
  );
}

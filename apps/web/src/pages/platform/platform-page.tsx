import { Alert, Anchor, Button, Center, Code, Group, Paper, PasswordInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { svPlatform as t } from '../../i18n/sv-platform';
import { PageLoader } from '../../layout/page-loader';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { createKommun, exportUrl, fetchOperator, listKommuner, operatorLogin, operatorLogout, setKommunActive, type Operator } from './platform-api';

const OPERATOR_KEY = ['platform', 'operator'] as const;
const KOMMUNER_KEY = ['platform', 'kommuner'] as const;

/** /plattform: the platform operator's sign-in and the installation's kommuner. */
export function PlatformPage() {
  useDocumentTitle(t.title);
  const operator = useQuery({ queryKey: OPERATOR_KEY, queryFn: fetchOperator });
  return (
    <Center component="main" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={960}>
        {operator.isPending ? <PageLoader /> : operator.data ? <Kommuner operator={operator.data} /> : <OperatorLogin />}
      </Paper>
    </Center>
  );
}

function OperatorLogin() {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({ mutationFn: () => operatorLogin(email.trim(), password), onSuccess: (op) => queryClient.setQueryData(OPERATOR_KEY, op) });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <Stack gap="md" maw={420}>
      <Title order={1}>{t.loginTitle}</Title>
      {login.isError && (
        <Alert role="alert" color="red.9" variant="outline">
          {t.loginFailed}
        </Alert>
      )}
      <form onSubmit={onSubmit} aria-label={t.loginTitle}>
        <Stack gap="md">
          <TextInput label={t.email} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <PasswordInput
            label={t.password}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            visibilityToggleButtonProps={{ 'aria-label': t.showPassword }}
          />
          <Button type="submit" loading={login.isPending}>
            {t.login}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

function Kommuner({ operator }: { operator: Operator }) {
  const queryClient = useQueryClient();
  const kommuner = useQuery({ queryKey: KOMMUNER_KEY, queryFn: listKommuner });
  const toggle = useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) => setKommunActive(operator, id, active),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KOMMUNER_KEY }),
  });
  const logout = useMutation({ mutationFn: () => operatorLogout(operator), onSettled: () => queryClient.setQueryData(OPERATOR_KEY, null) });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t.title}</Title>
          <Text c="gray.7">{t.signedInAs(operator.displayName)}</Text>
        </div>
        <Button variant="outline" onClick={() => logout.mutate()}>
          {t.logout}
        </Button>
      </Group>
      <Text>{t.intro}</Text>
      <section aria-labelledby="kommuner-title">
        <Title order={2} id="kommuner-title" mb="sm">
          {t.kommunerTitle}
        </Title>
        {kommuner.isPending ? (
          <PageLoader />
        ) : (
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.columns.kommunkod}</Table.Th>
                <Table.Th scope="col">{t.columns.namn}</Table.Th>
                <Table.Th scope="col">{t.columns.status}</Table.Th>
                <Table.Th scope="col">{t.columns.actions}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(kommuner.data ?? []).map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td>{k.kommunkod}</Table.Td>
                  <Table.Td>{k.namn}</Table.Td>
                  <Table.Td>{k.active ? t.active : t.inactive(formatDate(new Date(k.deactivatedAt ?? k.createdAt)))}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Button size="xs" variant="outline" onClick={() => toggle.mutate({ id: k.id, active: !k.active })} aria-label={k.active ? t.deactivate(k.namn) : t.activate(k.namn)}>
                        {k.active ? t.deactivateShort : t.activateShort}
                      </Button>
                      <Anchor href={exportUrl(k.id)} aria-label={t.export(k.namn)} size="sm">
                        {t.exportShort}
                      </Anchor>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
      <CreateKommun operator={operator} />
    </Stack>
  );
}

function CreateKommun({ operator }: { operator: Operator }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ kommunkod: '', namn: '', adminEmail: '' });
  const create = useMutation({
    mutationFn: () => createKommun(operator, { kommunkod: values.kommunkod.trim(), namn: values.namn.trim(), adminEmail: values.adminEmail.trim() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KOMMUNER_KEY }),
  });
  const fieldError = (field: string) => (create.error instanceof ApiError ? create.error.fields[field]?.[0] : undefined);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const set = (field: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [field]: e.currentTarget.value });

  return (
    <section aria-labelledby="create-title">
      <Title order={2} id="create-title" mb="xs">
        {t.createTitle}
      </Title>
      <Text mb="sm">{t.createIntro}</Text>
      {create.isSuccess && (
        <Alert role="status" color="blue.9" variant="outline" mb="md" title={t.created(create.data.namn)}>
          <Text>{t.invitation}</Text>
          <Code block>{create.data.invitationLink}</Code>
        </Alert>
      )}
      {create.isError && !Object.keys(create.error instanceof ApiError ? create.error.fields : {}).length && (
        <Alert role="alert" color="red.9" variant="outline" mb="md">
          {create.error instanceof ApiError && create.error.message ? create.error.message : t.failed}
        </Alert>
      )}
      <form onSubmit={onSubmit} aria-label={t.createTitle}>
        <Stack gap="md" maw={420}>
          <TextInput label={t.kommunkod} description={t.kommunkodHint} required inputMode="numeric" value={values.kommunkod} onChange={set('kommunkod')} error={fieldError('kommunkod')} />
          <TextInput label={t.namn} required value={values.namn} onChange={set('namn')} error={fieldError('namn')} />
          <TextInput label={t.adminEmail} type="email" required value={values.adminEmail} onChange={set('adminEmail')} error={fieldError('adminEmail')} />
          <Button type="submit" loading={create.isPending}>
            {t.create}
          </Button>
        </Stack>
      </form>
    </section>
  );
}

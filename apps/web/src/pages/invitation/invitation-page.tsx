import { Alert, Anchor, Button, Center, Divider, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, apiGet, apiSend } from '../../api/client';
import { ssoQuery } from '../../auth/auth-api';
import { svInvitation as t } from '../../i18n/sv-invitation';
import { PageLoader } from '../../layout/page-loader';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { paths } from '../../paths';

interface Invitation {
  email: string;
  displayName: string;
  kommun: string;
  kommunkod: string;
  expiresAt: string;
}

const MIN_LENGTH = 12;

/** /inbjudan/:token: who the link is for, then a first password (checked again by the API). */
export function InvitationPage() {
  useDocumentTitle(t.title);
  const token = useParams().token ?? '';
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => apiGet<Invitation>(`/api/v1/auth/invitations/${encodeURIComponent(token)}`),
    retry: false,
  });

  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={480}>
        {invitation.isPending ? (
          <PageLoader label={t.checking} />
        ) : invitation.isError ? (
          <Stack gap="md">
            <Title order={1}>{invitation.error instanceof ApiError && invitation.error.status === 404 ? t.unknownTitle : t.goneTitle}</Title>
            <Text>{invitation.error instanceof ApiError ? invitation.error.message : t.errors.unavailable}</Text>
            <Text>{t.askAdmin}</Text>
          </Stack>
        ) : (
          <PasswordForm token={token} invitation={invitation.data} />
        )}
      </Paper>
    </Center>
  );
}

function PasswordForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const sso = useQuery(ssoQuery(invitation.kommunkod));
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  const errorRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const mutation = useMutation({ mutationFn: () => apiSend<void>('POST', '/api/v1/auth/invitations/accept', { token, password }) });

  useEffect(() => {
    if (mutation.isError) errorRef.current?.focus();
    if (mutation.isSuccess) doneRef.current?.focus();
  }, [mutation.isError, mutation.isSuccess]);

  if (mutation.isSuccess) {
    return (
      <Stack gap="md">
        <Title order={1} ref={doneRef} tabIndex={-1}>
          {t.doneTitle}
        </Title>
        <Text>{t.done}</Text>
        <Anchor component={Link} to={paths.login}>
          {t.toLogin}
        </Anchor>
      </Stack>
    );
  }

  const serverField = mutation.error instanceof ApiError ? mutation.error.fields.password?.[0] : undefined;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!password) found.password = t.errors.passwordRequired;
    else if ([...password].length < MIN_LENGTH) found.password = t.errors.tooShort;
    if (password && confirm !== password) found.confirm = t.errors.mismatch;
    setErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };

  return (
    <Stack gap="md">
      <Title order={1}>{t.title}</Title>
      <Text>{t.intro(invitation.kommun, invitation.email)}</Text>
      {mutation.isError && (
        <Alert ref={errorRef} tabIndex={-1} role="alert" color="red.9" variant="outline" title={t.errorTitle}>
          {mutation.error instanceof ApiError ? mutation.error.message : t.errors.unavailable}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate aria-label={t.title}>
        <Stack gap="md">
          <PasswordInput
            label={t.password}
            description={t.passwordHint}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password ?? serverField}
            visibilityToggleButtonProps={{ 'aria-label': t.showPassword }}
          />
          <PasswordInput
            label={t.confirm}
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={errors.confirm}
            visibilityToggleButtonProps={{ 'aria-label': t.showPassword }}
          />
          <Button type="submit" loading={mutation.isPending} fullWidth>
            {t.submit}
          </Button>
        </Stack>
      </form>
      {sso.data?.enabled && (
        <>
          <Divider label={t.or} labelPosition="center" />
          <Button component="a" href={sso.data.loginUrl} variant="outline" fullWidth>
            {t.sso}
          </Button>
          <Text size="sm" c="gray.7">
            {t.ssoHint(sso.data.name ?? invitation.kommun)}
          </Text>
        </>
      )}
      <Text size="sm" c="gray.7">
        {t.expires(formatDate(new Date(invitation.expiresAt)))}
      </Text>
    </Stack>
  );
}

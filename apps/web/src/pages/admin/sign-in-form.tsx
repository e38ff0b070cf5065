import { Alert, Button, Checkbox, Code, Group, PasswordInput, Radio, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { PROVISIONABLE_ROLES, type Role, type SignInSettingsDto, type SsoMatchClaim, type UpdateSignInSettingsRequest } from '@resultatkedjan/contracts';
import { useMutation, useQuery, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { checkSignIn, signInSettingsQuery, updateSignInSettings } from '../../api/sign-in';
import { roleLabel } from '../../auth/permissions';
import { svAdmin } from '../../i18n/sv-admin';
import { svSignIn as t } from '../../i18n/sv-sign-in';
import { PageLoader } from '../../layout/page-loader';
import { orgTreeQuery } from '../chain/chain-api';
import { QueryError } from '../goals/query-error';
import { MutationAlert } from './org-tree-editor';
import { flattenTree, indentedLabel } from './org-options';

const NONE = '';
const WHOLE_KOMMUN = '*';

/** The admin's sign-in settings: the e-mail domains that lead to the kommun and its own OpenID Connect provider. */
export function SignInForm() {
  const queryClient = useQueryClient();
  const settings = useQuery(signInSettingsQuery);
  // Here, not in the fields: the fields start over from what was saved, and the saved message must stay.
  const save = useMutation({
    mutationFn: (request: { body: UpdateSignInSettingsRequest; removesSso: boolean }) => updateSignInSettings(request.body),
    onSuccess: (data) => queryClient.setQueryData(signInSettingsQuery.queryKey, data),
  });
  if (settings.isPending) return <PageLoader />;
  if (settings.isError) return <QueryError title={svAdmin.loadError} error={settings.error} retry={() => void settings.refetch()} retrying={settings.isFetching} />;
  return <SignInFields key={JSON.stringify(settings.data)} settings={settings.data} save={save} />;
}

type SaveMutation = UseMutationResult<SignInSettingsDto, Error, { body: UpdateSignInSettingsRequest; removesSso: boolean }>;

function SignInFields({ settings, save }: { settings: SignInSettingsDto; save: SaveMutation }) {
  const tree = useQuery(orgTreeQuery);
  const check = useMutation({ mutationFn: checkSignIn });
  const nodes = useMemo(() => (tree.data ? flattenTree(tree.data).filter((n) => !n.closed) : []), [tree.data]);
  const sso = settings.sso;
  const [domains, setDomains] = useState(settings.emailDomains.join(', '));
  const [enabled, setEnabled] = useState(sso?.enabled ?? false);
  const [displayName, setDisplayName] = useState(sso?.displayName ?? '');
  const [issuer, setIssuer] = useState(sso?.issuer ?? '');
  const [clientId, setClientId] = useState(sso?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [matchClaim, setMatchClaim] = useState<SsoMatchClaim>(sso?.matchClaim ?? 'email');
  const [provisionRole, setProvisionRole] = useState<string>(sso?.provisionRole ?? NONE);
  const [scope, setScope] = useState<string>(sso?.provisionOrgNodeId ?? WHOLE_KOMMUN);
  // Once a provider is set up, unticking keeps its settings (enabled: false); before that, the fields are optional.
  const hasProvider = sso !== null || enabled;

  const send = (removeSso: boolean) =>
    save.mutate({
      removesSso: removeSso,
      body: {
        emailDomains: domains.split(/[,\s]+/).map((d) => d.trim().toLowerCase()).filter(Boolean),
        sso:
          removeSso || !hasProvider
            ? null
            : {
                displayName: displayName.trim(),
                issuer: issuer.trim(),
                clientId: clientId.trim(),
                ...(clientSecret ? { clientSecret } : {}),
                matchClaim,
                provisionRole: provisionRole === NONE ? null : (provisionRole as Role),
                provisionOrgNodeId: provisionRole === NONE || scope === WHOLE_KOMMUN ? null : scope,
                enabled,
              },
      },
    });
  const fieldError = (field: string) => {
    if (!(save.error instanceof ApiError)) return undefined;
    const fields = save.error.fields;
    return fields[field]?.[0] ?? Object.entries(fields).find(([key]) => key.startsWith(`${field}.`))?.[1][0];
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send(false);
  };

  return (
    <section aria-labelledby="sign-in-title">
      <Title order={2} id="sign-in-title" mb="xs">
        {t.title}
      </Title>
      <Text mb="md">{t.intro}</Text>
      <MutationAlert mutation={save} success={save.variables?.removesSso ? t.removed : t.saved} />
      <form onSubmit={onSubmit} aria-label={t.title}>
        <Stack gap="sm" maw={560} mt="sm">
          <TextInput label={t.domains} description={t.domainsHint} value={domains} onChange={(e) => setDomains(e.currentTarget.value)} error={fieldError('emailDomains')} />
          <Title order={3} size="h4" mt="md">
            {t.ssoTitle}
          </Title>
          <Checkbox label={t.ssoEnabled} checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
          <div>
            <Text size="sm" fw={500}>
              {t.redirectUri}
            </Text>
            <Code>{settings.redirectUri}</Code>
          </div>
          {hasProvider && (
            <>
              <TextInput label={t.displayName} required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={fieldError('sso.displayName')} />
              <TextInput label={t.issuer} description={t.issuerHint} required type="url" value={issuer} onChange={(e) => setIssuer(e.currentTarget.value)} error={fieldError('sso.issuer')} />
              <TextInput label={t.clientId} required value={clientId} onChange={(e) => setClientId(e.currentTarget.value)} error={fieldError('sso.clientId')} />
              <PasswordInput
                label={t.clientSecret}
                description={sso?.clientSecretSet ? t.clientSecretSet : t.clientSecretNew}
                required={!sso?.clientSecretSet}
                autoComplete="new-password"
                value={clientSecret}
                onChange={(e) => setClientSecret(e.currentTarget.value)}
                error={fieldError('sso.clientSecret')}
              />
              <Radio.Group label={t.matchClaim} value={matchClaim} onChange={(v) => setMatchClaim(v as SsoMatchClaim)}>
                <Stack gap={4} mt={4}>
                  <Radio value="email" label={t.matchEmail} />
                  <Radio value="sub" label={t.matchSub} />
                </Stack>
              </Radio.Group>
              <Select
                label={t.provisionRole}
                data={[{ value: NONE, label: t.provisionNone }, ...PROVISIONABLE_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))]}
                value={provisionRole}
                onChange={(v) => setProvisionRole(v ?? NONE)}
                allowDeselect={false}
                error={fieldError('sso.provisionRole')}
              />
              {provisionRole !== NONE && (
                <Select
                  label={t.provisionScope}
                  data={[{ value: WHOLE_KOMMUN, label: t.wholeKommun }, ...nodes.map((n) => ({ value: n.id, label: indentedLabel(n) }))]}
                  value={scope}
                  onChange={(v) => setScope(v ?? WHOLE_KOMMUN)}
                  allowDeselect={false}
                  searchable
                  error={fieldError('sso.provisionOrgNodeId')}
                />
              )}
            </>
          )}
          <Group>
            <Button type="submit" loading={save.isPending && !save.variables?.removesSso}>
              {t.save}
            </Button>
            {sso && (
              <Button variant="outline" onClick={() => check.mutate()} loading={check.isPending}>
                {t.check}
              </Button>
            )}
            {sso && (
              <Button variant="outline" color="red.9" onClick={() => send(true)} loading={save.isPending && save.variables?.removesSso}>
                {t.remove}
              </Button>
            )}
          </Group>
          {check.data && (
            <Alert role={check.data.reachable ? 'status' : 'alert'} color={check.data.reachable ? 'blue.9' : 'red.9'} variant="outline">
              <Text>{check.data.message}</Text>
              {check.data.authorizationEndpoint && (
                <Text size="sm">
                  {t.checkEndpoint} <Code>{check.data.authorizationEndpoint}</Code>
                </Text>
              )}
            </Alert>
          )}
          <MutationAlert mutation={check} success="" />
        </Stack>
      </form>
    </section>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Center, Divider, Paper, PasswordInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { login, loginKommunerQuery, meQuery, resetUserData, ssoQuery } from '../../auth/auth-api';
import { RETURN_TO_PARAM, safeReturnTo } from '../../auth/return-to';
import { clearSessionEnd, type SessionEndReason } from '../../auth/session-end';
import { sv } from '../../i18n/sv';
import { PageLoader } from '../../layout/page-loader';
import { useDocumentTitle } from '../../lib/use-document-title';
import { kommunForEmail } from './login-kommun';
import { loginSchema, type LoginValues } from './login-schema';
import classes from './login-page.module.css';

const t = sv.login;

function loginErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 422 && error.fields.kommunkod) return t.errors.chooseKommun;
    if (error.status === 401 || error.status === 400 || error.status === 422) return t.errors.invalidCredentials;
    if (error.status === 429) return t.errors.tooManyAttempts;
  }
  return t.errors.unavailable;
}

export function LoginPage() {
  useDocumentTitle(t.title);
  const me = useQuery(meQuery);
  const [searchParams] = useSearchParams();
  const target = safeReturnTo(searchParams.get(RETURN_TO_PARAM));

  if (me.isPending) {
    return (
      <Center component="main" mih="100vh">
        <PageLoader label={sv.auth.checking} />
      </Center>
    );
  }
  // Already logged in (e.g. the back button after logging in): go on to where the user was heading.
  if (me.data) return <Navigate to={target} replace />;
  return <LoginScreen target={target} />;
}

function LoginScreen({ target }: { target: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const reason = (location.state as { reason?: SessionEndReason | null } | null)?.reason ?? null;
  const errorRef = useRef<HTMLDivElement>(null);
  const kommuner = useQuery(loginKommunerQuery);
  // Several kommuner in the installation: the user's kommun, chosen by hand or by the e-mail's domain.
  const choosesKommun = (kommuner.data?.length ?? 0) > 1;
  const [chosenKommun, setChosenKommun] = useState<string | null>(null);
  const [kommunByHand, setKommunByHand] = useState(false);

  const {
    register,
    handleSubmit,
    setFocus,
    watch,
    formState: { errors },
  } = useForm<LoginValues>({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: '', password: '' },
    // Validate on submit, then as the user corrects a field.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  const email = watch('email');
  const kommunkod = choosesKommun ? (kommunByHand ? chosenKommun : kommunForEmail(kommuner.data ?? [], email)) : null;
  const sso = useQuery(ssoQuery(kommunkod));

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      clearSessionEnd();
      resetUserData(queryClient, me);
      void navigate(target, { replace: true });
    },
  });

  // Start in the first field: logging in is the only thing to do here.
  useEffect(() => setFocus('email'), [setFocus]);

  // A refused login is announced (role="alert") and gets focus, so keyboard users start again from the message.
  useEffect(() => {
    if (mutation.isError) errorRef.current?.focus();
  }, [mutation.isError]);

  const onSubmit = handleSubmit((values) =>
    mutation.mutate({ email: values.email.trim(), password: values.password, ...(kommunkod ? { kommunkod } : {}) }),
  );
  const kommunError = mutation.error instanceof ApiError && mutation.error.status === 422 ? mutation.error.fields.kommunkod?.[0] : undefined;

  return (
    <Center component="main" mih="100vh" p="md" className={classes.page}>
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={440}>
        <Stack gap="md">
          <div>
            <Text className={classes.productName}>{sv.app.name}</Text>
            <Text size="sm" c="gray.7">
              {sv.app.tagline}
            </Text>
          </div>
          <Title order={1}>{t.title}</Title>
          {reason && (
            <Alert role="status" color="blue.9" variant="outline">
              {reason === 'logout' ? t.loggedOut : t.expired}
            </Alert>
          )}
          {mutation.isError && (
            <Alert ref={errorRef} tabIndex={-1} role="alert" color="red.9" variant="outline" title={t.errorTitle}>
              {loginErrorMessage(mutation.error)}
            </Alert>
          )}
          <Text>{t.intro}</Text>
          <form onSubmit={onSubmit} noValidate aria-label={t.title}>
            <Stack gap="md">
              <TextInput
                {...register('email')}
                type="email"
                label={t.email}
                autoComplete="username"
                inputMode="email"
                spellCheck={false}
                required
                error={errors.email?.message}
              />
              {choosesKommun && (
                <Select
                  label={t.kommun}
                  description={t.kommunHint}
                  placeholder={t.kommunPlaceholder}
                  data={(kommuner.data ?? []).map((k) => ({ value: k.kommunkod, label: k.name }))}
                  value={kommunkod}
                  onChange={(value) => {
                    setKommunByHand(true);
                    setChosenKommun(value);
                  }}
                  searchable
                  clearable
                  nothingFoundMessage={t.kommunPlaceholder}
                  error={kommunError}
                />
              )}
              <PasswordInput
                {...register('password')}
                label={t.password}
                autoComplete="current-password"
                required
                error={errors.password?.message}
                visibilityToggleButtonProps={{ 'aria-label': t.showPassword }}
              />
              <Button type="submit" loading={mutation.isPending} fullWidth>
                {t.submit}
              </Button>
            </Stack>
          </form>
          {sso.data?.enabled && (
            <>
              <Divider label={t.or} labelPosition="center" classNames={{ label: classes.dividerLabel }} />
              <Button component="a" href={sso.data.loginUrl} variant="outline" fullWidth>
                {t.sso}
              </Button>
              {sso.data.name && (
                <Text size="sm" ta="center" c="gray.7">
                  {t.ssoVia(sso.data.name)}
                </Text>
              )}
            </>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}

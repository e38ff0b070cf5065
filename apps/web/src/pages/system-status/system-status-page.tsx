import { Alert, Badge, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { HealthResponse, HealthStatus, SystemInfo } from '@resultatkedjan/contracts';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { healthQuery, systemInfoQuery } from '../../api/system';
import { sv } from '../../i18n/sv';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PageLoader } from '../../layout/page-loader';
import { CheckBadge, checkState } from './check-badge';

const t = sv.systemStatus;

const overallColor: Record<HealthStatus, string> = { ok: 'teal.9', error: 'red.9', shutting_down: 'gray.7' };

export function SystemStatusPage() {
  useDocumentTitle(t.title);
  const health = useQuery(healthQuery);
  const info = useQuery(systemInfoQuery);
  const error = health.error ?? info.error;

  const retry = () => {
    if (health.isError) void health.refetch();
    if (info.isError) void info.refetch();
  };

  return (
    <Stack gap="lg" maw={800}>
      <Title order={1}>{t.title}</Title>
      <Text>{t.intro}</Text>

      {(health.isPending || info.isPending) && !error && <PageLoader label={t.loading} />}

      {error && (
        <Alert color="red.9" variant="outline" title={t.errorTitle} role="alert">
          <Stack gap="sm" align="flex-start">
            <Text>{t.errorBody}</Text>
            {error instanceof ApiError && <Text>{t.errorCode(error.status)}</Text>}
            <Button onClick={retry} loading={health.isFetching || info.isFetching}>
              {t.retry}
            </Button>
          </Stack>
        </Alert>
      )}

      {health.data && <HealthCard health={health.data} />}
      {info.data && <SetupCard info={info.data} />}
    </Stack>
  );
}

function HealthCard({ health }: { health: HealthResponse }) {
  return (
    <Card withBorder component="section" aria-labelledby="halsa-rubrik">
      <Title order={2} size="h3" id="halsa-rubrik" mb="sm">
        {t.checksHeading}
      </Title>
      <Facts>
        <Fact label={t.overall}>
          <Badge color={overallColor[health.status]} variant="filled" size="lg" tt="none">
            {t.overallStatus[health.status]}
          </Badge>
        </Fact>
        <Fact label={t.database}>
          <CheckBadge state={checkState(health.details.database)} />
        </Fact>
        <Fact label={t.queue}>
          <CheckBadge state={checkState(health.details.queue)} />
        </Fact>
      </Facts>
    </Card>
  );
}

function SetupCard({ info }: { info: SystemInfo }) {
  return (
    <Card withBorder component="section" aria-labelledby="installation-rubrik">
      <Title order={2} size="h3" id="installation-rubrik" mb="sm">
        {t.setupHeading}
      </Title>
      <Facts>
        <Fact label={t.databaseMode}>{t.databaseModes[info.databaseMode]}</Fact>
        <Fact label={t.queueBackend}>{t.queueBackends[info.queueBackend]}</Fact>
        <Fact label={t.lastHeartbeat}>
          {info.lastHeartbeatAt ? (
            <time dateTime={info.lastHeartbeatAt}>{formatDateTime(info.lastHeartbeatAt)}</time>
          ) : (
            t.noHeartbeat
          )}
        </Fact>
        <Fact label={t.version}>{info.version}</Fact>
      </Facts>
    </Card>
  );
}

function Facts({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm" m={0}>
      {children}
    </SimpleGrid>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={700}>
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

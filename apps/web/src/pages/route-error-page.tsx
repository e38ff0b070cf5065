import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { sv } from '../i18n/sv';
import { useDocumentTitle } from '../lib/use-document-title';
import { paths } from '../paths';
import { NotFoundPage } from './not-found-page';

/** Router error boundary. Uses a plain <a> home link so it also works when the router itself is in trouble. */
export function RouteErrorPage() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  useDocumentTitle(notFound ? sv.notFound.title : sv.routeError.title);
  if (notFound) return <NotFoundPage />;

  return (
    <Stack gap="md" maw={720} p="md" role="alert">
      <Title order={1}>{sv.routeError.title}</Title>
      <Text>{sv.routeError.body}</Text>
      <Group>
        <Button onClick={() => window.location.reload()}>{sv.routeError.reload}</Button>
        <Anchor href={paths.overview}>{sv.routeError.backToOverview}</Anchor>
      </Group>
    </Stack>
  );
}

import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, useMatches } from 'react-router';
import { sv } from '../i18n/sv';
import { useDocumentTitle } from '../lib/use-document-title';
import { paths } from '../paths';
import type { RouteHandle } from '../routes';

/** Placeholder for sections that are not built yet; the section name comes from the route's handle. */
export function ComingSoonPage() {
  const handle = useMatches().at(-1)?.handle as RouteHandle | undefined;
  const title = handle?.title ?? sv.comingSoon.heading;
  useDocumentTitle(title);
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{title}</Title>
      <Title order={2} size="h3">
        {sv.comingSoon.heading}
      </Title>
      <Text>{sv.comingSoon.body}</Text>
      <Anchor component={Link} to={paths.overview}>
        {sv.comingSoon.backToOverview}
      </Anchor>
    </Stack>
  );
}

import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { sv } from '../i18n/sv';
import { useDocumentTitle } from '../lib/use-document-title';
import { paths } from '../paths';

export function NotFoundPage() {
  useDocumentTitle(sv.notFound.title);
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{sv.notFound.title}</Title>
      <Text>{sv.notFound.body}</Text>
      <Anchor component={Link} to={paths.overview}>
        {sv.notFound.backToOverview}
      </Anchor>
    </Stack>
  );
}

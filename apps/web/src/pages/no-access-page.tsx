import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { sv } from '../i18n/sv';
import { useDocumentTitle } from '../lib/use-document-title';
import { paths } from '../paths';

/** Shown in place of a page the user's roles may not use (the API refuses such requests too). */
export function NoAccessPage() {
  useDocumentTitle(sv.noAccess.title);
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{sv.noAccess.title}</Title>
      <Alert color="red.9" variant="outline">
        <Text>{sv.noAccess.body}</Text>
      </Alert>
      <Anchor component={Link} to={paths.overview}>
        {sv.noAccess.backToOverview}
      </Anchor>
    </Stack>
  );
}

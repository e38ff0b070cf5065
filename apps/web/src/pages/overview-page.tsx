import { List, Stack, Text, Title } from '@mantine/core';
import { sv } from '../i18n/sv';
import { useDocumentTitle } from '../lib/use-document-title';

const t = sv.overview;

export function OverviewPage() {
  useDocumentTitle(t.title);
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{t.title}</Title>
      <Text size="lg">{t.intro}</Text>
      <Title order={2}>{t.chainHeading}</Title>
      <List type="ordered" spacing="sm">
        {t.chain.map((step) => (
          <List.Item key={step.term}>
            <Text span fw={700}>
              {step.term}
            </Text>
            {' – '}
            {step.description}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

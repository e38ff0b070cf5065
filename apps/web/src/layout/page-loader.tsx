import { Group, Loader, Text } from '@mantine/core';
import { sv } from '../i18n/sv';

export function PageLoader({ label = sv.layout.loadingPage }: { label?: string }) {
  return (
    <Group role="status" aria-busy="true" gap="sm" py="md">
      <Loader size="sm" aria-hidden="true" />
      <Text>{label}</Text>
    </Group>
  );
}

import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { dialoguesQuery } from '../../api/dialogues';
import { svDialogues as t } from '../../i18n/sv-dialogues';
import { PageLoader } from '../../layout/page-loader';
import { useDocumentTitle } from '../../lib/use-document-title';
import { dialoguePaths } from '../../paths';
import { QueryError } from '../goals/query-error';
import { Action } from '@resultatkedjan/contracts';
import { useAuth } from '../../auth/use-auth';
import { NewDialogueForm } from './new-dialogue-form';

/** Every dialogue of the kommun, latest meeting first. */
export function DialoguesPage() {
  useDocumentTitle(t.title);
  const list = useQuery(dialoguesQuery);
  const { can } = useAuth();
  return (
    <Stack gap="md">
      <Title order={1}>{t.title}</Title>
      <Text>{t.intro}</Text>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <QueryError title={t.listError} error={list.error} retry={() => void list.refetch()} retrying={list.isFetching} />
      ) : list.data.items.length === 0 ? (
        <Text>{t.empty}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder>
            <caption style={{ captionSide: 'top', textAlign: 'left' }}>{t.caption}</caption>
            <Table.Thead>
              <Table.Tr>
                {Object.values(t.cols).map((c) => (
                  <Table.Th scope="col" key={c}>
                    {c}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Anchor component={Link} to={dialoguePaths.detail(d.id)}>
                      {d.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{d.orgNodeName}</Table.Td>
                  <Table.Td>{formatPeriodLabel(d.periodKey)}</Table.Td>
                  <Table.Td>{d.heldOn}</Table.Td>
                  <Table.Td>{t.status[d.status]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {can(Action.dialogueWrite) && <NewDialogueForm />}
    </Stack>
  );
}

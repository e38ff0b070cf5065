import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { hygieneQuery } from '../../api/goals';
import { svHygiene as t } from '../../i18n/sv-goal-config';
import { PageLoader } from '../../layout/page-loader';

/** R-1 for politicians: per nämnd, KS and bolag the year's goals, indicators and uppdrag, by name (R-6), with the ceilings' warnings. */
export function GoalHygienePanel({ year }: { year: number }) {
  const query = useQuery(hygieneQuery(year));
  return (
    <Stack component="section" gap="sm" aria-labelledby="hygien-rubrik">
      <Title order={2} id="hygien-rubrik">
        {t.heading(year)}
      </Title>
      {query.isPending && <PageLoader label={t.loading} />}
      {query.isError && (
        <Text role="alert" c="red.9">
          {t.error}
        </Text>
      )}
      {query.isSuccess && (
        <>
          <Text>{t.intro(query.data.goalCeiling, query.data.indicatorCeiling)}</Text>
          <Table.ScrollContainer minWidth={480}>
            <Table striped withTableBorder>
              <caption style={{ textAlign: 'left', captionSide: 'top', paddingBottom: 4 }}>{t.caption(year)}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.cols.body}</Table.Th>
                  <Table.Th scope="col" ta="right">{t.cols.goals}</Table.Th>
                  <Table.Th scope="col" ta="right">{t.cols.indicators}</Table.Th>
                  <Table.Th scope="col" ta="right">{t.cols.uppdrag}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.bodies.map((b) => (
                  <Table.Tr key={b.node.id}>
                    <Table.Th scope="row" fw={400}>
                      {b.node.name}
                    </Table.Th>
                    <Table.Td ta="right">
                      {b.goalCount}
                      {b.overCeiling ? ` (${t.overCeiling})` : ''}
                    </Table.Td>
                    <Table.Td ta="right">{b.indicatorCount}</Table.Td>
                    <Table.Td ta="right">{b.uppdragCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {query.data.bodies.some((b) => b.warnings.length > 0) && (
            <>
              <Title order={3}>{t.warningsHeading}</Title>
              <ul style={{ margin: 0 }}>
                {query.data.bodies.flatMap((b) => b.warnings).map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Stack>
  );
}

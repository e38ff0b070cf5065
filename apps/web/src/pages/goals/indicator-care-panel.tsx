import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { indicatorCareQuery } from '../../api/goals';
import { svCare as t } from '../../i18n/sv-goal-config';
import { PageLoader } from '../../layout/page-loader';
import { formatDate } from '../../lib/format';
import { goalPaths } from '../../paths';

/** R-2 for controllers: what is due for review, and indicators without values for two years. */
export function IndicatorCarePanel() {
  const query = useQuery(indicatorCareQuery);
  return (
    <Stack component="section" gap="sm" aria-labelledby="indikatorvard-rubrik">
      <Title order={2} id="indikatorvard-rubrik">
        {t.heading}
      </Title>
      {query.isPending && <PageLoader label={t.loading} />}
      {query.isError && (
        <Text role="alert" c="red.9">
          {t.error}
        </Text>
      )}
      {query.isSuccess && (
        <>
          <Text>{t.intro(query.data.reviewWithinDays)}</Text>
          <Title order={3}>{t.reviewsHeading}</Title>
          {query.data.reviewsDue.length === 0 ? (
            <Text>{t.noReviews}</Text>
          ) : (
            <Table striped withTableBorder>
              <caption style={{ textAlign: 'left', captionSide: 'top', paddingBottom: 4 }}>{t.reviewsCaption}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.cols.what}</Table.Th>
                  <Table.Th scope="col">{t.cols.owner}</Table.Th>
                  <Table.Th scope="col">{t.cols.date}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.reviewsDue.map((r) => (
                  <Table.Tr key={`${r.kind}-${r.id}`}>
                    <Table.Th scope="row" fw={400}>
                      {t.kind[r.kind]}{' '}
                      <Anchor component={Link} to={goalPaths.detail(r.goalId)}>
                        {r.key} {r.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{r.ownerName}</Table.Td>
                    <Table.Td>
                      {formatDate(r.reviewDate)}
                      {r.reviewDate < query.data.today ? ` (${t.overdue})` : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Title order={3}>{t.retireHeading}</Title>
          <Text size="sm">{t.retireIntro}</Text>
          {query.data.retirementProposals.length === 0 ? (
            <Text>{t.noRetire}</Text>
          ) : (
            <Table striped withTableBorder>
              <caption style={{ textAlign: 'left', captionSide: 'top', paddingBottom: 4 }}>{t.retireCaption}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.cols.what}</Table.Th>
                  <Table.Th scope="col">{t.cols.owner}</Table.Th>
                  <Table.Th scope="col">{t.cols.lastValue}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.retirementProposals.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Th scope="row" fw={400}>
                      <Anchor component={Link} to={goalPaths.chain(p.goalId)}>
                        {p.key} {p.name}
                      </Anchor>{' '}
                      ({p.goalKey})
                    </Table.Th>
                    <Table.Td>{p.ownerName}</Table.Td>
                    <Table.Td>{p.lastValueAt ? formatDate(p.lastValueAt) : t.never}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
}

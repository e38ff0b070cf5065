import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { chainTemplate, type AppliedChainTemplateDto, type ChainLink } from '@resultatkedjan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { goalQuery } from '../../api/goals';
import { useChainWriteScope } from '../../auth/write-scope';
import { svChainBuilder } from '../../i18n/sv-chain-builder';
import { PageLoader } from '../../layout/page-loader';
import { useDocumentTitle } from '../../lib/use-document-title';
import { goalPaths } from '../../paths';
import { QueryError } from '../goals/query-error';
import { elementsQuery, indicatorsQuery } from './chain-builder-api';
import { ElementCard } from './element-card';
import { ElementForm } from './element-form';
import { RatioSection } from './ratio-section';
import { TemplatePicker } from './template-picker';

const t = svChainBuilder;

/** Result first: the builder lists the links from what the chain should achieve back to the need. */
export const BUILDER_LINK_ORDER: readonly ChainLink[] = ['resultat', 'prestation', 'aktivitet', 'resurs', 'behov'];

/** /mal/:goalId/kedja/bygg: the controller builds a goal's chain in the web (issue 14, item 2 and 3). */
export function ChainBuilderPage() {
  const { goalId = '' } = useParams();
  const goal = useQuery(goalQuery(goalId));
  const elements = useQuery(elementsQuery(goalId));
  const indicators = useQuery(indicatorsQuery(goalId));
  const { mayWriteChain } = useChainWriteScope();
  const [adding, setAdding] = useState<ChainLink | null>(null);
  const [applied, setApplied] = useState<AppliedChainTemplateDto | null>(null);
  useDocumentTitle(goal.data ? t.pageTitle(`${goal.data.key} ${goal.data.title}`) : t.title);

  const queries = [goal, elements, indicators];
  const failed = queries.find((q) => q.isError);
  if (failed) {
    return (
      <Stack maw={720}>
        <Title order={1}>{t.title}</Title>
        <QueryError title={t.errorTitle} error={failed.error} retry={() => queries.forEach((q) => void q.refetch())} retrying={queries.some((q) => q.isFetching)} />
      </Stack>
    );
  }
  if (!goal.data || !elements.data || !indicators.data) return <PageLoader label={t.loading} />;
  const all = indicators.data;
  const results = all.filter((i) => i.link === 'resultat');

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to={goalPaths.chain(goalId)} size="sm">
        <span aria-hidden="true">← </span>
        {t.backToChain}
      </Anchor>
      <Title order={1}>
        {t.title}: {goal.data.key} {goal.data.title}
      </Title>
      {!mayWriteChain(goal.data.ownerNodeId) ? (
        <Alert role="alert" color="red.9" variant="outline">{t.noAccess}</Alert>
      ) : (
        <>
          <Text>{t.intro}</Text>
          {applied && (
            <Alert role="status" variant="outline" color="gray.8" title={t.saved}>
              <Stack gap={2}>
                <Text size="sm">{t.templates.applied(chainTemplate(applied.templateId)?.sector ?? applied.templateId, applied.indicators.length)}</Text>
                {applied.warnings.map((w) => <Text key={w} size="sm">{w}</Text>)}
              </Stack>
            </Alert>
          )}
          <TemplatePicker goalId={goalId} onApplied={setApplied} />
          {BUILDER_LINK_ORDER.map((link) => {
            const inLink = elements.data.filter((e) => e.link === link);
            return (
              <Stack key={link} gap="sm" component="section" aria-labelledby={`builder-link-${link}`}>
                <Title order={2} id={`builder-link-${link}`}>{t.links[link]}</Title>
                <Text size="sm" c="dimmed">{t.linkHelp[link]}</Text>
                {inLink.length === 0 && <Text size="sm">{t.element.empty}</Text>}
                {inLink.map((element) => (
                  <ElementCard key={element.id} goalId={goalId} goalKey={goal.data.key} element={element} indicators={all} />
                ))}
                {adding === link ? (
                  <ElementForm goalId={goalId} link={link} results={results} onDone={() => setAdding(null)} headingOrder={3} />
                ) : (
                  <Group>
                    <Button variant="default" onClick={() => setAdding(link)}>{t.element.add(t.links[link]!)}</Button>
                  </Group>
                )}
              </Stack>
            );
          })}
          <RatioSection goalId={goalId} indicators={all} />
        </>
      )}
    </Stack>
  );
}

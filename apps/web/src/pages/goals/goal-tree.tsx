import { Anchor, Group, Text, Title, type TitleOrder } from '@mantine/core';
import { Link } from 'react-router';
import type { CascadeNode, GoalAssessmentSummary } from '../../api/goals';
import { sv } from '../../i18n/sv';
import { goalPaths, YEAR_PARAM } from '../../paths';
import { AssessmentBadge, GehBadge, StatusBadge, TrendMark, trendFromSummary } from './goal-badges';
import classes from './goal-tree.module.css';

const t = sv.goals;

interface GoalTreeProps {
  nodes: CascadeNode[];
  year: number;
  /** All goals of the cascade, to name the goals a goal also serves. */
  byId: ReadonlyMap<string, CascadeNode>;
  /** Måluppfyllelse derived in the web, for goals whose cascade node does not carry it. */
  assessments: ReadonlyMap<string, GoalAssessmentSummary>;
  /** Heading level of the top nodes; children go one deeper (at most h6). */
  headingLevel: TitleOrder;
  label: string;
}

/** The goal tree as nested lists: screen readers announce the depth, and each goal is a heading to jump between. */
export function GoalTree({ nodes, year, byId, assessments, headingLevel, label }: GoalTreeProps) {
  return (
    <ul className={classes.tree} aria-label={label}>
      {nodes.map((node) => (
        <GoalItem key={node.id} node={node} year={year} byId={byId} assessments={assessments} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

export function goalHref(id: string, year: number): string {
  return `${goalPaths.detail(id)}?${YEAR_PARAM}=${year}`;
}

function GoalItem({ node, year, byId, assessments, headingLevel }: Omit<GoalTreeProps, 'nodes' | 'label'> & { node: CascadeNode }) {
  const alsoServes = node.alsoServesGoalIds.map((id) => byId.get(id)).filter((g) => g !== undefined);
  const assessment = node.latestAssessment ?? assessments.get(node.id);
  const childLevel = Math.min(headingLevel + 1, 6) as TitleOrder;
  return (
    <li className={classes.item}>
      <article className={classes.card} data-level={node.level} aria-labelledby={`mal-${node.id}`}>
        <Text size="sm" className={classes.meta}>
          {t.levels[node.level]}
          <span aria-hidden="true"> · </span>
          <span className={classes.owner}>
            {t.owner}: {node.ownerNode.name}
          </span>
        </Text>
        <Title
          order={headingLevel}
          size={node.level === 'vision' ? 'h3' : 'h4'}
          className={classes.title}
          id={`mal-${node.id}`}
        >
          <Anchor component={Link} to={goalHref(node.id, year)} className={classes.link}>
            <span className={classes.key}>{node.key}</span> {node.title}
          </Anchor>
        </Title>
        <Group gap="xs" mt={6}>
          <StatusBadge status={node.status} />
          {node.geh && <GehBadge />}
          {assessment && <AssessmentBadge level={assessment.level} label={assessment.label} />}
          {assessment?.trend && (
            <Text size="sm" span>
              <TrendMark {...trendFromSummary(assessment.trend)} />
            </Text>
          )}
        </Group>
        {alsoServes.length > 0 && (
          <Text size="sm" mt={6}>
            {t.alsoServes}:{' '}
            {alsoServes.map((goal, i) => (
              <span key={goal.id}>
                {i > 0 && ', '}
                <Anchor component={Link} to={goalHref(goal.id, year)}>
                  {goal.key} {goal.title}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
        {node.level === 'bolagsmal' && node.agardirektiv !== undefined && (
          <Text size="sm" mt={4}>
            {t.directive}: {node.agardirektiv ? node.agardirektiv.title : t.noDirective}
          </Text>
        )}
      </article>
      {node.children.length > 0 && (
        <GoalTree
          nodes={node.children}
          year={year}
          byId={byId}
          assessments={assessments}
          headingLevel={childLevel}
          label={`${t.subGoals(node.children.length)}: ${node.key}`}
        />
      )}
    </li>
  );
}

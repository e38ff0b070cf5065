import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { CascadeNode } from '../../api/goals';
import { sv } from '../../i18n/sv';
import { goalHref } from './goal-tree';
import { bolagsmalByKfGoal } from './goal-tree-model';
import classes from './goal-tree.module.css';

const t = sv.goals;

/** Which bolagsmål serve which KF goal (ägardirektiv, R-28), grouped by KF goal. */
export function AgardirektivSection({ roots, year }: { roots: CascadeNode[]; year: number }) {
  const { groups, unlinked } = bolagsmalByKfGoal(roots);
  const anyBolagsmal = unlinked.length > 0 || groups.some((g) => g.bolagsmal.length > 0);
  return (
    <Stack component="section" gap="sm" aria-labelledby="agardirektiv-rubrik">
      <Title order={2} id="agardirektiv-rubrik">
        {t.agardirektivHeading}
      </Title>
      <Text>{t.agardirektivIntro}</Text>
      {!anyBolagsmal ? (
        <Text>{t.agardirektivEmpty}</Text>
      ) : (
        <>
          {groups.map(({ kfGoal, bolagsmal }) => (
            <div key={kfGoal.id} className={classes.card}>
              <Title order={3} size="h4">
                <Anchor component={Link} to={goalHref(kfGoal.id, year)} className={classes.link}>
                  <span className={classes.key}>{kfGoal.key}</span> {kfGoal.title}
                </Anchor>
              </Title>
              {bolagsmal.length === 0 ? (
                <Text size="sm" mt={4} className={classes.meta}>
                  {t.agardirektivNone}
                </Text>
              ) : (
                <ul className={classes.plainList}>
                  {bolagsmal.map(({ goal, relation }) => (
                    <BolagsmalRow key={goal.id} goal={goal} year={year} relation={relation} />
                  ))}
                </ul>
              )}
            </div>
          ))}
          {unlinked.length > 0 && (
            <div className={classes.card}>
              <Title order={3} size="h4">
                {t.agardirektivUnlinked}
              </Title>
              <ul className={classes.plainList}>
                {unlinked.map((goal) => (
                  <BolagsmalRow key={goal.id} goal={goal} year={year} />
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </Stack>
  );
}

function BolagsmalRow({ goal, year, relation }: { goal: CascadeNode; year: number; relation?: 'parent' | 'also' }) {
  return (
    <li>
      <Anchor component={Link} to={goalHref(goal.id, year)} className={classes.link}>
        <span className={classes.key}>{goal.key}</span> {goal.title}
      </Anchor>
      <Text size="sm" className={classes.meta}>
        {goal.ownerNode.name}
        {relation && (
          <>
            <span aria-hidden="true"> · </span>
            {t.servesAs[relation]}
          </>
        )}
        {goal.agardirektiv && (
          <>
            <span aria-hidden="true"> · </span>
            {t.directive}: {goal.agardirektiv.title}
          </>
        )}
      </Text>
    </li>
  );
}

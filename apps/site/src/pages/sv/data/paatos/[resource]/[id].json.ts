/** One object of the Swedish copy of the 6Aika resources (`lib/open-decision-routes.ts`). */
import type { OpenDecisionObject } from '@valmistelu/domain/open-decisions';
import type { GetStaticPaths } from 'astro';
import { objectPaths, objectResponse } from '../../../../../lib/open-decision-routes.ts';

export const getStaticPaths = (() => objectPaths('sv')) satisfies GetStaticPaths;

export function GET({ props }: { props: { object: OpenDecisionObject } }): Response {
  return objectResponse(props.object);
}

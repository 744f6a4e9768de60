/**
 * One object of the 6Aika resources whose objects the specification gives a URL (organizations,
 * events, cases, actions): the file each `url` and link field points at, as the API's
 * `/{resource}/{id}/` would answer. Made from the same lists as the list files.
 */
import type { OpenDecisionObject } from '@valmistelu/domain/open-decisions';
import type { GetStaticPaths } from 'astro';
import { objectPaths, objectResponse } from '../../../../lib/open-decision-routes.ts';

export const getStaticPaths = (() => objectPaths('fi')) satisfies GetStaticPaths;

export function GET({ props }: { props: { object: OpenDecisionObject } }): Response {
  return objectResponse(props.object);
}

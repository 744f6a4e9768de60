/** The Swedish copy of the 6Aika resources (`lib/open-decision-routes.ts`), on a bilingual site. */
import type { OpenDecisionResource } from '@valmistelu/domain/open-decisions';
import type { GetStaticPaths } from 'astro';
import { listPaths, listResponse } from '../../../../lib/open-decision-routes.ts';

export const getStaticPaths = (() => listPaths('sv')) satisfies GetStaticPaths;

export function GET({ params }: { params: { resource: OpenDecisionResource } }): Promise<Response> {
  return listResponse('sv', params.resource);
}

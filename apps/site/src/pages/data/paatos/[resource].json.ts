/**
 * The 6Aika Open Decisions API's resources as static files (domain `open-decisions.ts`,
 * documented in docs/avoin-data.md), from the public content like every other page.
 */
import type { OpenDecisionResource } from '@valmistelu/domain/open-decisions';
import type { GetStaticPaths } from 'astro';
import { listPaths, listResponse } from '../../../lib/open-decision-routes.ts';

export const getStaticPaths = (() => listPaths('fi')) satisfies GetStaticPaths;

export function GET({ params }: { params: { resource: OpenDecisionResource } }): Promise<Response> {
  return listResponse('fi', params.resource);
}

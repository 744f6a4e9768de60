/**
 * The 6Aika Open Decisions API's resources as static files (domain `open-decisions.ts`,
 * documented in docs/avoin-data.md), from the public content like every other page.
 */
import {
  type OpenDecisionResource,
  openDecisionList,
  openDecisionResources,
} from '@valmistelu/domain/open-decisions';
import type { GetStaticPaths } from 'astro';
import { getSiteModel } from '../../../lib/site-model.ts';

export const getStaticPaths = (() =>
  openDecisionResources.map((resource) => ({ params: { resource } }))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { resource: OpenDecisionResource } }): Promise<Response> {
  const { content } = await getSiteModel();
  return new Response(`${JSON.stringify(openDecisionList(content, params.resource), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

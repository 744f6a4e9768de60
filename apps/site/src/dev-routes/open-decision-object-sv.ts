/**
 * One object of the Swedish copy of the 6Aika resources under `pnpm dev` (`lib/open-decision-routes.ts`). A build
 * writes these files in one pass after the pages instead (`integrations/open-decision-files.ts`).
 */
import type { OpenDecisionObject } from '@valmistelu/domain/open-decisions';
import type { GetStaticPaths } from 'astro';
import { objectPaths, objectResponse } from '../lib/open-decision-routes.ts';

export const getStaticPaths = (() => objectPaths('sv')) satisfies GetStaticPaths;

export function GET({ props }: { props: { object: OpenDecisionObject } }): Response {
  return objectResponse(props.object);
}

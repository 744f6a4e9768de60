/**
 * One object of the 6Aika resources whose objects the specification gives a URL (organizations,
 * events, cases, actions): the file each `url` and link field points at, as the API's
 * `/{resource}/{id}/` would answer. Made from the same lists as the list files.
 */
import {
  type OpenDecisionObject,
  openDecisionList,
  openDecisionObjectResources,
} from '@valmistelu/domain/open-decisions';
import type { GetStaticPaths } from 'astro';
import { getSiteModel } from '../../../../lib/site-model.ts';

export const getStaticPaths = (async () => {
  const { content } = await getSiteModel();
  return openDecisionObjectResources.flatMap((resource) =>
    openDecisionList(content, resource).objects.map((object) => ({
      params: { resource, id: String(object.id) },
      props: { object },
    })),
  );
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { object: OpenDecisionObject } }): Response {
  return new Response(`${JSON.stringify(props.object, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

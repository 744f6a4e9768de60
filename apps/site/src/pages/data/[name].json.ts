/** The model as open data, one file per collection (see lib/open-data.ts and docs/avoin-data.md). */
import type { GetStaticPaths } from 'astro';
import { type DataSetName, dataSetNames, openDataFile } from '../../lib/open-data.ts';
import { getSiteModel } from '../../lib/site-model.ts';

export const getStaticPaths = (() =>
  ['index', ...dataSetNames].map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { name: DataSetName | 'index' } }): Promise<Response> {
  return new Response(openDataFile(await getSiteModel(), params.name), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

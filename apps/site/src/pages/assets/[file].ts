/** The site's own stylesheet and search script, under content-hashed names (see lib/assets.ts). */
import type { GetStaticPaths } from 'astro';
import { type Asset, getAssets } from '../../lib/assets.ts';

export const getStaticPaths = (async () => {
  const assets = await getAssets();
  return Object.values(assets).map((asset) => ({
    params: { file: asset.path.slice('/assets/'.length) },
    props: { asset },
  }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { asset: Asset } }): Response {
  return new Response(props.asset.text, { headers: { 'Content-Type': props.asset.contentType } });
}

/** The site's own stylesheet, scripts, fonts and logo, under content-hashed names (see lib/assets.ts). */
import type { GetStaticPaths } from 'astro';
import { getAssets } from '../../lib/assets.ts';

interface Served {
  contentType: string;
  body: string | Uint8Array;
}

export const getStaticPaths = (async () => {
  const { stylesheet, search, finnishSearch, menu, files } = await getAssets();
  const served = [
    ...[stylesheet, search, finnishSearch, menu].map((asset) => ({
      path: asset.path,
      contentType: asset.contentType,
      body: asset.text,
    })),
    ...files.map((file) => ({ path: file.path, contentType: file.contentType, body: file.bytes })),
  ];
  return served.map(({ path, ...file }) => ({
    params: { file: path.slice('/assets/'.length) },
    props: { file },
  }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { file: Served } }): Response {
  const { body } = props.file;
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': props.file.contentType },
  });
}

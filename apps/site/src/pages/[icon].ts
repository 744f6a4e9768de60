/**
 * The site's icons and web manifest at the addresses browsers look for (lib/site-icons.ts). The
 * paths are known without drawing anything, so an incremental build whose key is unchanged
 * copies the files and never starts the image library.
 */
import type { GetStaticPaths } from 'astro';
import { siteBase } from '../lib/site-base.ts';
import {
  type IconFile,
  type IconInputs,
  iconFilePaths,
  iconsCacheKey,
  siteIcons,
} from '../lib/site-icons.ts';
import { siteIdentity } from '../lib/site-identity.ts';
import { getSiteModel } from '../lib/site-model.ts';

export const getStaticPaths = (async () => {
  const { site } = (await getSiteModel()).content;
  const identity = await siteIdentity(site);
  const inputs: IconInputs = {
    logo: identity.logo?.source,
    colors: identity.colors,
    name: site.name,
    shortName: site.shortName,
    base: siteBase,
  };
  const cacheKey = iconsCacheKey(inputs);
  return iconFilePaths.map((path) => ({
    params: { icon: path.slice(1) },
    props: { inputs, path },
    cacheKey,
  }));
}) satisfies GetStaticPaths;

const drawn = new WeakMap<IconInputs, Promise<IconFile[]>>();

export async function GET({ props }: { props: { inputs: IconInputs; path: string } }): Promise<Response> {
  let icons = drawn.get(props.inputs);
  if (!icons) {
    icons = siteIcons(props.inputs);
    drawn.set(props.inputs, icons);
  }
  const icon = (await icons).find((candidate) => candidate.path === props.path);
  if (!icon) throw new Error(`no icon ${props.path}`);
  return new Response(new Uint8Array(icon.bytes), { headers: { 'Content-Type': icon.contentType } });
}

/** The share cards (lib/share-images.ts): one PNG per section of the main menu and the front page, in each language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderShareCard } from '../../lib/share-card.ts';
import { type ShareCard, shareCards } from '../../lib/share-images.ts';
import { getSiteModel } from '../../lib/site-model.ts';

export const getStaticPaths = (async () => {
  const { languages } = await getSiteModel();
  const cards = await Promise.all(
    languages.map(async (language) => shareCards(await getSiteModel(language))),
  );
  return cards.flat().map((card) => ({
    params: { card: card.name },
    props: { card },
    // The name's hash covers all the card shows; Astro adds the hash of the drawing code.
    cacheKey: card.key,
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderShareCard(props.card.input)), {
    headers: { 'content-type': 'image/png' },
  });

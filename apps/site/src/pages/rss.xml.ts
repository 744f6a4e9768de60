/** The news feed; what it holds and how its text is made safe is in `lib/news-feed.ts`. */
import { newsFeed } from '../lib/news-feed.ts';
import { getSiteModel } from '../lib/site-model.ts';

export async function GET(): Promise<Response> {
  const { content, news } = await getSiteModel();
  return new Response(await newsFeed(content.site, news), {
    headers: { 'Content-Type': 'application/xml' },
  });
}

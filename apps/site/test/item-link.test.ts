/** Links between languages: an item's page in the page's language, or its original's, marked. */
import { describe, expect, it } from 'vitest';
import { itemLink } from '../src/lib/views/links.ts';

const translated = new Set(['kaannetty']);
const swedish = {
  language: 'sv' as const,
  languages: ['fi', 'sv'] as const,
  isTranslated: (_collection: string, id: string) => translated.has(id),
};

describe('itemLink', () => {
  it('links a translated item to its page in the page’s language', () => {
    expect(itemLink(swedish, 'news', 'kaannetty', 'Nyhet', (urls) => urls.newsItem('kaannetty'))).toEqual({
      href: '/sv/nyheter/kaannetty/',
      text: 'Nyhet',
    });
  });

  it('links an untranslated item to its Finnish page, marked lang="fi"', () => {
    expect(itemLink(swedish, 'meetings', 'vate-1', 'Kokous', (urls) => urls.meeting('vate-1'))).toEqual({
      href: '/kokoukset/vate-1/',
      text: 'Kokous',
      lang: 'fi',
    });
  });

  it('marks nothing on a main-language page', () => {
    const finnish = { ...swedish, language: 'fi' as const, isTranslated: () => false };
    expect(itemLink(finnish, 'news', 'x', 'Uutinen', (urls) => urls.newsItem('x'))).toEqual({
      href: '/uutiset/x/',
      text: 'Uutinen',
    });
  });
});

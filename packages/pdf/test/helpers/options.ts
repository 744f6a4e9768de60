/** Body options and lookups shared by the tests: a small, fixed world. */
import type { BodyOptions, ContentLookup } from '../../src/mdast/index.ts';

export const testLookup: ContentLookup = {
  personName: (id) => ({ terttu: 'Terttu Nordman', jukka: 'Jukka Mäkilä' })[id],
  group: (id) =>
    id === 'lape'
      ? {
          name: 'Lasten ja perheiden muutosohjelma (LAPE)',
          url: 'https://satakunta2019.fi/organisaatio/ryhmat/lape/',
        }
      : undefined,
  report: (id) =>
    id === 'lape-valiraportti'
      ? { title: 'LAPE – väliraportti', url: 'https://satakunta2019.fi/raportit/lape-valiraportti/' }
      : undefined,
};

export function testBodyOptions(resolveImage: BodyOptions['resolveImage']): BodyOptions {
  return {
    pageUrl: 'https://satakunta2019.fi/raportit/testi/',
    idPrefix: 'r-',
    contentWidth: 483,
    tocDepth: 2,
    lookup: testLookup,
    resolveImage,
  };
}

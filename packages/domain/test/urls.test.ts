import { describe, expect, it } from 'vitest';
import { absoluteUrl, basePath, localizedUrls, pathSegments, urls, withBase } from '../src/urls.ts';

describe('urls', () => {
  it('keeps the Finnish addresses at the root', () => {
    expect(urls.news()).toBe('/uutiset/');
    expect(urls.news(2)).toBe('/uutiset/sivu/2/');
    expect(urls.agendaItem('vate-2018-04', 3)).toBe('/kokoukset/vate-2018-04/#pykala-3');
    expect(urls.minutes('vate-2018-04')).toBe('/kokoukset/vate-2018-04/poytakirja/');
    expect(urls.calendar()).toBe('/kalenteri.ics');
  });

  it('puts the Swedish pages under /sv/ with Swedish words', () => {
    const sv = localizedUrls.sv;
    expect(sv.home()).toBe('/sv/');
    expect(sv.news(2)).toBe('/sv/nyheter/sida/2/');
    expect(sv.meeting('vate-2018-04')).toBe('/sv/moten/vate-2018-04/');
    expect(sv.minutes('vate-2018-04')).toBe('/sv/moten/vate-2018-04/protokoll/');
    expect(sv.body('vate')).toBe('/sv/organisation/organ/vate/');
    expect(sv.search()).toBe('/sv/sok/');
    expect(sv.rss()).toBe('/sv/rss.xml');
  });

  it('has the same words to translate in every language', () => {
    expect(Object.keys(pathSegments.sv)).toEqual(Object.keys(pathSegments.fi));
    // Every Swedish segment is an address word of its own: none is left in Finnish by mistake.
    const same = Object.entries(pathSegments.sv).filter(
      ([key, word]) => pathSegments.fi[key as keyof typeof pathSegments.fi] === word,
    );
    expect(same.map(([key]) => key)).toEqual(['rss']);
  });
});

describe('a site under a path', () => {
  it('keeps the path of the address in absolute URLs', () => {
    expect(absoluteUrl('https://org.github.io/repo/', urls.report('r1'))).toBe(
      'https://org.github.io/repo/raportit/r1/',
    );
    expect(absoluteUrl('https://org.github.io/repo', '/')).toBe('https://org.github.io/repo/');
    expect(absoluteUrl('https://org.github.io/repo/', urls.agendaItem('m', 2))).toBe(
      'https://org.github.io/repo/kokoukset/m/#pykala-2',
    );
    expect(absoluteUrl('https://example.fi', urls.rss())).toBe('https://example.fi/rss.xml');
  });

  it('prefixes site paths with the base path', () => {
    expect(basePath('https://org.github.io/repo')).toBe('/repo/');
    expect(basePath('https://example.fi/')).toBe('/');
    expect(withBase('/repo/', '/sv/sok/')).toBe('/repo/sv/sok/');
    expect(withBase('/', '/sv/sok/')).toBe('/sv/sok/');
  });
});

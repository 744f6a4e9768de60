/**
 * What the search index gets of a page: separators between labels and values, other forms of the
 * page's words after the marker, and nothing from the parts Pagefind leaves out.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extraTermsMarker } from '../src/lib/search/extra-terms-marker.ts';
import { relatedForms } from '../src/lib/search/finnish-forms.ts';
import { pageForIndex } from '../src/lib/search/index-page.ts';

function page(main: string): string {
  return `<!doctype html><html lang="fi"><head><title>T</title></head><body><nav>Valikko</nav><main data-pagefind-body>${main}</main><footer>Alatunniste</footer></body></html>`;
}

/** The indexed main's text, and the extra terms after the marker apart. */
function indexed(html: string): { text: string; title: string[]; body: string[] } {
  const { document } = parseHTML(html);
  const main = document.querySelector('main');
  const extras = main?.lastElementChild;
  const [title = '', body = ''] = Array.from(extras?.querySelectorAll('span') ?? []).map(
    (span) => span.textContent ?? '',
  );
  expect(extras?.textContent?.trim().startsWith(extraTermsMarker)).toBe(true);
  expect(extras?.querySelector('span')?.getAttribute('data-pagefind-weight')).toBe('7');
  extras?.remove();
  return {
    text: main?.textContent ?? '',
    title: title.split(' ').filter(Boolean),
    body: body.split(' ').filter(Boolean),
  };
}

describe('relatedForms', () => {
  it.each([
    ['katsaus', 'katsauksen'],
    ['turvallisuus', 'turvallisuuden'],
    ['varautuminen', 'varautumisen'],
    ['tietohallinto', 'tietohallinnon'],
    ['hoito', 'hoidon'],
    ['hanke', 'hankkeen'],
    ['katsauksen', 'katsaus'],
    ['pätevyyden', 'pätevyys'],
    ['ihmisiä', 'ihminen'],
    ['viestinnän', 'viestintä'],
    ['ympäristöterveydenhuollossa', 'ympäristöterveydenhuolto'],
  ])('%s → %s', (word, form) => {
    expect(relatedForms(word)).toContain(form);
  });

  it('takes the vowel harmony of a compound from its last part', () => {
    expect(relatedForms('laskelmapäivitys')).toContain('laskelmapäivityksiä');
    expect(relatedForms('kokous')).toContain('kokouksia');
  });

  it('leaves short words and words with digits alone', () => {
    expect(relatedForms('talo')).toEqual([]);
    expect(relatedForms('tl1abc')).toEqual([]);
  });
});

describe('pageForIndex', () => {
  it('separates definition terms, values, header cells and captions', () => {
    const html = pageForIndex(
      page(
        '<h1>Tuotteistus</h1><dl><dt>Toimintalinja</dt><dd>TL1 Sote</dd><dt>Tila:</dt><dd>Valmis.</dd></dl>' +
          '<table><caption>Toimenpiteet</caption><tr><th>Vastuu</th><th>Tila</th></tr></table>',
      ),
    );
    const { text } = indexed(html ?? '');
    expect(text).toContain('Toimintalinja: TL1 Sote. Tila: Valmis. ');
    expect(text).toContain('Toimenpiteet. Vastuu. Tila. ');
  });

  it("adds other forms of the title's words with the title's weight, and of the rest without", () => {
    const { title, body } = indexed(
      pageForIndex(page('<h1>Kesäkatsaus</h1><p>Päivystyksen tilanne.</p>')) ?? '',
    );
    expect(title).toContain('kesäkatsauksen');
    expect(body).toContain('päivystys');
    expect(body).not.toContain('kesäkatsauksen');
  });

  it('adds no form whose stem the page already has', () => {
    const { title, body } = indexed(pageForIndex(page('<h1>Katsaus</h1><p>Katsauksen sisältö.</p>')) ?? '');
    expect([...title, ...body]).not.toContain('katsauksen');
    expect([...title, ...body]).not.toContain('katsauksia');
  });

  it('takes no words from what Pagefind leaves out', () => {
    const { body } = indexed(
      pageForIndex(
        page(
          '<h1>Otsikko</h1><div data-pagefind-ignore><p>Varautuminen</p></div><svg><text>Hoito</text></svg>',
        ),
      ) ?? '',
    );
    expect(body).not.toContain('varautumisen');
    expect(body).not.toContain('hoidon');
  });

  it('hands on only the indexed element and the language, not the frame around it', () => {
    const result = pageForIndex(page('<h1>Kesäkatsaus</h1><p>Tilanne.</p>')) ?? '';
    const { document } = parseHTML(result);
    expect(document.documentElement.getAttribute('lang')).toBe('fi');
    expect(document.querySelector('main')?.textContent).toContain('KesäkatsausTilanne.');
    expect(result).not.toContain('Valikko');
    expect(result).not.toContain('Alatunniste');
    expect(result).not.toContain('<title>');
  });

  it('leaves out a page without data-pagefind-body', () => {
    expect(pageForIndex('<html><body><main><h1>Haku</h1></main></body></html>')).toBeUndefined();
  });
});

describe('pageForIndex in another language', () => {
  it('gives a Swedish page its separators but no Finnish word forms', () => {
    const html = page(
      '<h1>Protokoll</h1><dl><dt>Tid</dt><dd>23 april 2018</dd></dl><p>Mötet öppnades.</p>',
    ).replace('<html lang="fi">', '<html lang="sv">');
    const result = pageForIndex(html) ?? '';
    expect(result).not.toContain(extraTermsMarker);
    const { document } = parseHTML(result);
    expect(document.querySelector('main')?.textContent).toBe('ProtokollTid: 23 april 2018. Mötet öppnades.');
  });
});

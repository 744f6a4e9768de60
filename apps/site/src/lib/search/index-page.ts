/**
 * What the search index gets of one built page (the published page is left as it is): its
 * indexed element alone, with the page's language, and in it
 * - a separator after each label and value that Pagefind would run together, since it only
 *   spaces out its own list of block elements: `<dt>Toimintalinja</dt><dd>TL1 …</dd>` reads
 *   "Toimintalinja: TL1 …." instead of "ToimintalinjaTL1 …";
 * - after the page's own text, other forms of its words (`finnish-forms.ts`) behind a marker
 *   that Pagefind indexes as no word; the search page's excerpts stop at the marker. Forms of the
 *   title's words weigh as much as the title.
 *
 * Returns undefined for a page without `data-pagefind-body` (search, 404, lists), which Pagefind
 * would leave out anyway. The other forms are Finnish: a page in another language (`<html lang>`,
 * which also puts it in that language's index with its own stemming) gets the separators only.
 */
import { createRequire } from 'node:module';
import { Parser } from 'htmlparser2';
import { extraTermsMarker } from './extra-terms-marker.ts';
import { relatedForms } from './finnish-forms.ts';

/** Pagefind's own weight of an `<h1>`, given to the forms of the title's words. */
const titleWeight = 7;

/** Elements whose text Pagefind leaves out of the index (its REMOVE_SELECTORS). */
const unindexed = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
]);

/** The punctuation that follows each element's text in the index, where the text has none. */
const separators: Record<string, string> = {
  dt: ':',
  dd: '.',
  th: '.',
  caption: '.',
  figcaption: '.',
  summary: '.',
  legend: '.',
};

// The same algorithm as Pagefind's own stemmer: a form whose stem the page already has adds nothing.
// A UMD module without named exports that Node can see, hence require.
const snowball = createRequire(import.meta.url)('snowball-stemmers') as typeof import('snowball-stemmers');
const stemmer = snowball.newStemmer('finnish');

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/*
 * A site's pages share most of their words, and stemming is the costly part of preparing a page
 * (at 100× the default organisation, 6,300 pages, it was most of the index step): each word is
 * stemmed, and its other forms made and stemmed, once per process. Bounded by the site's
 * vocabulary, tens of thousands of words at 100×.
 */
const stems = new Map<string, string>();
const stemOf = (word: string): string => {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer.stem(word);
    stems.set(word, stem);
  }
  return stem;
};

const formsWithStems = new Map<string, readonly (readonly [form: string, stem: string])[]>();
const formsOf = (word: string) => {
  let forms = formsWithStems.get(word);
  if (forms === undefined) {
    forms = relatedForms(word).map((form) => [form, stemOf(form)] as const);
    formsWithStems.set(word, forms);
  }
  return forms;
};

/** Other forms of the words, one per stem that neither the page nor an earlier form has. */
function extraTerms(words: readonly string[], seenStems: Set<string>): string[] {
  const terms: string[] = [];
  for (const word of new Set(words)) {
    for (const [form, stem] of formsOf(word)) {
      if (seenStems.has(stem)) continue;
      seenStems.add(stem);
      terms.push(form);
    }
  }
  return terms;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** The opening tag of the element Pagefind indexes; the site puts the attribute on `<main>`. */
const bodyTag = /<[a-z][a-z0-9-]*\s[^>]*?\bdata-pagefind-body(?=[\s=/>])[^>]*>/i;
const htmlLanguage = /<html\b[^>]*?\slang="([^"]*)"/i;

/**
 * Only the indexed element is parsed and handed on, in a page of its own with the language: the
 * frame around it (head, share tags, header, footer: most of a small page's bytes) is text
 * Pagefind leaves out, and neither this step nor Pagefind has to read it.
 */
export function pageForIndex(page: string): string | undefined {
  const opening = bodyTag.exec(page);
  if (!opening) return undefined;
  const language = htmlLanguage.exec(page.slice(0, opening.index))?.[1];
  const html = page.slice(opening.index);
  const insertions: { at: number; text: string }[] = [];
  /** For each open element: whether its text is left out of the index. */
  const ignored: boolean[] = [];
  let bodyEnd: number | undefined;
  let closingTag = 0;
  let inTitle = 0;
  let lastText = '';
  // Only a Finnish page gets other forms of its words: only its text is gathered for them.
  const finnish = language === undefined || language === 'fi';
  let titleText = '';
  let bodyText = '';

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parentIgnored = ignored.at(-1) ?? false;
        ignored.push(parentIgnored || unindexed.has(name) || 'data-pagefind-ignore' in attributes);
        if (name === 'h1') inTitle += 1;
      },
      ontext(text) {
        if (bodyEnd !== undefined || ignored.at(-1)) return;
        if (finnish && inTitle > 0) titleText += ` ${text}`;
        else if (finnish) bodyText += ` ${text}`;
        if (text.trim() !== '') lastText = text.trimEnd();
      },
      onclosetag(name, isImplied) {
        if (bodyEnd !== undefined) return;
        const wasIgnored = ignored.pop() ?? false;
        if (name === 'h1') inTitle -= 1;
        const separator = separators[name];
        if (separator !== undefined && !wasIgnored && !isImplied) {
          // A space always; the punctuation only where the text has none of its own.
          const punctuation = /[\p{L}\p{N})]$/u.test(lastText) ? separator : '';
          insertions.push({ at: parser.endIndex + 1, text: `${punctuation} ` });
          lastText = punctuation || lastText;
        }
        if (ignored.length === 0) {
          closingTag = parser.startIndex;
          bodyEnd = parser.endIndex + 1;
          // The rest of the page is the frame after the body.
          parser.pause();
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (bodyEnd === undefined) return undefined;

  if (finnish) insertions.push(finnishForms(closingTag, wordsOf(titleText), wordsOf(bodyText)));
  let result = language === undefined ? '<!doctype html><html>' : `<!doctype html><html lang="${language}">`;
  result += '<head><meta charset="utf-8"></head><body>';
  let from = 0;
  for (const { at, text } of insertions.sort((a, b) => a.at - b.at)) {
    result += html.slice(from, at) + text;
    from = at;
  }
  return `${result}${html.slice(from, bodyEnd)}</body></html>`;
}

/** The other forms of a Finnish page's words, behind the marker at the end of its body. */
function finnishForms(
  bodyEnd: number,
  titleWords: string[],
  bodyWords: string[],
): { at: number; text: string } {
  const seenStems = new Set([...titleWords, ...bodyWords].map(stemOf));
  const fromTitle = extraTerms(titleWords, seenStems);
  const fromBody = extraTerms(bodyWords, seenStems);
  return {
    at: bodyEnd,
    text: [
      `<div>${extraTermsMarker}`,
      `<span data-pagefind-weight="${titleWeight}">${escapeText(fromTitle.join(' '))}</span>`,
      `<span>${escapeText(fromBody.join(' '))}</span></div>`,
    ].join(' '),
  };
}

// The search page's script: it asks Pagefind's index (built after the site) as the user types
// (after a pause) or presses Enter, and lists every result, a page of them at a time with "Näytä
// lisää". On a Finnish page each word is looked for in its other forms too (`finnish-search.js`,
// a module of its own). Pagefind and that module are loaded on first use, so that the page costs
// nothing until someone searches.
const form = document.getElementById('hakulomake');
const input = document.getElementById('hakusana');
const status = document.getElementById('hakutila');
const results = document.getElementById('hakutulokset');
const more = document.getElementById('lisaa-tuloksia');
/** `finnish-search.js` as published, a file beside this one; only on a Finnish page. */
const finnishSearch = results.dataset.finnishSearch;
/** The script's own words in the page's language (the page's come from src/lib/i18n/texts.ts). */
const messages = {
  fi: {
    pages: (count) => `${count} ${count === 1 ? 'sivu' : 'sivua'}`,
    none: (term) => `Haulla ”${term}” ei löytynyt sivuja.`,
    found: (term, pages) => `Haulla ”${term}” löytyi ${pages}.`,
    showing: (shown) => `Näytetään 1–${shown}.`,
    more: (left) => `Näytä lisää tuloksia (${left} jäljellä)`,
    empty: 'Kirjoita hakusana.',
    unavailable: 'Haku ei ole käytettävissä juuri nyt.',
  },
  sv: {
    pages: (count) => `${count} ${count === 1 ? 'sida' : 'sidor'}`,
    none: (term) => `Sökningen ”${term}” gav inga sidor.`,
    found: (term, pages) => `Sökningen ”${term}” gav ${pages}.`,
    showing: (shown) => `Visar 1–${shown}.`,
    more: (left) => `Visa fler resultat (${left} kvar)`,
    empty: 'Skriv ett sökord.',
    unavailable: 'Sökningen fungerar inte just nu.',
  },
};
const say = messages[document.documentElement.lang] ?? messages.fi;
const pageSize = 20;
const excerptWords = 30;
const typingPause = 300;

/** The site's root and its search index, beside the folder this script is published in. */
const siteRoot = new URL('../', import.meta.url);
const indexRoot = new URL('pagefind/', siteRoot);

let pagefind;
let finnish;
/** The search whose results are shown; a newer one replaces it, and late answers are dropped. */
let current = { term: '', found: [], shown: 0 };
let sequence = 0;
let timer;

/**
 * Pagefind, with every bundle of the page's language merged in: a large site's index is in
 * bundles, listed in `osat.json` (see src/lib/search/search-bundles.ts), the first of them primary.
 */
async function openIndex() {
  const language = document.documentElement.lang.toLowerCase();
  const response = await fetch(new URL('osat.json', indexRoot));
  if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
  const [primary, ...others] = (await response.json())[language] ?? [''];
  const bundleUrl = (folder) => new URL(folder, indexRoot);
  const engine = await import(new URL('pagefind.js', bundleUrl(primary)).href);
  // Results link to pages under the site's root, wherever the bundle lies.
  const baseUrl = siteRoot.pathname;
  await engine.options({ baseUrl });
  for (const folder of others) await engine.mergeIndex(bundleUrl(folder).pathname, { baseUrl });
  return engine;
}

function loadPagefind() {
  pagefind ??= openIndex().catch((problem) => {
    pagefind = undefined;
    throw problem;
  });
  return pagefind;
}

/** Every page the term finds, best first: through the other forms of its words on a Finnish page. */
async function findPages(engine, term) {
  if (!finnishSearch) return (await engine.search(term)).results;
  finnish ??= await import(new URL(finnishSearch, import.meta.url).href);
  return finnish.findPages((form) => engine.search(form), term);
}

/**
 * The excerpt: the `excerptWords` words of the page's text with the most hits, hits marked. Built
 * from the text, never from markup.
 */
function excerptNodes(data) {
  const words = (data.content ?? '').split(/\s+/);
  const end = words.length;
  const hits = new Set(data.locations ?? []);
  // hitsBefore[i]: hits among the first i words; the window with the most hits wins, earliest first.
  const hitsBefore = [0];
  for (let at = 0; at < end; at += 1) hitsBefore.push(hitsBefore[at] + (hits.has(at) ? 1 : 0));
  let start = 0;
  for (let from = 1; from + excerptWords <= end; from += 1) {
    const count = hitsBefore[from + excerptWords] - hitsBefore[from];
    if (count > hitsBefore[start + excerptWords] - hitsBefore[start]) start = from;
  }
  const stop = Math.min(start + excerptWords, end);
  const nodes = [];
  if (start > 0) nodes.push(document.createTextNode('… '));
  for (let at = start; at < stop; at += 1) {
    if (at > start) nodes.push(document.createTextNode(' '));
    if (hits.has(at)) {
      const mark = document.createElement('mark');
      mark.textContent = words[at];
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(words[at]));
    }
  }
  if (stop < end) nodes.push(document.createTextNode(' …'));
  return nodes;
}

function resultItem(data) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta?.title ?? data.url;
  const heading = document.createElement('h2');
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data));
  item.append(heading, excerpt);
  return item;
}

function showStatus() {
  const { term, found, shown } = current;
  if (found.length === 0) {
    status.textContent = say.none(term);
  } else if (shown < found.length) {
    status.textContent = `${say.found(term, say.pages(found.length))} ${say.showing(shown)}`;
  } else {
    status.textContent = say.found(term, say.pages(found.length));
  }
  const left = found.length - shown;
  more.hidden = left <= 0;
  more.textContent = say.more(left);
}

/** Adds the next page of results; returns the first added item. */
async function showMore(search) {
  const next = search.found.slice(search.shown, search.shown + pageSize);
  const data = await Promise.all(next.map((result) => result.data()));
  if (search !== current) return undefined;
  const items = data.map((result) => resultItem(result));
  results.append(...items);
  search.shown += items.length;
  showStatus();
  return items[0];
}

async function search(term) {
  const id = ++sequence;
  clearTimeout(timer);
  const url = new URL(window.location.href);
  if (term.trim() === '') url.searchParams.delete('q');
  else url.searchParams.set('q', term);
  window.history.replaceState(null, '', url);
  if (term.trim() === '') {
    current = { term: '', found: [], shown: 0 };
    results.replaceChildren();
    more.hidden = true;
    status.textContent = say.empty;
    return;
  }
  try {
    const engine = await loadPagefind();
    const found = await findPages(engine, term);
    if (id !== sequence) return;
    current = { term, found, shown: 0 };
    results.replaceChildren();
    await showMore(current);
  } catch {
    if (id === sequence) status.textContent = say.unavailable;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  search(input.value);
});

input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => search(input.value), typingPause);
});

more.addEventListener('click', async () => {
  const first = await showMore(current);
  // Keyboard and screen-reader users continue from the first new result, not from the button.
  first?.querySelector('a')?.focus();
});

const initial = new URLSearchParams(window.location.search).get('q');
if (initial) {
  input.value = initial;
  search(initial);
}

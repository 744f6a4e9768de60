// The search page's only script: it asks Pagefind's index (built after the site) and lists the
// results. Pagefind is loaded on first use so that the page costs nothing until someone searches.
const form = document.getElementById('hakulomake');
const input = document.getElementById('hakusana');
const status = document.getElementById('hakutila');
const results = document.getElementById('hakutulokset');
const maxResults = 20;

let pagefind;

async function loadPagefind() {
  if (!pagefind) {
    pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ excerptLength: 30 });
  }
  return pagefind;
}

/** Pagefind excerpts are text with <mark> around hits; keep only those two, never other markup. */
function excerptNodes(excerpt) {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild;
  const nodes = [];
  for (const node of parsed?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent ?? ''));
    }
  }
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
  excerpt.append(...excerptNodes(data.excerpt ?? ''));
  item.append(heading, excerpt);
  return item;
}

async function search(term) {
  results.replaceChildren();
  if (term.trim() === '') {
    status.textContent = 'Kirjoita hakusana.';
    return;
  }
  status.textContent = 'Haetaan…';
  try {
    const engine = await loadPagefind();
    const found = await engine.search(term);
    const data = await Promise.all(found.results.slice(0, maxResults).map((result) => result.data()));
    results.replaceChildren(...data.map(resultItem));
    status.textContent =
      found.results.length === 0
        ? `Haulla "${term}" ei löytynyt sivuja.`
        : `Haulla "${term}" löytyi ${found.results.length} ${found.results.length === 1 ? 'sivu' : 'sivua'}.`;
  } catch {
    status.textContent = 'Haku ei ole käytettävissä juuri nyt.';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const term = input.value;
  const url = new URL(window.location.href);
  url.searchParams.set('q', term);
  window.history.replaceState(null, '', url);
  search(term);
});

const initial = new URLSearchParams(window.location.search).get('q');
if (initial) {
  input.value = initial;
  search(initial);
}

/**
 * Searching Finnish pages for each word of a query also in its other forms, guessed by rule: the
 * Finnish search page's module (`search.js` loads it), pure functions of Pagefind's `search`.
 * Pagefind stems Finnish with Snowball, which gives a base form and its inflections different
 * stems for whole classes of words: "katsaus" → katsaus but "katsauksen" → katsauks,
 * "varautuminen" → varautumin but "varautumisen" → varautumis, "tietohallinto" → tietohallinto
 * but "tietohallinnon" → tietohallino. Searching also for these forms lets an inflected query
 * find the base word and the other way round. The guesses need not be real words: one that no
 * page has finds nothing. Served to the browser as written, hence plain JavaScript.
 *
 * @example relatedForms('katsaus') // ['katsauksen', 'katsauksia', 'katsauden']
 */

const vowel = '[aeiouyäö]';
/** Case endings after an inflection stem, longest first so a regex takes the whole ending. */
const endings =
  'ineen|eineen|eeseen|iksi|eksi|issa|issä|ista|istä|illa|illä|ilta|iltä|ille|essa|essä|esta|estä|ella|ellä|elta|eltä|elle|ien|iin|ina|inä|ia|iä|en|et|ta|tä|na|nä|n|t';

/** Endings take -a after a back vowel and -ä after a front one; a compound's last part decides. */
/**
 * @param {string} word
 * @param {string} ending
 */
function harmonise(word, ending) {
  const last = word.match(/[aouäöy](?=[^aouäöy]*$)/)?.[0];
  return last === undefined || 'aou'.includes(last) ? ending : ending.replace(/a/g, 'ä');
}

/** Weak grade of a final consonant cluster, as in the genitive: hallinto → hallinno-. */
/** @type {Record<string, string>} */
const weakClusters = { nt: 'nn', lt: 'll', rt: 'rr', mp: 'mm', nk: 'ng' };
/** @type {Record<string, string>} */
const strongClusters = { nn: 'nt', ll: 'lt', rr: 'rt', mm: 'mp', ng: 'nk' };

/**
 * A base form's inflected forms whose stems differ from the base's.
 * @param {string} word
 * @returns {string[]}
 */
function inflect(word) {
  const forms = [];
  // katsaus → katsauksen, turvallisuus → turvallisuuden, valmis → valmiin.
  const sWord = word.match(new RegExp(`^(.*${vowel})s$`));
  if (sWord?.[1]) {
    const stem = sWord[1];
    forms.push(`${stem}ksen`, `${stem}ksi${harmonise(word, 'a')}`, `${stem}den`);
    if (/[^aeiouyäö][aeiä]$/.test(stem)) forms.push(`${stem}${stem.at(-1)}n`);
  }
  // varautuminen → varautumisen, varautumista.
  const nenWord = word.match(/^(.*)nen$/);
  if (nenWord?.[1]) {
    const stem = nenWord[1];
    forms.push(`${stem}sen`, `${stem}s${harmonise(word, 'ta')}`, `${stem}si${harmonise(word, 'a')}`);
  }
  // vuosi → vuoden.
  const siWord = word.match(new RegExp(`^(.*${vowel})si$`));
  if (siWord?.[1]) forms.push(`${siWord[1]}den`);
  // tietohallinto → tietohallinnon, hoito → hoidon, kaupunki → kaupungin.
  const gradable = word.match(new RegExp(`^(.*?)(nt|lt|rt|mp|nk|${vowel}t)([aiouyäö])$`));
  if (gradable?.[1] !== undefined && gradable[2] && gradable[3]) {
    const [, head, cluster, last] = gradable;
    const weak = weakClusters[cluster] ?? `${cluster[0]}d`;
    forms.push(`${head}${weak}${last}n`, `${head}${weak}${last}${harmonise(word, 'ssa')}`);
  }
  // hanke → hankkeen, tiedote → tiedotteen.
  const eWord = word.match(/^(.*)([kpt])e$/);
  if (eWord?.[1] !== undefined && eWord[2]) forms.push(`${eWord[1]}${eWord[2]}${eWord[2]}een`);
  return forms;
}

/**
 * Base forms that an inflected word may come from.
 * @param {string} word
 * @returns {string[]}
 */
function lemmatise(word) {
  const forms = [];
  // katsauksen, päätöksiä → katsaus, päätös.
  const ks = word.match(new RegExp(`^(.*${vowel})ks(?:${endings})$`));
  if (ks?.[1]) forms.push(`${ks[1]}s`);
  // turvallisuuden, pätevyyttä → turvallisuus, pätevyys.
  const abstract = word.match(
    /^(.*[uy])(?:den|dessa|dessä|desta|destä|della|dellä|delle|deksi|tta|ttä|teen|det)$/,
  );
  if (abstract?.[1]) forms.push(`${abstract[1]}s`);
  // varautumisen, ihmisiä → varautuminen, ihminen.
  const nen = word.match(new RegExp(`^(.*${vowel})s(?:${endings})$`));
  if (nen?.[1]) forms.push(`${nen[1]}nen`);
  // tietohallinnon, viestinnän, huollossa → tietohallinto, viestintä, huolto.
  const weak = word.match(
    new RegExp(`^(.*?)(nn|ll|rr|mm|ng)(${vowel})(?:${endings}|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi)$`),
  );
  if (weak?.[1] !== undefined && weak[2] && weak[3])
    forms.push(`${weak[1]}${strongClusters[weak[2]]}${weak[3]}`);
  return forms;
}

/** Words shorter than this are left alone: their guessed forms would mostly be other words. */
const minimumLength = 5;

/**
 * @param {string} word a word in lower case
 * @returns {string[]}
 */
export function relatedForms(word) {
  if (word.length < minimumLength || !/^\p{L}+$/u.test(word)) return [];
  return [...new Set([...inflect(word), ...lemmatise(word)])].filter(
    (form) => form !== word && form.length >= minimumLength - 1,
  );
}

/**
 * @typedef {{ url: string, content: string, locations: number[], meta: Record<string, string> }} PageData
 * @typedef {{ id: string, score: number, data: () => Promise<PageData> }} Found
 * @typedef {(term: string) => Promise<{ results: Found[] }>} Search
 */

/**
 * Each page's best result among those of one word's forms.
 * @param {Search} search
 * @param {string} word
 * @returns {Promise<Map<string, Found>>}
 */
async function bestByPage(search, word) {
  const forms = [word, ...relatedForms(word.toLowerCase())];
  const found = await Promise.all(forms.map((form) => search(form)));
  const best = new Map();
  for (const { results } of found) {
    for (const result of results) {
      const known = best.get(result.id);
      if (!known || result.score > known.score) best.set(result.id, result);
    }
  }
  return best;
}

/**
 * The pages that have every word of `term` in some form, best first, as Pagefind's `search` would
 * give them: a page's score is the sum over the words of its best form's score, and its data has
 * the hits of every word. Pagefind finds a page with every word of a query too, in the forms
 * typed; a phrase in quotes is left to it as typed.
 * @param {Search} search Pagefind's `search`
 * @param {string} term
 * @returns {Promise<Found[]>}
 */
export async function findPages(search, term) {
  const words = term.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return [];
  if (term.includes('"')) return (await search(term)).results;
  const [first, ...others] = await Promise.all(words.map((word) => bestByPage(search, word)));
  /** @type {Found[]} */
  const pages = [];
  for (const [id, result] of first ?? []) {
    const matches = [result, ...others.map((best) => best.get(id))];
    if (matches.some((match) => match === undefined)) continue;
    const found = /** @type {Found[]} */ (matches);
    pages.push({
      id,
      score: found.reduce((sum, match) => sum + match.score, 0),
      data: async () => {
        const [data, ...rest] = await Promise.all(found.map((match) => match.data()));
        const locations = new Set([data, ...rest].flatMap((each) => each?.locations ?? []));
        return { .../** @type {PageData} */ (data), locations: [...locations].sort((a, b) => a - b) };
      },
    });
  }
  // Ties in the order of the pages' ids, so that the same index lists the same order.
  return pages.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

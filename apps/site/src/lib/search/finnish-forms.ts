/**
 * Other forms of a Finnish word, guessed by rule, for the search index. Pagefind stems Finnish
 * with Snowball, which gives a base form and its inflections different stems for whole classes
 * of words: "katsaus" → katsaus but "katsauksen" → katsauks, "varautuminen" → varautumin but
 * "varautumisen" → varautumis, "tietohallinto" → tietohallinto but "tietohallinnon" →
 * tietohallino. Indexing a page's words also in these forms lets an inflected query find the base
 * word and the other way round. The guesses need not be real words: one that nobody types is
 * never searched for.
 *
 * @example relatedForms('katsaus') // ['katsauksen', 'katsauksia', 'katsauden']
 */

const vowel = '[aeiouyäö]';
/** Case endings after an inflection stem, longest first so a regex takes the whole ending. */
const endings =
  'ineen|eineen|eeseen|iksi|eksi|issa|issä|ista|istä|illa|illä|ilta|iltä|ille|essa|essä|esta|estä|ella|ellä|elta|eltä|elle|ien|iin|ina|inä|ia|iä|en|et|ta|tä|na|nä|n|t';

/** Endings take -a after a back vowel and -ä after a front one; a compound's last part decides. */
function harmonise(word: string, ending: string): string {
  const last = word.match(/[aouäöy](?=[^aouäöy]*$)/)?.[0];
  return last === undefined || 'aou'.includes(last) ? ending : ending.replace(/a/g, 'ä');
}

/** Weak grade of a final consonant cluster, as in the genitive: hallinto → hallinno-. */
const weakClusters: Record<string, string> = { nt: 'nn', lt: 'll', rt: 'rr', mp: 'mm', nk: 'ng' };
const strongClusters: Record<string, string> = { nn: 'nt', ll: 'lt', rr: 'rt', mm: 'mp', ng: 'nk' };

/** A base form's inflected forms whose stems differ from the base's. */
function inflect(word: string): string[] {
  const forms: string[] = [];
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

/** Base forms that an inflected word may come from. */
function lemmatise(word: string): string[] {
  const forms: string[] = [];
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

export function relatedForms(word: string): string[] {
  if (word.length < minimumLength || !/^\p{L}+$/u.test(word)) return [];
  return [...new Set([...inflect(word), ...lemmatise(word)])].filter(
    (form) => form !== word && form.length >= minimumLength - 1,
  );
}

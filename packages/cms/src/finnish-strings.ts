/**
 * Sveltia's Finnish strings, corrected where its own translation leaves writers a loanword or
 * English: "assetti" for the images and files, "Slug" for the file name, "Backlinkit", "Muokkaa
 * kielen _default sisältöä" on a site of one language, and the few strings its Finnish lacks that
 * our forms show. Applied to `locales/fi.json` as it is served.
 */

/** Keys (dotted paths into the locale file) and the Finnish the editor shows instead. */
export const finnishOverrides: Readonly<Record<string, string>> = {
  slug: 'Tiedostonimi',
  'edit_slug_error.empty': 'Tiedostonimi ei voi olla tyhjä.',
  'edit_slug_error.invalid': 'Tiedostonimessä ei voi olla erikoismerkkejä, kauttaviivoja eikä välilyöntejä.',
  'entry_sidebar.backlinks.title': 'Viittaukset tähän',
  select_item: 'Valitse {$name}',
  'assets_dialog.title.folder': 'Valitse kansio',
};

/**
 * A site of one language: the form's heading needs no language code (Sveltia writes `_default`).
 * With translations the headings name the language ("Muokkaa kielen sv sisältöä") as Sveltia has them.
 */
export const singleLanguageOverrides: Readonly<Record<string, string>> = {
  edit_x_locale: 'Muokkaa sisältöä',
  preview_x_locale: 'Esikatsele sisältöä',
  show_content_options_x_locale: 'Näytä sisältöasetukset',
};

/** "Assetti" in all its forms, most specific first. */
const assetWords: readonly [RegExp, string][] = [
  [/Assettilistaus/g, 'Tiedostoluettelo'],
  [/Assetti(?=kirjasto|kansio|kokoelm)/g, 'Tiedosto'],
  [/([Aa])ss?etteja/g, '$1tiedostoja'],
  [/([Aa])ss?ettien/g, '$1tiedostojen'],
  [/([Aa])ss?ettiin/g, '$1tiedostoon'],
  [/([Aa])ss?ettia/g, '$1tiedostoa'],
  [/([Aa])ss?etilla/g, '$1tiedostolla'],
  [/([Aa])ss?etille/g, '$1tiedostolle'],
  [/([Aa])ss?etista/g, '$1tiedostosta'],
  [/([Aa])ss?etiksi/g, '$1tiedostoksi'],
  [/([Aa])ss?etin/g, '$1tiedoston'],
  [/([Aa])ss?etit/g, '$1tiedostot'],
  [/([Aa])ss?etti/g, '$1tiedosto'],
];

function withoutAssets(text: string): string {
  let result = text;
  for (const [pattern, replacement] of assetWords) result = result.replace(pattern, replacement);
  // The patterns keep the first letter's case: `Atiedosto` → `Tiedosto`, `atiedosto` → `tiedosto`.
  return result.replace(/\b([Aa])tiedosto/g, (_match, a: string) => (a === 'A' ? 'Tiedosto' : 'tiedosto'));
}

type Strings = { [key: string]: string | Strings };

function rewrite(strings: Strings, path: string, overrides: Readonly<Record<string, string>>): Strings {
  return Object.fromEntries(
    Object.entries(strings).map(([key, value]) => {
      const at = path ? `${path}.${key}` : key;
      if (typeof value !== 'string') return [key, rewrite(value, at, overrides)];
      return [key, overrides[at] ?? withoutAssets(value)];
    }),
  );
}

function setPath(strings: Strings, path: string, value: string): void {
  const keys = path.split('.');
  let level = strings;
  for (const key of keys.slice(0, -1)) {
    const next = level[key];
    if (typeof next === 'object') level = next;
    else level = level[key] = {};
  }
  level[keys.at(-1) ?? path] = value;
}

/**
 * Sveltia's `fi.json` with the corrections; overrides of keys it lacks are added. `multilingual`:
 * the site has translations, and the forms' headings keep their language.
 */
export function finnishLocale(source: string, { multilingual = false } = {}): string {
  const overrides = multilingual ? finnishOverrides : { ...finnishOverrides, ...singleLanguageOverrides };
  const strings = rewrite(JSON.parse(source) as Strings, '', overrides);
  for (const [path, value] of Object.entries(overrides)) setPath(strings, path, value);
  return JSON.stringify(strings, null, 2);
}

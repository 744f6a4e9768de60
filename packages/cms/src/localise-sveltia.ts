/**
 * Sveltia CMS as shipped loads its locale strings and version check from unpkg, its fonts from
 * jsdelivr and the git hosts' status pages at run time. This rewrites those addresses in its
 * bundle to files served next to it under /admin/, so that the editor sends nothing to other hosts
 * and works on a closed network. Every address must be found: after an upgrade of Sveltia that
 * moved one, the build fails with a message rather than shipping an editor that leaks.
 *
 * One rewrite is not an address: Sveltia transliterates a title into a file name with German rules
 * (ä→ae), and none of its slug options gives the Finnish ä→a. Its transliteration call is replaced
 * by the project's own rule (`@valmistelu/domain/slug`, put on `globalThis` by the editor's start
 * script), so the editor names a file as `valmistelu new` does. Sveltia's own steps after it
 * (ASCII check, hyphens, length) leave such a name as it is.
 *
 * Nor is the last one: beside a relation field (a report's group, an action's owner) Sveltia offers
 * "Lisää Valmisteluryhmä", a dialog that creates a new item of the other collection. On a field
 * that takes one value it reads as adding a second, and the item it makes has only the dialog's
 * fields. No option turns it off per field (only `create: false`, which would stop making groups
 * at all), so the check that offers it answers "nowhere"; groups and reports are made in their own
 * collections.
 */

export interface Rewrite {
  /** What the rewrite is for, in the build's error message. */
  purpose: string;
  pattern: RegExp;
  replace: (match: string, ...groups: string[]) => string;
}

/** Local file names of the fonts, from the names Sveltia's own npm build gives them. */
export function fontFileName(family: string, file: string): string {
  return `${family}-${file}.woff2`;
}

/** Where the editor's start script puts the domain's `entrySlug` for the rewritten bundle. */
export const slugFunctionName = 'valmisteluEntrySlug';

export const sveltiaRewrites: readonly Rewrite[] = [
  {
    purpose: 'tiedostonimen translitterointi (ä→a)',
    // `d=tpe(d.normalize(`NFD`),{locale:n&&npe.includes(n)?n:void 0})` in 0.221.
    pattern: /(\w+)=\w+\(\1\.normalize\(`NFD`\),\{locale:(\w+)&&\w+\.includes\(\2\)\?\2:void 0\}\)/g,
    replace: (_match, value = '') => `${value}=globalThis.${slugFunctionName}(${value})`,
  },
  {
    purpose: 'relaatiokentän pikalisäys',
    // `GPe=({fieldConfig:{collection:e,file:t},draft:n})=>{if(t||KZ(n))return;…` in 0.221.
    pattern:
      /(\w+=\(\{fieldConfig:\{collection:\w+,file:\w+\},draft:\w+\}\)=>\{)if\(\w+\|\|\w+\(\w+\)\)return;/g,
    replace: (_match, head = '') => `${head}return;`,
  },
  {
    purpose: 'käännösten osoite (unpkg)',
    pattern: /`\$\{(\w+)\}@\$\{(\w+)\}\/locales`/g,
    replace: () => '`./locales`',
  },
  {
    purpose: 'versiotarkistus (unpkg)',
    pattern: /`\$\{(\w+)\}\/package\.json`/g,
    replace: () => '`./sveltia-cms-version.json`',
  },
  {
    purpose: 'fontit (jsdelivr)',
    pattern:
      /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g,
    replace: (_match, family = '', file = '') => `fonts/${fontFileName(family, file)}`,
  },
  {
    purpose: 'GitHubin tilasivu',
    pattern: /https:\/\/www\.githubstatus\.com\/api\/v2\/status\.json/g,
    replace: () => './backend-status.json',
  },
  {
    purpose: 'GitLabin tilasivu',
    pattern: /https:\/\/status-api\.hostedstatus\.com\/1\.0\/status\/\w+/g,
    replace: () => './backend-status.json',
  },
  {
    // Code highlighting, maps and the fallback for Sveltia's own chunks: none is served, so these
    // features are off rather than fetched from the CDN.
    purpose: 'muut unpkg-osoitteet',
    pattern: /https:\/\/unpkg\.com\//g,
    replace: () => './unpkg/',
  },
];

export type LocaliseResult = { ok: true; text: string } | { ok: false; missing: string[] };

export function localiseSveltia(
  source: string,
  rewrites: readonly Rewrite[] = sveltiaRewrites,
): LocaliseResult {
  let text = source;
  const missing: string[] = [];
  for (const rewrite of rewrites) {
    let found = 0;
    text = text.replace(rewrite.pattern, (match: string, ...rest: unknown[]) => {
      found += 1;
      // After the groups come the match's offset (a number) and the whole input.
      const groups = rest.slice(
        0,
        rest.findIndex((value) => typeof value === 'number'),
      );
      return rewrite.replace(match, ...groups.map((group) => (typeof group === 'string' ? group : '')));
    });
    if (found === 0) missing.push(rewrite.purpose);
  }
  return missing.length ? { ok: false, missing } : { ok: true, text };
}

/**
 * Addresses the shipped bundle fetches from other hosts, none of which may remain. Links a writer
 * may follow by hand (the status dashboards, Sveltia's documentation) are not requests and stay.
 */
export const thirdPartyFetchedAddresses = [
  'https://unpkg.com/',
  'https://cdn.jsdelivr.net/',
  'https://www.githubstatus.com/api/',
  'https://status-api.hostedstatus.com/',
] as const;

/**
 * Finnish wording for the MDX parser's most common errors, for preparers who write Markdown and
 * meet MDX's stricter rules by accident (a stray `<` or `{`). Unknown errors keep the original.
 */
interface Translated {
  message: string;
  /** A better position than the parser's, when the error names one (e.g. the unclosed tag). */
  line?: number;
  column?: number;
}

const rules: [RegExp, (match: RegExpExecArray) => string][] = [
  [
    /^Expected a closing tag for `<([^>]*)>` \((\d+):(\d+)-\d+:\d+\)/,
    (match) =>
      `tagi <${match[1]}> jää sulkematta: lisää </${match[1]}> samaan kappaleeseen tai kirjoita \\< jos tarkoitit pienempi kuin -merkkiä`,
  ],
  [
    /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/,
    (match) => `sulkeva tagi </${match[1]}> ei vastaa avointa tagia <${match[2]}>`,
  ],
  [
    /^Unexpected (?:character|end of file) .*(?:before name|in name|expected a character that can start a name)/,
    () => 'merkki < aloittaa tagin: kirjoita \\< jos tarkoitit pienempi kuin -merkkiä',
  ],
  [
    /^Unexpected end of file in expression/,
    () => 'aaltosulje { jää sulkematta: aaltosulkeet on varattu, kirjoita \\{ jos tarkoitit merkkiä',
  ],
  [
    /^Could not parse expression with acorn/,
    () => 'aaltosulkeiden {…} sisältöä ei voi jäsentää: kirjoita \\{ jos tarkoitit merkkiä',
  ],
  [
    /^Could not parse import\/exports with acorn/,
    () => 'rivi alkaa sanalla import tai export: sisällössä ei voi tuoda koodia',
  ],
  [
    /^Unexpected lazy line in (?:container|expression)/,
    () => 'sisennys katkeaa kesken tagin tai lainauksen: tarkista rivin alku',
  ],
];

export function translateMdxError(reason: string): Translated {
  for (const [pattern, translate] of rules) {
    const match = pattern.exec(reason);
    if (!match) continue;
    const result: Translated = { message: translate(match) };
    const place = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    if (place) {
      result.line = Number(place[1]);
      result.column = Number(place[2]);
    }
    return result;
  }
  return { message: `MDX-syntaksivirhe: ${reason}` };
}

/**
 * YAML parsing that keeps positions, so that every problem can be pointed at by line and column.
 */
import {
  Composer,
  type CST,
  type Document,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  type Node,
  Parser,
  visit,
} from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface YamlProblem {
  message: string;
  position: Position;
}

/** A string value of the document, for checks that apply to all text whatever its field. */
export interface StringValue {
  readonly path: PropertyKey[];
  value: string;
  position: Position;
}

export interface YamlSource {
  data: unknown;
  /** Position of the value at a path, or of the nearest existing parent. */
  positionOf(path: readonly PropertyKey[]): Position;
  /** Position of the key of a mapping entry, for problems such as an unknown field. */
  keyPositionOf(path: readonly PropertyKey[], key: string): Position;
  /** Problems that leave no usable data: syntax, aliases, nesting. */
  errors: YamlProblem[];
  /** Every string value (not keys), in document order. */
  strings: StringValue[];
}

/** Nesting deeper than this is not content anyone writes by hand; refusing it keeps parsing fast. */
const maxDepth = 64;
const tooDeepMessage = `YAML on sisäkkäistetty yli ${maxDepth} tasoa`;
/** For a stack overflow despite the guard, where the depth reached is not known. */
const overflowMessage = 'YAML on sisäkkäistetty liian syvälle luettavaksi';

const collectionTypes = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * The document's syntax tokens, or the offset of the first collection nested deeper than
 * `maxDepth`. The lexer and the parser keep their nesting in arrays, but the composer, `visit`
 * and `toJS` recurse once per level, so 5,000 levels of `- - -` would overflow the stack there:
 * the guard sits in between and counts block collections (`- - -`, indented maps) and flow
 * collections alike, and brackets inside quoted text not at all.
 */
function tokenize(text: string, lineCounter: LineCounter): { tokens: CST.Token[] } | { tooDeepAt: number } {
  const parser = new Parser(lineCounter.addNewLine);
  // `Parser.parse` registers the first line itself; feeding lexemes one by one skips that.
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The stack is the document plus the open collections and at most a scalar or two.
    if (parser.stack.length > maxDepth) {
      const collections = parser.stack.filter((token) => collectionTypes.has(token.type));
      if (collections.length > maxDepth) return { tooDeepAt: collections[maxDepth]?.offset ?? parser.offset };
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens };
}

/** Key path of a node from its ancestors as `visit` gives them: mapping keys and list indexes. */
function pathOf(ancestors: readonly unknown[], node: unknown): PropertyKey[] {
  const path: PropertyKey[] = [];
  const chain = [...ancestors, node];
  chain.forEach((item, index) => {
    const child = chain[index + 1];
    if (isPair(item) && isScalar(item.key)) path.push(item.key.value as PropertyKey);
    else if (isSeq(item) && child !== undefined) path.push(item.items.indexOf(child as never));
  });
  return path;
}

/**
 * @param lineOffset lines before the YAML in its file (frontmatter starts on line 2).
 */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const refused = (problem: YamlProblem): YamlSource => ({
    data: undefined,
    positionOf: () => problem.position,
    keyPositionOf: () => problem.position,
    errors: [problem],
    strings: [],
  });

  const errors: YamlProblem[] = [];
  const strings: StringValue[] = [];
  let document: Document.Parsed | undefined;
  let data: unknown;
  try {
    const tokenized = tokenize(text, lineCounter);
    if ('tooDeepAt' in tokenized)
      return refused({ message: tooDeepMessage, position: at(tokenized.tooDeepAt) });
    for (const composed of new Composer({ uniqueKeys: true }).compose(tokenized.tokens, true, text.length)) {
      if (!document) document = composed;
      else {
        errors.push({ message: yamlErrorMessage('MULTIPLE_DOCS', ''), position: at(composed.range[0]) });
        break;
      }
    }
    if (!document) return refused({ message: 'tiedosto on tyhjä', position: at(0) });
    for (const error of document.errors) {
      const message = yamlErrorMessage(error.code, error.message);
      // A stack overflow is reported once per open level; the innermost one says it all.
      if (message === overflowMessage && errors.some((known) => known.message === message)) continue;
      errors.push({ message, position: at(error.pos[0]) });
    }
    // Aliases are refused outright: content has no use for them and they enable "billion laughs".
    visit(document, {
      Alias(_, alias) {
        errors.push({
          message: 'YAML-viittauksia (&ankkuri, *alias) ei sallita sisällössä',
          position: at(alias.range?.[0] ?? 0),
        });
        return visit.SKIP;
      },
      Scalar(key, scalar, ancestors) {
        if (key === 'key' || typeof scalar.value !== 'string') return;
        const value = scalar.value;
        const position = at(scalar.range?.[0] ?? 0);
        // The path is worked out only when asked for: finding a list index is linear in the list.
        strings.push({
          value,
          position,
          get path() {
            return pathOf(ancestors, scalar);
          },
        });
      },
    });
    if (errors.length === 0) data = document.toJS();
  } catch (problem) {
    // The depth guard should make this unreachable; should a deep structure still overflow the
    // stack somewhere, it is reported like any other content mistake rather than crashing `check`.
    if (problem instanceof RangeError) return refused({ message: overflowMessage, position: at(0) });
    return refused({ message: 'YAML-tiedostoa ei voi lukea: tarkista sen rakenne', position: at(0) });
  }
  const contents = document.contents;

  const nodeAt = (path: readonly PropertyKey[]): { node: Node | undefined; parent: Node | undefined } => {
    let node: unknown = contents;
    let parent: Node | undefined;
    for (const key of path) {
      if (!isNode(node)) break;
      parent = node;
      if (isMap(node)) node = node.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.value;
      else if (isSeq(node) && typeof key === 'number') node = node.items[key];
      else node = undefined;
      if (node === undefined || node === null) return { node: undefined, parent };
    }
    return { node: isNode(node) ? node : undefined, parent };
  };
  const positionOf = (path: readonly PropertyKey[]): Position => {
    const { node, parent } = nodeAt(path);
    const range = (node ?? parent)?.range;
    return range ? at(range[0]) : { line: 1 + lineOffset, column: 1 };
  };
  const keyPositionOf = (path: readonly PropertyKey[], key: string): Position => {
    const { node } = nodeAt(path);
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return at(range[0]);
    }
    return positionOf(path);
  };
  return { data, positionOf, keyPositionOf, errors, strings };
}

/**
 * The yaml library's messages are English; each code gets a Finnish one, so that none leaks
 * through. `MISSING_CHAR` covers several mistakes, told apart by the library's wording.
 */
function yamlErrorMessage(code: string, original: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'sama kenttä on kahdesti';
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
    case 'MULTIPLE_ANCHORS':
      return 'YAML-viittauksia (&ankkuri, *alias) ei sallita sisällössä';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_INDENT':
      return 'YAML-syntaksivirhe: tarkista sisennys ja kaksoispisteet';
    case 'TAB_AS_INDENT':
      return 'YAML-syntaksivirhe: sisennä välilyönneillä, ei sarkaimella';
    case 'MISSING_CHAR':
      return missingCharMessage(original);
    case 'BAD_SCALAR_START':
      return 'YAML-syntaksivirhe: arvo ei voi alkaa tällä merkillä; laita teksti lainausmerkkeihin';
    case 'BAD_DQ_ESCAPE':
      return 'YAML-syntaksivirhe: tuntematon \\-merkintä lainausmerkeissä; kirjoita \\\\, jos tarkoitat kenoviivaa';
    case 'BAD_PROP_ORDER':
    case 'MULTIPLE_TAGS':
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
      return 'YAML-syntaksivirhe: !-merkinnät eivät kuulu sisältöön; laita teksti lainausmerkkeihin';
    case 'BLOCK_IN_FLOW':
      return 'YAML-syntaksivirhe: [ ]- tai { }-merkkien sisällä ei voi käyttää sisennettyä rakennetta';
    case 'KEY_OVER_1024_CHARS':
      return 'YAML-syntaksivirhe: kentän nimi on yli 1024 merkkiä pitkä; puuttuuko kaksoispiste?';
    case 'NON_STRING_KEY':
      return 'YAML-syntaksivirhe: kentän nimen pitää olla tekstiä';
    case 'MULTIPLE_DOCS':
      return 'tiedostossa saa olla vain yksi YAML-osa: poista ylimääräinen ---';
    case 'RESOURCE_EXHAUSTION':
      return overflowMessage;
    case 'BAD_DIRECTIVE':
      return 'YAML-syntaksivirhe: %-alkuiset rivit eivät kuulu sisältöön';
    default:
      return 'YAML-syntaksivirhe: odottamaton merkki; tarkista rivin rakenne ja sisennys';
  }
}

function missingCharMessage(original: string): string {
  if (/quote/.test(original))
    return 'YAML-syntaksivirhe: lainausmerkki jää sulkematta (tarkista rivit tämän yläpuolella)';
  if (/Implicit map keys/.test(original))
    return 'YAML-syntaksivirhe: kentän nimen perästä puuttuu kaksoispiste (nimi: arvo)';
  if (/space after :/.test(original)) return 'YAML-syntaksivirhe: kaksoispisteen perästä puuttuu välilyönti';
  if (/Missing , /.test(original))
    return 'YAML-syntaksivirhe: pilkku puuttuu [ ]- tai { }-merkkien sisällä olevien arvojen välistä';
  if (/Comments must be separated/.test(original))
    return 'YAML-syntaksivirhe: #-merkin edessä pitää olla välilyönti (tai laita teksti lainausmerkkeihin)';
  return 'YAML-syntaksivirhe: merkki puuttuu; tarkista rivin rakenne ja sisennys';
}

/**
 * YAML parsing that keeps positions, so that every problem can be pointed at by line and column.
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  data: unknown;
  /** Position of the value at a path, or of the nearest existing parent. */
  positionOf(path: readonly PropertyKey[]): Position;
  /** Position of the key of a mapping entry, for problems such as an unknown field. */
  keyPositionOf(path: readonly PropertyKey[], key: string): Position;
  errors: { message: string; position: Position }[];
}

/** Nesting deeper than this is not content anyone writes by hand; refusing it keeps parsing fast. */
const maxDepth = 64;

function nestingTooDeep(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '[' || char === '{') {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
  }
  return false;
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
  if (nestingTooDeep(text)) {
    return {
      data: undefined,
      positionOf: () => at(0),
      keyPositionOf: () => at(0),
      errors: [
        {
          message: `YAML on sisäkkäistetty yli ${maxDepth} tasoa`,
          position: { line: 1 + lineOffset, column: 1 },
        },
      ],
    };
  }
  // Aliases are refused outright: content has no use for them and they enable "billion laughs".
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const errors = document.errors.map((error) => ({
    message: yamlErrorMessage(error.code, error.message),
    position: at(error.pos[0]),
  }));
  visit(document, {
    Alias(_, alias) {
      errors.push({
        message: 'YAML-viittauksia (&ankkuri, *alias) ei sallita sisällössä',
        position: at(alias.range?.[0] ?? 0),
      });
      return visit.SKIP;
    },
  });
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = document.toJS();
    } catch (problem) {
      errors.push({ message: `YAML-virhe: ${(problem as Error).message}`, position: at(0) });
    }
  }

  const nodeAt = (path: readonly PropertyKey[]): { node: Node | undefined; parent: Node | undefined } => {
    let node: unknown = document.contents;
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
  return { data, positionOf, keyPositionOf, errors };
}

function yamlErrorMessage(code: string, original: string): string {
  const firstLine = original.split('\n')[0] ?? original;
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'sama kenttä on kahdesti';
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
      return 'YAML-viittauksia (&ankkuri, *alias) ei sallita sisällössä';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_INDENT':
      return 'YAML-syntaksivirhe: tarkista sisennys ja kaksoispisteet';
    case 'TAB_AS_INDENT':
      return 'YAML-syntaksivirhe: sisennä välilyönneillä, ei sarkaimella';
    case 'MISSING_CHAR':
      return /quote/.test(firstLine)
        ? 'YAML-syntaksivirhe: lainausmerkki jää sulkematta (tarkista rivit tämän yläpuolella)'
        : `YAML-syntaksivirhe: merkki puuttuu (${firstLine})`;
    case 'BAD_SCALAR_START':
      return 'YAML-syntaksivirhe: arvo ei voi alkaa tällä merkillä; laita teksti lainausmerkkeihin';
    default:
      return `YAML-syntaksivirhe: ${firstLine}`;
  }
}

/**
 * Checks an SVG logo before the site publishes it and the PDFs draw it: well-formed XML with an
 * `<svg>` root that has a size, and nothing active or external. Inside an `<img>` a browser runs
 * no script, but the file is also served on its own address, where it would run on the site's
 * origin; and the PDFs' SVG renderer fetches nothing. So scripts, event attributes, embedded
 * HTML and references to other files are refused rather than hoped away.
 */
import { SaxesParser } from 'saxes';

const svgNamespace = 'http://www.w3.org/2000/svg';

export interface SvgFacts {
  /** What is wrong, in Finnish, with the line it is on; undefined when the file is fine. */
  problem?: string;
  /** The drawing's intrinsic size: the `viewBox`, else `width` and `height`. */
  width?: number;
  height?: number;
}

function sizeOf(attributes: Record<string, string>): { width: number; height: number } | undefined {
  const box = attributes.viewBox
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box?.length === 4 && box.every(Number.isFinite) && (box[2] ?? 0) > 0 && (box[3] ?? 0) > 0)
    return { width: box[2] as number, height: box[3] as number };
  const width = Number.parseFloat(attributes.width ?? '');
  const height = Number.parseFloat(attributes.height ?? '');
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/** An address that loads something else: anything but a fragment of the file itself. */
function isExternal(value: string): boolean {
  return !value.trim().startsWith('#');
}

export function inspectSvg(bytes: Buffer): SvgFacts {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const facts: SvgFacts = {};
  let depth = 0;
  let inStyle = false;
  const refuse = (what: string) => {
    facts.problem ??= `sisältää ${what} (rivi ${parser.line}): tunnuksessa ei saa olla skriptejä eikä viittauksia muihin tiedostoihin`;
  };
  parser.on('opentag', (tag) => {
    depth += 1;
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value]));
    if (depth === 1) {
      if (tag.local !== 'svg' || tag.uri !== svgNamespace) {
        facts.problem ??=
          'ei ole SVG-kuva: juurielementin pitää olla <svg xmlns="http://www.w3.org/2000/svg">';
        return;
      }
      const size = sizeOf(attributes);
      if (size) Object.assign(facts, size);
      else facts.problem ??= 'SVG-kuvalta puuttuu koko: anna viewBox tai width ja height';
    }
    if (tag.local === 'script') refuse('<script>-elementin');
    if (tag.local === 'foreignObject') refuse('<foreignObject>-elementin');
    inStyle = tag.local === 'style';
    for (const attribute of Object.values(tag.attributes)) {
      if (/^on/i.test(attribute.local)) refuse(`määreen ${attribute.name}`);
      if (attribute.local === 'href' && isExternal(attribute.value))
        refuse(`viittauksen "${attribute.value}"`);
      if (attribute.local === 'style' && /url\(\s*['"]?(?!#)|@import/i.test(attribute.value))
        refuse('ulkoisen tyylin');
    }
  });
  parser.on('closetag', () => {
    depth -= 1;
    inStyle = false;
  });
  const styleText = (text: string) => {
    if (inStyle && /url\(\s*['"]?(?!#)|@import/i.test(text)) refuse('ulkoisen tyylin');
  };
  parser.on('text', styleText);
  parser.on('cdata', styleText);
  parser.on('doctype', () => refuse('DOCTYPE-määrittelyn'));
  try {
    parser.write(bytes.toString('utf8')).close();
  } catch {
    return { problem: `SVG-kuva ei ole kelvollista XML:ää (rivi ${parser.line})` };
  }
  return facts;
}

export function svgProblem(bytes: Buffer): string | undefined {
  return inspectSvg(bytes).problem;
}

/**
 * Harmless seeded variation of a news body: its paragraphs change order, each taking along the
 * lists or tables that follow it. Bodies with MDX elements or headings are left alone, since a
 * blank line inside an element is not a paragraph break and headings give the order meaning.
 */
import { type Random, shuffled } from './prng.ts';

const startsBlock = /^(?:[-*+] |\d+[.)] |\||>)/;

export function shuffleParagraphs(body: string, random: Random): string {
  const trimmed = body.replace(/^\n+/, '').replace(/\n+$/, '');
  if (/^\s*[<#]/m.test(trimmed)) return body;
  const units: string[][] = [];
  for (const block of trimmed.split(/\n{2,}/)) {
    const last = units.at(-1);
    if (last && startsBlock.test(block)) last.push(block);
    else units.push([block]);
  }
  const leading = body.slice(0, body.length - body.replace(/^\n+/, '').length);
  return `${leading}${shuffled(random, units)
    .map((unit) => unit.join('\n\n'))
    .join('\n\n')}\n`;
}

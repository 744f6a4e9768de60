/**
 * Greedy word wrap by estimated width. Labels are never shortened: the whole Finnish label is part
 * of the record, so a chart grows taller instead.
 */
import { estimateTextWidth } from './text-width.ts';

export interface WrapOptions {
  fontSize: number;
  bold?: boolean;
}

/** Splits a word that is wider than a whole line, such as a long URL, at the last fitting char. */
function breakLongWord(word: string, maxWidth: number, options: WrapOptions): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && estimateTextWidth(piece + char, options.fontSize, options.bold) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece === '' ? pieces : [...pieces, piece];
}

export function wrapText(text: string, maxWidth: number, options: WrapOptions): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (estimateTextWidth(candidate, options.fontSize, options.bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = breakLongWord(word, maxWidth, options);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  return line === '' ? lines : [...lines, line];
}

/**
 * Characters the embedded fonts cannot draw are found with their positions, in plain text (the
 * pure function, against the real embedded fonts) and across a content folder (the warnings
 * `check` prints), and fonts are parsed only once however many texts are checked.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '@valmistelu/content';
import { describe, expect, test } from 'vitest';
import { fontPaths, inEveryEmbeddedFont } from '../src/fonts.ts';
import {
  embeddedFonts,
  findUndrawableCharacters,
  type GlyphCoverage,
  undrawableCharacterMessages,
} from '../src/glyph-check.ts';
import { parsedFont, parsedFontCount } from '../src/internals/shared-fonts.ts';

const fixtureContent = join(import.meta.dirname, 'fixtures', 'content');
const found = (text: string, fonts: readonly GlyphCoverage[] = embeddedFonts('Roboto')) =>
  findUndrawableCharacters(text, fonts).map(({ character, line, column }) => ({ character, line, column }));

describe('findUndrawableCharacters', () => {
  test('emoji and Chinese are found at their line and column', () => {
    expect(found('Kiitos 🙂\nAsia: 中文, ok')).toEqual([
      { character: '🙂', line: 1, column: 8 },
      { character: '中', line: 2, column: 7 },
      { character: '文', line: 2, column: 8 },
    ]);
    expect(findUndrawableCharacters('a🙂', embeddedFonts('Roboto'))).toEqual([
      { character: '🙂', codePoint: 'U+1F642', index: 1, line: 1, column: 2 },
    ]);
  });

  test('Finnish, Swedish and the punctuation of Finnish text are drawable', () => {
    expect(found('Åsa Östergård, Päivi Äänekoski – “lainaus” … 5 € · §\t13\r\nJérôme Müller')).toEqual([]);
  });

  test('a letter and combining mark count as the letter NFC makes of them', () => {
    // Roboto has no combining diaeresis, but "a" + U+0308 is printed as "ä", which it has.
    expect(found('Ha\u0308meenlinna')).toEqual([]);
    // With nothing to compose with, the mark is drawn by a fallback font on its own.
    expect(found('x\n\u0308')).toEqual([]);
    // A letter Roboto lacks keeps its mark with it.
    expect(found('ok 中\u0308')).toEqual([{ character: '中\u0308', line: 1, column: 4 }]);
  });

  test('joiners and variation selectors need no glyph; the emoji they join do', () => {
    // A variation selector is a combining mark: it stays with the character it selects.
    // ✔ is drawn by a fallback font.
    expect(found('👨‍👩‍👧 ✔️').map((item) => item.character)).toEqual(['👨', '👩', '👧']);
  });

  test('Greek, Cyrillic, Sámi letters and common symbols are drawn, through the fallback fonts where Roboto lacks them', () => {
    const text = 'ΑΒΓ αβγ АБВ абв ŊŋŠšŽžĐđŦŧ Ʒʒ Ǯǯ Ǥǥ Ǩǩ ʹ → ⇒ ✓ ✔ ✗ ☐ ☑ ★ ≤ ≥ ≠ ∞ √ ∑ ● ■ ▪ ½ №';
    expect(found(text)).toEqual([]);
    expect(found(text, embeddedFonts('RobotoMono'))).toEqual([]);
    // Roboto Mono lacks ẞ, which its fallback draws.
    expect(found('Straße ẞ', embeddedFonts('RobotoMono'))).toEqual([]);
  });

  test('what no embedded font has is still found: colour emoji, CJK, Hangul, Arabic', () => {
    expect(found('🙂 中 한 ع').map((item) => item.character)).toEqual(['🙂', '中', '한', 'ع']);
  });

  test('a character counts as drawable only when every style of the family has it', () => {
    const regular: GlyphCoverage = { hasGlyphForCodePoint: () => true };
    const bold: GlyphCoverage = { hasGlyphForCodePoint: (codePoint) => codePoint !== 0x2603 };
    expect(found('☃ ☂', [regular, bold])).toEqual([{ character: '☃', line: 1, column: 1 }]);
  });
});

describe('warnings for check', () => {
  test('clean content gives none', async () => {
    expect(undrawableCharacterMessages(await loadContent(fixtureContent))).toEqual([]);
  });

  test('report bodies, code and frontmatter and YAML strings are located in their files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'valmistelu-glyphs-'));
    cpSync(fixtureContent, dir, { recursive: true });
    const report = join(dir, 'reports', 'talous-valiraportti.mdx');
    writeFileSync(
      report,
      readFileSync(report, 'utf8')
        .replace('title: Talouden väliraportti', 'title: Talouden väliraportti 📊')
        .replace('Talousryhmä on koottu.', 'Talousryhmä 👍 on koottu 🎉🎉.')
        .replace('Rahoituslaskelma 4–5/2018', 'Rahoituslaskelma ẞ 4–5/2018')
        .replace('simuloidaan 3–4/2018.', 'simuloidaan `ẞ 中` 3–4/2018.'),
    );
    const people = join(dir, 'people.yaml');
    writeFileSync(
      people,
      readFileSync(people, 'utf8').replace('name: Jukka Mäkilä', 'name: Jukka Mäkilä 🙂'),
    );
    const loaded = await loadContent(dir);
    expect(loaded.messages).toEqual([]);
    const warnings = undrawableCharacterMessages(loaded).map(({ file, line, column, message, severity }) => ({
      file: file.slice(dir.length + 1),
      line,
      column,
      message,
      severity,
    }));
    expect(warnings).toEqual([
      {
        file: 'people.yaml',
        line: 5,
        column: 9,
        message: 'kenttä "name": merkki "🙂" (U+1F642) puuttuu PDF:n fonteista eikä näy PDF:ssä',
        severity: 'warning',
      },
      {
        file: 'reports/talous-valiraportti.mdx',
        line: 2,
        column: 8,
        message: 'kenttä "title": merkki "📊" (U+1F4CA) puuttuu PDF:n fonteista eikä näy PDF:ssä',
        severity: 'warning',
      },
      {
        file: 'reports/talous-valiraportti.mdx',
        line: 13,
        column: 13,
        message: 'merkit "👍" (U+1F44D), "🎉" (U+1F389) puuttuvat PDF:n fonteista eivätkä näy PDF:ssä',
        severity: 'warning',
      },
      {
        // Inside backticks ẞ is drawn by the code font's fallback; 中 by no font.
        file: 'reports/talous-valiraportti.mdx',
        line: 17,
        column: 92,
        message: 'merkki "中" (U+4E2D) puuttuu PDF:n fonteista eikä näy PDF:ssä',
        severity: 'warning',
      },
    ]);
  });

  test('more characters than one message lists are counted in Finnish: "ja 1 muu"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'valmistelu-glyphs-'));
    cpSync(fixtureContent, dir, { recursive: true });
    const people = join(dir, 'people.yaml');
    writeFileSync(
      people,
      readFileSync(people, 'utf8').replace('name: Jukka Mäkilä', 'name: Jukka Mäkilä 中日韓文字体'),
    );
    const [warning] = undrawableCharacterMessages(await loadContent(dir));
    expect(warning?.message).toMatch(/ ja 1 muu puuttuvat PDF:n fonteista /);
  });

  test('fonts are parsed once, however many times content is checked', async () => {
    const loaded = await loadContent(fixtureContent);
    findUndrawableCharacters('🙂', embeddedFonts('Roboto'));
    findUndrawableCharacters('🙂', embeddedFonts('RobotoMono'));
    const parsed = parsedFontCount();
    expect(parsed).toBeGreaterThan(0);
    undrawableCharacterMessages(loaded);
    undrawableCharacterMessages(loaded);
    findUndrawableCharacters('中', embeddedFonts('RobotoMono'));
    expect(parsedFontCount()).toBe(parsed);
  });

  test('the characters answered without a font are in every embedded font', () => {
    const skipped = Array.from({ length: 0x2200 }, (_, codePoint) => codePoint).filter(inEveryEmbeddedFont);
    expect(skipped.length).toBeGreaterThan(190);
    for (const path of fontPaths) {
      const font = parsedFont(path) as GlyphCoverage;
      const missing = skipped.filter((codePoint) => !font.hasGlyphForCodePoint(codePoint));
      expect(missing, path).toEqual([]);
    }
  });
});

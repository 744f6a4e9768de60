/** The editor's form of a body: each paragraph on one line, everything else byte for byte. */
import { describe, expect, test } from 'vitest';
import { unwrapParagraphs } from '../src/unwrap-paragraphs.ts';

describe('unwrapParagraphs', () => {
  test('joins the lines of a paragraph, in lists and inside components', () => {
    const body = [
      '## 1. Otsikko',
      '',
      'Ensimmäinen rivi',
      'ja toinen: <GroupRef id="lape" /> sekä',
      '<GroupRef id="talous" />.',
      '',
      '- kohta, joka jatkuu',
      '  seuraavalle riville',
      '',
      '<Note title="Huomio">',
      'Huomion teksti',
      'kahdella rivillä.',
      '</Note>',
      '',
    ].join('\n');
    expect(unwrapParagraphs(body)).toBe(
      [
        '## 1. Otsikko',
        '',
        'Ensimmäinen rivi ja toinen: <GroupRef id="lape" /> sekä <GroupRef id="talous" />.',
        '',
        '- kohta, joka jatkuu seuraavalle riville',
        '',
        '<Note title="Huomio">',
        'Huomion teksti kahdella rivillä.',
        '</Note>',
        '',
      ].join('\n'),
    );
  });

  test('leaves hard breaks, code, quotes and one-line paragraphs as they are', () => {
    const body = [
      'Rivi, jonka lopussa on kova rivinvaihto\\',
      'ja sen jälkeen toinen.',
      '',
      '```',
      'koodi',
      'kahdella rivillä',
      '```',
      '',
      '> lainaus',
      '> jatkuu',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      'Yksi rivi.',
      '',
    ].join('\n');
    expect(unwrapParagraphs(body)).toBe(body);
  });
});

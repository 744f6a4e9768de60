import { describe, expect, it } from 'vitest';
import {
  dayProblem,
  formatFinnishDate,
  formatFinnishSpan,
  partialDateProblem,
  toPartialDate,
} from '../src/dates.ts';
import { formatSpan, formatSwedishDate } from '../src/localized-dates.ts';
import { entrySlug, slugify } from '../src/slug.ts';

describe('dates', () => {
  it('writes dates as Swedish has them on the Swedish pages', () => {
    expect(formatSwedishDate('2018-05-31')).toBe('31 maj 2018');
    expect(formatSwedishDate('2018-01-01')).toBe('1 januari 2018');
    expect(formatSwedishDate(toPartialDate('2018-06'))).toBe('juni 2018');
    expect(formatSpan('2018-05-01', '2018-06-30', 'sv')).toBe('1 maj 2018–30 juni 2018');
    expect(formatSpan('2018-05-01', '2018-05-01', 'fi')).toBe('1.5.2018');
  });

  it('refuses impossible days and explains the format', () => {
    expect(dayProblem('2018-02-31')).toBe('päivää 31.2.2018 ei ole kalenterissa');
    expect(dayProblem('2016-02-29')).toBeUndefined();
    expect(dayProblem('2018-13-01')).toBe('kuukautta 13 ei ole (päivämäärä "2018-13-01")');
    expect(dayProblem('31.5.2018')).toBe(
      'päivämäärän muoto on VVVV-KK-PP (esim. 2018-05-31), nyt "31.5.2018"',
    );
    expect(partialDateProblem('2018-06')).toBeUndefined();
  });

  it('normalises months to their first and last day', () => {
    expect(toPartialDate('2018-02')).toEqual({
      value: '2018-02',
      precision: 'month',
      first: '2018-02-01',
      last: '2018-02-28',
    });
  });

  it('formats in Finnish', () => {
    expect(formatFinnishDate('2018-05-31')).toBe('31.5.2018');
    expect(formatFinnishSpan(toPartialDate('2016-06'), toPartialDate('2017-06'))).toBe('6/2016–6/2017');
  });
});

describe('slugify', () => {
  it('gives ASCII slugs equal for NFC and NFD spellings', () => {
    const nfc = 'Päivystys 24 h – Ikääntyneiden palvelut (I&O) Åbo';
    expect(slugify(nfc)).toBe('paivystys-24-h-ikaantyneiden-palvelut-i-ja-o-abo');
    expect(slugify(nfc.normalize('NFD'))).toBe(slugify(nfc));
  });

  it('names a new entry from its title as Finnish writers expect: ä→a, ö→o, å→a', () => {
    expect(entrySlug('Kesäkatsaus valmistelun etenemisestä')).toBe('kesakatsaus-valmistelun-etenemisesta');
    expect(entrySlug('Åbo ja Pöytyä')).toBe('abo-ja-poytya');
    const long = entrySlug(
      'Maakuntastrategian työpajat kokosivat sidosryhmät yhteen keskustelemaan tulevasta',
    );
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).not.toMatch(/-$/);
  });
});

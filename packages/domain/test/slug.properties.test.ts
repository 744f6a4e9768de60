import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify } from '../src/slug.ts';

describe('slugify properties', () => {
  // Generous bounds: these run beside every other package's tests on two cores.
  it('always gives lower-case ASCII, hyphen-separated, for any text', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(slugify(text)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
      }),
    );
  });

  it('gives the same slug for the NFC and NFD spelling of a name', { timeout: 30_000 }, () => {
    const letters = fc.constantFrom(...'aäöåÄÖÅeéüõ bcxyz-'.split(''));
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(slugify(text.normalize('NFD'))).toBe(slugify(text.normalize('NFC')));
      }),
    );
  });
});

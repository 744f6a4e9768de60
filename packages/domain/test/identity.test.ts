import { describe, expect, it } from 'vitest';
import { contrastRatio, formatContrastRatio } from '../src/contrast.ts';
import { identitySchema } from '../src/schemas/identity.ts';
import { organisationName, siteColors } from '../src/site-identity.ts';

const messages = (value: unknown) => {
  const result = identitySchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('identity', () => {
  it('accepts the issue’s example and normalises colours to lower case', () => {
    const parsed = identitySchema.parse({
      logo: 'kuvat/tunnus.svg',
      colors: { primary: '#0B4F6C', accent: '#f2a900' },
    });
    expect(parsed.colors).toEqual({ primary: '#0b4f6c', accent: '#f2a900' });
  });

  it('refuses a primary colour white text cannot be read on, with the measured ratio', () => {
    expect(messages({ colors: { primary: '#7fb2d9' } })).toEqual([
      'colors.primary: pääväri #7fb2d9 on liian vaalea: valkoisen tekstin ja sen kontrasti on 2,26:1, vähintään 4,5:1 vaaditaan (sama koskee linkkejä valkoisella taustalla); valitse tummempi sävy',
    ]);
    expect(formatContrastRatio(contrastRatio('#ffffff', '#7fb2d9'))).toBe('2,26:1');
  });

  it('cuts a ratio just under the limit rather than rounding it up to the limit', () => {
    // #777777 on white is 4.478:1: "4,47:1", never "4,5:1".
    expect(formatContrastRatio(contrastRatio('#ffffff', '#777777'))).toBe('4,47:1');
    expect(messages({ colors: { primary: '#777777' } })).toHaveLength(1);
    expect(messages({ colors: { primary: '#767676' } })).toEqual([]);
  });

  it('says what a colour must look like, once, without a contrast message for a malformed one', () => {
    expect(messages({ colors: { primary: 'blue' } })).toEqual([
      'colors.primary: värin pitää olla muotoa #rrggbb, esimerkiksi #0b4f6c',
    ]);
  });

  it('takes only an SVG or PNG file as the logo', () => {
    expect(messages({ logo: 'kuvat/tunnus.gif' })).toEqual([
      'logo: tunnuksen pitää olla SVG- tai PNG-tiedosto sisältökansiossa, esimerkiksi kuvat/tunnus.svg',
    ]);
  });

  it('gives a site without identity the former colours, and the organisation as the logo’s name', () => {
    expect(siteColors({})).toEqual({ primary: '#083a66', accent: '#083a66' });
    expect(organisationName({ name: 'Sivusto', contact: { organisation: 'Satakuntaliitto' } })).toBe(
      'Satakuntaliitto',
    );
    expect(organisationName({ name: 'Sivusto' })).toBe('Sivusto');
  });
});
